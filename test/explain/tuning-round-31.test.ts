// The thirty-first tuning round of issue 20 (2026-12-06): heldout39-40's misses where the text shows that no key went
// out (curl -v's request without a credential, a CI step's env with the key's variable empty, a token reported null)
// or names its cause in words any service may use (a cap exceeded, the free tier, a token not the latest, Go's
// certificate without IP SANs), after both batches' untuned figures and blind labels were committed. Every text here
// was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up names, ids and hosts; none is a copy of a
// corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

const CURL = (header: string) =>
  `> GET /v1/search?q=abc HTTP/1.1\n> Host: api.example.com\n> User-Agent: curl/8.4.0\n${header}> Accept: */*\n>\n< HTTP/1.1 401 Unauthorized\n< Content-Type: application/json\n<\n{"message":"Unauthorized"}`;

describe('the text shows that no key went out', () => {
  readAs('malformed_key', [
    [CURL('')],
    ['Run example-cli scan\n  shell: /usr/bin/bash -e {0}\n  env:\n    EXAMPLE_API_TOKEN: \n    NODE_ENV: test\nError: 401 Unauthorized'],
    ['While debugging, the client.apiKey is always null before the request.'],
  ]);
});

describe('causes in words no rule knew', () => {
  readAs('billing_or_quota', [
    ['{"code":"upload_cap_exceeded","message":"Upload cap exceeded for this account."}'],
    ['403 Forbidden: Batch export is not available on the free plan'],
  ]);
  readAs('revoked_or_expired', [['ApiError: 40001: the access_token is invalid or not latest']]);
  readAs('tls_error', [['Get "https://10.1.2.3:8443/v1": x509: cannot validate certificate for 10.1.2.3 because it doesn\'t contain any IP SANs']]);
});

describe('what round 31 may not do', () => {
  it('curl -v with an Authorization header is not a request without a key', () => {
    expect(explainText(CURL('> Authorization: Bearer FAKEtoken0000000000\n')).category).toBe('invalid_key');
  });
  it('curl -v with the key in the path (an Infura-style URL) is not judged', () => {
    expect(explainText(CURL('').replace('/v1/search?q=abc', '/v3/FAKE0123456789abcdef0123')).category).toBe('invalid_key');
  });
  it('a secret that is set shows as *** and is not read as empty', () => {
    expect(explainText('  env:\n    EXAMPLE_API_TOKEN: ***\nError: 401 Unauthorized').category).toBe('invalid_key');
  });
  it('an empty variable that is not a key\'s says nothing', () => {
    expect(explainText('  env:\n    NODE_ENV: \nError: 401 Unauthorized').category).toBe('invalid_key');
  });
});
