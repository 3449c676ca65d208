// The fourteenth tuning round of issue 20 (2026-12-05): the causes found by the fourteenth held-out measure
// (fixtures/errors-heldout14/MEASURED.md), after its untuned figure and blind labels were committed. Every text here
// was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up names, ids and paths; none is a copy of a
// corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('keys never sent, sent empty or sent as a name', () => {
  readAs('malformed_key', [
    ["Error: Unable to find authentication details. Please pass in an 'apiToken' as an input to the step."],
    ['status 401 body "invalid token" url "https://api.trello.com/1/boards/abc?key=&token=FAKE"'],
    ['client = Acme(api_token="ACME_API_TOKEN")\nacme.errors.AuthError: 401 Unauthorized'],
  ]);

  it('says the variable\'s name was passed, and which', () => {
    const r = explainText('llm = HubModel(hub_api_token="HUB_API_TOKEN")\nValueError: Error raised by inference API: Authorization header is correct, but the token seems invalid');
    expect(r.category).toBe('malformed_key');
    expect(r.evidence.join(' ')).toContain('HUB_API_TOKEN');
  });

  it('leaves a real-looking value and a filled key parameter alone', () => {
    expect(explainText('url "https://api.trello.com/1/boards/abc?key=FAKEa1b2c3d4e5f6a7b8c9&token=x" 401 invalid token').category).toBe('invalid_key');
  });
});

describe('what heldout14 showed about permissions, tenants, accounts and limits', () => {
  readAs('insufficient_permissions', [
    ['You may have incorrect permissions on your API token. You can skip this check by setting ACME_ACCOUNT_ID.'],
    ['{"error":{"message":"The model `gpt-4` does not exist","type":"invalid_request_error","code":"model_not_found"}}'],
    ['The model: gpt-4o does not exist'],
  ]);
  readAs('tenant_mismatch', [
    ['401 { "err": "Team(s) not authorized", "ECODE": "OAUTH_099" }'],
    ['Error! Failed to find deployment (acme-web.example.app) in (jdoe-personal)'],
  ]);
  readAs('invalid_user', [['RequestError [HttpError]: This installation has been suspended']]);
  readAs('revoked_or_expired', [['{ "status": 1106, "description": "Auth token is not valid anymore. Request a new token." }']]);
  readAs('provider_outage', [["apiclient warn: request fail { code: 'service_unavailable', message: 'Request timed out waiting to connect to a database.' }"]]);
  readAs('rate_limited', [['Error communicating with OpenAI: "Rate limit reached for 10KTPM-200RPM in organization org-FAKE on tokens per min."']]);
});

describe('a model name said not to exist, with two causes', () => {
  it('stays undecided without OpenAI\'s access page, and for a name no one publishes', () => {
    expect(explainText('{"error":{"message":"The model `gpt-4o` does not exist or you do not have access to it.","code":"model_not_found"}}').category).not.toBe('insufficient_permissions');
    expect(explainText('The model `gpt-4-turbo-previw` does not exist').category).not.toBe('insufficient_permissions');
  });

  it('is a missing access where the text links the page on getting it', () => {
    expect(explainText('InvalidRequestError: The model `gpt-4` does not exist or you do not have access to it. Learn more: https://help.openai.com/en/articles/7102672-how-can-i-access-gpt-4.').category).toBe('insufficient_permissions');
  });
});

describe('an echoed key that starts like another provider\'s', () => {
  it('is a key of another provider, named, with no more of it shown than the provider showed', () => {
    const r = explainText('Provider: xAI. 400 "Incorrect API key provided: gs***Qz. You can obtain an API key from https://console.x.ai."');
    expect(r.category).toBe('wrong_provider');
    expect(r.evidence.join(' ')).toMatch(/starts "gs".*Groq/);
  });

  it('leaves a start no provider\'s keys have to the provider\'s own answer', () => {
    expect(explainText('Provider: xAI. 400 "Incorrect API key provided: qq***Qz. You can obtain an API key from https://console.x.ai."').category).toBe('invalid_key');
  });

  it('leaves a start the provider\'s own keys have alone', () => {
    expect(explainText('Provider: xAI. 400 "Incorrect API key provided: xai-***Qz. You can obtain an API key from https://console.x.ai."').category).toBe('invalid_key');
  });
});

describe('the fix names the provider with the right article', () => {
  it('says "an xAI key"', () => {
    const r = explainText('Provider: xAI. 400 "Incorrect API key provided: gs***Qz. You can obtain an API key from https://console.x.ai."');
    expect(r.fixes[0]).toMatch(/^Use an xAI key here/);
  });
});
