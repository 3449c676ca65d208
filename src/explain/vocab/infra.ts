// Service vocabulary, group "infra": see types.ts. Each rule cites the service's own documentation.
// Identity (Okta, Auth0, Clerk, Keycloak), observability and on-call, product analytics, hosting and clouds without a
// probe, object storage, media, ML platforms, vector databases, translation and secrets managers.
import { rule } from '../phrase.js';
import type { ServiceWords } from './types.js';

const OKTA_ERRORS = 'https://developer.okta.com/docs/reference/error-codes/';
const OKTA_OAUTH = 'https://developer.okta.com/docs/reference/api/oidc/#possible-errors';

const okta: ServiceWords = {
  id: 'okta',
  name: 'Okta',
  seen: /\bokta\b|\.okta(?:preview|-emea)?\.com\b|\bOktaApiError\b/i,
  rules: [
    rule('policy_evaluation', /\bPolicy evaluation failed for this request\b/i, 'insufficient_permissions',
      ['Add an access policy and a rule that allows this client, grant type and scopes on the authorization server (Okta Admin Console → Security → API → Authorization Servers → Access Policies).'], OKTA_OAUTH),
    rule('user_not_assigned', /\bUser[+\s]is[+\s]not[+\s]assigned[+\s]to[+\s]the[+\s]client[+\s]application\b/i, 'insufficient_permissions',
      ["Assign the user, or a group they belong to, on the app's Assignments tab in the Okta Admin Console."], OKTA_OAUTH),
    rule('client_secret_invalid', /\bThe client secret supplied for a confidential client is invalid\b/i, 'invalid_key',
      ["Copy the client secret again from the app's General tab in the Okta Admin Console, or generate a new one."], OKTA_OAUTH),
    rule('account_locked', /\bYour account is locked\b/i, 'invalid_user',
      ['Ask an Okta administrator to unlock the user (Admin Console → Directory → People → Unlock), then retry.'], OKTA_ERRORS),
  ],
  codes: [
    rule('e0000119', /\bE0000119\b/, 'invalid_user',
      ['Ask an Okta administrator to unlock the user (Admin Console → Directory → People → Unlock), then retry.'], OKTA_ERRORS),
    rule('e0000047', /\bE0000047\b/, 'rate_limited',
      ['Wait for the time in the X-Rate-Limit-Reset header, and spread the calls out (Okta Admin Console → Reports → Rate Limits shows the limits).'], OKTA_ERRORS),
    rule('e0000006', /\bE0000006\b/, 'insufficient_permissions',
      ['Use an API token made by an admin with the role this call needs, or grant the okta.* scope to the OAuth service app.'], OKTA_ERRORS),
  ],
};

const AUTH0_MGMT = 'https://auth0.com/docs/api/management/v2/tokens';
const AUTH0_AUTHN = 'https://auth0.com/docs/api/authentication#standard-error-responses';

const auth0: ServiceWords = {
  id: 'auth0',
  name: 'Auth0',
  seen: /\bauth0|\.auth0\.com\b/i,
  rules: [
    rule('bad_audience', /\bBad audience\b/i, 'tenant_mismatch',
      ['Request the token with `audience` set to this API\'s identifier on this tenant (for the Management API, https://TENANT.auth0.com/api/v2/).'], AUTH0_MGMT),
    rule('insufficient_scope', /\bInsufficient scope, expected any of\b/i, 'insufficient_permissions',
      ['Grant the missing scope to the application on the API (Auth0 Dashboard → Applications → APIs → Machine to Machine Applications), then get a new token.'], AUTH0_MGMT),
    rule('scopes_not_granted', /\bClient has not been granted scopes\b/i, 'insufficient_permissions',
      ['Grant those scopes to the application on the API (Auth0 Dashboard → Applications → APIs → the API → Machine to Machine Applications), or stop requesting them.'], AUTH0_MGMT),
    rule('client_grant', /\bClient is not authorized to access\b[^\n]{0,200}\bclient-grant\b/i, 'insufficient_permissions',
      ['Authorize the application for this API (a client grant: Auth0 Dashboard → Applications → APIs → Machine to Machine Applications).'], AUTH0_MGMT),
    rule('grant_type_not_allowed', /\bGrant type '[\w:.-]{1,80}' not allowed for the client\b/i, 'insufficient_permissions',
      ["Enable that grant type on the application (Auth0 Dashboard → Applications → Settings → Advanced → Grant Types)."], AUTH0_AUTHN),
    rule('verify_email', /\bPlease verify your email before logging in\b/i, 'invalid_user',
      ["Have the user open the verification e-mail (or resend it: Auth0 Dashboard → User Management → Users → the user → Send Verification Email), or relax the Action that requires it."], AUTH0_AUTHN),
    rule('user_blocked', /\buser is blocked\b/i, 'invalid_user',
      ['Unblock the user in the Auth0 Dashboard (User Management → Users → the user → Unblock).'], AUTH0_AUTHN),
  ],
  codes: [
    // Auth0's own wording for an audience that is no API of the tenant (often the custom domain's /api/v2/).
    rule('service_not_enabled', /\bService not enabled within domain\b/i, 'tenant_mismatch',
      ['Use an `audience` registered as an API on this tenant (Auth0 Dashboard → Applications → APIs); for the Management API that is https://TENANT.REGION.auth0.com/api/v2/, not the custom domain.'], AUTH0_AUTHN),
  ],
};

