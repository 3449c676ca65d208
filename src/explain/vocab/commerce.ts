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
      rule('permission_denied', /\bPERMISSION_DENIED\b|\bYou do not have permission to access or perform operations on this resource\b/, 'insufficient_permissions',
        ["Enable the feature for the app in developer.paypal.com → Apps & Credentials → the app's features, or use the account that owns the resource."],
        PAYPAL_ERRORS),
      rule('rate_limit', /\bRATE_LIMIT_REACHED\b/, 'rate_limited',
        ['Slow down and retry with backoff; reuse OAuth tokens until they expire instead of fetching new ones per call.'],
        'https://developer.paypal.com/api/rest/rate-limiting/'),
    ],
    // Wordings no other service uses: read even where the text does not name it. The Orders v2 NOT_AUTHORIZED issues
    // about the payee account itself (not verified, not consented, locked).
    codes: [
      rule('reference_transactions', /\bMERCHANT_NOT_ENABLED_FOR_REFERENCE_TRANSACTION\b/, 'insufficient_permissions',
        ['Ask PayPal customer support to enable reference transactions on the merchant account.'],
        'https://developer.paypal.com/api/errors/merchant-not-enabled-for-reference-transaction'),
      rule('payee_locked', /\bPAYEE_ACCOUNT_LOCKED_OR_CLOSED\b|\bPayee account is locked or closed\b/i, 'invalid_user',
        ['The receiving PayPal account is locked or closed: its owner must resolve it with PayPal, or pay another account.'],
        'https://developer.paypal.com/api/deprecated/payments/v1/errors/payee_account_locked_or_closed'),
      rule('payee_not_consented', /\bPAYEE_NOT_CONSENTED\b/, 'insufficient_permissions',
        ['The payee must grant your app permission (partner onboarding consent) before you act for it.'],
        'https://developer.paypal.com/api/errors/not-authorized'),
      rule('payee_not_verified', /\bPAYEE_ACCOUNT_NOT_VERIFIED\b/, 'invalid_user',
        ["The payee's PayPal account must be verified (email confirmed, bank or card linked) before it can receive payments."],
        'https://developer.paypal.com/api/rest/troubleshooting/rest_not_authorized/'),
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
    ],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('card_processing', /\bCARD_PROCESSING_NOT_ENABLED\b/, 'insufficient_permissions',
        ['The location is not enabled for card processing: the seller must finish account activation (bank and identity) in the Square Dashboard, or use another location.'],
        SQUARE_CODES),
      // "The `Authorization` http header of your request was malformed. The header value is expected to be of the
      // format "Bearer TOKEN"": the header itself is wrong, not a key Square does not know.
      rule('header_malformed', /\bAuthorization`? http header of your request was malformed\b/i, 'malformed_key',
        ['Send `Authorization: Bearer <access token>`: the access token (EAAA…), not the application ID (sq0idp-…).'],
        'https://developer.squareup.com/docs/build-basics/handling-errors'),
      rule('subscription_missing', /\bMERCHANT_SUBSCRIPTION_NOT_FOUND\b/, 'billing_or_quota',
        ['The seller needs the Square subscription this API requires: have them subscribe in the Square Dashboard.'], SQUARE_CODES),
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
      // UNAUTHORIZED_ENVIRONMENT / UNAUTHORIZED_ROUTE: the client ID is not enabled for this environment or endpoint.
      rule('unauthorized_environment', /\bUNAUTHORIZED_(?:ENVIRONMENT|ROUTE)\b|\bnot authorized to (?:create items in|access this route in) this (?:api )?environment\b/i, 'insufficient_permissions',
        ['Check which environments and products your team is enabled for in the Plaid Dashboard; request Production access there.'],
        'https://plaid.com/docs/errors/invalid-input/'),
      rule('planned_maintenance', /\bPLANNED_MAINTENANCE\b/, 'provider_outage',
        ['Plaid is in planned maintenance: check status.plaid.com and retry later.'], 'https://plaid.com/docs/errors/api/'),
    ],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      // INVALID_PRODUCT: "client is not authorized to access the following products: [...]".
      rule('invalid_product', /\bINVALID_PRODUCT\b[^\n]{0,80}\bnot authorized to access the following products\b|\bclient is not authorized to access the following products\b/i, 'insufficient_permissions',
        ['Request access to the product for this environment in the Plaid Dashboard (Products / Team Settings), or drop it from `products`.'],
        'https://plaid.com/docs/errors/invalid-input/'),
      rule('consent_required', /\bADDITIONAL_CONSENT_REQUIRED\b/, 'insufficient_permissions',
        ['Send the user through Link in update mode with the additional product consent.'], 'https://plaid.com/docs/errors/invalid-input/'),
    ],
  },
  {
    id: 'mollie',
    name: 'Mollie',
    seen: /mollie/i,
    rules: [],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('token_prefix', /\bAccess token must start with ['"]?access_/i, 'malformed_key',
        ['Use an organization or app access token (it starts with `access_`) where the client expects one, or set an API key instead.'],
        'https://docs.mollie.com/reference/authentication'),
      // The SDKs refuse a key before sending it: "Invalid API key: '…'. An API key must start with 'test_' or 'live_'".
      rule('key_prefix', /\bAn API key must start with ['"]?test_['"]? or ['"]?live_/i, 'malformed_key',
        ["Paste the Test or Live API key from the Mollie Dashboard → Developers → API keys whole, without quotes or spaces; it starts with `test_` or `live_`."],
        'https://github.com/mollie/mollie-api-php'),
    ],
  },
  {
    id: 'klarna',
    name: 'Klarna',
    seen: /\bklarna/i,
    codes: [
      // A field of the request in the wrong shape: the merchant id (the API username, e.g. "PK…" or "K…_…") is the credential.
      rule('merchant_id_format', /\bBad format: merchant\.id\b/i, 'malformed_key',
        ['The merchant id (the API username) is not in Klarna\'s format: copy the username of the API credentials from the Merchant Portal → Settings → Klarna API keys.'],
        'https://docs.klarna.com/api/authentication/'),
    ],
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
      // class-wc-rest-authentication.php: the key's permission is set per key (Read, Write, Read/Write). Plugins that
      // copied WooCommerce's authentication class say the same, so it is not a code of WooCommerce alone.
      rule('key_permission', /\bThe API key provided does not have (?:read|write) permissions\b/i, 'insufficient_permissions',
        ['Edit the key in WooCommerce → Settings → Advanced → REST API and set Permissions to Read/Write (or create a new key with it).'],
        'https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/includes/class-wc-rest-authentication.php'),
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
    rules: [],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('missing_scope', /\bYou don't have a required scope to access the endpoint\b/i, 'insufficient_permissions',
        ['Edit the API account in the store control panel → Settings → API accounts and grant the OAuth scope the endpoint lists (e.g. Products: modify), then use its new token.'],
        'https://developer.bigcommerce.com/docs/start/authentication/api-accounts'),
    ],
  },
  {
    id: 'coinbase',
    name: 'Coinbase',
    seen: /coinbase/i,
    rules: [
      // Coinbase App API v2 error ids (`{"errors":[{"id":"expired_token","message":"…"}]}`).
      rule('expired_token', /"id"\s*:\s*"(?:expired|revoked)_token"/i, 'revoked_or_expired',
        ['Refresh the OAuth access token with the refresh token, or have the user authorize the app again if it was revoked.'],
        'https://docs.cdp.coinbase.com/coinbase-app/docs/api-errors'),
      rule('invalid_scope', /"id"\s*:\s*"invalid_scope"/i, 'insufficient_permissions',
        ['Request the missing scope (e.g. wallet:accounts:read) in the OAuth authorize URL, or edit the API key permissions in Coinbase settings.'],
        'https://docs.cdp.coinbase.com/coinbase-app/docs/api-errors'),
      rule('verification_required', /"id"\s*:\s*"(?:unverified_email|personal_details_required|identity_verification_required|jumio_verification_required)"/i, 'invalid_user',
        ['The Coinbase account must finish verification (email, personal details or ID) at coinbase.com before the API serves it.'],
        'https://docs.cdp.coinbase.com/coinbase-app/docs/api-errors'),
      rule('two_factor_required', /"id"\s*:\s*"two_factor_required"/i, 'insufficient_permissions',
        ['Repeat the call with the CB-2FA-TOKEN header carrying the user\'s two-factor code.'],
        'https://docs.cdp.coinbase.com/coinbase-app/docs/api-errors'),
    ],
  },
  {
    id: 'binance',
    name: 'Binance',
    seen: /binance/i,
    // -2015 "Invalid API-key, IP, or permissions for action." names three causes: no rule.
    rules: [],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('ip_banned', /\bWay too many requests; IP(?:\(\S{1,45}\))? banned until\b/i, 'rate_limited',
        ['Stop and wait out the ban; use the weight headers (X-MBX-USED-WEIGHT) and websockets to stay under the limits.'],
        'https://developers.binance.com/docs/binance-spot-api-docs/errors'),
      // HTTP 451: "Service unavailable from a restricted location according to 'b. Eligibility'".
      rule('restricted_location', /\bunavailable from a restricted location\b/i, 'region_blocked',
        ['Binance refuses requests from this country: run the client where Binance serves users, or use the exchange for your region (e.g. Binance.US).'],
        'https://developers.binance.com/docs/binance-spot-api-docs/rest-api/general-api-information'),
      rule('key_id', /\bInvalid Api-Key ID\b/i, 'invalid_key',
        ['Create an API key in Binance → API Management (on the matching site: binance.com, binance.us or testnet) and use it.'],
        'https://developers.binance.com/docs/binance-spot-api-docs/errors'),
      rule('key_format', /\bAPI-key format invalid\b/i, 'malformed_key',
        ['Paste the API key from Binance → API Management whole: no spaces, quotes or line breaks.'],
        'https://developers.binance.com/docs/binance-spot-api-docs/errors'),
    ],
  },
  {
    id: 'kraken',
    name: 'Kraken',
    seen: /\bkraken\b/i,
    rules: [],
    // Kraken's "EAPI:"/"EGeneral:"/"EService:" error strings are its alone.
    codes: [
      rule('invalid_key', /\bEAPI:Invalid key\b/, 'invalid_key',
        ['Copy the API key from Kraken → Settings → API again, or create a new one.'], 'https://docs.kraken.com/api/docs/guides/spot-errors'),
      rule('permission_denied', /\bEGeneral:Permission denied\b|\bEAPI:Feature disabled\b/, 'insufficient_permissions',
        ['Edit the key in Kraken → Settings → API and tick the permission the call needs (e.g. Query Funds, Create & Modify Orders).'],
        'https://docs.kraken.com/api/docs/guides/spot-errors'),
      rule('rate_limit', /\bE(?:API|Order):Rate limit exceeded\b|\bEGeneral:Temporary lockout\b/, 'rate_limited',
        ['Slow down: each private call costs counter points that decay over time; wait and retry.'], 'https://docs.kraken.com/api/docs/guides/spot-errors'),
      rule('unavailable', /\bEService:(?:Unavailable|Busy)\b/, 'provider_outage',
        ['Kraken is unavailable or busy: check status.kraken.com and retry later.'], 'https://docs.kraken.com/api/docs/guides/spot-errors'),
    ],
  },
  {
    id: 'okx',
    name: 'OKX',
    seen: /\bokx\b|\bOK-ACCESS-(?:KEY|SIGN|PASSPHRASE|TIMESTAMP)\b/i,
    rules: [],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('frozen', /\bAPI frozen, please contact customer service\b/i, 'invalid_user',
        ['OKX froze this API key or account: contact OKX customer service.'], 'https://www.okx.com/docs-v5/en/#error-code'),
      rule('ip_not_allowed', /\bnot included in your API key's IP whitelist\b/i, 'insufficient_permissions',
        ["Add this machine's public IP to the API key's IP allowlist in OKX → API, or create a key without one."],
        'https://www.okx.com/docs-v5/en/#error-code'),
      rule('passphrase', /\bRequest header "?OK-ACCESS-PASSPHRASE"? incorrect\b/i, 'invalid_key',
        ['Use the passphrase you set when creating this API key; if it is lost, create a new key.'], 'https://www.okx.com/docs-v5/en/#error-code'),
      rule('header_empty', /\bRequest header "?OK-ACCESS-(?:KEY|PASSPHRASE)"? cannot be empty\b/i, 'malformed_key',
        ['Set the API key and passphrase in the client: OK-ACCESS-KEY and OK-ACCESS-PASSPHRASE headers were sent empty.'],
        'https://www.okx.com/docs-v5/en/#error-code'),
      rule('invalid_key', /\bInvalid OK-ACCESS-KEY\b/i, 'invalid_key',
        ['Copy the API key from OKX → API again, or create a new one.'],
        'https://www.okx.com/docs-v5/en/#error-code'),
      rule('wrong_environment', /\bAPIKey does not match current environment\b/i, 'wrong_environment',
        ['Demo-trading keys need the `x-simulated-trading: 1` header; live keys must not send it. Create the key in the environment you call.'],
        'https://www.okx.com/docs-v5/en/#error-code'),
    ],
  },
  {
    id: 'kucoin',
    name: 'KuCoin',
    seen: /kucoin|\bKC-API-(?:KEY|SIGN|PASSPHRASE)\b/i,
    rules: [
      rule('ip_whitelist', /\bip address is not in the api whitelist\b|"code"\s*:\s*"?400006\b/i, 'insufficient_permissions',
        ["Add this machine's IP to the key's IP restriction in KuCoin → API Management."], 'https://www.kucoin.com/docs-new/error-code'),
      rule('no_permission', /\bapi key does not have sufficient permissions\b|"code"\s*:\s*"?400007\b/i, 'insufficient_permissions',
        ['Edit the key in KuCoin → API Management and enable the permission the call needs (General, Spot/Margin/Futures trading, Transfer).'],
        'https://www.kucoin.com/docs-new/error-code'),
    ],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('header_missing', /\bPlease check the header of your request for KC-API-KEY\b/i, 'malformed_key',
        ['Send all of KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP and KC-API-PASSPHRASE (and KC-API-KEY-VERSION) with each private call.'],
        'https://www.kucoin.com/docs-new/error-code'),
      rule('frozen', /\bUser are frozen\b/i, 'invalid_user',
        ['The KuCoin account is frozen: contact KuCoin support.'], 'https://www.kucoin.com/docs-new/error-code'),
      rule('passphrase', /\bInvalid KC-API-PASSPHRASE\b/i, 'invalid_key',
        ['Use the API passphrase chosen when the key was created (not the login or trading password).'], 'https://www.kucoin.com/docs-new/error-code'),
      rule('key_not_exists', /\bKC-API-KEY not exists\b/i, 'invalid_key',
        ['Copy the API key from KuCoin → API Management again, or create a new one.'], 'https://www.kucoin.com/docs-new/error-code'),
    ],
  },
  {
    id: 'bybit',
    name: 'Bybit',
    seen: /bybit/i,
    // retCode 10003 "API key is invalid" also covers a key of another environment (mainnet, testnet, demo): no rule.
    rules: [
      rule('too_many_visits', /"retCode"\s*:\s*10006\b|\bToo many visits\b/i, 'rate_limited',
        ['Slow down: read the X-Bapi-Limit-Status headers and retry after the reset time.'], 'https://bybit-exchange.github.io/docs/v5/error'),
      rule('key_expired', /"retCode"\s*:\s*33004\b|\byour api key has expired\b/i, 'revoked_or_expired',
        ['Keys without an IP binding expire after 3 months: create a new key (or bind IPs) in Bybit → API Management.'],
        'https://bybit-exchange.github.io/docs/v5/error'),
    ],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('unmatched_ip', /\bUnmatched IP, please check your API key's bound IP addresses\b/i, 'insufficient_permissions',
        ["Add this machine's IP to the key's bound IP addresses in Bybit → API Management."], 'https://bybit-exchange.github.io/docs/v5/error'),
      rule('permission_denied', /\bPermission denied, please check your API key permissions\b/i, 'insufficient_permissions',
        ['Edit the key in Bybit → API Management and enable the permission the call needs (e.g. Contract – Orders, Wallet).'],
        'https://bybit-exchange.github.io/docs/v5/error'),
    ],
  },
  {
    id: 'alpha-vantage',
    name: 'Alpha Vantage',
    seen: /alpha ?vantage/i,
    // Its "call frequency is 5 calls per minute" and "rate limit is 25 requests per day" notes are read as rate limits
    // by the shared rules already.
    rules: [
      rule('premium_endpoint', /\bThis is a premium endpoint\b/i, 'billing_or_quota',
        ['This endpoint needs a premium Alpha Vantage plan: subscribe at alphavantage.co/premium, or use a free endpoint.'],
        'https://www.alphavantage.co/premium/'),
    ],
  },
  {
    id: 'finnhub',
    name: 'Finnhub',
    seen: /finnhub/i,
    // "You don't have access to this resource." covers both a plan without the data and a locked account: no rule.
    rules: [
      rule('api_limit', /\bAPI limit reached\b/i, 'rate_limited',
        ['Slow down to your plan\'s calls per minute (free: 60/min, 30/s) and retry after a pause.'], 'https://finnhub.io/docs/api/rate-limit'),
    ],
  },
  {
    id: 'etherscan',
    name: 'Etherscan',
    seen: /etherscan/i,
    rules: [],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('chain_not_in_plan', /\bFree API access is not supported for this chain\b/i, 'billing_or_quota',
        ['This chain needs a paid Etherscan API plan: upgrade at etherscan.io/apis, or query a chain the free tier covers.'],
        'https://docs.etherscan.io/resources/rate-limits'),
    ],
  },
  {
    id: 'infura',
    name: 'Infura',
    seen: /infura/i,
    rules: [
      // HTTP errors of the Infura (MetaMask Developer) JSON-RPC endpoints.
      rule('project_id_required', /\bproject id (?:is )?required\b/i, 'malformed_key',
        ['Put the API key (project ID) in the endpoint URL: https://mainnet.infura.io/v3/<API key>; check the variable that should hold it is set.'],
        'https://docs.metamask.io/services/reference/ethereum/json-rpc-methods/'),
      rule('invalid_project_id', /\binvalid project id\b(?! or)/i, 'invalid_key',
        ['Copy the API key from the MetaMask Developer (Infura) dashboard → your key, or create a new one.'],
        'https://docs.metamask.io/services/reference/ethereum/json-rpc-methods/'),
      rule('daily_limit', /\bdaily request count exceeded\b|\bdaily credit (?:limit|quota) exceeded\b/i, 'billing_or_quota',
        ["The key used its daily credits: wait for 00:00 UTC, raise the key's credit limit, or upgrade the plan in the Infura dashboard."],
        'https://docs.metamask.io/developer-tools/dashboard/how-to/secure-an-api/set-rate-limits/'),
    ],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('project_settings', /\brejected due to project ID settings\b/i, 'insufficient_permissions',
        ["Add this origin, contract address, user agent or method to the key's allowlists in the Infura dashboard → key → Settings, or relax them."],
        'https://docs.metamask.io/developer-tools/dashboard/how-to/secure-an-api/'),
    ],
  },
  {
    id: 'alchemy',
    name: 'Alchemy',
    seen: /\balchemy\.com\b|\balchemyapi\.io\b|\balchemy(?:-sdk|Provider|\.core)\b|\bAlchemy (?:API|app|dashboard)\b/i,
    rules: [],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('cups', /\bexceeded its compute units per second capacity\b/i, 'rate_limited',
        ['Retry with backoff, or raise throughput by upgrading the plan; spread requests over time.'],
        'https://docs.alchemy.com/reference/throughput'),
      rule('monthly_capacity', /\bMonthly capacity limit exceeded\b/i, 'billing_or_quota',
        ['The account used its monthly compute units: upgrade or raise the scaling policy in dashboard.alchemy.com → Billing, or wait for the next cycle.'],
        'https://www.alchemy.com/support/what-does-the-webhooks-capacity-limit-error-mean'),
    ],
  },
  {
    id: 'paddle',
    name: 'Paddle',
    seen: /\bpaddle\.com\b|\bpaddle[-_](?:billing|node-sdk|python-sdk|php-sdk)\b|\bPaddle (?:API|Billing|Classic)\b|\bpdl_(?:live|sdbx)_/i,
    // invalid_token ("Invalid or revoked API key.") has three documented causes (wrong, revoked, other environment): no rule.
    rules: [
      rule('authentication_missing', /\bauthentication_missing\b/i, 'malformed_key',
        ['Send the API key as `Authorization: Bearer <API key>`; check no proxy strips the header.'],
        'https://developer.paddle.com/errors/shared/authentication_missing'),
    ],
    // Wordings no other service uses: read even where the text does not name it.
    codes: [
      rule('forbidden', /\bYou aren't permitted to perform this request\b/i, 'insufficient_permissions',
        ['Give the API key the permission the call needs in Paddle → Developer tools → Authentication (edit the key), or create one with it.'],
        'https://developer.paddle.com/errors/shared/forbidden'),
      rule('authentication_malformed', /\bAuthentication header included, but incorrectly formatted\b/i, 'malformed_key',
        ['Send `Authorization: Bearer <API key>` exactly; check no proxy rewrites the header.'],
        'https://developer.paddle.com/errors/shared/authentication_malformed'),
    ],
  },
];
