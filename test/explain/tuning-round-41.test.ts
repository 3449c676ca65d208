// The forty-first tuning round of issue 20 (2026-12-06): heldout57-58's decidable misses, after both batches' untuned
// figures and blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with
// made-up names; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a value of the wrong kind, or none', () => {
  readAs('malformed_key', [
    ["message: Bad credentials. The API can't be accessed using username/password authentication. Please create a personal access token to access this endpoint"],
    ["IntegrationError: It looks like you're using an older Stripe key. In order to use this API, you'll need to use a modern API key, which is prefixed with 'pk_live_' or 'pk_test_'."],
    ['ERROR Invalid Account SID\nThe value for your ACCOUNT_SID in your .env file is not a valid Twilio Account SID.\n500 POST /send-sms'],
    ['Error: Mistral API key not found\n    at new ExampleModel (/app/node_modules/example/dist/model.js:12:11)'],
  ]);
  it('Google\'s own answer to a key it does not know stays an invalid key', () => {
    expect(explainText('{"error":{"code":400,"message":"API Key not found. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}').category).toBe('invalid_key');
  });
  it('a sentence\'s own first word is not a provider\'s name', () => {
    expect(explainText('401 Unauthorized: The API key not found').category).not.toBe('malformed_key');
  });
  it('"Bad credentials" alone stays an unknown token', () => {
    expect(explainText('HttpError: Bad credentials').category).toBe('invalid_key');
  });
});

describe('Stripe objects of another account, and tokens used twice', () => {
  readAs('tenant_mismatch', [
    ['No such payment_intent: pi_FAKE000000000000000000'],
    ['Stripe\\Exception\\InvalidRequestException: No such customer: \'cus_FAKE00000000\''],
  ]);
  it('the mode sentence still decides a test key for a live object', () => {
    expect(explainText("No such customer: 'cus_FAKE00000000'; a similar object exists in live mode, but a test mode key was used to make this request.").category).toBe('wrong_environment');
  });
  it('a Terminal connection token used a second time', () => {
    expect(explainText('The Stripe Terminal ConnectionToken has already been redeemed').category).toBe('revoked_or_expired');
  });
});

describe('refusals by organisation and by country', () => {
  readAs('insufficient_permissions', [
    ["remote: The `example-org' organization has enabled or enforced SAML SSO. To access\nremote: this repository, you must re-authorize the OAuth Application `Example Desktop`."],
  ]);
  readAs('region_blocked', [['GenerativeAIException: Instance of "UnsupportedUserLocation"']]);
});
