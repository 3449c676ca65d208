// Stripe. Keys: https://dashboard.stripe.com/apikeys
// Errors: https://docs.stripe.com/error-codes , https://docs.stripe.com/api/errors
// Formats: gitleaks rules/stripe.go ((sk|rk)_(test|live|prod)_…), trufflehog pkg/detectors/stripe
// (a 403 from a restricted key still proves the key is live).
// Restricted keys: https://docs.stripe.com/keys#create-restricted-api-secret-key
import type { Probe } from '../types.js';
import { joinUrl, result, said, str, runRules, warning, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const rules: Rule[] = [
  {
    // 401 api_key_expired "Expired API Key provided: rk_test_***…" (stripe/stripe-cli#792)
    id: 'api_key_expired',
    when: (_a, e) => e.code === 'api_key_expired' || /expired api key/i.test(e.message ?? ''),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'The key expired or was rolled: take the current key from https://dashboard.stripe.com/apikeys.',
      'Restricted keys made by `stripe login` expire after 90 days: run `stripe login` again or create a permanent restricted key.',
    ],
  },
  {
    // 401 "Invalid API Key provided: sk_test_****…"
    id: 'invalid_api_key',
    when: (a, e) => a.status === 401 && /invalid api key/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Copy the secret key again from https://dashboard.stripe.com/apikeys (test and live keys are on separate tabs).'],
  },
  {
    // 401 "The provided key 'sk_…' does not have access to account 'acct_…' (or that account does not exist)."
    id: 'no_access_to_account',
    when: (a, e) => a.status === 401 && /does not have access to account/i.test(e.message ?? ''),
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The Stripe-Account header names a connected account this platform key cannot reach: check the account id.'],
  },
  {
    id: 'account_closed',
    when: (_a, e) => /account (has been|was) (closed|rejected|deactivated)|account_closed|account_invalid/i.test(`${e.code ?? ''} ${e.message ?? ''}`),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The Stripe account is closed or rejected: its owner must resolve it in the dashboard or with Stripe support.'],
  },
  {
    id: 'platform_api_key_expired',
    when: (_a, e) => e.code === 'platform_api_key_expired',
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The platform\'s key expired: take the current key from the platform account\'s dashboard.'],
  },
];

export const stripe: Probe = {
  phrases,
  id: 'stripe',
  name: 'Stripe',
  docs: 'https://dashboard.stripe.com/apikeys',
  envVars: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'],
  defaultBaseUrl: 'https://api.stripe.com/v1',
  officialHosts: ['api.stripe.com'],
  keyFormats: [
    { id: 'live-secret', description: 'live-mode secret key', environment: 'live', pattern: /^sk_live_[A-Za-z0-9]{20,247}$/ },
    { id: 'test-secret', description: 'test-mode secret key', environment: 'test', pattern: /^sk_test_[A-Za-z0-9]{20,247}$/ },
    { id: 'live-restricted', description: 'live-mode restricted key', environment: 'live', pattern: /^rk_live_[A-Za-z0-9]{20,247}$/ },
    { id: 'test-restricted', description: 'test-mode restricted key', environment: 'test', pattern: /^rk_test_[A-Za-z0-9]{20,247}$/ },
    {
      id: 'publishable',
      description: 'publishable key',
      pattern: /^pk_(?:live|test)_[A-Za-z0-9]{20,247}$/,
      public: true, // served to every browser of the site
      unusable: 'a publishable key is meant for browsers and cannot call the secret API; use the secret (sk_) or a restricted (rk_) key',
    },
  ],
  hints: {
    sdk: [/\bStripe[A-Z]\w*Error\b/, /\bstripe\.error\.\w+/, /Stripe::\w+Error/],
    // "No such customer: 'cus_…'" and the live/test mode notes are Stripe's own wording (stripe-node#149, payola#278).
    envelope: [/similar object exists in (?:live|test) mode|No such \w+: '?(?:cus|pi|ch|in|sub|price|prod|evt|acct|pm|seti|src|tok)_\w/],
  },
  requestIdHeaders: ['request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'account'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { code: str(a.json, 'error.code'), type: str(a.json, 'error.type'), message: str(a.json, 'error.message') };
    if (!err.code && !err.type && !err.message) return undefined;
    // A restricted key without the account-read permission is still a live key (trufflehog stripe):
    // its 403 names the account it belongs to.
    if (a.status === 403 && /does not have the required permissions|restricted api key/i.test(err.message ?? '')) {
      return result({
        category: 'ok',
        verdict: 'valid',
        rule: 'stripe.restricted_key_live',
        evidence: [`${said(a, err)} — a restricted key without permission to read the account, which proves it is live`],
        fixes: [],
        providerCode: err.code ?? err.type,
        providerMessage: err.message,
      });
    }
    return runRules('stripe', rules, a, err);
  },
  identity(a) {
    const account = str(a.json, 'id') ?? /account '(acct_[A-Za-z0-9]+)'/.exec(str(a.json, 'error.message') ?? '')?.[1];
    if (!account) return undefined;
    return {
      account,
      organization: str(a.json, 'settings.dashboard.display_name') ?? str(a.json, 'business_profile.name'),
      user: str(a.json, 'email'),
      country: str(a.json, 'country'),
    };
  },
  prevention(k) {
    if (k.formatId !== 'live-secret') return [];
    return [warning(
      'prevent.over_privileged',
      `${k.name} is a live secret key (sk_live_): it can do everything the account can, refunds and payouts included.`,
      'Create a restricted key (rk_live_) with only the resources the app uses (https://dashboard.stripe.com/apikeys → Create restricted key) and keep the secret key out of apps.',
    )];
  },
};
