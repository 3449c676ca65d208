// The commerce group's documented wordings (src/explain/vocab/commerce.ts). Every text here was WRITTEN FOR THIS TEST
// from the wording in the vendor's documentation or official SDK cited beside each rule, with made-up shops, ids and
// paths; keys are fake. The near misses at the end show the same words without the service read as before.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from '../reads.js';

describe('Shopify', () => {
  readAs('billing_or_quota', [
    ['GET https://fake-shop.myshopify.com/admin/api/2024-01/shop.json 402 {"errors":"Unavailable Shop"}'],
    ['Shopify API: 402 Payment Required - The requested shop is currently frozen.'],
  ]);
  readAs('invalid_user', [
    ['ShopifyAPI::Errors::HttpResponseError: 423 Locked {"errors":"This store is unavailable"}'],
    ['Shopify: the requested shop is currently locked'],
  ]);
  readAs('insufficient_permissions', [
    ['GraphqlQueryError: Access denied for orders field. {"extensions":{"code":"ACCESS_DENIED","documentation":"https://shopify.dev/api/usage/access-scopes"}}'],
    ['Shopify: This app is not approved to access the Customer object. See the Partner Dashboard for more details.'],
  ]);
  readAs('rate_limited', [
    ['{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED","documentation":"https://shopify.dev/api/usage/rate-limits"}}]}'],
  ]);
});

describe('PayPal', () => {
  readAs('invalid_key', [
    ['POST https://api-m.sandbox.paypal.com/v1/oauth2/token 401 {"error":"invalid_client","error_description":"Client Authentication failed"}'],
    ['PayPal INVALID_CLIENT: Invalid client credentials.'],
  ]);
  readAs('invalid_user', [
    ['PayPalHttp.HttpException: {"name":"NOT_AUTHORIZED","details":[{"issue":"PAYEE_ACCOUNT_NOT_VERIFIED"}],"message":"Authorization failed due to insufficient permissions."}'],
  ]);
  readAs('insufficient_permissions', [
    ['PayPal {"name":"NOT_AUTHORIZED","details":[{"issue":"PAYEE_NOT_CONSENTED","description":"Payee does not have appropriate consent."}]}'],
    ['paypal error: {"name":"NOT_AUTHORIZED","details":[{"issue":"PERMISSION_DENIED","description":"You do not have permission to access or perform operations on this resource."}]}'],
  ]);
  readAs('rate_limited', [['PayPal error 429 {"name":"RATE_LIMIT_REACHED","message":"Too many requests. Blocked due to rate limiting."}']]);
});

describe('Square', () => {
  readAs('revoked_or_expired', [
    ['Square Payment Failed (Status code ACCESS_TOKEN_EXPIRED: The provided OAuth access token has expired.)'],
    ['https://connect.squareup.com/v2/payments {"errors":[{"category":"AUTHENTICATION_ERROR","code":"ACCESS_TOKEN_REVOKED","detail":"The access token has been revoked."}]}'],
    ['squareup ApiError: V1_ACCESS_TOKEN The calling application is using an access token created prior to 2016-03-30'],
  ]);
  readAs('insufficient_permissions', [
    ['connect.squareup.com/v2/locations INSUFFICIENT_SCOPES The merchant must authorize your application for the following scopes: MERCHANT_PROFILE_READ'],
  ]);
  readAs('invalid_user', [['squareup {"errors":[{"category":"AUTHENTICATION_ERROR","code":"APPLICATION_DISABLED"}]}']]);
  readAs('billing_or_quota', [['SquareApiException: MERCHANT_SUBSCRIPTION_NOT_FOUND']]);
  readAs('malformed_key', [
    ['squareup: The `Authorization` http header of your request was malformed. The header value is expected to be of the format "Bearer TOKEN"'],
  ]);
});

describe('Braintree', () => {
  readAs('invalid_key', [
    ['Braintree::AuthenticationError (Braintree::AuthenticationError)'],
    ['braintree.exceptions.authentication_error.AuthenticationError'],
    ['Braintree\\Exception\\Authentication in /var/www/vendor/braintree/braintree_php/lib/Braintree/Util.php:60'],
  ]);
  readAs('malformed_key', [
    ['Braintree::ConfigurationError: Braintree::Configuration.merchant_id needs to be set'],
    ['Braintree\\Exception\\Configuration: Braintree\\Configuration::publicKey needs to be set'],
  ]);
  readAs('rate_limited', [['Braintree::TooManyRequestsError']]);
  readAs('provider_outage', [['braintree.exceptions.down_for_maintenance_error.DownForMaintenanceError']]);
});

describe('Adyen', () => {
  readAs('insufficient_permissions', [['Adyen API {"status":403,"errorCode":"010","message":"Not allowed","errorType":"security"}']]);
  readAs('tenant_mismatch', [['Adyen\\AdyenException: 901 Invalid Merchant Account']]);
});

