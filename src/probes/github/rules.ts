// GitHub: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, type Rule } from '../kit.js';

export const rules: Rule[] = [
  {
    // 403/429 with x-ratelimit-remaining: 0 is a rate limit, not a permission problem (REST troubleshooting docs).
    id: 'rate_limited',
    when: (a, e) => (a.status === 403 || a.status === 429) && (a.headers['x-ratelimit-remaining'] === '0' || /rate limit|login attempts/i.test(e.message ?? '')),
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}, x-ratelimit-remaining ${a.headers['x-ratelimit-remaining'] ?? '?'}`,
    fixes: ['Wait until the limit resets (x-ratelimit-reset) and run again; the token was not judged.'],
  },
  {
    // 401 "Bad credentials": unknown, revoked or expired token; GitHub does not say which.
    id: 'bad_credentials',
    when: (a, e) => a.status === 401 && /bad credentials/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'GitHub does not recognise the token: it was mistyped, revoked, or has expired. Check https://github.com/settings/tokens and create a new one.',
      'In Actions, a secret that is not set reads as empty: check the secret\'s name and that the workflow is not running for a fork.',
    ],
  },
  {
    // 403 with X-GitHub-SSO: the token must be authorised for the organisation's SAML SSO (github/github-mcp-server#1121).
    id: 'saml_sso',
    when: (a, e) => a.status === 403 && (!!a.headers['x-github-sso'] || /SAML enforcement/i.test(e.message ?? '')),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}; X-GitHub-SSO: ${a.headers['x-github-sso'] ? 'required' : 'absent'}`,
    fixes: ['Authorise the token for the organisation\'s SSO: https://github.com/settings/tokens → Configure SSO → Authorize.'],
  },
  {
    id: 'account_suspended',
    when: (a, e) => a.status === 403 && /suspended/i.test(e.message ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The account behind the token is suspended: tokens of suspended users stop working. Use a token of an active account or a GitHub App.'],
  },
  {
    // 403 "Resource not accessible by integration" / "by personal access token"
    id: 'not_accessible',
    when: (a, e) => a.status === 403 && /not accessible by/i.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}${a.headers['x-accepted-oauth-scopes'] ? `; needs scopes: ${a.headers['x-accepted-oauth-scopes']}` : ''}`,
    fixes: ['Grant the token the permission this call needs (fine-grained: repository/organisation permissions; classic: scopes).'],
  },
  {
    // A classic token created with no scope at all: GitHub sends back an empty X-OAuth-Scopes header, and answers 404 (or
    // 403) for what such a token may not touch though it exists: opam-publish's fork of a public repository (heldout69,
    // tuning round 51; https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api). A fine-grained
    // token or an App's sends no such header at all.
    id: 'token_without_scopes',
    when: (a) => (a.status === 404 || a.status === 403) && a.headers['x-oauth-scopes']?.trim() === '',
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}; X-OAuth-Scopes is empty: the token was created with no scope`,
    fixes: ['Create a classic token with the scopes the call needs (public_repo to fork or push a public repository, repo for a private one), or a fine-grained token with the repository\'s permissions; GitHub answers 404 for what a token may not touch.'],
  },
  {
    id: 'requires_authentication',
    when: (a, e) => a.status === 401 && /requires authentication/i.test(e.message ?? ''),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['No usable token reached GitHub: check that the variable is set and non-empty.'],
  },
];
