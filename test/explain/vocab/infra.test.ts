// The infra group's vocabulary (src/explain/vocab/infra.ts). Every text here was WRITTEN FOR THIS TEST from the
// wording each service documents (sources in the rules), with made-up names, ids and hosts; keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from '../reads.js';

describe('identity providers: Okta, Auth0, Clerk, Keycloak', () => {
  readAs('insufficient_permissions', [
    ['okta: {"error":"access_denied","error_description":"Policy evaluation failed for this request, please check the policy configurations."}'],
    ['GET https://acme.okta.com/callback?error=access_denied&error_description=User+is+not+assigned+to+the+client+application.'],
    ['{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorLink":"E0000006"}'],
    ['auth0 {"error":"access_denied","error_description":"Client is not authorized to access \\"https://acme.auth0.com/api/v2/\\". You need to create a \\"client-grant\\" associated to this API."}'],
    ['auth0 {"error":"unauthorized_client","error_description":"Grant type \'client_credentials\' not allowed for the client."}'],
    ['auth0 token: {"error":"access_denied","error_description":"Client has not been granted scopes: read:users"}'],
    ['ManagementApiError (auth0): {"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:users"}'],
    ['KeycloakError: {"error":"unauthorized_client","error_description":"Client not enabled to retrieve service account"}'],
  ]);
  readAs('invalid_key', [
    ['Okta: {"error":"invalid_client","error_description":"The client secret supplied for a confidential client is invalid."}'],
    ['Clerk: The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct. (code="clerk_key_invalid")'],
    ['KeycloakError: {"error":"invalid_grant","error_description":"Invalid user credentials"}'],
  ]);
  readAs('invalid_user', [
    ['{"errorCode":"E0000119","errorSummary":"Your account is locked. Please contact your administrator."}'],
    ['okta-auth-js: AuthApiError: Your account is locked. Please contact your administrator.'],
    ['auth0 {"error":"unauthorized","error_description":"user is blocked"}'],
    ['auth0 callback: {"error":"unauthorized","error_description":"Please verify your email before logging in."}'],
    ['keycloak token: {"error":"invalid_grant","error_description":"Account temporarily disabled"}'],
    ['keycloak token: {"error":"invalid_grant","error_description":"Account is not fully set up"}'],
  ]);
  readAs('rate_limited', [
    ['okta-sdk: errorCode E0000047 errorSummary API call exceeded rate limit due to too many requests.'],
  ]);
  readAs('tenant_mismatch', [
    ['auth0 {"statusCode":401,"error":"Unauthorized","message":"Bad audience: https://acme.auth0.com/api/v2/"}'],
    ['POST https://acme.us.auth0.com/oauth/token {"error":"access_denied","error_description":"Service not enabled within domain: https://api.acme.test"}'],
    ['@clerk/nextjs: Invalid JWT Authorized party claim (azp) "http://localhost:3000". Expected "https://acme.test". (reason=token-invalid-authorized-parties)'],
    ['POST http://localhost:8080/realms/Acme/protocol/openid-connect/token 404 {"error":"Realm does not exist"}'],
    ['keycloak refresh: {"error":"invalid_grant","error_description":"Invalid refresh token. Token client and authorized client don\'t match"}'],
    ["WARN [org.keycloak.services.managers.AuthenticationManager] Failed to verify identity token: Invalid token issuer. Expected 'http://localhost:8080/realms/acme', but was 'http://kc.acme.internal:8080/realms/acme'"],
    ['{"error":"access_denied","error_description":"Service not enabled within domain: https://login.acme.test/api/v2/"}'],
  ]);
  readAs('tenant_mismatch', [
    ['Clerk: Refreshing the session token resulted in an infinite redirect loop. This usually means that your Clerk instance keys do not match - make sure to copy the correct publishable and secret keys from the Clerk dashboard.'],
  ]);
  readAs('wrong_environment', [
    ['Clerk: Production Keys are only allowed for domain "acme.test". API Error: The Request HTTP Origin header must be equal to or a subdomain of the requesting URL.'],
  ]);
});

