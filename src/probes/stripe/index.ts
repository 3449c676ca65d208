// Stripe. Keys: https://dashboard.stripe.com/apikeys
// Errors: https://docs.stripe.com/error-codes , https://docs.stripe.com/api/errors
// Formats: gitleaks rules/stripe.go ((sk|rk)_(test|live|prod)_…), trufflehog pkg/detectors/stripe
// (a 403 from a restricted key still proves the key is live).
// Restricted keys: https://docs.stripe.com/keys#create-restricted-api-secret-key
// Organisation keys (https://docs.stripe.com/keys/organization-api-keys): prefixed sk_org (no rk_org, no publishable
//   key), for sandboxes and live mode; every request must name its account in the Stripe-Context header
//   (https://docs.stripe.com/context). The test shape sk_org_test_… is the SDK's own (stripe/stripe-python#1660); the
//   live one, sk_org_live_…, follows the sk_live_/sk_test_ pattern [conv]. The account comes from STRIPE_CONTEXT (the
//   name pay-rails/pay#1236 reads for Stripe.config.stripe_context; the SDKs take it as stripeContext/stripe_context,
//   the CLI as --stripe-context): sent whenever set, as an SDK configured with it does, and required for sk_org_ keys.
// Webhook signing secrets (whsec_ + 32-64 alphanumerics: SonarSource secrets rule S6718, stripe-webhook-secret) verify
//   the Stripe-Signature header of events; the API never accepts them, so one is reported, never sent.
import { ProbeSetupError, type Probe } from '../types.js';
import { joinUrl, result, said, str, runRules, warning } from '../kit.js';
import { phrases } from './phrases.js';
import { rules, STRIPE_CONTEXT_FIX } from './rules.js';

/** An account path for Stripe-Context: acct_… or acct_…/acct_… (https://docs.stripe.com/context). */
const CONTEXT = /^[A-Za-z0-9_]{1,64}(?:\/[A-Za-z0-9_]{1,64}){0,3}$/;

function contextHeader(key: string, value: string | undefined): Record<string, string> {
  const ctx = value?.trim();
  if (!ctx) {
    if (!key.startsWith('sk_org_')) return {};
    throw new ProbeSetupError('an organisation key (sk_org_) acts on no account until the request names one in the Stripe-Context header, and STRIPE_CONTEXT is not set', STRIPE_CONTEXT_FIX);
  }
  if (!CONTEXT.test(ctx)) {
    throw new ProbeSetupError('STRIPE_CONTEXT is not an account path (acct_… or acct_…/acct_…)', 'Set STRIPE_CONTEXT to the account id alone, such as acct_1A2b3C…, or a platform/connected path acct_…/acct_….');
  }
  return { 'stripe-context': ctx };
}

export const stripe: Probe = {
  phrases,
  id: 'stripe',
  name: 'Stripe',
  docs: 'https://dashboard.stripe.com/apikeys',
  envVars: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'],
  settingsEnv: ['STRIPE_CONTEXT'],
  defaultBaseUrl: 'https://api.stripe.com/v1',
  officialHosts: ['api.stripe.com'],
  keyFormats: [
    { id: 'live-secret', description: 'live-mode secret key', environment: 'live', pattern: /^sk_live_[A-Za-z0-9]{20,247}$/ },
    { id: 'test-secret', description: 'test-mode secret key', environment: 'test', pattern: /^sk_test_[A-Za-z0-9]{20,247}$/ },
    { id: 'live-restricted', description: 'live-mode restricted key', environment: 'live', pattern: /^rk_live_[A-Za-z0-9]{20,247}$/ },
    { id: 'test-restricted', description: 'test-mode restricted key', environment: 'test', pattern: /^rk_test_[A-Za-z0-9]{20,247}$/ },
    { id: 'org-live', description: 'live-mode organisation key', environment: 'live', pattern: /^sk_org_live_[A-Za-z0-9]{20,247}$/ },
    { id: 'org-test', description: 'sandbox organisation key', environment: 'test', pattern: /^sk_org_test_[A-Za-z0-9]{20,247}$/ },
    {
      id: 'webhook-secret',
      description: 'webhook signing secret',
      pattern: /^whsec_[A-Za-z0-9]{32,64}$/,
      unusable: 'it is not an API key; it only verifies the signatures (Stripe-Signature header) of the webhook events Stripe sends you',
      fix: 'Put the secret key (sk_…) or a restricted key (rk_…) from https://dashboard.stripe.com/apikeys in STRIPE_SECRET_KEY (or STRIPE_API_KEY), and keep the whsec_ secret in STRIPE_WEBHOOK_SECRET, where the webhook handler reads it.',
    },
    {
      id: 'publishable',
      description: 'publishable key',
      pattern: /^pk_(?:live|test)_[A-Za-z0-9]{20,247}$/,
      public: true, // served to every browser of the site
      unusable: 'a publishable key is meant for browsers and cannot call the secret API; use the secret (sk_) or a restricted (rk_) key',
    },
  ],
  hints: {
    sdk: [/\bStripe[A-Z]\w*Error\b/, /\bstripe\.error\.\w+/, /Stripe::\w+Error/, /\/gems\/stripe-\d/],
    // "No such customer: 'cus_…'" and the live/test mode notes are Stripe's own wording (stripe-node#149, payola#278).
    // A connected account's id, acct_… (11 corpus texts, all Stripe's: heldout73, tuning round 57).
    // Also its answers for keys that never show a secret key's prefix (tuning round 65): an ephemeral or Terminal
    // session key expired (ek_…, pss_…), a restricted key given to Stripe.js, stripe-node without a key.
    envelope: [/\bacct_[A-Za-z0-9]{8,40}\b|similar object exists in (?:live|test) mode|No such \w+: '?(?:cus|pi|ch|in|sub|price|prod|evt|acct|pm|seti|src|tok)_\w|\bExpired API Key provided: (?:ek|pss)_(?:test|live)_|\bYou should not use a restricted key with Stripe\.js\b|\bNeither apiKey nor config\.authenticator provided\b|\bNo such API key: /],
  },
  requestIdHeaders: ['request-id'],
  request(key, ctx) {
    if (key.startsWith('whsec_')) {
      throw new ProbeSetupError('a webhook signing secret (whsec_) is never sent to the API', 'Check the secret key (sk_… or rk_…) instead: put it in STRIPE_SECRET_KEY.');
    }
    const headers = { authorization: `Bearer ${key}`, ...contextHeader(key, ctx.settings.STRIPE_CONTEXT) };
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'account'), headers };
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
