// Sentry: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { field, said, type Rule } from '../kit.js';

export const rules: Rule[] = [
  {
    id: 'token_expired',
    when: (a, e) => a.status === 401 && /token expired/i.test(e.message ?? ''),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The token has expired: create a new one (user tokens: https://sentry.io/settings/account/api/auth-tokens/, organization tokens: Settings → Auth Tokens).'],
  },
  {
    id: 'user_inactive',
    when: (a, e) => a.status === 401 && /user inactive or deleted/i.test(e.message ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The user who created this token is deactivated or deleted, and the token died with them. Use an organization auth token (it belongs to the organization, not a person) or a token of an active member.'],
  },
  {
    id: 'application_inactive',
    when: (a, e) => a.status === 401 && /application inactive or deleted/i.test(e.message ?? ''),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The OAuth application or integration that issued this token was deactivated or deleted: reinstall it or use another token.'],
  },
  {
    id: 'invalid_org_token',
    when: (a, e) => a.status === 401 && /invalid org token/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}: Sentry knows no active organization token with this value (it was revoked, or mistyped)`,
    fixes: [
      'Create a new organization auth token in Settings → Auth Tokens of the organization, and replace SENTRY_AUTH_TOKEN.',
      'For a self-hosted Sentry, set SENTRY_URL: an organization token only works on the Sentry that issued it.',
    ],
  },
  {
    id: 'invalid_token',
    when: (a, e) => a.status === 401 && /^invalid token$/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Sentry does not recognise the token: copy it again, or create one at https://sentry.io/settings/account/api/auth-tokens/.',
      'For a self-hosted Sentry, set SENTRY_URL to its address: a token of one Sentry is unknown to every other.',
    ],
  },
  {
    // "Invalid token header. No credentials provided." / "… Token string should not contain spaces."
    id: 'token_header',
    when: (a, e) => a.status === 401 && /invalid token header/i.test(e.message ?? ''),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The Authorization header Sentry received was empty or had spaces in the token: check the value for whitespace or an empty variable.'],
  },
  {
    // /api/0/ needs no permission: a 200 with auth null means Sentry saw no credential at all.
    id: 'no_credentials_seen',
    when: (a) => a.status >= 200 && a.status < 300 && field(a.json, 'version') !== undefined && field(a.json, 'auth') === null,
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: (a) => `status ${a.status}, auth: null: Sentry answered as if no token had been sent, so the token was not judged`,
    fixes: ['Something between you and Sentry removed the Authorization header (a proxy or gateway): check HTTPS_PROXY and the base URL.'],
  },
];
