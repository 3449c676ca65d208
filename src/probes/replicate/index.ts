// Replicate. Tokens: https://replicate.com/account/api-tokens
// Auth and the account endpoint: https://replicate.com/docs/reference/http#accounts.get
// (GET /v1/account answers type, username, name, github_url; replicate/replicate-python tests/test_account.py).
// Errors are problem+json {title, detail, status}: 401 "Unauthenticated" (replicate/replicate-python
// tests/cassettes/run__invalid-token.yaml), 402 "Billing required" (replicate/replicate-javascript#342),
// 429 "Request was throttled" (https://replicate.com/docs/topics/predictions/rate-limits).
// Format: r8_ + 37 (trufflehog pkg/detectors/replicate, kingfisher rules/replicate.yml). Older un-prefixed tokens
// still work (replicate/create-replicate#24) but are not a format here: a bare hex shape would claim other
// providers' values, so such a token gets the format step's non-blocking warning and the live call decides.
// Env: REPLICATE_API_TOKEN (replicate-javascript index.js, replicate-python client.py); REPLICATE_API_KEY is
// common in apps [obs]. REPLICATE_BASE_URL is replicate-python's base URL (default https://api.replicate.com).
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const TOKENS = 'https://replicate.com/account/api-tokens';

const rules: Rule[] = [
  {
    // 401 "You did not pass an authentication token" (pguso/ai-agents-workshop#1): nothing reached Replicate.
    id: 'no_token',
    when: (a, e) => a.status === 401 && /did not pass an authentication token/i.test(e.message ?? ''),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Replicate received no token: check that the variable is set and non-empty, and that no proxy strips the Authorization header.',
    ],
  },
  {
    // 401 {"title":"Unauthenticated","detail":"You did not pass a valid authentication token"}
    id: 'unauthenticated',
    when: (a, e) => a.status === 401 && (e.code === 'Unauthenticated' || /valid authentication token/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Replicate does not recognise the token: it was mistyped, deleted, or belongs to a removed account. Copy one from ${TOKENS}.`,
      'Tokens are sent as "Authorization: Bearer r8_…"; the older "Token r8_…" scheme still works, other schemes do not.',
    ],
  },
  {
    // 402 "Billing required" / "Insufficient credit" (replicate/replicate-javascript#342)
    id: 'billing_required',
    when: (a, e) => a.status === 402 || /billing required|insufficient credit|set up billing/i.test(`${e.code ?? ''} ${e.message ?? ''}`),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Add a payment method or buy credit at https://replicate.com/account/billing, then wait a few minutes before trying again.'],
  },
];

export const replicate: Probe = {
  id: 'replicate',
  name: 'Replicate',
  docs: TOKENS,
  envVars: ['REPLICATE_API_TOKEN', 'REPLICATE_API_KEY'],
  baseUrlEnv: 'REPLICATE_BASE_URL',
  defaultBaseUrl: 'https://api.replicate.com',
  officialHosts: ['api.replicate.com'],
  keyFormats: [{ id: 'api', description: 'API token', pattern: /^r8_[A-Za-z0-9_-]{37}$/ }],
  // No request-id header is documented; responses are Cloudflare-fronted (cf-ray is kept by the live step).
  // 401 with no token: "You did not pass an authentication token" (https://replicate.com/docs/topics/security/api-tokens).
  phrases,
  hints: { sdk: [/\breplicate\.exceptions\b|ReplicateError/], envelope: [/(?:did not|have not) pass(?:ed)? an authentication token|\bMissing required parameter: auth\b/i] },
  requestIdHeaders: [],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'v1/account'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { code: str(a.json, 'title'), message: str(a.json, 'detail') };
    if (a.status < 400 || (!err.code && !err.message)) return undefined;
    return runRules('replicate', rules, a, err);
  },
  identity(a) {
    const username = str(a.json, 'username');
    if (!username) return undefined;
    const type = str(a.json, 'type');
    const name = str(a.json, 'name');
    return {
      account: username,
      accountType: type,
      organization: type === 'organization' ? name : undefined,
      user: type === 'user' ? name : undefined,
    };
  },
};