const CLERK_ERRORS = 'https://clerk.com/docs/guides/development/troubleshooting/using-production-keys-in-development';
const CLERK_HANDSHAKE = 'https://github.com/clerk/javascript/blob/main/packages/backend/src/tokens/request.ts';
const CLERK_BACKEND = 'https://github.com/clerk/javascript/blob/main/packages/backend/src/errors.ts';

const clerk: ServiceWords = {
  id: 'clerk',
  name: 'Clerk',
  seen: /\bclerk(?![a-z])|\bClerkAPIResponseError\b|@clerk\/|\bapi\.clerk\.(?:com|dev)\b|\.clerk\.accounts\.dev\b/i,
  rules: [
    rule('production_keys_domain', /\bProduction Keys are only allowed for domain\b/i, 'wrong_environment',
      ['Use the development instance keys (pk_test_/sk_test_) on localhost and other hosts; the production keys work only on the domain set in Clerk Dashboard → Domains.'], CLERK_ERRORS),
    rule('instance_keys_mismatch', /\binfinite redirect loop\b[^\n]{0,80}\bClerk instance keys do not match\b/i, 'tenant_mismatch',
      ['Copy the Publishable Key and the Secret Key from the same instance (Clerk Dashboard → API Keys), and make sure no other CLERK_* pair overrides them.'], CLERK_HANDSHAKE),
    rule('authorized_parties', /\bInvalid JWT Authorized party claim \(azp\)|\btoken-invalid-authorized-parties\b/i, 'tenant_mismatch',
      ['Add the origin the token comes from to `authorizedParties` in the Clerk middleware, or call from the origin it lists.'], CLERK_BACKEND),
  ],
};

const KEYCLOAK_SRC = 'https://github.com/keycloak/keycloak/blob/main/services/src/main/java/org/keycloak/protocol/oidc/grants/ClientCredentialsGrantType.java';
const KEYCLOAK_VERIFIER = 'https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/TokenVerifier.java';
const KEYCLOAK_TOKEN_MANAGER = 'https://github.com/keycloak/keycloak/blob/main/services/src/main/java/org/keycloak/protocol/oidc/TokenManager.java';
const KEYCLOAK_DOCS = 'https://www.keycloak.org/docs/latest/server_admin/#_brute-force';
const KEYCLOAK_TOKEN = 'https://github.com/keycloak/keycloak/blob/main/services/src/main/java/org/keycloak/authentication/AuthenticationProcessor.java';

const keycloak: ServiceWords = {
  id: 'keycloak',
  name: 'Keycloak',
  seen: /\bkeycloak|\/realms\/[\w.-]{1,80}\/protocol\/openid-connect\b/i,
  codes: [
    // A user with required actions pending (verify e-mail, update password, configure OTP) cannot use the password grant:
    // "Account is not fully set up" (ResourceOwnerPasswordCredentialsGrantType, https://github.com/keycloak/keycloak).
    rule('account_not_set_up', /\bAccount is not fully set up\b/i, 'invalid_user',
      ['The user has required actions pending (Keycloak admin console → Users → the user → Required user actions): complete or clear them, then request the token again.'],
      'https://github.com/keycloak/keycloak/blob/main/services/src/main/java/org/keycloak/protocol/oidc/grants/ResourceOwnerPasswordCredentialsGrantType.java'),
  ],
  rules: [
    rule('token_issuer', /\bInvalid token issuer\. Expected '[^'\n]{1,200}'/i, 'tenant_mismatch',
      ["Get the token from the same Keycloak URL and realm the server checks (its frontend URL / KC_HOSTNAME), so the token's iss matches it."], KEYCLOAK_VERIFIER),
    rule('client_mismatch', /\bToken client and authorized client don'?t match\b/i, 'tenant_mismatch',
      ['Refresh the token with the same client_id (and secret) that obtained it; a refresh token belongs to one client.'], KEYCLOAK_TOKEN_MANAGER),
    rule('realm_missing', /\bRealm does not exist\b/i, 'tenant_mismatch',
      ['Put the realm name exactly as it is in the Keycloak admin console (it is case-sensitive) in the URL /realms/NAME/.'], KEYCLOAK_TOKEN),
    rule('temporarily_disabled', /\bAccount temporarily disabled\b/i, 'invalid_user',
      ['Wait for the brute-force lockout to end, or clear it for the user in the admin console (Users → the user → Brute force status).'], KEYCLOAK_DOCS),
    rule('user_credentials', /\bInvalid user credentials\b/i, 'invalid_key',
      ["Check the username and password against the realm's user (admin console → Users → Credentials)."], KEYCLOAK_TOKEN),
    rule('service_account_off', /\bClient not enabled to retrieve service account\b/i, 'insufficient_permissions',
      ["Turn on Client authentication and Service accounts roles in the client's settings (admin console → Clients → the client → Capability config)."], KEYCLOAK_SRC),
  ],
};

const GRAFANA_APIKEY = 'https://github.com/grafana/grafana/blob/main/pkg/services/authn/clients/api_key.go';
const GRAFANA_K8S_MONITORING = 'https://github.com/grafana/k8s-monitoring-helm/blob/main/charts/k8s-monitoring/docs/Troubleshooting.md';
const MIMIR_RUNBOOKS = 'https://grafana.com/docs/mimir/latest/manage/mimir-runbooks/';

