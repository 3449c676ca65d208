// The sixty-seventh tuning round of issue 20 (2026-12-07): heldout81's decidable misses, after its untuned figure (21 of
// 34) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('cloud federation from CI: an audience no provider lists, a job not granted its OIDC token', () => {
  readAs('tenant_mismatch', [
    ['Run aws-actions/configure-aws-credentials@v4\nError: Incorrect token audience', 'aws'],
  ]);
  readAs('insufficient_permissions', [
    ['Error: Failed to get OIDC token: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable', null],
    ['Error: example-auth-action failed with: Error: Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable', null],
  ]);
  it('says which permission the job needs', () => {
    expect(explainText('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable').fixes.join(' ')).toMatch(/id-token: write/);
  });
});

describe('a resource or account the request did not name as the token has it', () => {
  readAs('tenant_mismatch', [
    ['✘ [ERROR] More than one account available but unable to select one in non-interactive mode.\n  Please set the appropriate `account_id` in your `wrangler.toml` file.', 'cloudflare'],
    ['openai.NotFoundError: Error code: 404 - {"error": {"code": "DeploymentNotFound", "message": "The API deployment for this resource does not exist."}} https://example-res.openai.azure.com/', 'azure-openai'],
    ["ERROR Request failed with status code 404\nERROR GET https://api.vercel.com/v9/projects/example-project/env\nERROR { error: { code: 'NOT_FOUND' } }", 'vercel'],
  ]);
});

it("a Vercel project's path beside another answer is read by that answer", () => {
  expect(explainText('Error: The specified token is not valid. Use `vercel login` to generate a new token.\nGET https://api.vercel.com/v9/projects/example-project').category).toBe('invalid_key');
});

describe('the value given is not the key it should be, or none was given', () => {
  readAs('malformed_key', [
    ['> Task :app:uploadSentryProguardMappingsRelease FAILED\n  WARN    Unrecognized auth token format!\n        Hint: Did you copy your token correctly?', 'sentry'],
    ['$ glab auth status\ngitlab.com\n  x gitlab.com: api call failed: GET https://gitlab.com/api/v4/user: 401 {message: 401 Unauthorized}\n  x No token provided', 'gitlab'],
    ["OAuth Error: Please specify `client_id`", null],
  ]);
  it('a password sent as an OpenAI key: read from its characters, never quoted back', () => {
    const r = explainText('Incorrect API key provided: Exa********ple!!. You can find your API key at https://platform.openai.com/account/api-keys.');
    expect(r.category).toBe('malformed_key');
    expect(r.evidence.join(' ')).toMatch(/no API key holds/);
    expect(JSON.stringify(r)).not.toContain('Exa****');
  });
  it('a bracket the echo ends on is the text around it, not the key', () => {
    const r = explainText('(Incorrect API key provided: sk-proj-FAKE********************************wxyz) You can find your API key at https://platform.openai.com/account/api-keys.');
    expect(r.evidence.join(' ')).not.toMatch(/no API key holds/);
  });
});

describe("TLS spoken to a port that answers in plain text", () => {
  readAs('tls_error', [
    ['Error: 140000000000000:error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol:../deps/openssl/openssl/ssl/s23_clnt.c:827:', null],
  ]);
});
