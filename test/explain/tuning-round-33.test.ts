// The thirty-third tuning round of issue 20 (2026-12-06): heldout43-44's decidable misses (the first batches from Q&A and
// forum pages), keeping only two wordings any service may use, after both batches' untuned figures and blind labels were
// committed: a JWT's audience that does not match, and a request that came with no Authorization header. Every text
// here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up names; none is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('wordings any service may use', () => {
  readAs('tenant_mismatch', [
    ['AuthError: auth/argument-error\nInvalid token: audience mismatch'],
    ['401 {"error":"token audience mismatch: expected example-app"}'],
  ]);
  readAs('malformed_key', [
    ['Failed to export spans. Server responded with 401: {"message":"No authorization header"}'],
    ['error: 401 Unauthorized - no auth header'],
  ]);
});

describe('what round 33 may not do', () => {
  it('"no authorization header needed" is not a missing key', () => {
    expect(explainText('GET /health: no authorization header needed for this endpoint; 503 Service Unavailable').category).toBe('provider_outage');
  });
});
