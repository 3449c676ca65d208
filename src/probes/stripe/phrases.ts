// Wordings of Stripe's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  rule('stripe_context_missing', /include the Stripe-Context header/i, 'tenant_mismatch',
    ['An organisation key (sk_org_) needs the account it acts on: set STRIPE_CONTEXT (acct_…) and pass it to the SDK as stripeContext / stripe_context.'],
    'https://github.com/stripe/stripe-python/pull/1660'),
  rule('mode_mismatch', /similar object exists in (?:live|test) mode, but a (?:test|live) mode key was used|created with a testmode key|can only be used with testmode keys|created with an API key in live mode/i,
    'wrong_environment', ['The object belongs to the other mode: use the live key for live objects and the test key (sk_test_…) for test objects; do not mix them in one environment.'],
    'https://github.com/payolapayments/payola/issues/278'),
  rule('contains_space', /This key contains at least one space/i, 'malformed_key',
    ['The key has a space in it: copy it again without surrounding text.'], 'https://github.com/coreymgilmore/stripe-appengine-frontend/issues/2'),
  rule('invalid_api_key', /Invalid API Key provided/i, 'invalid_key',
    ['Copy the secret key again from https://dashboard.stripe.com/apikeys (test and live keys are on separate tabs).'], 'https://github.com/stripe/stripe-node/issues/950'),
];
