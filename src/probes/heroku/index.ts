// Heroku. Keys: https://dashboard.heroku.com/account (API Key), `heroku authorizations:create` for long-lived tokens.
// Auth and errors: https://devcenter.heroku.com/articles/platform-api-reference (Accept: application/vnd.heroku+json;
//   version=3; Bearer token). Error body {"id", "message", "url"}; ids quoted from that page at
//   forum.shakacode.com/t/understanding-heroku-api-errors/2186: 401 unauthorized ("API token is missing, invalid or
//   expired"), 402 delinquent, 403 forbidden, 403 suspended, 429 rate_limit ("Your account reached the API rate limit").
//   401 body seen: {"id": "unauthorized", "message": "Invalid credentials provided."} (iterative/mlem#501).
// Call: GET /account (trufflehog pkg/detectors/heroku v1): email, id, name, verified, two_factor_authentication,
//   suspended_at, delinquent_at (heroku/platform-api schema.json; PlatformAPI::AccountDelinquency).
// Formats: HRKU-AA + 58 (gitleaks rules/heroku.go heroku-api-key-v2, trufflehog heroku v2); legacy API keys and
//   authorizations are UUIDs (trufflehog heroku v1).
import type { Probe } from '../types.js';
import { joinUrl, result, runRules, said, str, type Rule } from '../kit.js';

const ok2xx = (status: number) => status >= 200 && status < 300;

/** Read from a 200: an account that authenticates but cannot be used. */
const accountRules: Rule[] = [
  {
    // A 200 that says the account is suspended still authenticates, but the account cannot be used.
    id: 'account_suspended',
    when: (a) => ok2xx(a.status) && !!str(a.json, 'suspended_at'),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, suspended_at ${str(a.json, 'suspended_at')}: the account behind the token is suspended`,
    fixes: ['The Heroku account is suspended: its owner must resolve it with Heroku support (https://help.heroku.com).'],
  },
  {
    id: 'account_delinquent',
    when: (a) => ok2xx(a.status) && !!str(a.json, 'delinquent_at'),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, delinquent_at ${str(a.json, 'delinquent_at')}: the account has unpaid invoices`,
    fixes: ['Pay the outstanding invoices at https://dashboard.heroku.com/account/billing: delinquent accounts are suspended, then deleted.'],
  },
];

const rules: Rule[] = [
  {
    id: 'unauthorized',
    when: (a, e) => a.status === 401 && (e.code === 'unauthorized' || /invalid credentials/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}: Heroku does not accept the token (missing, invalid or expired; it does not say which)`,
    fixes: [
      'Regenerating the API key on https://dashboard.heroku.com/account, or changing the account password, invalidates the old key: copy the current one.',
      'For CI, create a long-lived token with `heroku authorizations:create` (tokens from `heroku login` expire).',
    ],
  },
  {
    id: 'delinquent',
    when: (a, e) => a.status === 402 || e.code === 'delinquent',
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The account is delinquent (unpaid) or its payment method must be confirmed: see https://dashboard.heroku.com/account/billing.'],
  },
  {
    id: 'suspended',
    when: (a, e) => a.status === 403 && e.code === 'suspended',
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The account (or app) is suspended: its owner must contact Heroku support.'],
  },
  {
    id: 'rate_limit',
    when: (a, e) => a.status === 429 || e.code === 'rate_limit',
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}${a.headers['ratelimit-remaining'] ? `, ratelimit-remaining ${a.headers['ratelimit-remaining']}` : ''}`,
    fixes: ['The account used up its request tokens (they refill at about 75 a minute): wait and run again. The token was not judged.'],
  },
];

export const heroku: Probe = {
  id: 'heroku',
  name: 'Heroku',
  docs: 'https://dashboard.heroku.com/account',
  envVars: ['HEROKU_API_KEY', 'HEROKU_API_TOKEN'],
  defaultBaseUrl: 'https://api.heroku.com',
  officialHosts: ['api.heroku.com'],
  keyFormats: [
    { id: 'token', description: 'API token (HRKU-)', pattern: /^HRKU-AA[0-9A-Za-z_-]{58}$/ },
    { id: 'legacy', description: 'API key or authorization (a UUID)', pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i },
  ],
  hints: {
    sdk: [/Heroku::API|\bheroku3\b|Cannot log in with HEROKU_API_KEY set/],
    envelope: [/\"id\"\s*:\s*\"unauthorized\"\s*,\s*\"(?:message|error)\"\s*:\s*\"Invalid credentials provided/],
  },
  requestIdHeaders: ['request-id', 'x-request-id'],
  request(key, ctx) {
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, 'account'),
      headers: { authorization: `Bearer ${key}`, accept: 'application/vnd.heroku+json; version=3' },
    };
  },
  classify(a) {
    if (ok2xx(a.status)) return runRules('heroku', accountRules, a, {});
    const err = { code: str(a.json, 'id'), message: str(a.json, 'message') ?? str(a.json, 'error') };
    // 403 forbidden on /account: the token authenticated (else 401) but its scope does not cover the account, e.g. an
    // authorization with the read or write scope only. That proves it live.
    if (a.status === 403 && err.code === 'forbidden') {
      return result({
        category: 'ok',
        verdict: 'valid',
        rule: 'heroku.scoped_token_live',
        evidence: [`${said(a, err)} — a token whose scope does not include the account (identity), which Heroku recognised, so it is live`],
        fixes: [],
        providerCode: err.code,
        providerMessage: err.message,
      });
    }
    return runRules('heroku', rules, a, err);
  },
  identity(a) {
    if (!ok2xx(a.status)) return undefined;
    const id = str(a.json, 'id');
    if (!id) return undefined;
    return {
      account: id,
      user: str(a.json, 'email'),
      name: str(a.json, 'name'),
      organization: str(a.json, 'default_team.name') ?? str(a.json, 'default_organization.name'),
    };
  },
};
