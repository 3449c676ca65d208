// The seventy-seventh tuning round of issue 20 (2026-12-07): heldout93's six decidable misses and one of heldout94's two,
// after both batches' untuned figures (22 of 28, 14 of 16) and blind labels were committed. The texts here were WRITTEN
// FOR THIS TEST; they are not copies of the corpus texts.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import { explainText, readAs } from './reads.js';

describe('a tool that says it found no credentials, or made no AI client', () => {
  readAs('malformed_key', [
    ['Warning: No GitHub API authentication could be found; some site.github fields will be empty', 'github'],
    ['build | No registry credentials were found in the environment', null],
    ['worker-1 | warn: No LLM client configured, skipping the summary', null],
    ['[tagger] No inference provider is configured', null],
  ]);
  it('names where github-metadata reads its token, and that a container re-reads its env only when re-created', () => {
    expect(explainText('No GitHub API authentication could be found').fixes.join(' ')).toMatch(/JEKYLL_GITHUB_TOKEN/);
    expect(explainText('No inference client configured').fixes.join(' ')).toMatch(/docker compose up -d/);
  });
  it('a credential matched but not found, or a client that is configured, is not read so', () => {
    expect(explainText('No matching credentials found for host example.com').rule).not.toMatch(/no_credentials_found/);
    expect(explainText('Inference client configured for provider openai').rule).not.toMatch(/ai_client_not_configured/);
  });
});

describe('the file that holds the key does not parse', () => {
  readAs('malformed_key', [
    ["Error parsing secrets file at /app/.streamlit/secrets.toml: Expected '=' after a key in a key/value pair", null],
    ['Python-dotenv could not parse statement starting at line 4', null],
    ['error: failed to parse .env file: unexpected character', null],
  ]);
  it('says TOML needs quotes', () => {
    expect(explainText('Error parsing secrets file at secrets.toml: Invalid date or number').fixes.join(' ')).toMatch(/quotes/);
  });
});

describe('AWS: a header built from an empty credential, and a client signing with SigV2', () => {
  readAs('malformed_key', [
    ["com.amazonaws.services.s3.model.AmazonS3Exception: Authorization header is invalid -- one and only one ' ' (space) required (Service: Amazon S3; Status Code: 400; Error Code: InvalidArgument)", 'aws'],
  ]);
  readAs('unknown', [
    ['InvalidRequest: The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.', 'aws'],
  ]);
  it('the SigV2 refusal says the signing, not the key, and names v4', () => {
    const r = explainText('S3Exception: The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.');
    expect(r.rule).toMatch(/sigv2_refused/);
    expect(r.fixes.join(' ')).toMatch(/Signature Version 2.*v4/);
  });
});

describe('GitHub: 404 from /user/emails is a token without user:email', () => {
  readAs('insufficient_permissions', [
    ['GithubException: 404 {"message":"Not Found","documentation_url":"https://docs.github.com/rest/users/emails#list-email-addresses-for-the-authenticated-user"}', 'github'],
    ['GET https://api.github.com/user/emails - 404 Not Found', 'github'],
  ]);
  it('names the scope', () => {
    expect(explainText('GET https://api.github.com/user/emails returned 404').fixes.join(' ')).toMatch(/user:email/);
  });
  it('never quotes a query string after the endpoint', () => {
    const out = JSON.stringify(explain({ text: 'GET https://api.github.com/user/emails?token=CANARYq9Zt7Lk2Vb8Xw 404 Not Found' }).result);
    expect(out).not.toContain('CANARYq9Zt7Lk2Vb8Xw');
  });
  it('a 401 from the same endpoint is not read so', () => {
    expect(explainText('GET https://api.github.com/user/emails 401 {"message":"Bad credentials"}').rule).not.toMatch(/emails_scope/);
  });
});

describe("a stack's own stand-in key echoed back", () => {
  readAs('malformed_key', [
    ['Incorrect API key provided: dummy_ke*. You can find your API key at https://platform.openai.com/account/api-keys.', 'openai'],
    ['Incorrect API key provided: changeme_*****. You can find your API key at https://platform.openai.com/account/api-keys.', 'openai'],
  ]);
});
