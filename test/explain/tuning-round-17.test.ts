// The seventeenth tuning round of issue 20 (2026-12-06): the causes found by the seventeenth held-out measure
// (fixtures/errors-heldout17/MEASURED.md: IoT, data platforms, observability, AI tools), after its untuned figure and
// blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up
// names, ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('shared wordings heldout17 showed', () => {
  readAs('rate_limited', [['ApiException HTTP-code: 429 Message: "too busy"']]);
  readAs('malformed_key', [
    ['Error: Cannot list clusters: default auth: cannot configure default credentials, please check the docs'],
    ['$ curl -H "Authorization: Bearer ACME_API_TOKEN" https://acme.example.test/api/states\n401: Unauthorized'],
  ]);
  readAs('revoked_or_expired', [
    ['security_exception: authentication using apikey failed - api key has been invalidated'],
    ['* Fetching jobs... ! Please login - it appears your access token may have expired'],
  ]);
  readAs('tenant_mismatch', [
    ['{"error":"Account 1234-abcd must be registered in the current region https://fleet.example.test/"}'],
    ['Error: GET_TOKEN_FAILED 2007, your ip(203.0.113.9) cross-region access is not allowed'],
    ['Linking failed: you cannot add a device deployed in another data center.'],
  ]);
});

describe('what round 17 may not do', () => {
  it('a header with a real-looking value is not a variable\'s name', () => {
    expect(explainText('$ curl -H "Authorization: Bearer abc123FAKEdef456" https://acme.example.test/api\n401: Unauthorized').category).not.toBe('malformed_key');
  });
  it('"please log in" alone is still a missing login', () => {
    expect(explainText('npm ERR! code E401 npm ERR! Unable to authenticate, please log in').category).toBe('malformed_key');
  });
});
