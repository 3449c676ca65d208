// Service vocabulary, group "business": see types.ts. Each rule cites the service's own documentation.
// Only wordings the shared rules misread or leave unknown are here (checked with `keydoctor explain` first); the rest
// (HubSpot's missing scopes, Mailchimp's "API Key Invalid", Dropbox's expired_access_token …) are read already.
import { rule } from '../phrase.js';
import type { ServiceWords } from './types.js';

const SF_OAUTH = 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flow_errors.htm&language=en_US&type=5';
const ZOHO_CRM = 'https://www.zoho.com/crm/help/api/error-messages.html';
const INTERCOM = 'https://developers.intercom.com/docs/references/rest-api/errors/error-codes/';
const PIPEDRIVE = 'https://pipedrive.readme.io/docs/marketplace-oauth-and-api-proxy-status-codes';
// The SMS API status table, read at its Spanish-locale address (descriptions in English); the same table is on
// https://developer.vonage.com/messaging/sms/guides/troubleshooting-sms.
const VONAGE_SMS = 'https://developer.vonage.com/es/api-errors/sms';
const PUSHER = 'https://pusher.com/docs/channels/library_auth_reference/pusher-websockets-protocol';
const XERO = 'https://developer.xero.com/documentation/oauth2/troubleshooting';
const DOCUSIGN_CODES = 'https://developers.docusign.com/docs/salesforce/apex-toolkit-reference/apierrorcode.html';
const DOCUSIGN_LIMITS = 'https://developers.docusign.com/docs/admin-api/admin101/rules-and-limits/';

