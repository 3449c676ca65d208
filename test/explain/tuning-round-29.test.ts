// The twenty-ninth tuning round of issue 20 (2026-12-06): wordings of heldout35-36's misses that name their cause in
// words any service may use (too quickly, too many attempts, a restricted location, the wrong mode, not enabled for),
// after both batches' untuned figures and blind labels were committed. Every text here was WRITTEN FOR THIS TEST from
// the wording the rules cite, with made-up names, ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a limit on how fast, in words no rule knew', () => {
  readAs('rate_limited', [
    ['Error: Sending too quickly, please wait.'],
    ['{"error":"You are polling too frequently"}'],
    ['{"error":{"code":400,"message":"TOO_MANY_ATTEMPTS_TRY_LATER"}}'],
    ['Too many login attempts from this IP. Try again in an hour.'],
    ['GraphQL error: Too many subscriptions from the same client'],
    ['Error: request failed: Client(\n    429,\n)'],
  ]);
});

describe('place, mode and access, in words no rule knew', () => {
  readAs('region_blocked', [['{"error":"ORDER_RESTRICTED_LOCATION"}'], ['Requests from a restricted country are refused.']]);
  readAs('wrong_environment', [
    ['ApiException: Order ord_123 exists, but the wrong mode is used. Try switching live / test API keys.'],
    ['Exception: token is invalid in this environment: sandbox'],
  ]);
  readAs('insufficient_permissions', [['{"type":"authentication_error","user_message":"Su cuenta no está habilitada para realizar este tipo de operaciones."}']]);
  readAs('malformed_key', [
    ["! The v1 endpoint is used when no 'apikey' is given."],
    ['NotAuthorizedException: Unable to verify secret hash for client 1abcFAKEclientid2'],
  ]);
  readAs('invalid_key', [['{"status":240,"message":"AK有误，请检查"}']]);
});

describe('what round 29 may not do', () => {
  it('an account locked after too many attempts is the account, not a rate', () => {
    expect(explainText('Too many failed attempts: the account is locked.').category).toBe('invalid_user');
  });
  it('a token simply invalid is still an invalid key', () => {
    expect(explainText('Error: token is invalid').category).toBe('invalid_key');
  });
  it('a Rust status variant of success is not an error', () => {
    expect(explainText('Response: Status(200)').category).not.toBe('rate_limited');
  });
  it('a Cognito secret hash error names AWS', () => {
    expect(explainText('NotAuthorizedException: Unable to verify secret hash for client 1abcFAKEclientid2').provider).toBe('aws');
  });
});
