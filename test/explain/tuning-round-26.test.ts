// The twenty-sixth tuning round of issue 20 (2026-12-06): the causes found by heldout29-30
// (fixtures/errors-heldout30/MEASURED.md), after their untuned figures and blind labels were committed, and before
// heldout31-32 were read. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up names,
// ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('shared wordings heldout29-30 showed', () => {
  readAs('malformed_key', [
    ['Boom: {"statusCode":400,"error":"Bad Request","message":"Bad HTTP authentication header format"}'],
    ["APIError: {'message': 'Expected 3 parts in JWT; got 1', 'code': 'PGRST301', 'hint': None}"],
    ['JsonWebTokenError: jwt malformed at Object.module.exports [as verify]'],
    ['HTTPError 403: {"message":"Basic Authentication has been disabled on this instance."}'],
    ['got 401: { "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }'],
  ]);
  readAs('invalid_key', [['{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }']]);
  readAs('billing_or_quota', [['Cloud API connection failed: Error 1234: Your quota of Free Edition is used up. Please upgrade.']]);
});

describe('what round 26 may not do', () => {
  it('a refused connection is still a network failure', () => {
    expect(explainText('Error: connect ECONNREFUSED 127.0.0.1:443').category).toBe('network_error');
  });
  it('an Authorization header a provider calls missing is still no key sent', () => {
    expect(explainText('401 Unauthorized: authorization header is missing').category).toBe('malformed_key');
  });
  it('a JWT that expired is not malformed', () => {
    expect(explainText('TokenExpiredError: jwt expired').category).not.toBe('malformed_key');
  });
});