describe('observability and on-call: Grafana Cloud, New Relic, PagerDuty, Opsgenie', () => {
  readAs('revoked_or_expired', [
    ['Grafana: {"message":"Expired API key","messageId":"api-key.expired","statusCode":401}'],
    ['grafana {"message":"Revoked API key","messageId":"api-key.revoked"}'],
  ]);
  readAs('insufficient_permissions', [
    ['POST https://logs-prod-000.grafana.net/loki/api/v1/push 401 {"status":"error","error":"authentication error: invalid scope requested"}'],
    ["qdrant_client.http.exceptions.UnexpectedResponse: Unexpected Response: 403 (Forbidden) Raw response content: b'{\"status\":{\"error\":\"Forbidden: Global access is required\"}}'"],
  ]);
  readAs('tenant_mismatch', [
    ['GET https://acme.grafana.net/api/dashboards 401 {"message":"API key does not belong to the requested organization","messageId":"api-key.organization-mismatch"}'],
  ]);
  readAs('rate_limited', [
    ['server returned HTTP status 429 Too Many Requests: the request has been rejected because the tenant exceeded the ingestion rate limit (err-mimir-tenant-max-ingestion-rate)'],
  ]);
  readAs('billing_or_quota', [
    ['remote write: per-user series limit of 150000 exceeded (err-mimir-max-series-per-user)'],
    ['PagerDuty API error: {"error":{"message":"Your account is expired and cannot use the API.","code":2012}}'],
    ['Opsgenie returned 402 Payment Required {"message":"Your plan does not allow this","took":0.001}'],
  ]);
  readAs('malformed_key', [
    ["newrelic.core.agent ERROR - A valid account license key cannot be found. Has a license key been specified in the agent configuration file?"],
    ["Data collector is indicating that an incorrect license key has been supplied by the agent. The value which was used by the agent is 'NO LICENSE KEY WAS SET IN AGENT CONFIGURATION'. (newrelic)"],
  ]);
  readAs('invalid_key', [
    ['newrelic.core.agent_protocol ERROR - Data collector is indicating that an incorrect license key has been supplied by the agent.'],
    ['NewRelic::Agent::LicenseException: Invalid license key, please visit support.newrelic.com'],
  ]);
  readAs('invalid_user', [
    ['pagerduty {"error":{"message":"Account Locked","code":2008}}'],
    ['pagerduty {"error":{"message":"Account Not Found","code":2007}}'],
  ]);
  readAs('insufficient_permissions', [
    ['pagerduty {"error":{"message":"Access Denied","code":2010}}'],
    ['opsgenie {"message":"You are not authorized for this operation","code":40301,"took":0.0}'],
  ]);
});

describe('product analytics: Amplitude, Mixpanel, Segment, PostHog', () => {
  readAs('malformed_key', [
    ['POST https://api2.amplitude.com/2/httpapi 400 {"code":400,"error":"Request missing required field","missing_field":"api_key"}'],
    ['mixpanel /engage answered {"error":"$token, missing or empty","status":0}'],
    ["AssertionError [ERR_ASSERTION]: You must pass your Segment project's write key. at new Analytics (/app/node_modules/analytics-node/index.js:40:5)"],
  ]);
  readAs('rate_limited', [
    ['Amplitude HTTP 429 {"code":429,"error":"Too many requests for some devices and users","throttled_users":{"user-FAKE":31}}'],
    ['api2.amplitude.com 429 {"code":429,"error":"Too many requests","exceeded_daily_quota_users":{"user-FAKE":500001}}'],
  ]);
  readAs('insufficient_permissions', [
    ['PostHog 403 {"type":"authentication_error","code":"permission_denied","detail":"API key missing required scope \'feature_flag:read\'"}'],
    ['posthog {"type":"authentication_error","code":"permission_denied","detail":"This action does not support Personal API key access"}'],
  ]);
  readAs('invalid_key', [
    ['posthog {"type":"authentication_error","code":"authentication_failed","detail":"Invalid personal API key."}'],
    ['POST https://us.i.posthog.com/flags 401 {"type":"authentication_error","code":"invalid_api_key","detail":"Project API key invalid. You can find your project API key in PostHog project settings."}'],
  ]);
  readAs('billing_or_quota', [
    ['posthog /flags {"featureFlags":{},"quotaLimited":["feature_flags"],"requestId":"req-FAKE"}'],
  ]);
});

