// Stripe: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, type Rule } from '../kit.js';

/** What an organisation key needs: the account it acts on, in the Stripe-Context header. */
export const STRIPE_CONTEXT_FIX =
  'Set STRIPE_CONTEXT to the account the app acts on (acct_…, or acct_platform/acct_connected; Dashboard → the organisation → Accounts), and pass it to the SDK as stripeContext / stripe_context: every request made with an organisation key (sk_org_) needs a Stripe-Context header (https://docs.stripe.com/keys/organization-api-keys).';

export const rules: Rule[] = [
  {
    // "Please include the Stripe-Context header with your target account when using an Organization API key."
    // (stripe/stripe-python#1660): an organisation key (sk_org_) acts on no account until the request names one
    // (https://docs.stripe.com/keys/organization-api-keys). The key authenticated; what fails is the account context
    // it is used with, as every call of the app will.
    id: 'stripe_context_missing',
    when: (_a, e) => /include the Stripe-Context header/i.test(e.message ?? ''),
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: [STRIPE_CONTEXT_FIX],
  },
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
    fixes: ['The Stripe-Account or Stripe-Context header (STRIPE_CONTEXT) names an account this key cannot reach: check the account id, or whether that account belongs to the key\'s platform or organisation.'],
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
