// The commerce group's documented wordings (src/explain/vocab/commerce.ts). Every text here was WRITTEN FOR THIS TEST
// from the wording in the vendor's documentation or official SDK cited beside each rule, with made-up shops, ids and
// paths; keys are fake. The near misses at the end show the same words without the service read as before.
import { describe, expect, it } from 'vitest';
import { readAs } from '../reads.js';
import { explainText } from '../reads.js';

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