export const BUSINESS: ServiceWords[] = [
  {
    id: 'hubspot',
    name: 'HubSpot',
    seen: /hub ?spot|\bhubapi\.com\b|\bhapikey\b/i,
    rules: [
      // The error envelope's category when the token lacks a scope; the 403 is "authentication … does not have the
      // proper permissions" (https://developers.hubspot.com/docs/api-reference/error-handling).
      rule('missing_scopes', /"category"\s*:\s*"MISSING_SCOPES"|\bmissingScopes\b/, 'insufficient_permissions',
        ['Add the missing scope to the private app (Settings → Integrations → Private Apps → Scopes) or to the OAuth app, then use the new token.'],
        'https://developers.hubspot.com/docs/api-reference/error-handling'),
      // Account API keys (hapikey) "are being deprecated and are no longer supported … HubSpot may deactivate your key
      // at any time" (https://developers.hubspot.com/docs/api/intro-to-auth): the legacy key answer now means a retired key.
      rule('api_key_sunset', /\bThe API key provided is invalid\. View or manage your API key here\b/i, 'revoked_or_expired',
        ['HubSpot account API keys are retired: create a private app (Settings → Integrations → Private Apps) and send its token as `Authorization: Bearer`.'],
        'https://developers.hubspot.com/docs/api/intro-to-auth'),
    ],
  },
  {
    id: 'salesforce',
    name: 'Salesforce',
    seen: /sales ?force|\bjsforce\b|\brestforce\b|\bforce\.com\b/i,
    rules: [
      // "user hasn't approved this consumer" (invalid_grant): "due to the incorrect permissions for the user profile"
      // (help article 001121341). "IP restricted or invalid login hours" is an invalid_grant description of the OAuth
      // flows (SF_OAUTH).
      rule('not_approved', /\buser hasn'?t approved this consumer\b/i, 'insufficient_permissions',
        ["In Setup → Connected Apps → Manage, set Permitted Users to \"Admin approved users are pre-authorized\" and add the user's profile or permission set (or have the user authorise the app once)."],
        'https://help.salesforce.com/s/articleView?id=001121341&language=en_US&type=1'),
      rule('ip_restricted', /\bip restricted or invalid login hours\b/i, 'insufficient_permissions',
        ["Add the caller's IP to the user profile's Login IP Ranges (or relax the connected app's IP policy), or call within the profile's Login Hours."],
        SF_OAUTH),
      // Login history "Failed: Not approved for access": the connected app's Permitted Users is "Admin approved users are
      // pre-authorized" and the user's profile or permission set is not on it (help article 000212208).
      rule('app_not_admin_approved', /\binvalid_app_access\b|\bnot admin approved to access this app\b|\bFailed: Not approved for access\b/i, 'insufficient_permissions',
        ["Assign the user's profile or a permission set to the connected app in Setup → Connected Apps → Manage → Profiles / Permission Sets."],
        'https://help.salesforce.com/apex/HTViewSolution?id=000212208&language=en_US'),
    ],
    codes: [
      // login(): "Salesforce checks the IP address from which the client app is logging in and blocks logins from
      // unknown IP addresses … To log in, the user must add the security token at the end of the user's password"
      // (https://developer.salesforce.com/docs/platform/api/guide/sforce-api-calls-login.html).
      rule('must_use_security_token', /\bLOGIN_MUST_USE_SECURITY_TOKEN\b/, 'malformed_key',
        ["Append the user's security token to the password (Settings → Reset My Security Token e-mails a new one), or add the caller's IP to Setup → Network Access trusted ranges."],
        'https://developer.salesforce.com/docs/platform/api/guide/sforce-api-calls-login.html'),
      // Login status LOGIN_ERROR_EXPORT_RESTRICTED: "Restricted country"
      // (https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_eventlogfile_login_status.htm).
      rule('export_restricted', /\bLOGIN_ERROR_EXPORT_RESTRICTED\b/, 'region_blocked',
        ['Salesforce refuses logins from this country: call from a permitted location.'],
        'https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_eventlogfile_login_status.htm'),
    ],
  },
  {
    id: 'zoho',
    name: 'Zoho',
    seen: /\bzoho/i,
    rules: [
      // Zoho CRM API error messages table (ZOHO_CRM): 4501, 4101, 4102, 4502.
      rule('api_key_inactive', /\bapi key is inactive\b/i, 'revoked_or_expired',
        ['Create a new authentication token in Zoho CRM (Setup → Developer Space → APIs) and replace the inactive one.'], ZOHO_CRM),
      rule('crm_disabled', /\bzoho crm (?:is )?disabled\b|\bno crm account\b/i, 'invalid_user',
        ["The Zoho CRM account behind the token is disabled or does not exist: sign in to crm.zoho.com with that user and ask the CRM administrator to activate it."],
        ZOHO_CRM),
      rule('edition', /\bmodule is not supported in your edition\b/i, 'billing_or_quota',
        ['Upgrade the Zoho CRM edition to one that includes this module, or do not call it.'], ZOHO_CRM),
    ],
    codes: [
      // The scope errors of Zoho CRM's OAuth 2.0 (Zoho's own "Kaizen #3 - Scopes in OAuth2.0 Authorization", on its
      // help centre): the token was generated without the scope this URL needs.
      rule('oauth_scope_mismatch', /\bOAUTH_SCOPE_MISMATCH\b/, 'insufficient_permissions',
        ['Generate a new grant token with the scope this endpoint needs (e.g. ZohoCRM.modules.ALL) in the API console, then a new refresh token from it.'],
        'https://help.zoho.com/portal/en/community/topic/kaizen-3-scopes-in-oauth2-0-authorization-api'),
    ],
  },
  {
    id: 'xero',
    name: 'Xero',
    seen: /\bxero(?!x)/i,
    rules: [
      // "Authentication Unsuccessful: The Xero-tenant-id header is missing, incorrect or isn't authorized for use with
      // this access token" (403; a bad bearer token is a 401 with the same detail, so the rule needs the 403).
      rule('tenant_not_authorised', /\b(?:403|forbidden)\b[^\n]{0,200}\bAuthenticationUnsuccessful\b/i, 'tenant_mismatch',
        ['Send the `xero-tenant-id` of an organisation this token is connected to (GET https://api.xero.com/connections lists them); if it is gone, have the user reconnect the organisation.'],
        XERO, [403]),
    ],
    codes: [
      // Xero's own problem shape, capitalised fields and all: read even where the text does not name Xero.
      rule('tenant_not_authorised_body', /"Title"\s*:\s*"Forbidden"\s*,\s*"Status"\s*:\s*403\s*,\s*"Detail"\s*:\s*"AuthenticationUnsuccessful"/, 'tenant_mismatch',
        ['Send the `xero-tenant-id` of an organisation this token is connected to (GET https://api.xero.com/connections lists them); if it is gone, have the user reconnect the organisation.'],
        XERO),
    ],
  },
  {
    id: 'quickbooks',
    name: 'QuickBooks Online (Intuit)',
    seen: /\bquick ?books|\bintuit\b/i,
    rules: [
      // Error 120 "Authorization Failure … You do not have access to use QuickBooks Online": the person who connected
      // the company no longer has access to it (https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/handling-common-errors).
      rule('no_access_to_qbo', /\byou do not have access to use quickbooks online\b/i, 'invalid_user',
        ['Have a current admin of the QuickBooks Online company reconnect the app (Intuit Apps → disconnect, then connect again) with a user who still has access.'],
        'https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/handling-common-errors'),
    ],
  },
  {
    id: 'intercom',
    name: 'Intercom',
    seen: /\bintercom|"type"\s*:\s*"error\.list"/i,
    rules: [
      // Intercom's error codes table (INTERCOM).
      rule('token_unauthorized', /\btoken_unauthorized\b/, 'insufficient_permissions',
        ["Give the app the permission this endpoint needs in the Developer Hub (your app → Authentication → Edit scopes), then reinstall it to get a token that carries it."],
        INTERCOM),
      rule('token_blocked', /\btoken_blocked\b/, 'invalid_user',
        ['The API key or app has been blocked by Intercom: contact Intercom support from the workspace that owns the app.'], INTERCOM),
      rule('token_expired', /\btoken_expired\b/, 'revoked_or_expired',
        ['Get a new access token (reinstall the app or repeat the OAuth flow) and replace the expired one.'], INTERCOM),
      rule('token_not_found', /\btoken_not_found\b/, 'invalid_key',
        ['Copy the access token again from the Developer Hub (your app → Authentication); the one sent does not exist.'], INTERCOM),
      rule('missing_authorization', /\bmissing_authorization\b/, 'malformed_key',
        ['Send the token as `Authorization: Bearer <token>`: the request carried no authorization.'], INTERCOM),
    ],
    codes: [
      rule('api_plan_restricted', /\bapi_plan_restricted\b/, 'billing_or_quota',
        ["This API or feature is not on the workspace's Intercom plan: upgrade the plan or drop the call."], INTERCOM),
    ],
  },
  {
    id: 'pipedrive',
    name: 'Pipedrive',
    seen: /pipedrive/i,
    rules: [
      // Pipedrive's OAuth and API proxy status codes (PIPEDRIVE).
      rule('scope_url_mismatch', /\bscope and url mismatch\b/i, 'insufficient_permissions',
        ["Add the scope this endpoint needs to the app in Developer Hub → your app → OAuth & access scopes, then have the user re-authorise."],
        PIPEDRIVE),
      rule('api_token_invalid', /\binvalid grant: api_token is invalid\b/i, 'invalid_key',
        ['Copy the personal API token again from Pipedrive → Personal preferences → API.'], PIPEDRIVE),
      rule('code_expired', /\binvalid grant: authorization_code has expired\b/i, 'revoked_or_expired',
        ['Exchange the authorization code within 5 minutes of receiving it: start the OAuth flow again.'], PIPEDRIVE),
      // Plan limits on entities: "Couldn't add the deal. Open deals limit reached." with code feature_capping_…, "direct
      // them to upgrade" (https://developers.pipedrive.com/changelog/post/new-error-message-and-code-for-post-deals-and-custom-fields-endpoints).
      rule('feature_capping', /\bfeature_capping_[a-z_]{1,40}\b|\bopen deals limit reached\b/i, 'billing_or_quota',
        ["The Pipedrive plan's limit for this entity is reached: upgrade the plan (Billing) or close or delete some of them."],
        'https://developers.pipedrive.com/changelog/post/new-error-message-and-code-for-post-deals-and-custom-fields-endpoints'),
    ],
  },
  {
    id: 'sparkpost',
    name: 'SparkPost',
    seen: /spark ?post/i,
    rules: [
      // Extended error codes (https://support.sparkpost.com/docs/tech-resources/extended-error-codes): 1303, 1304.
      rule('unauthorized_tenant', /\binvalid customer id, unauthori[sz]ed tenant\b/i, 'tenant_mismatch',
        ['Use a key of the SparkPost account (customer) you call, and the matching endpoint: api.sparkpost.com or api.eu.sparkpost.com.'],
        'https://support.sparkpost.com/docs/tech-resources/extended-error-codes'),
      rule('unauthorized_user', /\binvalid user id, unauthori[sz]ed user\b/i, 'invalid_user',
        ['The user behind the key no longer exists in the SparkPost account: create a new API key as an active user (Configuration → API Keys).'],
        'https://support.sparkpost.com/docs/tech-resources/extended-error-codes'),
    ],
  },
  {
    id: 'vonage',
    name: 'Vonage (Nexmo)',
    seen: /\bvonage|\bnexmo/i,
    rules: [
      // SMS API status table (VONAGE_SMS): 8 "Partner Account Barred. Your Vonage account has been suspended."
      rule('account_barred', /\bpartner account barred\b/i, 'invalid_user',
        ['Your Vonage account has been suspended: contact Vonage support from the Dashboard.'], VONAGE_SMS),
      // 9 "Partner Quota Violation. You do not have sufficient credit to send the message."
      rule('quota_violation', /\bpartner quota violation\b/i, 'billing_or_quota',
        ['Top up the Vonage account balance in the Dashboard (Billing & payments), then retry.'], VONAGE_SMS),
      // 10 "Too Many Existing Binds. The number of simultaneous connections to the platform exceeds your account allocation."
      rule('too_many_binds', /\btoo many existing binds\b/i, 'rate_limited',
        ['Open fewer simultaneous connections (or SMPP binds) than the account allows, or ask Vonage support for a higher allocation.'], VONAGE_SMS),
    ],
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    seen: /\bbrevo|\bsendinblue|\bsib[_-]api[_-]v3/i,
    rules: [
      // IP security: "Requests from unauthorized IPs are blocked, preventing access even if the API key is valid"
      // (https://developers.brevo.com/docs/ip-security); the answer names the unrecognised address.
      rule('ip_not_authorised', /\bunrecogni[sz]ed IP address\b|\/security\/authori[sz]ed_ips\b/i, 'insufficient_permissions',
        ["Add the server's IP in Brevo → Security → Authorized IPs (or use the link in the security e-mail Brevo sent), then retry."],
        'https://developers.brevo.com/docs/ip-security'),
    ],
  },
  {
    id: 'docusign',
    name: 'Docusign',
    seen: /docu ?sign/i,
    rules: [
      // The eSignature error codes (DOCUSIGN_CODES): TRIAL_ACCOUNT_EXPIRED "The Docusign trial has expired",
      // USER_NOT_ACTIVATED / USER_PENDING "has not yet been activated" / "in a pending activation state".
      rule('trial_expired', /\bTRIAL_ACCOUNT_EXPIRED\b/, 'billing_or_quota',
        ['The Docusign trial has ended: buy a plan for the account, or use a developer (demo) account for testing.'], DOCUSIGN_CODES),
      rule('user_not_activated', /\bUSER_NOT_ACTIVATED\b|\bUSER_PENDING\b/, 'invalid_user',
        ['The user has not activated their Docusign membership yet: have them accept the activation e-mail, or resend it from Settings → Users.'],
        DOCUSIGN_CODES),
    ],
    codes: [
      // "If you exceed the API rate limit, you will receive … 'The maximum number of hourly API invocations has been
      // exceeded.'" (DOCUSIGN_LIMITS); BURST_… is the 30-second limit beside it.
      rule('api_invocation_limit', /\b(?:HOURLY|BURST)_APIINVOCATION_LIMIT_EXCEEDED\b/, 'rate_limited',
        ['Poll less often (use Connect webhooks instead) and retry after the hour or burst window resets.'], DOCUSIGN_LIMITS),
    ],
  },
  {
    id: 'pusher',
    name: 'Pusher Channels',
    seen: /\bpusher/i,
    rules: [
      // Error codes 4000–4099 of the Channels protocol (PUSHER).
      rule('not_in_cluster', /\bnot in this cluster\b/i, 'tenant_mismatch',
        ["Set the client's `cluster` option to the app's cluster (Pusher dashboard → your app → App Keys)."], PUSHER),
      rule('app_does_not_exist', /\bapplication does not exist\b/i, 'invalid_key',
        ['Copy the app key again from the Pusher dashboard → your app → App Keys.'], PUSHER),
      rule('app_disabled', /\bapplication disabled\b/i, 'invalid_user',
        ['Enable the app again in the Pusher dashboard (your app → App Settings), or ask Pusher support why it was disabled.'], PUSHER),
      rule('over_connection_quota', /\bover connection quota\b/i, 'billing_or_quota',
        ["The plan's concurrent connection limit is reached: upgrade the Pusher plan or close unused connections."], PUSHER),
    ],
  },
  {
    id: 'pubnub',
    name: 'PubNub',
    seen: /\bpubnub|\bpndsn\.com\b/i,
    rules: [],
    codes: [
      // A key PubNub does not know is answered in the same envelope: "Invalid Subscribe Key" / "Invalid Publish Key"
      // (https://www.pubnub.com/docs/general/resources/troubleshooting): the key, not a grant, is wrong.
      rule('invalid_pubsub_key', /"message"\s*:\s*"Invalid (?:Subscribe|Publish) Key"/, 'invalid_key',
        ['Copy the publish and subscribe keys again from the PubNub Admin Portal → your app → Keyset; both must be of the same keyset.'],
        'https://www.pubnub.com/docs/general/resources/troubleshooting'),
      // "As soon as Access Manager is enabled, no publish/subscribe operations can be done without first explicitly
      // providing an authorization token … [otherwise] the requesting client will receive a Forbidden error"
      // (https://www.pubnub.com/docs/sdks/python/api-reference/access-manager-v2); the 403 body names the service.
      rule('access_manager_denied', /"service"\s*:\s*"Access Manager"|\bPNAccessDeniedCategory\b/, 'insufficient_permissions',
        ['Grant the client a token (or auth key) with read/write on this channel from your server with the secret key (Access Manager grant), and set it on the client.'],
        'https://www.pubnub.com/docs/sdks/python/api-reference/access-manager-v2'),
    ],
  },
  {
    id: 'box',
    name: 'Box',
    seen: /\bapi\.box\.com\b|\bboxsdk\b|\bbox-sdk\b|\bboxcli\b|@box\/cli\b|\bBox(?:APIException|JWTAuth|Client|Config)\b/i,
    rules: [
      // The wording as Box's own SDK tests it (unauthorized_client, box-python-sdk test/unit/test_exception.py); the
      // cause: a Server Authentication app needs an admin's authorization before use
      // (https://developer.box.com/guides/authorization/common-errors, "Disabled by Administrator").
      rule('app_not_authorised', /\bnot authori[sz]ed by the enterprise admin\b/i, 'insufficient_permissions',
        ["Have a Box admin authorise the app's Client ID in Admin Console → Integrations → Platform Apps Manager (then re-authorise after any scope change)."],
        'https://github.com/box/box-python-sdk/blob/main/test/unit/test_exception.py'),
    ],
  },
  {
    id: 'dropbox',
    name: 'Dropbox',
    seen: /dropbox|"error_summary"/i,
    rules: [
      // A team-scoped token used on a user endpoint: team clients act as a member through asMember / the
      // Dropbox-API-Select-User header (https://dropbox.github.io/dropbox-sdk-java/api-docs/v3.0.x/com/dropbox/core/v2/DbxTeamClientV2.html).
      rule('team_token_needs_member', /\baccess token you provided is for an entire Dropbox (?:Business )?team\b/i, 'tenant_mismatch',
        ['Pick the member to act as: send `Dropbox-API-Select-User: <team_member_id>` (asMember / as_user in the SDKs), or use a user-scoped token.'],
        'https://dropbox.github.io/dropbox-sdk-java/api-docs/v3.0.x/com/dropbox/core/v2/DbxTeamClientV2.html'),
      // WriteError tags (https://dropbox.github.io/dropbox-sdk-obj-c/api-docs/latest/Enums/DBFILESWriteErrorTag.html).
      rule('insufficient_space', /\binsufficient_space\b/i, 'billing_or_quota',
        ["The Dropbox account is out of storage: free space or upgrade the plan."],
        'https://dropbox.github.io/dropbox-sdk-dotnet/gh-pages/obj/api/Dropbox.Api.Files.WriteError.InsufficientSpace.html'),
      rule('no_write_permission', /\bno_write_permission\b|\baccess_restricted\b/i, 'insufficient_permissions',
        ['The account behind the token may not write there (folder permission or a team admin restriction): write elsewhere or ask the owner or admin for edit access.'],
        'https://dropbox.github.io/dropbox-sdk-obj-c/api-docs/latest/Enums/DBFILESWriteErrorTag.html'),
    ],
  },
  {
    id: 'monday',
    name: 'monday.com',
    seen: /\bmonday\.com\b|\bapi\.monday\.com\b|\bmonday-sdk\b|@mondaydotcomorg\b/i,
    rules: [
      // Error handling (https://developer.monday.com/api-reference/docs/errors): "User unauthorized to perform action",
      // code UserUnauthorizedException, status 403: the user behind the token may not do this.
      rule('user_unauthorized', /\bUserUnauthorizedException\b/, 'insufficient_permissions',
        ["The token's user lacks the permission for this action (board or account role): use a token of a user who has it, or add the scope to the app."],
        'https://developer.monday.com/api-reference/docs/errors'),
      // Rate limits (https://developer.monday.com/api-reference/docs/rate-limits): the per-minute complexity budget.
      rule('complexity_budget', /\bComplexityException\b|\bCOMPLEXITY_BUDGET_EXHAUSTED\b|\bcomplexity budget exhausted\b/i, 'rate_limited',
        ['Wait for the complexity budget to reset (the error gives the seconds), and request fewer fields or smaller pages per query.'],
        'https://developer.monday.com/api-reference/docs/rate-limits'),
    ],
  },
  {
    id: 'clickup',
    name: 'ClickUp',
    seen: /\bclickup\b/i,
    rules: [
      // Common errors (https://developer.clickup.com/docs/common_errors): "Team not authorized" (OAUTH_023, 026, 027,
      // 029–045): the Workspace was not authorised by the user for this token; "Token not found" (OAUTH_019, 021,
      // 025, 077): authorisation was revoked by the user.
      rule('team_not_authorized', /\bteam not authori[sz]ed\b|\bOAUTH_0(?:2[3679]|3\d|4[0-5])\b/, 'tenant_mismatch',
        ['Run the OAuth flow again and have the user tick the Workspace you call, or call a Workspace the token was authorised for.'],
        'https://developer.clickup.com/docs/common_errors'),
      rule('token_revoked', /\bOAUTH_0(?:19|21|25|77)\b/, 'revoked_or_expired',
        ['The user revoked the authorisation: reconnect the app, or generate a new personal token in ClickUp → Settings → Apps.'],
        'https://developer.clickup.com/docs/common_errors'),
    ],
  },
  {
    id: 'contentful',
    name: 'Contentful',
    seen: /\bcontentful\b/i,
    rules: [],
    codes: [
      // Contentful's own error envelope (sys.type Error). "A token provides read-only access to one or more environments" (https://contentful.com/developers/docs/references/authentication/):
      // an environment the token does not cover, or that does not exist, answers NotFound with details.type Environment.
      rule('environment_not_found', /"type"\s*:\s*"Error"\s*,\s*"id"\s*:\s*"NotFound"[\s\S]{0,300}?"details"\s*:\s*\{\s*"type"\s*:\s*"Environment"/, 'tenant_mismatch',
        ["Add the environment to the API key's environments (Settings → API keys → the key → Environments), or call an environment the key covers."],
        'https://contentful.com/developers/docs/references/authentication/'),
    ],
  },
];