const grafanaCloud: ServiceWords = {
  id: 'grafana-cloud',
  name: 'Grafana Cloud',
  seen: /\bgrafana\b|\.grafana\.net\b|\bgrafana-cloud\b|\bmimir\b/i,
  rules: [
    rule('invalid_scope', /\bauthentication error: invalid scope requested\b/i, 'insufficient_permissions',
      ['Add the scope the call needs (metrics:write to push, metrics:read / logs:read to query, …) to the access policy of the token (Grafana Cloud → Administration → Access policies), or use a token of a policy that has it.'], GRAFANA_K8S_MONITORING),
    rule('key_expired', /\bExpired API key\b|\bapi-key\.expired\b/i, 'revoked_or_expired',
      ['Create a new service account token in Grafana (Administration → Users and access → Service accounts) and replace the expired one.'], GRAFANA_APIKEY),
    rule('key_revoked', /\bRevoked API key\b|\bapi-key\.revoked\b/i, 'revoked_or_expired',
      ['Create a new service account token in Grafana (Administration → Users and access → Service accounts).'], GRAFANA_APIKEY),
    rule('org_mismatch', /\bAPI key does not belong to the requested organization\b|\bapi-key\.organization-mismatch\b/i, 'tenant_mismatch',
      ['Use a token of the organization you call, or drop the X-Grafana-Org-Id header that names another one.'], GRAFANA_APIKEY),
  ],
  codes: [
    rule('mimir_ingestion_rate', /\berr-mimir-tenant-max-ingestion-rate\b/, 'rate_limited',
      ['Send samples more slowly, or ask for a higher ingestion rate limit for the stack.'], MIMIR_RUNBOOKS),
    rule('mimir_series_limit', /\berr-mimir-max-series-per-user\b/, 'billing_or_quota',
      ['Drop labels that create many series, or raise the active series limit of the stack (Grafana Cloud → the stack → usage limits).'], MIMIR_RUNBOOKS),
  ],
};

const NEWRELIC_LICENSE = 'https://docs.newrelic.com/docs/apm/agents/python-agent/troubleshooting/python-agent-logging/';

const newRelic: ServiceWords = {
  id: 'new-relic',
  name: 'New Relic',
  seen: /\bnew ?relic\b|\bnr-data\.net\b|\bNRAK-|\bnewrelic\b/i,
  rules: [
    rule('no_license_key', /\bA valid account license key cannot be found\b|\bNO LICENSE KEY WAS SET\b/i, 'malformed_key',
      ['Set license_key in newrelic.ini / newrelic.yml or NEW_RELIC_LICENSE_KEY where the agent runs (New Relic → API keys → an INGEST - LICENSE key).'], NEWRELIC_LICENSE),
    rule('license_key', /\bincorrect license key has been supplied\b|\bInvalid license key\b/i, 'invalid_key',
      ['Copy an INGEST - LICENSE key of this account from New Relic → API keys into license_key / NEW_RELIC_LICENSE_KEY (an EU account key needs the EU endpoints).'], NEWRELIC_LICENSE),
  ],
  codes: [
    rule('license_exception', /\bNewRelic::Agent::LicenseException\b/, 'invalid_key',
      ['Copy an INGEST - LICENSE key of this account from New Relic → API keys into newrelic.yml or NEW_RELIC_LICENSE_KEY.'], NEWRELIC_LICENSE),
  ],
};

const PAGERDUTY_ERRORS = 'https://developer.pagerduty.com/docs/errors';

const pagerDuty: ServiceWords = {
  id: 'pagerduty',
  name: 'PagerDuty',
  seen: /\bpagerduty/i,
  rules: [
    rule('account_expired', /\bYour account is expired and cannot use the API\b/i, 'billing_or_quota',
      ["Renew the PagerDuty subscription (Account Settings → Billing); the API works again once the account is active."], PAGERDUTY_ERRORS),
    rule('account_locked', /"?code"?\s*:\s*2008\b|\bAccount Locked\b/i, 'invalid_user',
      ['Ask PagerDuty support or the account owner why the account is locked, then retry.'], PAGERDUTY_ERRORS),
    rule('account_not_found', /"?code"?\s*:\s*2007\b|\bAccount Not Found\b/i, 'invalid_user',
      ["Check that the key belongs to an existing PagerDuty account (the subdomain's Integrations → API Access Keys)."], PAGERDUTY_ERRORS),
    rule('access_denied_2010', /"?code"?\s*:\s*2010\b/i, 'insufficient_permissions',
      ['Use a key whose user role allows this action, or a general access (not read-only) REST API key.'], PAGERDUTY_ERRORS),
  ],
};

const OPSGENIE_RESPONSE = 'https://docs.opsgenie.com/docs/response';

const opsgenie: ServiceWords = {
  id: 'opsgenie',
  name: 'Opsgenie',
  seen: /\bopsgenie|\bGenieKey\b/i,
  rules: [
    rule('plan', /\bPayment Required\b/i, 'billing_or_quota',
      ['Upgrade the Opsgenie plan (Settings → Subscription): the key is valid but the plan does not allow this action.'], OPSGENIE_RESPONSE, [402]),
    rule('permission_40301', /\b40301\b/, 'insufficient_permissions',
      ["Give the API integration the right it needs (Settings → Integrations → the API integration → Read/Create and Update/Delete access)."], OPSGENIE_RESPONSE),
  ],
};

