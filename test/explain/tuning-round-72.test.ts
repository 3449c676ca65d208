// The seventy-second tuning round of issue 20 (2026-12-07): heldout87's decidable misses, after its untuned figure (13 of
// 23) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe("a token not authorised for an organisation's SSO, in a scanner's words", () => {
  readAs('insufficient_permissions', [
    ['Error: Token is not SAML authorized for organization: example-org.\nPlease go to https://github.com/settings/tokens and authorize.', 'github'],
  ]);
});

describe('a GitHub token of a kind the call does not take', () => {
  readAs('insufficient_permissions', [
    ['githubv4.Query: non-200 OK status code: 401 Unauthorized body: "{\\"message\\":\\"Personal access tokens with fine grained access do not support the GraphQL API\\",\\"documentation_url\\":\\"https://docs.github.com/graphql\\"}"', 'github'],
    ["example-scanner: error during setup: some github tokens can't read classic branch protection rules", 'github'],
  ]);
});

describe('a token variable the tool now requires', () => {
  readAs('malformed_key', [
    ['Error: GITHUB_TOKEN is now required to scan pull requests', null],
    ['EXAMPLE_API_KEY is required', null],
  ]);
});

describe("an OpenAI-Organization header that holds no organisation id", () => {
  readAs('tenant_mismatch', [
    ["Error: Request failed with status code 401\n  config: {\n    headers: {\n      Authorization: 'Bearer sk-...',\n      'OpenAI-Organization': 'My Team'\n    },\n    url: 'https://api.openai.com/v1/chat/completions'", 'openai'],
  ]);
  it('leaves a header with an organisation id to the other rules', () => {
    const r = explainText("Error: Request failed with status code 401\n  headers: { 'OpenAI-Organization': 'org-EXAMPLE0000' }, url: 'https://api.openai.com/v1/models'");
    expect(r.rule).not.toMatch(/organization_header_not_an_id/);
  });
});

describe('a location refusal in an app\'s own words', () => {
  readAs('region_blocked', [
    ['Translation failed: Gemini rejected server location', null],
  ]);
});

describe("an OAuth redirect that does not match the app's callback", () => {
  readAs('unknown', [
    ['https://example.com/api/method/login_via_github?error=redirect_uri_mismatch&error_description=The+redirect_uri+MUST+match+the+registered+callback+URL+for+this+application.', null],
  ]);
  it('says what to change, and offers no guess', () => {
    const r = explainText('error=redirect_uri_mismatch');
    expect(r.rule).toMatch(/oauth_redirect_mismatch/);
    expect(r.fixes.join(' ')).toMatch(/callback URL/);
  });
});
