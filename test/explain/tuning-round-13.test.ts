// The thirteenth tuning round of issue 20 (2026-12-05): the causes found by the thirteenth held-out measure
// (fixtures/errors-heldout13/MEASURED.md), after its untuned figure and blind labels were committed. Every text here
// was WRITTEN FOR THIS TEST from the vendor's or library's documented wording (sources in the rules and cues they
// exercise), with made-up names, ids and paths; none is a copy of a corpus text. Keys are fake.
import { describe } from 'vitest';
import { readAs } from './reads.js';

describe('refusals worded as ownership, roles and consent', () => {
  readAs('insufficient_permissions', [
    ['FatalError: (#901) This call requires the user to be admin of the ad account.'],
    ['422 {"errors":[{"detail":"Event \\"orders.updated\\" is not available within current OAuth2 scope ()."}]}'],
    ['[security_exception] action [indices:admin/create] is unauthorized for user [svc_writer] with roles [writer]'],
    ['HTTP 401 (Error code: "API_KEY_ACCESS_LIST_ACCESS_DENIED") Detail: API key access lists are only accessible by the API key itself.'],
    ['error: api errors (status 200 OK): this package exists but you don\'t seem to be an owner.'],
    ["Upload failed (403): The user 'someone' isn't allowed to upload to project acme-lib"],
    ['Acme.Client.ApiException: received a non successful HTTP code with response Body: {"error":"consent_required"}'],
  ]);
});

describe('keys never sent, sent empty or sent as nothing', () => {
  readAs('malformed_key', [
    ['error: failed to publish: the remote server responded with an error (status 403 Forbidden): must be logged in to perform that action'],
    ["INFO curl -X GET 'https://api.acme.test/v1/files/abc' -H 'X-Acme-Token: None'"],
    ['NoMethodError: undefined method `strip\' for nil:NilClass\n  from /gems/acme_api-1.0/lib/acme_api/client.rb:88:in `set_token_auth\''],
    ['LibError: SERVER_ERROR: Server returned HTTP status 401: The `Authorization` HTTP header is required but was not specified'],
    ["You're not authorized to run analysis. No acme.login or ACME_TOKEN env variable was set"],
  ]);
});

describe('accounts, tenants, limits, places and proxies in the words heldout13 showed', () => {
  readAs('invalid_user', [
    ["{ message: 'This operation cannot be processed, the application is blocked. Contact us to unblock it.', status: 403 }"],
    ["{ error_summary: 'email_not_verified/..', error: { '.tag': 'email_not_verified' } }"],
    ['{"error":{"msg":"401 Unauthorized: No user found matching the \\"sub\\" claim of the token."}}'],
    ['(\'invalid_grant: Invalid grant: account not found\', \'{"error":"invalid_grant"}\')'],
  ]);
  readAs('billing_or_quota', [
    ['Your 14-day trial may be over, but you have options! Need help choosing the right subscription?'],
    ['you have exceeded the free Acme test limit this month for your org'],
    ['AcmeError: ERR max daily request limit exceeded. Limit: 10000, Usage: 10001.'],
  ]);
  readAs('rate_limited', [
    ['REQUEST_LIMIT_EXCEEDED: ConcurrentRequests (Concurrent API Requests) Limit exceeded.'],
  ]);
  readAs('tenant_mismatch', [
    ['http error status 403; reason: sender id does not match registration token; code: mismatched-credential; details: The caller does not have permission'],
    ['error: Two different org values supplied: acme (from token), other (from config).'],
  ]);
  readAs('region_blocked', [
    ['Upload failed: (400) {"error":{"code":1016,"message":"Banned country attempt (XX)"}}'],
  ]);
  readAs('revoked_or_expired', [
    ['INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session. This error usually occurs after a session expires or a user logs out.'],
    ['www-authenticate: Bearer error="invalid_token", error_description="JWT expired"'],
  ]);
  readAs('invalid_key', [
    ['This partnerkey doesn\'t exist.'],
    ["Invalid Signature 0f0e0d0c0b0a. String to sign - 'public_id=abc&timestamp=1528755130'."],
  ]);
  readAs('proxy_error', [
    ['AcmeException: Error getting access token: Unable to tunnel through proxy. Proxy returns "HTTP/1.1 405 Method Not Allowed"'],
    ['Failed to connect to proxy 127.0.0.1:3128 with error getaddrinfo ENOTFOUND 127.0.0.1:3128'],
  ]);
});