const AMPLITUDE_HTTP = 'https://amplitude.com/docs/apis/analytics/http-v2';

const amplitude: ServiceWords = {
  id: 'amplitude',
  name: 'Amplitude',
  // "amplitude" alone is a common word (signal processing): hosts, SDK packages and the product's own phrases only.
  seen: /\bapi2?\.(?:eu\.)?amplitude\.com\b|@amplitude\/|\bamplitude[-_](?:js|analytics|node|python)\b|\bAmplitude (?:API|SDK|project|HTTP)\b|\bamplitude\.com\b/i,
  rules: [
    rule('missing_api_key', /"missing_field"\s*:\s*"api_key"/i, 'malformed_key',
      ['Send the project API key in the `api_key` field of the request body (Amplitude → Settings → Projects → the project → General).'], AMPLITUDE_HTTP),
    rule('daily_quota', /\bexceeded_daily_quota_(?:users|devices)\b/i, 'rate_limited',
      ['Send fewer events for the users or devices named in the answer: each has a daily event limit; the rest of the batch can be retried.'], AMPLITUDE_HTTP),
    rule('throttled', /\bthrottled_(?:users|devices)\b|\bToo many requests for some devices and users\b/i, 'rate_limited',
      ['Back off and retry the batch later; spread events for the same user or device over time.'], AMPLITUDE_HTTP),
  ],
};

const MIXPANEL_TRACK = 'https://developer.mixpanel.com/reference/track-event';

const mixpanel: ServiceWords = {
  id: 'mixpanel',
  name: 'Mixpanel',
  seen: /\bmixpanel/i,
  rules: [
    // EU-resident projects answer only on api-eu.mixpanel.com: the US host rejects their id "for cluster"
    // (https://docs.mixpanel.com/docs/privacy/eu-residency).
    rule('project_other_cluster', /\binvalid project id for cluster\b/i, 'tenant_mismatch',
      ['The project lives in another data residency cluster: call api-eu.mixpanel.com (or data-eu.mixpanel.com) for an EU project, api.mixpanel.com for a US one.'],
      'https://docs.mixpanel.com/docs/privacy/eu-residency'),
    rule('token_missing', /\$?token, missing or empty\b/i, 'malformed_key',
      ["Put the project token inside each event's properties (`token`) or the profile update (`$token`); Mixpanel → Project Settings shows it."], MIXPANEL_TRACK),
  ],
};

const SEGMENT_NODE = 'https://github.com/segmentio/analytics-node/blob/master/index.js';

const segment: ServiceWords = {
  id: 'segment',
  name: 'Segment',
  // "Segment" is a common word: its hosts, its libraries and its own phrases only.
  seen: /\bapi\.segment\.(?:io|com)\b|\bsegmentapis\.com\b|\bcdn\.segment\.com\b|@segment\/|\banalytics-(?:node|python|ruby|go|java)\b|\bSegment (?:project|source|workspace|write key|Public API)\b/i,
  rules: [
    rule('write_key_missing', /\bYou must pass your Segment project'?s write key\b/i, 'malformed_key',
      ["Pass the source's write key to the Analytics constructor (Segment → Connections → Sources → the source → Settings → API Keys)."], SEGMENT_NODE),
  ],
};

const POSTHOG_API = 'https://posthog.com/docs/api';
const POSTHOG_FLAGS = 'https://posthog.com/docs/feature-flags/common-questions';

