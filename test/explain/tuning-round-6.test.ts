// The sixth tuning round of issue 20 (2026-12-05): the causes found by the sixth held-out measure
// (fixtures/errors-heldout6/MEASURED.md). Every text here was WRITTEN FOR THIS TEST from the library's or
// provider's documented wording (sources in the rules they exercise), with made-up names, ids and paths;
// none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText as run, readAs, readEach } from './reads.js';

describe('an SDK or CI step that found no credential, in its own words', () => {
  readAs('malformed_key', [
    ['botocore.exceptions.PartialCredentialsError: Partial credentials found in env, missing: aws_secret_access_key'],
    ['unable to sign request without credentials set (Aws::Errors::MissingCredentialsError)'],
    ['Error: Parameter token or opts.auth is required\n    at getAuthString (/home/runner/work/_actions/example/dist/index.js:10:11)'],
    ['Error: Input required and not supplied: token'],
    ['net/http: invalid header field value "Bearer abc\\n" for key Authorization'],
    ['{"error":"Invalid API key format. Keys start with \'ex-\'"}'],
  ]);
});

describe('the fix names what is missing, not every SDK', () => {
  it('half an AWS pair: set both halves in the same place', () => {
    const r = run('botocore.exceptions.PartialCredentialsError: Partial credentials found in env, missing: aws_secret_access_key');
    expect(r.fixes.join(' ')).toMatch(/half of a key pair/);
    expect(r.fixes.join(' ')).not.toMatch(/AZURE_CLIENT_ID|gcloud/);
  });

  it('an action with no token: pass it as an input, not under env', () => {
    const r = run('Error: Parameter token or opts.auth is required');
    expect(r.fixes.join(' ')).toMatch(/with: token:/);
    expect(r.fixes.join(' ')).not.toMatch(/AWS_ACCESS_KEY_ID/);
  });
});

describe('refusals, money, expiry and limits of services without a probe', () => {
  readEach([
    ['Error: GET https://api.example.com/v2/things: 403 you do not have access for the attempted action', 'insufficient_permissions'],
    ['{"error_message": "This API project is not authorized to use this API.", "status": "REQUEST_DENIED"}', 'insufficient_permissions'],
    ['403 Forbidden: Please enable access to public gated repositories in your fine-grained token settings to view this repository.', 'insufficient_permissions'],
    ['{"error": {"code": 403, "message": "SenderId mismatch", "status": "PERMISSION_DENIED"}}', 'tenant_mismatch'],
    ['403 Billing has not been enabled for this project', 'billing_or_quota'],
    ['Billing is disabled for this project.', 'billing_or_quota'],
    ['{"error_summary": "expired_access_token/", "error": {".tag": "expired_access_token"}}', 'revoked_or_expired'],
    ['{"errors": "Exceeded 2 calls per second for api client."}', 'rate_limited'],
  ]);

  it("Cloudflare's 7003 stays unknown: a mistyped id and an account the token cannot see read the same", () => {
    expect(run('Could not route to /client/v4/accounts/abc/workers/scripts, perhaps your object identifier is invalid? [code: 7003]').category).toBe('unknown');
  });
});
