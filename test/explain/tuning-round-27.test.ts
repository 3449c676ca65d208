// The twenty-seventh tuning round of issue 20 (2026-12-06): the causes found by heldout31-32
// (fixtures/errors-heldout32/MEASURED.md), after their untuned figures and blind labels were committed, and before
// heldout33-34 were read. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up names,
// ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('shared wordings heldout31-32 showed', () => {
  readAs('billing_or_quota', [
    ["HttpError 403: Quota exceeded for quota metric 'Requests' and limit 'Requests per day' of service 'example.googleapis.com'. reason: rateLimitExceeded"],
    ['SQL execution error 000666 (57014): Your account is suspended due to lack of payment method.'],
    ['PermissionDenied at upload: GdriveError { message: "The user\'s Drive storage quota has been exceeded." }'],
    ['Error: 1234: No permissions. Your subscription to cloud development plan has expired.'],
  ]);
  readAs('insufficient_permissions', [
    ['ApiException 403: {"code":403,"message":"You must accept this competition\'s rules before you can download files."}'],
    ['Failed to list devices. Error 1001: No permissions.'],
  ]);
  readAs('malformed_key', [["{'code': 'PGRST301', 'details': None, 'message': 'JWSError (JSONDecodeError \"Not valid base64url\")'}"]]);
  readAs('network_error', [['Connecting to push gateway... Unable to connect: Socket connecting failed (-1)']]);
});

describe('what round 27 may not do', () => {
  it('a per-minute Google quota is still a rate', () => {
    expect(explainText("Quota exceeded for quota metric 'Requests' and limit 'Requests per minute per user' of service 'example.googleapis.com'").category).toBe('rate_limited');
  });
  it('an account suspended for its conduct is still the account', () => {
    expect(explainText('Your account has been suspended for violating our terms of service.').category).toBe('invalid_user');
  });
  it("a JWT signed with another secret is not read as malformed by the decode rule", () => {
    expect(explainText("{'code': 'PGRST301', 'message': 'JWSError JWSInvalidSignature'}").rule).not.toBe('phrase.auth_header_unparsed');
  });
  it('an expired token is not a plan that expired', () => {
    expect(explainText('401: The access token has expired').category).toBe('revoked_or_expired');
  });
});