describe('hosting and clouds: Hetzner, Linode, Fly.io, OVHcloud, Scaleway', () => {
  readAs('insufficient_permissions', [
    ['hcloud: token is read-only (token_readonly, 3c1b)'],
    ['hcloud: insufficient permissions for this request (forbidden)'],
    ['linode_api4.errors.ApiError: 401: Your OAuth token is not authorized to use this endpoint.;'],
    ['ovh.exceptions.NotGrantedCall: This call has not been granted'],
    ['OVHcloud API error (status code 403): Client::Forbidden: "This call has not been granted" (X-OVH-Query-Id: EU.ext-1.FAKE)'],
    ['scaleway-sdk-go: http error 403 Forbidden: {"type":"permissions_denied","message":"insufficient permissions","details":[{"resource":"instance","action":"write"}]}'],
  ]);
  readAs('billing_or_quota', [
    ['hcloud: {"error":{"code":"resource_limit_exceeded","message":"server limit exceeded","details":{}}}'],
    ['Error: failed to create app: We need your payment information to continue! Add a credit card or buy credit: https://fly.io/dashboard/acme/billing'],
    ['Scaleway 403 {"type":"quotas_exceeded","message":"quota(s) exceeded for this resource","details":[{"resource":"instances_pro2_xxs","quota":0}]}'],
  ]);
  readAs('provider_outage', [
    ['hetzner {"error":{"code":"maintenance","message":"Cannot perform operation due to maintenance"}}'],
  ]);
  readAs('malformed_key', [
    ['$ railway up\nLogin state is corrupt. Please logout and login back in.'],
    ["Error: No access token available. Please login with 'flyctl auth login'"],
  ]);
  readAs('invalid_key', [
    ['ovh.exceptions.InvalidKey: Invalid application key'],
  ]);
  readAs('revoked_or_expired', [
    ['$ railway whoami\nUnauthorized. Please run `railway login` again.'],
    ['scaleway-sdk-go: http error 401 Unauthorized: {"type":"denied_authentication","message":"invalid authentication","method":"api_key","reason":"expired"}'],
  ]);
});

describe('storage and media: Backblaze B2, MinIO, Cloudinary', () => {
  readAs('revoked_or_expired', [
    ['b2sdk.exception.InvalidAuthToken: Invalid authorization token. Server said: (expired_auth_token)'],
  ]);
  readAs('invalid_key', [
    ['b2_list_buckets 401 {"code":"bad_auth_token","message":"Invalid authorization token","status":401}'],
    ['{"error":{"message":"Unknown API key 123456789FAKE"},"http_code":401} cloudinary'],
  ]);
  readAs('insufficient_permissions', [
    ['b2_list_buckets (backblaze) 401 {"code":"unauthorized","message":"","status":401}'],
  ]);
  readAs('invalid_key', [
    ['b2_authorize_account 401 {"code":"unauthorized","message":"","status":401} (backblaze)'],
  ]);
  readAs('billing_or_quota', [
    ['B2Error: 403 transaction_cap_exceeded: Transaction cap exceeded. To increase your cap, sign in to your B2 Cloud Storage account online.'],
    ['backblaze {"code":"storage_cap_exceeded","message":"Cannot upload files, storage cap exceeded.","status":403}'],
    ['S3 operation failed; code: XMinioAdminBucketQuotaExceeded, message: Bucket quota exceeded, resource: /uploads/a.bin'],
  ]);
  readAs('provider_outage', [
    ['<Error><Code>XMinioServerNotInitialized</Code><Message>Server not initialized yet, please try again.</Message></Error>'],
  ]);
  readAs('invalid_user', [
    ['mc: <ERROR> Unable to get user info. The specified user does not exist (XMinioAdminNoSuchUser)'],
    ['{"error":{"message":"cloud_name acme is disabled","http_code":401}} cloudinary'],
  ]);
  readAs('revoked_or_expired', [
    ['mc: <ERROR> Unable to get service account info. (XMinioAdminNoSuchServiceAccount)'],
  ]);
  readAs('tenant_mismatch', [
    ['Error: Invalid cloud_name acme-typo at cloudinary upload'],
  ]);
  readAs('malformed_key', [
    ['Error: Must supply api_key at /app/node_modules/cloudinary/lib/utils/index.js:1'],
  ]);
});

