// Service vocabulary, group "business": see types.ts. Each rule cites the service's own documentation.
// Only wordings the shared rules misread or leave unknown are here (checked with `keydoctor explain` first); the rest
// (HubSpot's missing scopes, Mailchimp's "API Key Invalid", Dropbox's expired_access_token …) are read already.
import { rule } from '../phrase.js';
import type { ServiceWords } from './types.js';

const SF_OAUTH = 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flow_errors.htm&language=en_US&type=5';
const ZOHO_CRM = 'https://www.zoho.com/crm/help/api/error-messages.html';
const INTERCOM = 'https://developers.intercom.com/docs/references/rest-api/errors/error-codes/';
const PIPEDRIVE = 'https://pipedrive.readme.io/docs/marketplace-oauth-and-api-proxy-status-codes';
const VONAGE_SMS = 'https://developer.vonage.com/messaging/sms/guides/troubleshooting-sms';
const PUSHER = 'https://pusher.com/docs/channels/library_auth_reference/pusher-websockets-protocol';

export const BUSINESS: ServiceWords[] = [
  {
    id: 'hubspot',
    name: 'HubSpot',
    seen: /\bhub ?spot\b|\bhubapi\.com\b|\bhapikey\b/i,
    rules: [
      // The error envelope's category when the token lacks a scope; the 403 is "authentication … does not have the
      // proper permissions" (https://developers.hubspot.com/docs/api-reference/error-handling).
      rule('missing_scopes', /"category"\s*:\s*"MISSING_SCOPES"|\bmissingScopes\b/, 'insufficient_permissions',
        ['Add the missing scope to the private app (Settings → Integrations → Private Apps → Scopes) or to the OAuth app, then use the new token.'],
        'https://developers.hubspot.com/docs/api-reference/error-handling'),
    ],
  },
  {
    id: 'salesforce',
    name: 'Salesforce',
    seen: /\bsales ?force\b|\bsimple_salesforce\b|\bjsforce\b|\brestforce\b|\.my\.salesforce\.com\b|\bforce\.com\b/i,
    rules: [
      // invalid_grant descriptions of the OAuth flows (SF_OAUTH); "user hasn't approved this consumer" is the user's
      // profile or permission set not being allowed the connected app (https://help.salesforce.com/s/articleView?id=001121341&language=en_US&type=1).
      rule('not_approved', /\buser hasn'?t approved this consumer\b/i, 'insufficient_permissions',
        ["In Setup → Connected Apps → Manage, set Permitted Users to \"Admin approved users are pre-authorized\" and add the user's profile or permission set (or have the user authorise the app once)."],
        SF_OAUTH),
      rule('ip_restricted', /\bip restricted or invalid login hours\b/i, 'insufficient_permissions',
        ["Add the caller's IP to the user profile's Login IP Ranges (or relax the connected app's IP policy), or call within the profile's Login Hours."],
        SF_OAUTH),
      rule('app_not_admin_approved', /\binvalid_app_access\b|\bnot admin approved to access this app\b/i, 'insufficient_permissions',
        ["Assign the user's profile or a permission set to the connected app in Setup → Connected Apps → Manage → Profiles / Permission Sets."],
        SF_OAUTH),
    ],
  },
  {
    id: 'zoho',
    name: 'Zoho',
    seen: /\bzoho(?:apis)?\b|\bzoho-oauthtoken\b/i,
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
  },
  {
    id: 'quickbooks',
    name: 'QuickBooks Online (Intuit)',
    seen: /\bquick ?books\b|\bintuit\b|\bquickbooks\.api\.intuit\.com\b/i,
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
    seen: /\bintercom\b|\bapi\.intercom\.io\b|"type"\s*:\s*"error\.list"/i,
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
    seen: /\bpipedrive\b/i,
    rules: [
      // Pipedrive's OAuth and API proxy status codes (PIPEDRIVE).
      rule('scope_url_mismatch', /\bscope and url mismatch\b/i, 'insufficient_permissions',
        ["Add the scope this endpoint needs to the app in Developer Hub → your app → OAuth & access scopes, then have the user re-authorise."],
        PIPEDRIVE),
      rule('api_token_invalid', /\binvalid grant: api_token is invalid\b/i, 'invalid_key',
        ['Copy the personal API token again from Pipedrive → Personal preferences → API.'], PIPEDRIVE),
      rule('code_expired', /\binvalid grant: authorization_code has expired\b/i, 'revoked_or_expired',
        ['Exchange the authorization code within 5 minutes of receiving it: start the OAuth flow again.'], PIPEDRIVE),
      rule('request_over_limit', /\brequest over limit\b/i, 'rate_limited',
        ['Slow down and retry after the interval in the `x-ratelimit-reset` header.'], PIPEDRIVE),
    ],
  },
  {
    id: 'vonage',
    name: 'Vonage (Nexmo)',
    seen: /\bvonage\b|\bnexmo\b|\brest\.nexmo\.com\b/i,
    rules: [
      // SMS API status table (VONAGE_SMS): 8 "Partner Account Barred. Your Vonage account has been suspended."
      rule('account_barred', /\bpartner account barred\b/i, 'invalid_user',
        ['Your Vonage account has been suspended: contact Vonage support from the Dashboard.'], VONAGE_SMS),
    ],
  },
  {
    id: 'pusher',
    name: 'Pusher Channels',
    seen: /\bpusher\b|\bpusherapp\.com\b/i,
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
];