const postHog: ServiceWords = {
  id: 'posthog',
  name: 'PostHog',
  seen: /\bposthog|\bphc_\w|\bphx_\w/i,
  rules: [
    rule('missing_scope', /\bAPI key missing required scope\b/i, 'insufficient_permissions',
      ['Add the named scope to the personal API key (PostHog → Settings → Personal API keys → edit the key), or create one with it.'], POSTHOG_API),
    rule('no_personal_key_access', /\bThis action does not support Personal API key access\b/i, 'insufficient_permissions',
      ['Call this endpoint with a logged-in session or the project API key it documents; a personal API key is refused here.'], POSTHOG_API),
    rule('personal_key_invalid', /\bInvalid personal API key\b/i, 'invalid_key',
      ['Copy the personal API key (phx_…) again from PostHog → Settings → Personal API keys, on the same region (US or EU) as the host you call.'], POSTHOG_API),
    rule('project_key_invalid', /\bProject API key invalid\b/i, 'invalid_key',
      ['Copy the project API key (phc_…) from PostHog → Project settings, and call the host of the region the project is in (us.i.posthog.com or eu.i.posthog.com).'], POSTHOG_API),
    rule('quota_limited', /"quotaLimited"\s*:\s*\[\s*"[\w-]{1,40}"/i, 'billing_or_quota',
      ['Raise the billing limit of the product named in quotaLimited (PostHog → Billing), or wait for the next billing period.'], POSTHOG_FLAGS),
  ],
};

const HETZNER_ERRORS = 'https://docs.hetzner.cloud/#errors';

const hetzner: ServiceWords = {
  id: 'hetzner',
  name: 'Hetzner Cloud',
  seen: /\bhetzner|\bhcloud\b|\bapi\.hetzner\.cloud\b/i,
  rules: [
    rule('token_readonly', /\btoken_readonly\b|\btoken is (?:only allowed to perform GET requests|read-only)\b/i, 'insufficient_permissions',
      ['Generate a Read & Write API token for the project (Hetzner Console → the project → Security → API tokens).'], HETZNER_ERRORS),
    rule('resource_limit', /\bresource_limit_exceeded\b/i, 'billing_or_quota',
      ['Delete unused resources or ask Hetzner for a higher limit (Hetzner Console → the project → Limits → Request limit increase).'], HETZNER_ERRORS),
    rule('maintenance', /"code"\s*:\s*"maintenance"|\bCannot perform operation due to maintenance\b/i, 'provider_outage',
      ['Wait for the maintenance to end (status.hetzner.com) and retry.'], HETZNER_ERRORS),
    rule('forbidden', /"code"\s*:\s*"forbidden"[^\n]{0,120}\bInsufficient permissions\b|\bInsufficient permissions for this request\b/i, 'insufficient_permissions',
      ['Use a token of the project that owns the resource, with Read & Write permission (Hetzner Console → Security → API tokens).'], HETZNER_ERRORS),
  ],
};

const LINODE_ERRORS = 'https://techdocs.akamai.com/linode-api/reference/errors';

const linode: ServiceWords = {
  id: 'linode',
  name: 'Linode (Akamai Cloud)',
  seen: /\blinode|\bapi\.linode\.com\b/i,
  rules: [
    rule('token_scope', /\bYour OAuth token is not authorized to use this endpoint\b/i, 'insufficient_permissions',
      ['Create a personal access token with Read/Write access to this area (Cloud Manager → profile → API Tokens → Create a Personal Access Token).'], LINODE_ERRORS),
  ],
};

const FLY_BILLING = 'https://fly.io/docs/about/billing/';
const FLYCTL_SRC = 'https://github.com/superfly/flyctl/blob/master/internal/command/auth/auth.go';

const flyIo: ServiceWords = {
  id: 'fly-io',
  name: 'Fly.io',
  seen: /\bfly\.io\b|\bflyctl\b|\bapi\.fly\.io\b|\bFLY_API_TOKEN\b|\bfly (?:deploy|launch|auth|apps|secrets)\b/i,
  rules: [
    rule('payment_info', /\bWe need your payment information to continue\b/i, 'billing_or_quota',
      ['Add a credit card or buy credit for the organization (fly.io/dashboard → the org → Billing), then retry.'], FLY_BILLING),
    rule('no_token', /\bNo access token available\b/i, 'malformed_key',
      ["Run `fly auth login`, or set FLY_API_TOKEN to a token from `fly tokens create deploy` where no one can log in (CI)."], FLYCTL_SRC),
  ],
};

const RAILWAY_CLI = 'https://github.com/railwayapp/cli/blob/master/src/errors.rs';

const railway: ServiceWords = {
  id: 'railway',
  name: 'Railway',
  // "railway" is a common word: the CLI's commands, its token variables and its hosts only.
  seen: /\brailway (?:login|logout|up|link|whoami|run|status|deploy|variables)\b|\bRAILWAY_(?:API_)?TOKEN\b|\bbackboard\.railway\.(?:app|com)\b|\brailway\.(?:app|com)\b|@railway\/cli\b/i,
  rules: [
    rule('login_corrupt', /\bLogin state is corrupt\b/i, 'malformed_key',
      ['Run `railway logout` then `railway login` to write a fresh login (~/.railway/config.json).'], RAILWAY_CLI),
    rule('login_again', /\bUnauthorized\. Please run `?railway login`? again\b/i, 'revoked_or_expired',
      ['Run `railway login` again: the saved login is no longer accepted. In CI, use a project token in RAILWAY_TOKEN instead.'], RAILWAY_CLI),
  ],
};

const OVH_FIRST_STEPS = 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api?id=kb_article_view&sysparm_article=KB0042784';
const OVH_PYTHON = 'https://github.com/ovh/python-ovh/blob/master/ovh/exceptions.py';

const ovhCloud: ServiceWords = {
  id: 'ovhcloud',
  name: 'OVHcloud',
  seen: /\bovh(?:cloud)?\b|\bapi\.(?:us\.)?ovh(?:cloud)?\.(?:com|ca)\b|\bovh\.exceptions\b/i,
  rules: [
    rule('not_granted', /\bThis call has not been granted\b|\bNotGrantedCall\b/i, 'insufficient_permissions',
      ['Create a consumer key whose access rules include this method and path (https://eu.api.ovh.com/createToken/ for the EU endpoint), and use it.'], OVH_FIRST_STEPS),
    rule('invalid_app_key', /\bInvalid application key\b|\bovh\.exceptions\.InvalidKey\b/i, 'invalid_key',
      ['Copy the application key of an application created on the same endpoint (EU, CA or US) you call; keys of one endpoint do not work on another.'], OVH_PYTHON),
  ],
};

const SCALEWAY_ERRORS = 'https://www.scaleway.com/en/docs/iam/api-cli/api-errors/';
const SCALEWAY_SDK = 'https://github.com/scaleway/scaleway-sdk-go/blob/master/scw/errors.go';

const scaleway: ServiceWords = {
  id: 'scaleway',
  name: 'Scaleway',
  seen: /\bscaleway\b|\bapi\.scaleway\.com\b|\bscaleway-sdk/i,
  rules: [
    rule('auth_expired', /\bdenied_authentication\b[^\n]{0,200}\bexpired\b|\bdenied authentication: [^\n]{0,80}\bexpired\b/i, 'revoked_or_expired',
      ['Create a new API key (Scaleway Console → IAM → API keys) and replace the expired one.'], SCALEWAY_ERRORS),
    rule('permissions_denied', /\bpermissions_denied\b|\binsufficient permissions: \w/i, 'insufficient_permissions',
      ["Attach a policy granting the permission set named in the answer to the key's application or user (Scaleway Console → IAM → Policies)."], SCALEWAY_ERRORS),
    rule('quotas_exceeded', /\bquotas_exceeded\b|\bquota\(s\) exceeded\b/i, 'billing_or_quota',
      ['Delete unused resources or raise the quota of the Organization (Scaleway Console → Organization → Quotas); a new account may need a payment method first.'], SCALEWAY_SDK),
  ],
};

const B2_ERRORS = 'https://www.backblaze.com/apidocs/b2-authorize-account';
const B2_CALLS = 'https://www.backblaze.com/apidocs/b2-list-buckets';
const B2_CAPS = 'https://www.backblaze.com/docs/cloud-storage-data-caps-and-alerts';

const backblaze: ServiceWords = {
  id: 'backblaze-b2',
  name: 'Backblaze B2',
  seen: /\bbackblaze(?:b2)?\b|\bb2_(?:authorize_account|list_buckets|upload_file|get_upload_url|list_file_names|download_file)|\bb2sdk\b|\bB2 (?:Cloud Storage|native API)\b/i,
  rules: [
    rule('expired_auth_token', /\bexpired_auth_token\b/i, 'revoked_or_expired',
      ['Call b2_authorize_account again for a new authorization token (it lasts 24 hours); the SDKs do this when reused clients are re-authorized.'], B2_ERRORS),
    rule('bad_auth_token', /\bbad_auth_token\b/i, 'invalid_key',
      ['Send the authorizationToken that b2_authorize_account returned, unchanged, to the apiUrl that came with it.'], B2_ERRORS),
    rule('authorize_wrong', /\bb2_authorize_account\b[^\n]{0,300}\bunauthorized\b|\bapplicationKeyId and\/or the applicationKey are wrong\b/i, 'invalid_key',
      ['Copy the keyID and the applicationKey of the same application key again (Backblaze web console → Application Keys); the key is shown only once, so create a new one if it is lost.'], B2_ERRORS),
    rule('capability', /["']?code["']?\s*:\s*["']unauthorized["']|\bdoes not authorize this call with these parameters\b/i, 'insufficient_permissions',
      ['Use an application key with the capability this call needs (listBuckets, writeFiles, …) and, for a key restricted to one bucket, call only that bucket.'], B2_CALLS, [401]),
    rule('caps', /\b(?:transaction|storage|download)_cap_exceeded\b|\bCannot (?:upload|download) files, (?:storage|download) cap exceeded\b/i, 'billing_or_quota',
      ['Raise or remove the cap in the Backblaze web console (Caps & Alerts), or wait for the daily cap to reset.'], B2_CAPS),
  ],
};

const MINIO_ERRORS = 'https://github.com/minio/minio/blob/master/cmd/api-errors.go';

const minio: ServiceWords = {
  id: 'minio',
  name: 'MinIO',
  seen: /\bminio(?![a-z])/i,
  rules: [],
  codes: [
    rule('bucket_quota', /\bXMinioAdminBucketQuotaExceeded\b/, 'billing_or_quota',
      ['Delete objects from the bucket or raise its quota (`mc quota set ALIAS/BUCKET --size …`).'], MINIO_ERRORS),
    rule('no_such_user', /\bXMinioAdminNoSuchUser\b/, 'invalid_user',
      ['Create the user again (`mc admin user add`) or use an access key of an existing user.'], MINIO_ERRORS),
    rule('no_such_service_account', /\bXMinioAdminNoSuchServiceAccount\b/, 'revoked_or_expired',
      ['Create a new access key for the user (`mc admin user svcacct add` or the MinIO console → Access Keys).'], MINIO_ERRORS),
    rule('not_initialized', /\bXMinioServerNotInitialized\b/, 'provider_outage',
      ['Wait until every MinIO node and drive is up (`mc admin info`), then retry.'], MINIO_ERRORS),
  ],
};

const CLOUDINARY_ERRORS = 'https://cloudinary.com/documentation/admin_api#error_handling';
const CLOUDINARY_NODE = 'https://github.com/cloudinary/cloudinary_npm/blob/master/lib/utils/index.js';

const cloudinary: ServiceWords = {
  id: 'cloudinary',
  name: 'Cloudinary',
  seen: /\bcloudinary/i,
  rules: [
    rule('unknown_api_key', /\bUnknown API key\b/i, 'invalid_key',
      ['Copy the API key and secret again from the Cloudinary Console (Settings → API Keys) of the product environment you use.'], CLOUDINARY_ERRORS),
    rule('invalid_cloud_name', /\bInvalid cloud_name\b/i, 'tenant_mismatch',
      ['Set cloud_name (or CLOUDINARY_URL) to the cloud name shown in the Cloudinary Console dashboard of the account the key belongs to.'], CLOUDINARY_ERRORS),
    rule('cloud_disabled', /\bcloud_name [\w-]{1,60} is disabled\b/i, 'invalid_user',
      ['Ask Cloudinary support why the product environment is disabled (usually plan limits or billing), or re-enable it from the Console.'], CLOUDINARY_ERRORS),
    rule('must_supply', /\bMust supply (?:api_key|api_secret|cloud_name)\b/i, 'malformed_key',
      ['Configure cloud_name, api_key and api_secret (or CLOUDINARY_URL=cloudinary://KEY:SECRET@CLOUD) before the first call.'], CLOUDINARY_NODE),
  ],
};

const WASABI_ERRORS = 'https://docs.wasabi.com/docs/rest-api-introduction';

const wasabi: ServiceWords = {
  id: 'wasabi',
  name: 'Wasabi',
  seen: /\bwasabi(?:sys)?\b/i,
  rules: [
    rule('lockout', /\bAuthenticationLockout\b|\btoo many attempts to access the account with the wrong credentials\b/i, 'invalid_key',
      ['Fix the access key and secret (Wasabi Console → Access Keys), then wait five minutes for the lockout to end before retrying.'], WASABI_ERRORS),
    rule('not_activated', /\bAccountNotActivated\b/i, 'invalid_user',
      ['Finish activating the Wasabi account (confirm the e-mail and add a payment method in the Wasabi Console → Billing).'], WASABI_ERRORS),
    rule('account_problem', /\bAccountProblem\b/i, 'invalid_user',
      ['Check the account status and billing in the Wasabi Console, or ask Wasabi support what blocks the account.'], WASABI_ERRORS),
  ],
};

const IMAGEKIT_NODE = 'https://github.com/imagekit-developer/imagekit-nodejs/blob/master/libs/constants/errorMessages.ts';

const imageKit: ServiceWords = {
  id: 'imagekit',
  name: 'ImageKit',
  seen: /\bimagekit/i,
  rules: [
    rule('not_authenticated', /\bYour account cannot be authenticated\b/i, 'invalid_key',
      ['Copy the private key again from ImageKit dashboard → Developer options, for the same account as the URL endpoint.'], IMAGEKIT_NODE),
    rule('missing_init', /\bMissing (?:publicKey|privateKey|urlEndpoint|public_key|private_key|url_endpoint)\b[^\n]{0,60}\bduring ImageKit initialization\b/i, 'malformed_key',
      ['Pass publicKey, privateKey and urlEndpoint to the ImageKit constructor (ImageKit dashboard → Developer options), e.g. from IMAGEKIT_* environment variables that are set where the code runs.'], IMAGEKIT_NODE),
  ],
};

const KAGGLE_API = 'https://github.com/Kaggle/kaggle-api/blob/main/kaggle/api/kaggle_api_extended.py';

const kaggle: ServiceWords = {
  id: 'kaggle',
  name: 'Kaggle',
  seen: /\bkaggle/i,
  rules: [
    rule('no_credentials', /\bCould not find kaggle\.json\b/i, 'malformed_key',
      ['Create an API token (kaggle.com → Settings → API → Create New Token) and put kaggle.json in ~/.kaggle/ (mode 600), or set KAGGLE_USERNAME and KAGGLE_KEY.'], KAGGLE_API),
  ],
};

const WANDB_SRC = 'https://github.com/wandb/wandb/blob/main/wandb/sdk/lib/apikey.py';
const WANDB_ENTITY = 'https://docs.wandb.ai/guides/runs/';

const wandb: ServiceWords = {
  id: 'weights-and-biases',
  name: 'Weights & Biases',
  seen: /\bwandb\b|\bweights ?(?:&|and) ?biases\b|\bapi\.wandb\.ai\b/i,
  rules: [
    rule('not_configured', /\bapi_key not configured\b/i, 'malformed_key',
      ['Set WANDB_API_KEY (wandb.ai/authorize) in the environment of the job, or run `wandb login` where it runs.'], WANDB_SRC),
    rule('key_length', /\bAPI key must be 40 characters long\b/i, 'malformed_key',
      ['Paste the whole API key from wandb.ai/authorize; a newer, longer key needs a recent wandb (`pip install -U wandb`).'], WANDB_SRC),
    rule('entity_not_found', /\bentity [\w.-]{1,80} not found during upsertBucket\b/i, 'tenant_mismatch',
      ["Set entity (or WANDB_ENTITY) to a team or username the key's user belongs to, or leave it out to use the key's default entity."], WANDB_ENTITY),
  ],
};

const WEAVIATE_AUTH = 'https://weaviate.io/developers/weaviate/configuration/authentication';

const weaviate: ServiceWords = {
  id: 'weaviate',
  name: 'Weaviate',
  seen: /\bweaviate/i,
  rules: [
    rule('anonymous_off', /\banonymous access not enabled\b/i, 'malformed_key',
      ['Send the Weaviate API key (Authorization: Bearer, or auth_credentials=Auth.api_key(...) in the client); Weaviate Cloud shows it under the cluster → API keys.'], WEAVIATE_AUTH),
  ],
};

const QDRANT_RBAC = 'https://qdrant.tech/documentation/guides/security/#granular-access-control-with-jwt';
const QDRANT_SECURITY = 'https://qdrant.tech/documentation/guides/security/';

const qdrant: ServiceWords = {
  id: 'qdrant',
  name: 'Qdrant',
  seen: /\bqdrant/i,
  rules: [
    rule('no_key', /\bMust provide an API key or an Authorization bearer token\b/i, 'malformed_key',
      ['Send the key in the `api-key` header (api_key= in the client), the one set as QDRANT__SERVICE__API_KEY or shown in Qdrant Cloud → the cluster → API keys.'], QDRANT_SECURITY),
    rule('global_access', /\bGlobal access is required\b/i, 'insufficient_permissions',
      ['Use a JWT whose access claim is global (`"access": "m"` or `"r"`), or the cluster API key; a collection-scoped token cannot list or create collections.'], QDRANT_RBAC),
    rule('invalid_key', /\bInvalid API key or JWT\b/i, 'invalid_key',
      ['Copy the cluster API key again (Qdrant Cloud → the cluster → API keys), or create a new one; a JWT must be signed with that key.'], QDRANT_SECURITY),
  ],
};

const DEEPL_AUTH = 'https://developers.deepl.com/docs/getting-started/auth';
const DEEPL_PY = 'https://github.com/DeepLcom/deepl-python/blob/main/deepl/translator.py';

const deepl: ServiceWords = {
  id: 'deepl',
  name: 'DeepL',
  seen: /\bdeepl\b/i,
  rules: [
    // Before the generic refusal: the SDK puts "Wrong endpoint" after "Authorization failure, check auth_key". Only the
    // free host: "Use https://api.deepl.com" also answers a Pro plan without API access (billing), so it has no rule.
    rule('wrong_endpoint', /\bWrong endpoint\. Use https:\/\/api-free\.deepl\.com\b/i, 'wrong_environment',
      ['Call the host of the key\'s plan: a Free key (ending in :fx) needs api-free.deepl.com, a Pro key api.deepl.com.'], DEEPL_AUTH),
    rule('quota', /\bQuota for this billing period has been exceeded\b/i, 'billing_or_quota',
      ['Wait for the next billing period, raise the cost control limit, or upgrade the plan (DeepL account → Plan / Usage).'], DEEPL_PY),
  ],
};

const IBM_IAM = 'https://cloud.ibm.com/docs/account?topic=account-iam-error-codes';

const ibmCloud: ServiceWords = {
  id: 'ibm-cloud',
  name: 'IBM Cloud',
  seen: /\bibm ?cloud\b|\biam\.(?:test\.)?cloud\.ibm\.com\b|\bBXNIM\d{4}E\b|\bwatsonx\b|\bibm[-_]watson\b/i,
  rules: [],
  codes: [
    rule('apikey_not_found', /\bBXNIM0415E\b/, 'invalid_key',
      ['Create an API key (IBM Cloud console → Manage → Access (IAM) → API keys) in the account you call, and use it whole.'], IBM_IAM),
    rule('refresh_expired', /\bBXNIM0408E\b/, 'revoked_or_expired',
      ['Log in again (`ibmcloud login --apikey …`) or ask IAM for a new token with the API key; the refresh token has expired.'], IBM_IAM),
    rule('credentials_incorrect', /\bBXNIM0602E\b/, 'invalid_key',
      ['Check the user name and password or API key against the IBM Cloud account (IBM Cloud console → Manage → Access (IAM)).'], IBM_IAM),
    rule('property_missing', /\bBXNIM0109E\b/, 'malformed_key',
      ['Send the `apikey` form field (grant_type=urn:ibm:params:oauth:grant-type:apikey) with a non-empty key.'], IBM_IAM),
  ],
};

const DOPPLER_TOKENS = 'https://docs.doppler.com/docs/service-tokens';

const doppler: ServiceWords = {
  id: 'doppler',
  name: 'Doppler',
  // "Doppler" is also physics and radar: the CLI's error prefix, its host, its env var and its commands only.
  seen: /\bDoppler Error\b|\bapi\.doppler\.com\b|\bDOPPLER_TOKEN\b|\bdoppler (?:run|secrets|setup|login|configure)\b/i,
  rules: [
    rule('scope', /\bThis token does not have access to requested (?:config|project)\b/i, 'tenant_mismatch',
      ["Use a service token created in the config you read (Doppler → the project → the config → Access → Service Tokens), or pass that token's own --project/--config."], DOPPLER_TOKENS),
    rule('read_only', /\bYou do not have write access to this config'?s secrets\b/i, 'insufficient_permissions',
      ['Create a service token with Read/Write access for this config, or write the secrets with a personal token of a user who can.'], DOPPLER_TOKENS),
  ],
};

export const INFRA: ServiceWords[] = [okta, auth0, clerk, keycloak, grafanaCloud, newRelic, pagerDuty, opsgenie,
  amplitude, mixpanel, segment, postHog, hetzner, linode, flyIo, railway,
  ovhCloud, scaleway, backblaze, minio, cloudinary,
  wasabi, imageKit, kaggle, wandb, weaviate, qdrant, deepl, ibmCloud, doppler];
