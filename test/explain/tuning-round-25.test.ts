// The twenty-fifth tuning round of issue 20 (2026-12-06): the causes found by heldout25-28, measured on one code
// (fixtures/errors-heldout28/MEASURED.md), after their untuned figures and blind labels were committed. Written before
// heldout29 and heldout30's misses were read. Every text here was WRITTEN FOR THIS TEST from the wording the rules
// cite, with made-up names, ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('shared wordings heldout25-28 showed', () => {
  readAs('rate_limited', [
    ["googleapiclient.errors.HttpError: <HttpError 429: Quota exceeded for quota group 'WriteGroup' and limit 'Write requests per user per 100 seconds' of service 'sheets.googleapis.com'>"],
    ["{\"error\":{\"code\":429,\"message\":\"Insufficient tokens for quota 'WriteGroup' and limit 'PROJECT-100s' of service 'example.googleapis.com'\",\"status\":\"RESOURCE_EXHAUSTED\"}}"],
  ]);
  readAs('billing_or_quota', [
    ['RuntimeError: Daily request limit reached! Try again tomorrow.'],
    ['{"results":[],"status":{"code":402,"message":"quota exceeded"}} X-RateLimit-Remaining: 0'],
  ]);
  readAs('malformed_key', [
    ['ccxt.base.errors.AuthenticationError: kraken requires "secret" credential'],
    ['Could not fetch orders: AuthenticationError: bybit requires `apiKey`'],
    ['{"status":"failure","message":"InvalidValueType: pin required","data":null}'],
    ['<Error><Code>InvalidArgument</Code><Message>Credential access key has length 40, should be 32</Message></Error>'],
    ['Elastic.Transport.TransportException: API key: Illegal base64 character 2d'],
  ]);
  readAs('invalid_user', [['HTTP 403: {"message": "Account Inactive", "code": 403}']]);
  readAs('insufficient_permissions', [['AADSTS900941: This operation can only be performed by an administrator. Sign in as an administrator.']]);
  readAs('invalid_key', [
    ['Fout: Inloggegevens onjuist'],
    ['Fehler 401: Ungültige Anmeldedaten'],
    ['Erreur : identifiants incorrects'],
  ]);
});

describe('service wordings heldout26-27 showed', () => {
  it('discord.js v13 names Discord and reads as a permission', () => {
    const r = explainText("Error [DISALLOWED_INTENTS]: Privileged intent provided is not enabled or whitelisted.\n  [Symbol(code)]: 'DISALLOWED_INTENTS'");
    expect([r.category, r.provider]).toEqual(['insufficient_permissions', 'discord']);
  });
  it("a Nest device's RESOURCE_EXHAUSTED is a rate, and not Gemini's", () => {
    const r = explainText('ClientResponseError: 429 RESOURCE_EXHAUSTED: Rate limited for the Camera. url=https://smartdevicemanagement.googleapis.com/v1/enterprises/e/devices/d:executeCommand');
    expect([r.category, r.provider]).toEqual(['rate_limited', null]);
  });
  it("OMDb's limit relayed short, when OMDb is named", () => {
    expect(explainText('"Limit reached!" Enter your own OMDb API key in the settings.').category).toBe('billing_or_quota');
  });
  it("OpenAI's echo of a variable's name, masked by OpenAI, is the name sent as the key", () => {
    const r = explainText("openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: MY_SE**_KEY. You can find your API key at https://platform.openai.com/account/api-keys.', 'code': 'invalid_api_key'}}");
    expect([r.category, r.provider]).toEqual(['malformed_key', 'openai']);
  });
});

describe('what round 25 may not do', () => {
  it("Tuya's 1106 \"permission deny\" is not read as a permission by rule: three of four texts were another data centre", () => {
    expect(explainText('{"code":1106,"msg":"permission deny","success":false}').rule).not.toBe('phrase.permission');
  });
  it('GitHub\'s 403 with X-RateLimit-Remaining: 0 is still a rate limit', () => {
    expect(explainText('HTTP/1.1 403 Forbidden\nX-RateLimit-Limit: 60\nX-RateLimit-Remaining: 0').category).toBe('rate_limited');
  });
  it('a per-day Google quota is still a quota', () => {
    expect(explainText("Quota exceeded for quota metric 'Queries' and limit 'Queries per day' of service 'example.googleapis.com'").category).toBe('billing_or_quota');
  });
  it("an inactive account named beside its billing is not the rule's suspended user", () => {
    expect(explainText('Your account is inactive: please update your billing details to continue.').rule).not.toBe('phrase.account_disabled');
  });
  it('a password "required" is not a ccxt credential unless quoted as one', () => {
    expect(explainText('535 5.7.9 Application-specific password required').category).toBe('insufficient_permissions');
  });
  it('a masked key is not a variable name', () => {
    expect(explainText("Incorrect API key provided: sk-proj-****************************FAKE. You can find your API key at https://platform.openai.com/account/api-keys.").category).toBe('invalid_key');
  });
});
