// The eightieth tuning round of issue 20 (2026-12-07): heldout97's six decidable misses. The texts here were WRITTEN FOR
// THIS TEST.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a key the tool never found, told as where to put it or as its own notice', () => {
  readAs('malformed_key', [
    ['ValueError: OpenAI key not found. Make sure it is defined in your .env file.'],
    ['Error: key not found, add it to config.toml'],
    ['Required GitLab token. See the README to set up a personal access token.', 'gitlab'],
    ['error: Required API key. Set one with --api-key.'],
  ]);
  it('a scope list, or "required" inside a sentence, is no missing token', () => {
    expect(explainText('Required token scopes: repo, read:org').rule).not.toMatch(/required_token_notice/);
    expect(explainText('the token lacks the required token permissions').rule).not.toMatch(/required_token_notice/);
  });
});

describe('DuckDB\'s credential chain that found nothing; object_store\'s redirect for another region', () => {
  readAs('malformed_key', [
    ["Invalid Input Error: Failed to create secret using the following: Credential Chain: 'env;config'", 'aws'],
  ]);
  readAs('tenant_mismatch', [
    ['Generic S3 error: Error performing get request data/x.parquet: Received redirect without LOCATION, this normally indicates an incorrectly configured region', 'aws'],
  ]);
});

describe('a URL where an id belongs in the request path', () => {
  readAs('malformed_key', [
    ['HTTP Error 404 calling https://api.cloudflare.com/client/v4/accounts/https://dash.cloudflare.com/abc/home', 'cloudflare'],
    ['GET https://api.example.com/v1/projects/https%3A%2F%2Fconsole.example.com%2Fp%2F42 404 Not Found'],
  ]);
  it('quotes the collection and the scheme only', () => {
    const r = explainText('HTTP Error 404 calling https://api.cloudflare.com/client/v4/accounts/https://dash.cloudflare.com/abc0123/home');
    expect(r.evidence.join(' ')).not.toMatch(/abc0123/);
    expect(r.fixes.join(' ')).toMatch(/only the id/);
  });
});

describe('a 403 among requests the same client had answered 2xx', () => {
  readAs('insufficient_permissions', [
    ['HEAD /v1/tables/orders → 204 No Content\nGET /v1/tables/orders → 403 Forbidden'],
    ['"GET /api/list HTTP/1.1" 200 512\n"POST /api/items HTTP/1.1" 403 87'],
  ]);
  it('says the credential is accepted, not that the status was not recognised', () => {
    const r = explainText('GET /v1/a 200 OK\nGET /v1/b 403 Forbidden');
    expect(r.rule).toMatch(/accepted_elsewhere$/);
    expect(r.evidence.join(' ')).not.toMatch(/not recognised/);
    expect(r.evidence.join(' ')).toMatch(/answered 200/);
  });
  it('a 403 alone, or a 401 among 2xx, stays as it was', () => {
    expect(explainText('GET /v1/b → 403 Forbidden').rule).not.toMatch(/accepted_elsewhere/);
    expect(explainText('GET /v1/a 200 OK\nGET /v1/b 401 Unauthorized').rule).not.toMatch(/accepted_elsewhere/);
  });
});