describe('Plaid', () => {
  readAs('insufficient_permissions', [
    ['plaid.exceptions.ApiException: {"error_type":"INVALID_INPUT","error_code":"INVALID_PRODUCT","error_message":"client is not authorized to access the following products: [\\"identity\\"]"}'],
    ['PlaidError: UNAUTHORIZED_ENVIRONMENT you are not authorized to create items in this api environment.'],
    ['Plaid {"error_code":"ADDITIONAL_CONSENT_REQUIRED"}'],
  ]);
  readAs('provider_outage', [['Plaid {"error_type":"API_ERROR","error_code":"PLANNED_MAINTENANCE"}']]);
});

describe('Mollie', () => {
  readAs('malformed_key', [
    ["Mollie\\Api\\Exceptions\\ApiException: Invalid API key: 'FAKE'. An API key must start with 'test_' or 'live_' and must be at least 30 characters long."],
    ["mollie.api.error.RequestSetupError: Invalid access token: 'FAKE'. An access token must start with 'access_'."],
  ]);
});

describe('Klarna', () => {
  readAs('invalid_user', [['Klarna 403 {"error_code":"MERCHANT_INACTIVE","error_messages":["Merchant is inactive"]}']]);
});

describe('WooCommerce', () => {
  readAs('insufficient_permissions', [
    ['GET /wp-json/wc/v3/orders {"code":"woocommerce_rest_authentication_error","message":"The API key provided does not have write permissions.","data":{"status":401}}'],
  ]);
  readAs('invalid_key', [['{"code":"woocommerce_rest_authentication_error","message":"Consumer key is invalid.","data":{"status":401}}']]);
  readAs('malformed_key', [['{"code":"woocommerce_rest_authentication_error","message":"Consumer key is missing.","data":{"status":401}}']]);
});

describe('BigCommerce', () => {
  readAs('insufficient_permissions', [
    ['BigCommerce 403 {"status":403,"title":"You don\'t have a required scope to access the endpoint","type":"https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"}'],
  ]);
});

describe('Coinbase', () => {
  readAs('revoked_or_expired', [
    ['coinbase {"errors":[{"id":"expired_token","message":"The access token expired"}]}'],
    ['Coinbase API: {"errors":[{"id":"revoked_token","message":"The access token was revoked"}]}'],
  ]);
  readAs('insufficient_permissions', [
    ['coinbase {"errors":[{"id":"invalid_scope","message":"Invalid scope"}]}'],
    ['coinbase {"errors":[{"id":"two_factor_required","message":"Two-factor authentication required"}]}'],
  ]);
  readAs('invalid_user', [['Coinbase {"errors":[{"id":"unverified_email","message":"Please verify your email"}]}']]);
});

describe('Binance', () => {
  readAs('malformed_key', [['binance {"code":-2014,"msg":"API-key format invalid."}']]);
  readAs('invalid_key', [['BinanceAPIException(code=-2008): Invalid Api-Key ID.']]);
  readAs('region_blocked', [
    ["binance 451 {\"code\":0,\"msg\":\"Service unavailable from a restricted location according to 'b. Eligibility' in https://www.binance.com/en/terms.\"}"],
  ]);
  readAs('rate_limited', [['binance {"code":-1003,"msg":"Way too many requests; IP(203.0.113.7) banned until 1700000000000."}']]);
});

describe('Kraken (its codes need no name beside them)', () => {
  readAs('invalid_key', [['kraken {"error":["EAPI:Invalid key"]}']]);
  readAs('insufficient_permissions', [['{"error":["EGeneral:Permission denied"]}'], ['{"error":["EAPI:Feature disabled"]}']]);
  readAs('rate_limited', [['{"error":["EAPI:Rate limit exceeded"]}'], ['{"error":["EGeneral:Temporary lockout"]}']]);
  readAs('provider_outage', [['{"error":["EService:Unavailable"]}']]);
});

describe('OKX', () => {
  readAs('wrong_environment', [['okx {"msg":"APIKey does not match current environment.","code":"50101"}']]);
  readAs('invalid_key', [
    ['okx._client.ResponseStatusError: 401 {"msg":"Invalid OK-ACCESS-KEY","code":"50111"}'],
    ['OKX {"msg":"Request header OK-ACCESS-PASSPHRASE incorrect.","code":"50105"}'],
  ]);
  readAs('malformed_key', [['OKX {"msg":"Request header \\"OK-ACCESS-KEY\\" cannot be empty.","code":"50103"}']]);
  readAs('insufficient_permissions', [["OKX {\"msg\":\"Your IP 203.0.113.7 is not included in your API key's IP whitelist.\",\"code\":\"50110\"}"]]);
  readAs('invalid_user', [['OKX {"msg":"API frozen, please contact customer service.","code":"50100"}']]);
});

describe('KuCoin', () => {
  readAs('malformed_key', [['kucoin {"code":"400001","msg":"Please check the header of your request for KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE"}']]);
  readAs('invalid_key', [['KuCoin {"code":"400003","msg":"KC-API-KEY not exists"}'], ['kucoin {"code":"400004","msg":"Invalid KC-API-PASSPHRASE"}']]);
  readAs('insufficient_permissions', [
    ['kucoin {"code":"400006","msg":"the requested ip address is not in the api whitelist"}'],
    ['kucoin {"code":"400007","msg":"Access Denied -- Your api key does not have sufficient permissions to access the URI"}'],
  ]);
  readAs('invalid_user', [['kucoin {"code":"411100","msg":"User are frozen"}']]);
});

