// Service vocabulary, group "commerce": see types.ts. Each rule cites the service's own documentation.
// Payments, shops, banking data, exchanges, market data, chains, shipping and in-app billing. Wordings the shared
// rules already read right (Shopify's "requires merchant approval for … scope", PayPal's PAYEE_ACCOUNT_RESTRICTED)
// are not repeated here; a wording the docs give several causes for ("invalid or expired") has no rule.
import { rule } from '../phrase.js';
import type { ServiceWords } from './types.js';

const SHOPIFY_CODES = 'https://shopify.dev/docs/api/usage/response-codes';
const PAYPAL_ERRORS = 'https://developer.paypal.com/api/rest/responses/';
const SQUARE_CODES = 'https://developer.squareup.com/reference/square/enums/ErrorCode';
const BRAINTREE_EXC = 'https://developer.paypal.com/braintree/docs/reference/general/exceptions';
const ADYEN_CODES = 'https://docs.adyen.com/development-resources/error-codes';

export const COMMERCE: ServiceWords[] = [
  {
    id: 'shopify',
    name: 'Shopify',
    seen: /shopify/i,
    rules: [
      // 402: "The requested shop is currently frozen. The shop owner needs to … pay the outstanding balance".
      rule('shop_frozen', /\bshop is currently frozen\b|\bUnavailable Shop\b/i, 'billing_or_quota',
        ["The shop is frozen for an unpaid Shopify bill: the shop owner pays the outstanding balance in the shop's admin → Settings → Billing."], SHOPIFY_CODES),
      // 423: "The requested shop is currently locked" (repeated limit abuse, or an account issue such as fraud risk);
      // the 2018 changelog moved locked shops from 420 to 423.
      rule('shop_locked', /\bshop is currently locked\b|\b423\b[^\n]{0,30}\bLocked\b/i, 'invalid_user',
        ['Shopify has locked this shop: its owner must contact Shopify Support from the shop admin; no key change helps.'], SHOPIFY_CODES),
      // GraphQL Admin API: `Access denied for orders field.` with extensions.code ACCESS_DENIED and a documentation
      // link to the access-scopes page.
      rule('field_access_denied', /\bAccess denied for [\w.]{1,60} field\b/i, 'insufficient_permissions',
        ["Add the field's access scope (e.g. `read_orders`) to the app's scopes in shopify.app.toml or the Dev Dashboard, then have the merchant re-approve the app."],
        'https://shopify.dev/docs/api/usage/access-scopes'),
      // Protected customer data: apps not approved for it get an error naming the object.
      rule('protected_data', /\bnot approved to access (?:the )?[\w ]{1,40}\b(?:object|field)\b|\bprotected customer data\b/i, 'insufficient_permissions',
        ['Request protected customer data access in the Partner Dashboard → App setup → Protected customer data access, and wait for approval.'],
        'https://shopify.dev/docs/apps/launch/protected-customer-data'),
      // GraphQL Admin API throttling: `{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}]}`.
      rule('throttled', /"(?:message|code)"\s*:\s*"THROTTLED"/i, 'rate_limited',
        ['Wait for the query-cost bucket to refill (see extensions.cost.throttleStatus) and lower the query cost or request rate.'],
        'https://shopify.dev/docs/api/usage/limits'),
    ],
  },
  {
    id: 'paypal',
    name: 'PayPal',
    seen: /paypal/i,
    rules: [
      // Identity API INVALID_CLIENT: "The Authentication header contains invalid client credentials."
      rule('invalid_client', /\binvalid client credentials\b|"invalid_client"[^\n]{0,40}Client Authentication failed/i, 'invalid_key',
        ['Copy the client ID and secret of the same app (Sandbox or Live, matching the API host) from developer.paypal.com → Apps & Credentials.'],
        'https://developer.paypal.com/api/identity/v1/errors/invalid_client'),
      // Orders v2 403 NOT_AUTHORIZED issues: the payee account itself is not verified / has not consented.
      rule('payee_not_verified', /\bPAYEE_ACCOUNT_NOT_VERIFIED\b/, 'invalid_user',
        ["The payee's PayPal account must be verified (email confirmed, bank or card linked) before it can receive payments."],
        'https://developer.paypal.com/api/rest/troubleshooting/rest_not_authorized/'),
      rule('payee_not_consented', /\bPAYEE_NOT_CONSENTED\b/, 'insufficient_permissions',
        ['The payee must grant your app permission (partner onboarding consent) before you act for it.'],
        'https://developer.paypal.com/api/errors/not-authorized'),
      rule('permission_denied', /\bPERMISSION_DENIED\b|\bYou do not have permission to access or perform operations on this resource\b/, 'insufficient_permissions',
        ["Enable the feature for the app in developer.paypal.com → Apps & Credentials → the app's features, or use the account that owns the resource."],
        PAYPAL_ERRORS),
      rule('rate_limit', /\bRATE_LIMIT_REACHED\b/, 'rate_limited',
        ['Slow down and retry with backoff; reuse OAuth tokens until they expire instead of fetching new ones per call.'],
        'https://developer.paypal.com/api/rest/rate-limiting/'),
    ],
  },
  {
    id: 'square',
    name: 'Square',
    seen: /\bsquareup(?:sandbox)?\.com\b|\bsquareup\b|\bSquare(?:Api)?Exception\b|\bsquare[\s_-]?(?:connect|sdk)\b|\bSquare (?:API|sandbox|access token)/i,
    rules: [
      rule('token_expired', /\bACCESS_TOKEN_EXPIRED\b/, 'revoked_or_expired',
        ['Renew the OAuth access token with the refresh token (ObtainToken, grant_type refresh_token) and store the new one.'], SQUARE_CODES),
      rule('token_revoked', /\bACCESS_TOKEN_REVOKED\b/, 'revoked_or_expired',
        ['The seller revoked your app: send them through OAuth authorization again to get a new access token.'], SQUARE_CODES),
      rule('insufficient_scopes', /\bINSUFFICIENT_SCOPES\b/, 'insufficient_permissions',
        ['Request the missing permissions (e.g. MERCHANT_PROFILE_READ) in the OAuth authorize URL and have the seller authorize again.'], SQUARE_CODES),
      rule('app_disabled', /\b(?:APPLICATION|CLIENT)_DISABLED\b/, 'invalid_user',
        ['Square disabled this application: check the Developer Dashboard for a notice and contact Square Developer Support.'], SQUARE_CODES),
      rule('v1_token', /\bV1_(?:ACCESS_TOKEN|APPLICATION)\b/, 'revoked_or_expired',
        ['The token or application predates 2016-03-30 and cannot call v2 APIs: create a new access token in the Developer Dashboard.'], SQUARE_CODES),
      rule('subscription_missing', /\bMERCHANT_SUBSCRIPTION_NOT_FOUND\b/, 'billing_or_quota',
        ['The seller needs the Square subscription this API requires: have them subscribe in the Square Dashboard.'], SQUARE_CODES),
      // "The `Authorization` http header of your request was malformed. The header value is expected to be of the
      // format "Bearer TOKEN"": the header itself is wrong, not a key Square does not know.
      rule('header_malformed', /\bAuthorization`? http header of your request was malformed\b/i, 'malformed_key',
        ['Send `Authorization: Bearer <access token>`: the access token (EAAA…), not the application ID (sq0idp-…).'],
        'https://developer.squareup.com/docs/build-basics/handling-errors'),
    ],
  },
  {
    id: 'braintree',
    name: 'Braintree',
    seen: /\bbraintree\b|\bbraintreegateway\.com\b/i,
    rules: [
      // "Raised when your API keys are incorrect. … double-check that you haven't accidentally tried to use your
      // sandbox keys in production or vice-versa." (AuthorizationError has two documented causes: no rule.)
      rule('authentication_error', /\bBraintree\b[\w.:\\]{0,60}Authentication(?:Error)?\b|\bauthenticationError\b/i, 'invalid_key',
        ['Copy the merchant ID, public and private key from the Braintree Control Panel of the same environment (sandbox or production) the gateway is configured for.'],
        BRAINTREE_EXC),
      // ConfigurationError: "Make sure you have environment, merchant_id, public_key, and private_key."
      rule('not_configured', /\b(?:merchant_?id|public_?key|private_?key)\s+needs to be set\b|\bBraintree\b[\w.:\\]{0,60}Configuration(?:Error)?\b/i, 'malformed_key',
        ['Set environment, merchant ID, public key and private key on the Braintree gateway before the first call.'], BRAINTREE_EXC),
      rule('too_many_requests', /\bBraintree\b[\w.:\\]{0,60}TooManyRequests(?:Error)?\b|\btooManyRequestsError\b/i, 'rate_limited',
        ['Slow down: retry with backoff.'], BRAINTREE_EXC),
      rule('down', /\bBraintree\b[\w.:\\]{0,60}(?:DownForMaintenance|ServiceUnavailable|ServerError)(?:Error)?\b|\b(?:downForMaintenance|serviceUnavailable)Error\b/i, 'provider_outage',
        ["Braintree is down or in maintenance: check PayPal's status page (Braintree section) and retry later."], BRAINTREE_EXC),
    ],
  },
  {
    id: 'adyen',
    name: 'Adyen',
    seen: /\badyen\b/i,
    rules: [
      // 010 "Not allowed": the API credential lacks the role for the call.
      rule('not_allowed', /\b010\b[^\n]{0,40}\bNot allowed\b|"errorCode"\s*:\s*"010"/i, 'insufficient_permissions',
        ['Give the API credential (ws@Company.…) the role the call needs in Customer Area → Developers → API credentials → Roles, or ask Adyen Support to enable it.'],
        ADYEN_CODES),
      // 901 "Invalid Merchant Account": the merchant account named is not one this credential may use.
      rule('invalid_merchant', /\b901\b[^\n]{0,40}\bInvalid Merchant Account\b|\bInvalid Merchant Account\b/i, 'tenant_mismatch',
        ['Set merchantAccount to an account the API credential is linked to (Customer Area → API credentials → Account), matching test or live.'],
        ADYEN_CODES),
    ],
  },
  {
    id: 'plaid',
    name: 'Plaid',
    seen: /\bplaid|\bPlaidError\b/i,
    rules: [
      // INVALID_PRODUCT: "client is not authorized to access the following products: [...]".
      rule('invalid_product', /\bINVALID_PRODUCT\b|\bclient is not authorized to access the following products\b/i, 'insufficient_permissions',
        ['Request access to the product for this environment in the Plaid Dashboard (Products / Team Settings), or drop it from `products`.'],
        'https://plaid.com/docs/errors/invalid-input/'),
      // UNAUTHORIZED_ENVIRONMENT / UNAUTHORIZED_ROUTE: the client ID is not enabled for this environment or endpoint.
      rule('unauthorized_environment', /\bUNAUTHORIZED_(?:ENVIRONMENT|ROUTE)\b|\bnot authorized to (?:create items in|access this route in) this (?:api )?environment\b/i, 'insufficient_permissions',
        ['Check which environments and products your team is enabled for in the Plaid Dashboard; request Production access there.'],
        'https://plaid.com/docs/errors/invalid-input/'),
      rule('consent_required', /\bADDITIONAL_CONSENT_REQUIRED\b/, 'insufficient_permissions',
        ['Send the user through Link in update mode with the additional product consent.'], 'https://plaid.com/docs/errors/invalid-input/'),
      rule('planned_maintenance', /\bPLANNED_MAINTENANCE\b/, 'provider_outage',
        ['Plaid is in planned maintenance: check status.plaid.com and retry later.'], 'https://plaid.com/docs/errors/api/'),
    ],
  },
  {
    id: 'mollie',
    name: 'Mollie',
    seen: /mollie/i,
    rules: [
      // The SDKs refuse a key before sending it: "Invalid API key: '…'. An API key must start with 'test_' or 'live_'".
      rule('key_prefix', /\bAn API key must start with ['"]?test_['"]? or ['"]?live_/i, 'malformed_key',
        ["Paste the Test or Live API key from the Mollie Dashboard → Developers → API keys whole, without quotes or spaces; it starts with `test_` or `live_`."],
        'https://github.com/mollie/mollie-api-php'),
      rule('token_prefix', /\bAccess token must start with ['"]?access_/i, 'malformed_key',
        ['Use an organization or app access token (it starts with `access_`) where the client expects one, or set an API key instead.'],
        'https://docs.mollie.com/reference/authentication'),
    ],
  },
  {
    id: 'klarna',
    name: 'Klarna',
    seen: /\bklarna/i,
    rules: [
      // Klarna Payments: 403 MERCHANT_INACTIVE.
      rule('merchant_inactive', /\bMERCHANT_INACTIVE\b/, 'invalid_user',
        ['The Klarna merchant account (MID) is not active: contact Klarna merchant support or finish onboarding in the Merchant Portal.'],
        'https://docs.klarna.com/resources/error-details/errors-in-klarna-payments'),
    ],
  },
  {
    id: 'woocommerce',
    name: 'WooCommerce',
    seen: /woocommerce|\/wp-json\/wc\/v\d\b/i,
    rules: [
      // class-wc-rest-authentication.php: the key's permission is set per key (Read, Write, Read/Write).
      rule('key_permission', /\bThe API key provided does not have (?:read|write) permissions\b/i, 'insufficient_permissions',
        ['Edit the key in WooCommerce → Settings → Advanced → REST API and set Permissions to Read/Write (or create a new key with it).'],
        'https://woocommerce.com/document/woocommerce-rest-api/'),
      rule('consumer_key_invalid', /\bConsumer (?:key|secret) is invalid\b/i, 'invalid_key',
        ['Copy the consumer key (ck_…) and secret (cs_…) again from WooCommerce → Settings → Advanced → REST API, or generate a new pair.'],
        'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication'),
      // "Consumer key is missing": over HTTPS the server did not pass the Authorization header through.
      rule('consumer_key_missing', /\bConsumer key is missing\b/i, 'malformed_key',
        ['The server dropped the Authorization header: pass consumer_key and consumer_secret as query parameters over HTTPS, or let the web server forward the header.'],
        'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication-over-https'),
    ],
  },
  {
    id: 'bigcommerce',
    name: 'BigCommerce',
    seen: /bigcommerce|\bX-Auth-Token\b[^\n]{0,80}\bstores\//i,
    rules: [
      rule('missing_scope', /\bYou don't have a required scope to access the endpoint\b/i, 'insufficient_permissions',
        ['Edit the API account in the store control panel → Settings → API accounts and grant the OAuth scope the endpoint lists (e.g. Products: modify), then use its new token.'],
        'https://developer.bigcommerce.com/docs/start/authentication/api-accounts'),
    ],
  },
];