describe('storage, media, ML, vector databases, translation, IBM Cloud and Doppler', () => {
  readAs('invalid_key', [
    ['<Error><Code>AuthenticationLockout</Code><Message>There have been too many attempts to access the account with the wrong credentials. Try again in five minutes.</Message></Error> s3.wasabisys.com'],
    ['ImageKit upload failed 403 {"message":"Your account cannot be authenticated.","help":"For support kindly contact us at support@imagekit.io ."}'],
    ["qdrant: Unexpected Response: 403 (Forbidden) Raw response content: b'Invalid API key or JWT'"],
    ['deepl.exceptions.AuthorizationException: Authorization failure, check auth_key'],
    ['{"errorCode":"BXNIM0415E","errorMessage":"Provided API key could not be found.","context":{"requestId":"FAKE"}}'],
    ['{"errorCode":"BXNIM0602E","errorMessage":"The credentials you provided are incorrect"}'],
  ]);
  readAs('invalid_user', [
    ['wasabi: An error occurred (AccountNotActivated) when calling the PutObject operation'],
    ['s3.us-east-2.wasabisys.com: An error occurred (AccountProblem) when calling the ListBuckets operation'],
  ]);
  readAs('malformed_key', [
    ['Error: Missing privateKey during ImageKit initialization'],
    ["OSError: Could not find kaggle.json. Make sure it's located in /root/.config/kaggle. Or use the environment method."],
    ['wandb.errors.errors.UsageError: api_key not configured (no-tty). call wandb.login(key=[your_api_key])'],
    ['ValueError: API key must be 40 characters long, yours was 86 (wandb/sdk/lib/apikey.py)'],
    ["weaviate.exceptions.UnexpectedStatusCodeError: Meta endpoint! Unexpected status code: 401, with response body: {'code': 401, 'message': 'anonymous access not enabled, please provide an auth scheme such as OIDC'}"],
    ["qdrant_client.http.exceptions.UnexpectedResponse: Unexpected Response: 401 (Unauthorized) Raw response content: b'Must provide an API key or an Authorization bearer token'"],
    ['{"errorCode":"BXNIM0109E","errorMessage":"Property missing or empty. Property name(s): \'apikey\'"}'],
  ]);
  readAs('tenant_mismatch', [
    ['wandb.errors.errors.CommError: failed to upsert bucket: returned error 404 Not Found: {"errors":[{"message":"entity acme-lab not found during upsertBucket"}]}'],
    ["Doppler Error: This token does not have access to requested config 'prd'"],
  ]);
  readAs('wrong_environment', [
    ['deepl.exceptions.AuthorizationException: Authorization failure, check auth_key, message: Wrong endpoint. Use https://api-free.deepl.com'],
  ]);
  readAs('billing_or_quota', [
    ['deepl.exceptions.QuotaExceededException: Quota for this billing period has been exceeded, message: Quota Exceeded'],
  ]);
  readAs('revoked_or_expired', [
    ['oauth2: cannot fetch token: 400 Bad Request Response: {"errorCode":"BXNIM0408E","errorMessage":"Provided refresh token is expired"}'],
  ]);
  readAs('insufficient_permissions', [
    ["Doppler Error: You do not have write access to this config's secrets."],
  ]);
});

describe('near misses: the same words without the service are not read as its', () => {
  it.each([
    ['{"error":"Realm does not exist"}'],
    ['Bad audience'],
    ['Production Keys are only allowed for domain "acme.test"'],
    ['{"message":"This operation failed","code":"maintenance"}'],
    ['Error: Invalid cloud_name acme'],
    ['{"quotaLimited":["feature_flags"]}'],
    ['the amplitude of the signal exceeded_daily_quota_users'],
    ['Segment 3 of the route: You must pass your write key'],
    ['Radar: Doppler shift too large; This token does not have access to requested config'],
    ['entity acme not found during upsertBucket'],
    ['Wrong endpoint. Use https://api-free.example.com'],
    ['the minions said: XMinioStorageFull'],
    ['Forbidden: Global access is required'],
  ])('%s', (text) => {
    expect(explainText(text).rule ?? '').not.toMatch(/^vocab\./);
  });

  it('does not take a railway, a render or a segment in prose for the hosting services', () => {
    expect(explainText('The railway segment was closed: Unauthorized').rule ?? '').not.toMatch(/^vocab\./);
  });
});