describe('Bybit', () => {
  readAs('insufficient_permissions', [
    ['pybit.exceptions.InvalidRequestError: Permission denied, please check your API key permissions. (ErrCode: 10005) bybit'],
    ["bybit {\"retCode\":10010,\"retMsg\":\"Unmatched IP, please check your API key's bound IP addresses.\"}"],
  ]);
  readAs('rate_limited', [['bybit {"retCode":10006,"retMsg":"Too many visits!"}']]);
  readAs('revoked_or_expired', [['bybit {"retCode":33004,"retMsg":"Your api key has expired."}']]);
});

describe('market data, chains and billing', () => {
  readAs('billing_or_quota', [
    ['{"Information": "Thank you for using Alpha Vantage! This is a premium endpoint. You may subscribe to any of the premium plans at https://www.alphavantage.co/premium/"}'],
    ['etherscan {"status":"0","message":"NOTOK","result":"Free API access is not supported for this chain. Please upgrade your api plan for full chain coverage."}'],
    ['infura {"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"daily request count exceeded, request rate limited"}}'],
    ['eth-mainnet.g.alchemy.com {"error":"Monthly capacity limit exceeded. Visit https://dashboard.alchemy.com/settings/billing to upgrade your scaling policy."}'],
  ]);
  readAs('rate_limited', [
    ['finnhub {"error":"API limit reached. Please try again later. Remaining Limit: 0"}'],
    ['eth-mainnet.g.alchemy.com {"jsonrpc":"2.0","error":{"code":-32600,"message":"Your app has exceeded its compute units per second capacity."}}'],
  ]);
  readAs('invalid_key', [['https://mainnet.infura.io/v3/FAKE0000 401 invalid project id']]);
  readAs('malformed_key', [
    ['https://mainnet.infura.io/v3/ 401 project id required in the url'],
    ['Unhandled Rejection (HTTPError): project id required   at ipfs.infura.io'],
    ['{"error":{"type":"request_error","code":"authentication_malformed","detail":"Authentication header included, but incorrectly formatted.","documentation_url":"https://developer.paddle.com/errors/shared/authentication_malformed"}}'],
    ['{"error":{"type":"request_error","code":"authentication_missing","detail":"Authentication header missing.","documentation_url":"https://developer.paddle.com/errors/shared/authentication_missing"}}'],
  ]);
  readAs('insufficient_permissions', [
    ['infura {"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"rejected due to project ID settings"}}'],
    ['{"error":{"type":"request_error","code":"forbidden","detail":"You aren\'t permitted to perform this request.","documentation_url":"https://developer.paddle.com/errors/shared/forbidden"}}'],
  ]);
});

describe('near misses: the same words without the service are not read as its words', () => {
  const rule = (text: string) => String(explainText(text).rule);
  it.each([
    ['Access denied for orders field.'],
    ['The requested shop is currently frozen'],
    ['INSUFFICIENT_SCOPES'],
    ['{"status":403,"errorCode":"010","message":"Not allowed"}'],
    ['Too many visits!'],
    ['API limit reached. Please try again later.'],
    ['PaddleOCR: ValueError: authentication_malformed config in paddle model'],
    ['Project ID is required in the request to Google Cloud'],
  ])('%s is not a commerce vocabulary reading', (text) => {
    expect(rule(text)).not.toMatch(/^vocab\./);
  });

  it('reads a wording only one service uses even where the text does not name it', () => {
    expect(rule('Error: Returned error: rejected due to project ID settings')).toBe('vocab.infura.project_settings');
    expect(rule('{"msg":"APIKey does not match current environment.","code":"50101"}')).toBe('vocab.okx.wrong_environment');
    expect(rule('{"error":"Monthly capacity limit exceeded. Visit the dashboard to upgrade your scaling policy."}')).toBe('vocab.alchemy.monthly_capacity');
    expect(rule("Invalid API key: 'FAKE'. An API key must start with 'test_' or 'live_'.")).toBe('vocab.mollie.key_prefix');
  });

  it('reads Kraken codes even without the name, but not an E-prefixed word of another API', () => {
    expect(rule('{"error":["EAPI:Invalid key"]}')).toBe('vocab.kraken.invalid_key');
    expect(rule('EACCES: permission denied, open /etc/app.key')).not.toMatch(/^vocab\./);
  });

  it('leaves two-cause wordings to the shared rules', () => {
    expect(rule('binance {"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}')).not.toMatch(/^vocab\./);
    expect(rule('{"error":{"code":"invalid_token","detail":"Invalid or revoked API key.","documentation_url":"https://developer.paddle.com/errors/shared/invalid_token"}}')).not.toMatch(/^vocab\./);
    expect(rule('Shopify: [API] Invalid API key or access token (unrecognized login or wrong password)')).not.toMatch(/^vocab\./);
  });
});
