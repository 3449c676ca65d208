// The twenty-first tuning round of issue 20 (2026-12-06): the causes found by the twenty-first held-out measure
// (fixtures/errors-heldout21/MEASURED.md: social, payments, observability, data platforms), after its untuned figure and
// blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up
// names, ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('shared wordings heldout21 showed', () => {
  readAs('invalid_key', [
    ["WARN | (pkg/forwarder/health.go:219 in hasValidAPIKey) | api_key '*****************ab123' for domain https://api.example.test is invalid\nERROR | No valid api key found, reporting the forwarder as unhealthy."],
    ['raise InvalidRestAPIKey(self.api_key)\nacme_ml.exceptions.InvalidRestAPIKey: "xxxxxxxx"'],
  ]);
  readAs('insufficient_permissions', [
    ["Fatal error: Uncaught exception 'Braintree\\Exception\\Authorization' in vendor/braintree/braintree_php/lib/Braintree/Util.php:59"],
    ['It returns a 403 error with the message: "This action does not support Personal API Key access."'],
    ["{ Error: OAuthPermissionsException: This client has not been approved to access this resource. code: 400 }"],
  ]);
  readAs('malformed_key', [
    ['403 {"error":"Invalid API key: should be in the format \'keystring:shared_secret\'."}'],
    ['There was an unexpected error (type=Internal Server Error, status=500). Must supply api_key java.lang.IllegalArgumentException: Must supply api_key'],
    ['Unable to grant an API Key, request does not contain an authorization header'],
    ["{ error: 'invalid_client', error_description: 'The client credentials are invalid', httpStatusCode: 401 } { headers: { Authorization: 'Basic dW5kZWZpbmVkOnVuZGVmaW5lZA==' } }"],
    ['Rendered spree_api/app/views/spree/api/errors/must_specify_api_key.v1.rabl (4.4ms)\nCompleted 401 Unauthorized in 23ms'],
  ]);
  readAs('proxy_error', [["Your proxy server appears to be configured to accept connections over http. Error: write EPROTO 4429278720:error:1408F10B:SSL routines:ssl3_get_record:wrong version number"]]);
  readAs('tenant_mismatch', [['NSLocalizedDescription=There was an error processing your card, com.acme.lib:ErrorMessageKey=Access Code does not match public key']]);
  readAs('insufficient_permissions', [['telegram.error.Unauthorized: Forbidden: bot is not a member of the channel chat']]);
});

describe('what round 21 may not do', () => {
  it('a Basic header with a real id and secret is not decoded into the answer', () => {
    const header = Buffer.from('acme-client-FAKE:secret-FAKE-123').toString('base64');
    const r = explainText(`{ error: 'invalid_client', error_description: 'The client credentials are invalid' } Authorization: 'Basic ${header}'`);
    expect(r.category).toBe('invalid_key');
    expect(JSON.stringify(r)).not.toContain('secret-FAKE-123');
  });
  it('"wrong version number" with no proxy named stays a TLS failure', () => {
    expect(explainText('write EPROTO error:1408F10B:SSL routines:ssl3_get_record:wrong version number').category).toBe('tls_error');
  });
  it('"no API key found" alone is still a missing key', () => {
    expect(explainText('Error: no api key found, set ACME_API_KEY').category).toBe('malformed_key');
  });
});
