// Service vocabulary, group "consumer": see types.ts. Each rule cites the service's own documentation.
// Google's shared API wordings ("API key not valid", "unregistered callers", "has not been used in project … or it is
// disabled", "Requests to this API … are blocked") stay in rules-generic.ts and the Gemini/Vertex probes: only what one
// product's documentation adds is here. Wordings the shared rules already read right were left to them (checked with
// `keydoctor explain`), unless the rule below names the service's own setting in its fix and reads the same category.
import { rule } from '../phrase.js';
import type { ServiceWords } from './types.js';

const MAPS_JS_ERRORS = 'https://developers.google.com/maps/documentation/javascript/error-messages';
const FIREBASE_AUTH_ADMIN = 'https://firebase.google.com/docs/auth/admin/errors';
const FIREBASE_AUTH_JS = 'https://firebase.google.com/docs/reference/js/v8/firebase.auth.Error';
const FIREBASE_AUTH_REST = 'https://firebase.google.com/docs/reference/rest/auth';
const FCM_ADMIN_ERRORS = 'https://firebase.google.com/docs/cloud-messaging/send/admin-sdk#admin-sdk-error-reference';
const YOUTUBE_ERRORS = 'https://developers.google.com/youtube/v3/docs/errors';
const ADS_AUTHZ = 'https://developers.google.com/google-ads/api/reference/rpc/latest/AuthorizationErrorEnum.AuthorizationError';
const ADS_AUTHN = 'https://developers.google.com/google-ads/api/reference/rpc/latest/AuthenticationErrorEnum.AuthenticationError';
const APNS_ERRORS = 'https://developer.apple.com/documentation/usernotifications/handling-notification-responses-from-apns';
const GRAPH_ERRORS = 'https://developers.facebook.com/docs/graph-api/guides/error-handling';
const WHATSAPP_ERRORS = 'https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes/';
const X_ERRORS = 'https://docs.x.com/x-api/fundamentals/response-codes-and-errors';
const X_CAP_FIX = 'The project\'s monthly post cap is used up: wait for the cap reset day shown in the X developer portal, or move to a plan with a higher cap.';
const SPOTIFY_PLAYER = 'https://developer.spotify.com/documentation/web-api/reference/start-a-users-playback';
const SPOTIFY_PREMIUM_FIX = 'Playback control needs a Spotify Premium account: authorise with a Premium user.';
const TIKTOK_ERRORS = 'https://developers.tiktok.com/doc/tiktok-api-v2-error-handling';
/** The XErr codes of Xbox's token service, as launchers document them (no Microsoft page lists them). */
const XSTS_ERRORS = 'https://wiki.vg/Microsoft_Authentication_Scheme';

export const CONSUMER: ServiceWords[] = [
  {
    id: 'google-maps',
    name: 'Google Maps Platform',
    seen: /\bmaps\.googleapis\.com\b|\b(?:places|routes|roads|addressvalidation)\.googleapis\.com\b|\bGoogle Maps\b|\bMaps JavaScript API\b|\b(?:Geocoding|Directions|Distance Matrix|Places|Elevation|Time Zone) API\b|\bgooglemaps\b|@googlemaps\/|\b[A-Z]\w+MapError\b/i,
    // The Maps JavaScript API prints one error name per cause in the browser console (MAPS_JS_ERRORS); the names are
    // Maps' own. ExpiredKeyMapError is left out: its page says "expired or not recognized", two causes.
    codes: [
      rule('missing_key_map_error', /\bMissingKeyMapError\b/, 'malformed_key',
        ['The Maps JavaScript API was loaded without a key: add `key=…` to the script URL (or the loader\'s `apiKey`), from Google Cloud console → Google Maps Platform → Keys & Credentials.'],
        MAPS_JS_ERRORS),
      rule('invalid_key_map_error', /\bInvalidKeyMapError\b/, 'invalid_key',
        ['Google does not recognise the key in the script URL: copy it again from Google Cloud console → Google Maps Platform → Keys & Credentials.'],
        MAPS_JS_ERRORS),
      rule('deleted_project_map_error', /\bDeletedApiProjectMapError\b/, 'revoked_or_expired',
        ['The Cloud project the key belonged to was deleted: create a key in a live project with the Maps JavaScript API enabled (or restore the project within 30 days in IAM & Admin → Manage resources).'],
        MAPS_JS_ERRORS),
      rule('referer_denied_map_error', /\bRefererDeniedMapError\b/, 'invalid_user',
        ['Google blocked this app for non-compliance with the Google Maps Platform Terms of Service: its owner must resolve it with Google; a new key will not help.'],
        MAPS_JS_ERRORS),
      rule('billing_map_error', /\b(?:BillingNotEnabledMapError|OverQuotaMapError)\b/, 'billing_or_quota',
        ['Enable billing on the key\'s Cloud project (Google Cloud console → Billing), or raise the Maps JavaScript API quota under APIs & Services → Quotas.'],
        MAPS_JS_ERRORS),
      rule('restricted_map_error', /\b(?:ApiNotActivatedMapError|ApiTargetBlockedMapError|RefererNotAllowedMapError|UnauthorizedURLForClientIdMapError)\b/, 'insufficient_permissions',
        ['The key works, but its project or restrictions refuse this page: enable the Maps JavaScript API in the key\'s project, add it to the key\'s API restrictions, and add this site\'s URL to its website restrictions (Keys & Credentials → the key).'],
        MAPS_JS_ERRORS),
    ],
    rules: [
      // Web services' status values (https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes):
      // OVER_QUERY_LIMIT and OVER_DAILY_LIMIT each have several documented causes (rate, billing, a cap, a card, no key):
      // no rule reads them bare; a daily quota says so in error_message.
      rule('daily_quota', /\bexceeded your daily request quota\b/i, 'billing_or_quota',
        ['The project\'s daily quota for this Maps API is used up: raise it in Google Cloud console → APIs & Services → the API → Quotas, or wait for the reset at midnight Pacific time.'],
        'https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes'),
    ],
  },
  {
    id: 'firebase',
    name: 'Firebase',
    seen: /\bfirebase\b|\bfirebaseio\.com\b|\bfirebasedatabase\.app\b|\bfcm\.googleapis\.com\b|\b(?:identitytoolkit|securetoken|firebaseappcheck|firebaseinstallations)\.googleapis\.com\b|\bFCM\b/i,
    // Firebase's error codes carry their product's prefix (auth/…, messaging/…), so they are Firebase's alone.
    codes: [
      rule('auth_invalid_api_key', /\bauth\/(?:invalid-api-key|api-key-not-valid)\b/, 'invalid_key',
        ['Firebase does not recognise the apiKey in the app\'s config: copy the config again from Firebase console → Project settings → Your apps.'],
        FIREBASE_AUTH_JS),
      rule('auth_app_not_authorized', /\bauth\/(?:app-not-authorized|unauthorized-domain)\b/, 'insufficient_permissions',
        ['The key refuses this app or domain: add the domain under Firebase console → Authentication → Settings → Authorized domains, and check the key\'s application restrictions in Google Cloud console → Credentials.'],
        FIREBASE_AUTH_JS),
      rule('auth_operation_not_allowed', /\bauth\/(?:operation-not-allowed|admin-restricted-operation)\b/, 'insufficient_permissions',
        ['This sign-in method is disabled (or limited to admins) for the project: enable it under Firebase console → Authentication → Sign-in method.'],
        FIREBASE_AUTH_JS),
      rule('auth_user_disabled', /\bauth\/user-disabled\b/, 'invalid_user',
        ['An administrator disabled this user: re-enable it in Firebase console → Authentication → Users, or with the Admin SDK (`updateUser(uid, { disabled: false })`).'],
        FIREBASE_AUTH_JS),
      rule('auth_too_many_requests', /\bauth\/too-many-requests\b/, 'rate_limited',
        ['Firebase blocked requests from this device for unusual activity (many failed sign-ins): wait before retrying; the key was not judged.'],
        FIREBASE_AUTH_JS),
      rule('auth_network', /\bauth\/network-request-failed\b/, 'network_error',
        ['The request did not reach Firebase Auth (timeout, interrupted connection, unreachable host, or a blocker in the browser): check connectivity; the key was not judged.'],
        FIREBASE_AUTH_JS),
      rule('auth_token_expired', /\bauth\/(?:id-token-expired|id-token-revoked|user-token-expired|session-cookie-expired|session-cookie-revoked)\b/, 'revoked_or_expired',
        ['The user\'s ID token or session expired or was revoked: get a fresh one from the client (`getIdToken(true)`) or sign the user in again.'],
        FIREBASE_AUTH_ADMIN),
      rule('auth_project_not_found', /\bauth\/project-not-found\b/, 'tenant_mismatch',
        ['No Firebase project matches the credential the Admin SDK was initialised with: use a service account key of this project (Project settings → Service accounts) or set the projectId.'],
        FIREBASE_AUTH_ADMIN),
      rule('messaging_outage', /\bmessaging\/(?:internal-error|server-unavailable)\b/, 'provider_outage',
        ['FCM failed on its side: retry with exponential backoff and check https://status.firebase.google.com; the key was not judged.'],
        FCM_ADMIN_ERRORS),
    ],
    rules: [
      // FCM's legacy HTTP API answered 401 "Invalid (legacy) Server-key delivered or Sender is not authorized to perform
      // request." to a key that is not the project's Cloud Messaging server key (a browser API key, AIza…, is the usual
      // one; heldout19). The legacy API was shut down in 2024 (https://firebase.google.com/docs/cloud-messaging/migrate-v1).
      rule('legacy_server_key', /\bInvalid \(legacy\) Server-key delivered\b/i, 'invalid_key',
        ['FCM does not accept this key as a server key: the legacy API took the Cloud Messaging server key, not the project\'s browser API key (AIza…), and it is shut down now. Send through the HTTP v1 API with a service account instead.'],
        'https://firebase.google.com/docs/cloud-messaging/migrate-v1'),
      // firebase-tools when no login, FIREBASE_TOKEN or application default credentials gave it a token (requireAuth.ts).
      rule('cli_not_logged_in', /\bFailed to authenticate, have you run (?:\S{0,8})?firebase login\b/i, 'malformed_key',
        ['The Firebase CLI found no credential: run `firebase login` locally; in CI set GOOGLE_APPLICATION_CREDENTIALS to a service account key file (FIREBASE_TOKEN is deprecated).'],
        'https://github.com/firebase/firebase-tools/blob/master/src/requireAuth.ts'),
      // The Auth REST API's messages (identitytoolkit, securetoken): the same causes as the SDKs' auth/… codes.
      rule('rest_operation_not_allowed', /\bOPERATION_NOT_ALLOWED\b/, 'insufficient_permissions',
        ['This sign-in method is disabled for the project: enable it under Firebase console → Authentication → Sign-in method.'],
        FIREBASE_AUTH_REST),
      rule('rest_user_disabled', /\bUSER_DISABLED\b/, 'invalid_user',
        ['An administrator disabled this user: re-enable it in Firebase console → Authentication → Users.'],
        FIREBASE_AUTH_REST),
      rule('rest_user_not_found', /\bUSER_NOT_FOUND\b/, 'invalid_user',
        ['The user the refresh token belongs to no longer exists (likely deleted): sign in or create the user again.'],
        FIREBASE_AUTH_REST),
      rule('rest_too_many_attempts', /\bTOO_MANY_ATTEMPTS_TRY_LATER\b/, 'rate_limited',
        ['Firebase blocked requests from this device for unusual activity: wait before retrying; the key was not judged.'],
        FIREBASE_AUTH_REST),
      // Realtime Database client's warning for a databaseURL that names no instance of this project.
      rule('rtdb_url', /\bensure that you have the URL of your Firebase Realtime Database instance configured correctly\b/i, 'tenant_mismatch',
        ['Set databaseURL to this project\'s instance exactly as Firebase console → Realtime Database shows it (instances outside us-central1 end in firebasedatabase.app).'],
        'https://firebase.google.com/docs/database/web/start'),
    ],
  },
  {
    id: 'youtube-data-api',
    name: 'YouTube Data API',
    seen: /\byoutube\.googleapis\.com\b|\bwww\.googleapis\.com\/youtube\b|\bYouTube\b|\byoutube\.quota\b/i,
    codes: [
      rule('signup_required', /\byoutubeSignupRequired\b/, 'invalid_user',
        ['The Google Account that authorised the request has no YouTube channel: create one for it at youtube.com (or authorise with the channel\'s account).'],
        YOUTUBE_ERRORS),
      rule('account_closed', /\bauthenticatedUserAccount(?:Closed|Suspended)\b/, 'invalid_user',
        ['The YouTube account of the authorised user is closed or suspended: authorise with another channel\'s account.'],
        YOUTUBE_ERRORS),
      // Live Streaming API: the channel is not (or no longer) allowed to stream; its docs file it under insufficientPermissions.
      rule('live_streaming_not_enabled', /\b(?:liveStreamingNotEnabled|livePermissionBlocked)\b/, 'insufficient_permissions',
        ['The authorised channel may not stream live: enable live streaming for it at youtube.com/features (the first activation takes up to 24 hours), or authorise with a channel that can.'],
        'https://developers.google.com/youtube/v3/live/docs/errors'),
      rule('delegation_forbidden', /\baccountDelegationForbidden\b/, 'insufficient_permissions',
        ['The authorised user may not act for the channel named (onBehalfOfContentOwner or a brand account): authorise as an owner or manager of that channel.'],
        YOUTUBE_ERRORS),
    ],
    rules: [
      rule('quota_exceeded', /\bquotaExceeded\b|\bexceeded your (?:<a [^>]{0,200}>)?quota\b/i, 'billing_or_quota',
        ['The project\'s daily YouTube quota (10,000 units by default) is used up: wait for the reset at midnight Pacific time, or request an extension in Google Cloud console → YouTube Data API v3 → Quotas.'],
        YOUTUBE_ERRORS),
    ],
  },
  {
    id: 'google-drive-sheets',
    name: 'Google Drive and Sheets APIs',
    seen: /\b(?:sheets|drive)\.googleapis\.com\b|\bwww\.googleapis\.com\/(?:drive|upload\/drive)\b|\bGoogle (?:Drive|Sheets)\b|\bgspread\b|\bgoogle-spreadsheet\b|\bstorageQuotaExceeded\b/i,
    codes: [
      // A service account owns no Drive storage since 2024: files it creates must live in a shared drive.
      rule('service_account_storage', /\bService Accounts do not have storage quota\b/i, 'billing_or_quota',
        ['A service account has no Drive storage of its own: create the file in a shared drive the service account is a member of, or use domain-wide delegation to act as a user.'],
        'https://developers.google.com/workspace/drive/api/guides/handle-errors'),
    ],
    rules: [
      rule('domain_policy', /\bThe domain administrators have disabled Drive apps\b/i, 'insufficient_permissions',
        ['The user\'s Google Workspace admin disabled Drive apps: ask the admin to allow this app (Admin console → Security → API controls → App access control), or use an account outside that domain.'],
        'https://developers.google.com/workspace/drive/api/guides/handle-errors'),
      // dailyLimitExceededUnreg: the request carried no key or token, so it counted against the unauthenticated quota.
      rule('unauthenticated_use', /\bDaily Limit for Unauthenticated Use Exceeded\b|\bdailyLimitExceededUnreg\b/i, 'malformed_key',
        ['The request carried no API key or OAuth token: send the credential (an `Authorization: Bearer` header or `key=`) where the client is built.'],
        'https://developers.google.com/workspace/drive/api/guides/handle-errors'),
    ],
  },
  {
    id: 'gmail-api',
    name: 'Gmail API',
    seen: /\bgmail\.googleapis\.com\b|\bwww\.googleapis\.com\/gmail\b|\bsmtp\.gmail\.com\b|\bGmail\b/i,
    rules: [
      // The user's Workspace organisation has Gmail turned off for them (failedPrecondition "Mail service not enabled").
      rule('mail_service_not_enabled', /\bMail service not enabled\b/i, 'invalid_user',
        ['Gmail is not enabled for this user: a Google Workspace admin must turn Gmail on for the user\'s organisational unit (Admin console → Apps → Google Workspace → Gmail), or use a mailbox that has it.'],
        'https://developers.google.com/workspace/gmail/api/guides/handle-errors'),
    ],
  },
  {
    id: 'google-ads-api',
    name: 'Google Ads API',
    seen: /\bGoogleAdsException\b|\bgoogleads\.googleapis\.com\b|\bgoogle\.ads\.googleads\b|\bGoogle Ads\b|\bgoogle-ads-api\b/i,
    // The enum names are the Google Ads API's own (ADS_AUTHZ, ADS_AUTHN).
    codes: [
      // The token's (or project's) access level: "Test Account Access" may call test accounts only. An access level the
      // call lacks, read as a permission (a test key where production is meant would be wrong_environment; the docs
      // speak of access levels granted on application).
      rule('not_approved_for_production', /\b(?:DEVELOPER_TOKEN_NOT_APPROVED|CLOUD_PROJECT_NOT_APPROVED_FOR_PRODUCTION)\b/, 'insufficient_permissions',
        ['The developer token (or Cloud project) is approved for test accounts only: call a test account, or apply for Basic or Standard access in the Google Ads API Center.'],
        ADS_AUTHZ),
      rule('not_ads_user', /\bNOT_ADS_USER\b|\bGOOGLE_ACCOUNT_DELETED\b/, 'invalid_user',
        ['The Google Account behind the OAuth token has no Google Ads account (or was deleted): add it as a user of the Ads account, or authorise with one that is.'],
        ADS_AUTHN),
      rule('developer_token_prohibited', /\bDEVELOPER_TOKEN_PROHIBITED\b/, 'tenant_mismatch',
        ['The developer token is tied to another Google Cloud project than the OAuth client\'s: use the OAuth client of the project the token was first used with, or a token of this project.'],
        ADS_AUTHZ),
      rule('two_step_not_enrolled', /\b(?:TWO_STEP_VERIFICATION|ADVANCED_PROTECTION)_NOT_ENROLLED\b/, 'insufficient_permissions',
        ['The Ads account requires 2-Step Verification (or Advanced Protection) of its users: turn it on for the Google Account behind the OAuth token, then authorise again.'],
        ADS_AUTHN),
    ],
    rules: [
      // Names other Google APIs may share: read only beside the Ads API's name.
      rule('organization_not_approved', /\bORGANIZATION_NOT_APPROVED\b/, 'insufficient_permissions',
        ['The Cloud organisation of this project is not approved for production access: call a test account, or apply for production access for the organisation.'],
        ADS_AUTHN),
      rule('project_disabled', /\bPROJECT_DISABLED\b/, 'insufficient_permissions',
        ['The Cloud project of the OAuth client may not use the Google Ads API: enable the API in that project (APIs & Services → Library → Google Ads API), or use a client of an allowed project.'],
        ADS_AUTHZ),
    ],
  },
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    seen: /\banalyticsdata\.googleapis\.com\b|\banalyticsadmin\.googleapis\.com\b|\bGoogle Analytics\b|\bBetaAnalyticsDataClient\b|\bgoogle\.analytics\.data\b|\bfor this property\b/i,
    rules: [
      // The Data API's quota errors name the bucket: tokens per day is the property's daily allowance.
      rule('tokens_per_day', /\bExhausted property tokens per day\b/i, 'billing_or_quota',
        ['The property\'s daily token quota is used up: wait for the reset (Pacific time) or move to Analytics 360 for a larger quota; `returnPropertyQuota: true` shows what is left.'],
        'https://developers.google.com/analytics/devguides/reporting/data/v1/quotas'),
      rule('no_analytics_account', /\bUser does not have any Google Analytics account\b/i, 'invalid_user',
        ['The authorised Google Account (or service account) has no Analytics account: add its email as a user of the property in Analytics → Admin → Property access management.'],
        'https://developers.google.com/analytics/devguides/reporting/core/v3/errors'),
    ],
  },
  {
    id: 'recaptcha',
    name: 'reCAPTCHA',
    seen: /\brecaptcha\b|\bgrecaptcha\b|\bsiteverify\b|\bERROR for site owner\b/i,
    rules: [
      rule('invalid_domain', /\bInvalid domain for site key\b/i, 'insufficient_permissions',
        ['The site key is not allowed on this domain: add the domain (and `localhost` for development) to the key\'s domain list in the reCAPTCHA admin console.'],
        'https://developers.google.com/recaptcha/docs/domain_validation'),
      rule('site_over_quota', /\bThis site is exceeding reCAPTCHA quota\b/i, 'billing_or_quota',
        ['The free monthly reCAPTCHA assessments are used up: enable billing on the key\'s Google Cloud project (the quota resets on the first of the month).'],
        'https://cloud.google.com/recaptcha/quotas'),
    ],
  },
  {
    id: 'google-play-developer-api',
    name: 'Google Play Developer API',
    seen: /\bandroidpublisher\b|\bGoogle Play (?:Android )?Developer API\b|\bGoogle Play Console\b|\bfastlane supply\b/i,
    rules: [
      rule('project_not_linked', /\bhas not been linked in the Google Play Developer Console\b|\bprojectNotLinked\b/i, 'tenant_mismatch',
        ['The Cloud project of this service account is not linked to the Play developer account: link it in Play Console → Setup → API access, or use a service account of the linked project.'],
        'https://developers.google.com/android-publisher/getting_started'),
      rule('caller_no_permission', /\bThe caller does not have permission\b|\binsufficient permissions to perform the requested operation\b/i, 'insufficient_permissions',
        ['Invite the service account in Play Console → Users and permissions and grant it the app permissions this call needs (release, financial data…); changes can take up to a day.'],
        'https://developers.google.com/android-publisher/getting_started'),
    ],
  },
  {
    id: 'apple-apns',
    name: 'Apple Push Notification service',
    seen: /\bapi(?:\.sandbox|\.development)?\.push\.apple\.com\b|\bAPNs\b|\bapns2?\b|\bapn\.Provider\b/i,
    // The "reason" values of APNs answers (APNS_ERRORS) are its own. BadDeviceToken (a device's token, not the key) is
    // left out. BadEnvironmentKeyInToken: a key restricted to one environment used against the other (APNs added it with
    // environment-scoped keys; APNSwift reads it: https://github.com/swift-server-community/APNSwift/pull/229).
    codes: [
      // "The device token doesn't match the specified topic": a token of another app (bundle id) than apns-topic names.
      rule('token_not_for_topic', /\bDeviceTokenNotForTopic\b/, 'tenant_mismatch',
        ['The device token belongs to another app: send with apns-topic set to the bundle id of the app that registered the token (and its key or certificate).'],
        'https://developer.apple.com/documentation/usernotifications/handling-notification-responses-from-apns'),
      rule('wrong_environment', /\bBadCertificateEnvironment\b|\bBadEnvironmentKeyInToken\b/, 'wrong_environment',
        ['The certificate or key is for the other APNs environment: send development builds to api.sandbox.push.apple.com and TestFlight/App Store builds to api.push.apple.com, or use a key valid for both (Certificates, Identifiers & Profiles → Keys).'],
        APNS_ERRORS),
      rule('invalid_provider_token', /\bInvalidProviderToken\b/, 'invalid_key',
        ['APNs cannot verify the token or certificate: check the Key ID, Team ID and the .p8 key (or the certificate) against Certificates, Identifiers & Profiles → Keys.'],
        APNS_ERRORS),
      rule('expired_provider_token', /\bExpiredProviderToken\b/, 'revoked_or_expired',
        ['The provider token (JWT) is older than an hour: sign a new one at least every hour (no more than every 20 minutes), and check this machine\'s clock.'],
        APNS_ERRORS),
      rule('missing_provider_token', /\bMissingProviderToken\b/, 'malformed_key',
        ['No provider token or certificate was sent: set the authorization header `bearer <JWT>` signed with your .p8 key, or connect with the push certificate.'],
        APNS_ERRORS),
      rule('too_many_token_updates', /\bTooManyProviderTokenUpdates\b/, 'rate_limited',
        ['The provider token was replaced too often: reuse one JWT for 20–60 minutes instead of signing one per request.'],
        APNS_ERRORS),
      rule('topic_disallowed', /\bTopicDisallowed\b/, 'insufficient_permissions',
        ['This key or certificate may not push to the apns-topic sent: use the app\'s bundle ID as topic, and a key of the team that owns the app.'],
        APNS_ERRORS),
    ],
    rules: [
      // Not a code: rustls names the TLS alert the same ("received fatal alert: BadCertificate").
      rule('bad_certificate', /\bBadCertificate\b/, 'invalid_key',
        ['APNs refused the client certificate: export the app\'s push certificate (.p12) again from Certificates, Identifiers & Profiles, or switch to a .p8 token key.'],
        APNS_ERRORS),
    ],
  },
  {
    id: 'app-store-connect-api',
    name: 'App Store Connect API',
    seen: /\bapi\.appstoreconnect\.apple\.com\b|\bApp Store Connect\b|\bappstoreconnect\b/i,
    rules: [
      rule('key_not_allowed', /\bThe API key in use does not allow this request\b/i, 'insufficient_permissions',
        ['The key\'s role does not cover this request: create a key with a role that does (App Manager, Admin…) in App Store Connect → Users and Access → Integrations → App Store Connect API.'],
        'https://developer.apple.com/documentation/appstoreconnectapi/interpreting-and-handling-errors'),
    ],
  },
  {
    id: 'meta-graph-api',
    name: 'Meta Graph and Marketing API',
    seen: /\bgraph\.facebook\.com\b|\bOAuthException\b|\bFacebookApiException\b|\bFacebookAds\\|\bfacebook_business\b|\bfacebook-nodejs-business-sdk\b|\bFacebook\b|\bMeta for Developers\b/i,
    rules: [
      // Graph API access-token subcodes (GRAPH_ERRORS): 458 the user removed the app, 459 a checkpoint, 464 an unconfirmed user.
      rule('app_not_authorized_by_user', /\bError validating access token: The user has not authorized application\b/i, 'revoked_or_expired',
        ['The user removed the app or never logged in to it: send them through Facebook Login again for a new token.'],
        GRAPH_ERRORS),
      // Logging out invalidates the user's access token (https://developers.facebook.com/docs/reference/javascript/FB.logout/).
      rule('user_logged_out', /\bThe session is invalid,? because the user logged out\b/i, 'revoked_or_expired',
        ['The user logged out, which invalidated this token: have them log in again for a new one (a long-lived token survives only if it was extended).'],
        'https://developers.facebook.com/docs/reference/javascript/FB.logout/'),
      rule('user_checkpointed', /\bnot a confirmed user\b|\byou cannot access the app till you log in to www\.facebook\.com\b/i, 'invalid_user',
        ['The account behind the token must log in at facebook.com and clear a checkpoint or confirm itself before apps can use it.'],
        GRAPH_ERRORS),
      rule('app_deleted', /\bError validating application\. Application has been deleted\b/i, 'revoked_or_expired',
        ['The app these credentials belong to was deleted: use the App ID and secret of a live app from developers.facebook.com → My Apps.'],
        GRAPH_ERRORS),
      rule('ad_account_calls', /\(#80004\)|\btoo many calls to this ad-account\b/i, 'rate_limited',
        ['The ad account\'s Marketing API rate limit is reached: wait (X-Business-Use-Case-Usage says how long) and spread the calls out; the token was not judged.'],
        'https://developers.facebook.com/docs/marketing-api/overview/rate-limiting'),
      // Code 2 "API Service": a temporary issue on Meta's side (GRAPH_ERRORS: wait and retry).
      rule('service_downtime', /\bAn unexpected error has occurred\. Please retry your request later\b/i, 'provider_outage',
        ['Meta reported a temporary failure on its side (code 2): retry with backoff; the token was not judged.'],
        GRAPH_ERRORS),
      rule('blocked_for_policy', /\(#368\)|\bdeemed abusive or is otherwise disallowed\b/i, 'invalid_user',
        ['Meta temporarily blocked this account or app for a policy violation: see the account\'s quality page and appeal there; a new token will not help.'],
        GRAPH_ERRORS),
    ],
  },
  {
    id: 'instagram',
    name: 'Instagram Platform',
    seen: /\b(?:graph|api)\.instagram\.com\b|\bInstagram\b/i,
    rules: [
      rule('developer_role', /\bInsufficient developer role\b/i, 'insufficient_permissions',
        ['While the app is in development mode only its testers can authorise: add the Instagram account under App roles → Roles → Instagram Testers and accept the invite in Instagram → Apps and websites.'],
        'https://developers.facebook.com/docs/instagram-platform/support/error-codes'),
    ],
  },
  {
    id: 'whatsapp-cloud-api',
    name: 'WhatsApp Cloud API',
    seen: /\bWhatsApp\b|\bwhatsapp_business\b|\bwaba\b/i,
    codes: [
      rule('payment_issue', /\(#131042\)|\bBusiness eligibility payment issue\b/i, 'billing_or_quota',
        ['The WhatsApp Business Account has no valid payment method or is past due: fix it in Business Manager → WhatsApp accounts → Settings → Payment methods.'],
        WHATSAPP_ERRORS),
      rule('country_restricted', /\(#130497\)|\bBusiness account is restricted from messaging users in this country\b/i, 'region_blocked',
        ['WhatsApp does not let this business account message users in that country: see the Cloud API\'s country restrictions; a new token will not help.'],
        WHATSAPP_ERRORS),
    ],
    rules: [
      rule('policy_block', /\bTemporarily blocked for policies violations\b/i, 'invalid_user',
        ['The business account is temporarily blocked for a policy violation: see WhatsApp Manager → Account quality and appeal there.'],
        WHATSAPP_ERRORS),
      rule('number_not_registered', /\(#133010\)|\b133010\b/, 'invalid_user',
        ['The sending phone number is not registered with the Cloud API: register it (POST /<PHONE_NUMBER_ID>/register) in the WhatsApp Business Account that owns it.'],
        WHATSAPP_ERRORS),
      rule('not_in_allowed_list', /\bRecipient phone number not in allowed list\b|\(#131030\)/i, 'insufficient_permissions',
        ['A test number may only message the numbers on its list: add the recipient in App Dashboard → WhatsApp → API Setup → To, or send from a registered business number.'],
        WHATSAPP_ERRORS),
    ],
  },
  {
    id: 'x-twitter-api',
    name: 'X (Twitter) API',
    seen: /\bapi\.(?:twitter|x)\.com\b|\bTwitter API\b|\bX API\b|\btweepy\b|\btwitter-api-v2\b|\bTwitterException\b|\bTwitter\b/i,
    codes: [
      rule('usage_cap', /\bUsageCapExceeded\b|\/2\/problems\/usage-capped\b/, 'billing_or_quota',
        [X_CAP_FIX], X_ERRORS),
    ],
    rules: [
      // Code 453: "You currently have access to a subset of … endpoints only" / "You currently have Essential access which
      // includes access to Twitter API v2 endpoints only": the app's access level does not include the endpoint.
      rule('access_level', /\bYou currently have (?:Essential|Elevated|Free|Basic) access\b|\bYou currently have access to a subset of (?:Twitter|X) API\b/i, 'insufficient_permissions',
        ['The app\'s access level does not include this endpoint: use a v2 endpoint the level covers, or change the level in the developer portal (Products).'],
        'https://developer.x.com/en/support/x-api/error-troubleshooting'),
      rule('client_not_enrolled', /\bclient-not-enrolled\b|\bmust use keys and tokens from a (?:Twitter|X) developer App that is attached to a Project\b/i, 'insufficient_permissions',
        ['The keys belong to an App outside any Project: attach the App to a Project in the X developer portal (Projects & Apps), then regenerate its keys and tokens.'],
        X_ERRORS),
      rule('oauth1_permissions', /\bnot configured with the appropriate oauth1 app permissions\b|\bApplication cannot perform write actions\b/i, 'insufficient_permissions',
        ['The App\'s permissions are read-only for this call: set "Read and write" under the App\'s User authentication settings in the developer portal, then regenerate the access token and secret.'],
        X_ERRORS),
      rule('unsupported_authentication', /\bAuthenticating with OAuth 2\.0 Application-Only is forbidden for this endpoint\b|\/2\/problems\/unsupported-authentication\b/i, 'malformed_key',
        ['This endpoint needs a user\'s token (OAuth 1.0a user context or OAuth 2.0 with PKCE), not the App-only bearer token: authenticate as the user.'],
        X_ERRORS),
      rule('usage_cap_words', /\bUsage cap exceeded\b/i, 'billing_or_quota', [X_CAP_FIX], X_ERRORS),
    ],
  },
  {
    id: 'linkedin-api',
    name: 'LinkedIn API',
    seen: /\bapi\.linkedin\.com\b|\bwww\.linkedin\.com\/oauth\b|\bLinkedIn\b|\bserviceErrorCode\b/i,
    rules: [
      // Daily limits per application or member reset at midnight UTC: "Resource level throttle APPLICATION DAY limit …".
      rule('daily_limit', /\bthrottle (?:APPLICATION|MEMBER) DAY limit\b/i, 'billing_or_quota',
        ['The app\'s (or member\'s) daily allowance for this endpoint is used up: wait for the reset at midnight UTC; the Developer Portal → Analytics tab shows the limits.'],
        'https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits', [429]),
    ],
  },
  {
    id: 'spotify-web-api',
    name: 'Spotify Web API',
    seen: /\b(?:api|accounts)\.spotify\.com\b|\bSpotify\b|\bspotipy\b/i,
    codes: [
      rule('premium_required_reason', /"reason"\s*:\s*"PREMIUM_REQUIRED"/, 'billing_or_quota', [SPOTIFY_PREMIUM_FIX], SPOTIFY_PLAYER),
    ],
    rules: [
      rule('premium_required', /\bPREMIUM_REQUIRED\b|\bPremium required\b/i, 'billing_or_quota', [SPOTIFY_PREMIUM_FIX], SPOTIFY_PLAYER),
      // Development mode: only users on the app's allow-list (up to 25) may use it.
      rule('user_not_registered', /\bthe user may not be registered\b/i, 'insufficient_permissions',
        ['The app is in development mode and this user is not on its list: add the user\'s Spotify email in the app\'s Dashboard → User Management, or apply for extended quota mode.'],
        'https://developer.spotify.com/documentation/web-api/concepts/quota-modes'),
    ],
  },
  {
    id: 'twitch-api',
    name: 'Twitch API',
    seen: /\b(?:api|id)\.twitch\.tv\b|\btmi\.twitch\.tv\b|\bTwitch\b|\btwitchio\b|\btwurple\b/i,
    codes: [
      // TwitchLib's exception when neither a client id nor a token is set: Helix requires both on every call
      // (https://dev.twitch.tv/docs/api/#twitch-api-request-format).
      rule('client_id_and_token_required', /\bClientIdAndOAuthTokenRequired\b/, 'malformed_key',
        ['Set both the Client-Id of your app and a user or app access token before calling Helix (TwitchLib: api.Settings.ClientId and api.Settings.AccessToken).'],
        'https://dev.twitch.tv/docs/api/#twitch-api-request-format'),
    ],
    rules: [
      // IRC: a bad OAuth token in PASS is refused with one of two NOTICEs (https://dev.twitch.tv/docs/chat/irc/#authenticating).
      rule('irc_login_failed', /\bNOTICE \* :Login (?:unsuccessful|authentication failed)\b/i, 'invalid_key',
        ['Twitch refused the OAuth token sent as PASS: get a new user access token with the chat:read/chat:edit scopes and send it as `PASS oauth:<token>`.'],
        'https://dev.twitch.tv/docs/chat/irc/#authenticating'),
      rule('irc_auth_format', /\bNOTICE \* :Improperly formatted auth\b/i, 'malformed_key',
        ['The PASS line is not `PASS oauth:<token>`: send the user access token with the `oauth:` prefix before NICK.'],
        'https://dev.twitch.tv/docs/chat/irc/#authenticating'),
      rule('invalid_client', /"message"\s*:\s*"invalid client"/i, 'invalid_key',
        ['Twitch does not recognise the client ID: copy it again from the Twitch Developer Console → Applications → Manage.'],
        'https://dev.twitch.tv/docs/authentication/getting-tokens-oauth/'),
      rule('broadcaster_mismatch', /\bbroadcaster_id must match the user ID found in the request'?s OAuth token\b/i, 'tenant_mismatch',
        ['The token is another user\'s than the broadcaster named: use a user access token the broadcaster authorised, or name the token\'s own user as broadcaster_id.'],
        'https://dev.twitch.tv/docs/api/reference/'),
    ],
  },
  {
    id: 'reddit-api',
    name: 'Reddit API',
    seen: /\b(?:oauth|www)\.reddit\.com\b|\bprawcore\b|\bpraw\b|\bsnoowrap\b|\bReddit\b/i,
    rules: [
      // PRAW's FAQ: invalid_grant on a script app's password grant is a wrong password, or an account with 2FA.
      rule('password_grant', /\binvalid_grant error processing request\b/i, 'invalid_key',
        ['Reddit refused the username/password: check the password, and if the account uses two-factor authentication, sign in with a refresh token instead.'],
        'https://praw.readthedocs.io/en/stable/getting_started/faq.html'),
      rule('read_only_login', /\bRedirect to \/login\b/i, 'malformed_key',
        ['PRAW is in read-only mode (no username/password or refresh token given): pass them to praw.Reddit or praw.ini.'],
        'https://praw.readthedocs.io/en/stable/getting_started/faq.html'),
    ],
  },
  {
    id: 'tiktok-api',
    name: 'TikTok API',
    seen: /\bopen\.tiktokapis\.com\b|\bopen-api\.tiktok\.com\b|\bTikTok\b/i,
    // The error codes of TikTok's v2 API (TIKTOK_ERRORS and the Content Posting API's reference).
    codes: [
      rule('unaudited_client', /\bunaudited_client_can_only_post_to_private_accounts\b/, 'insufficient_permissions',
        ['An app not yet audited may only post as private: set privacy_level to SELF_ONLY, or pass the Content Posting API audit in the TikTok developer portal.'],
        'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post'),
      rule('user_banned', /\bspam_risk_user_banned_from_posting\b/, 'invalid_user',
        ['TikTok banned this user from posting: the user must resolve it with TikTok.'],
        'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post'),
      rule('active_user_cap', /\breached_active_user_cap\b/, 'billing_or_quota',
        ['The app\'s daily quota of active posting users is reached: wait for the daily reset.'],
        'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post'),
      rule('url_ownership_unverified', /\burl_ownership_unverified\b/, 'insufficient_permissions',
        ['PULL_FROM_URL needs a verified domain or URL prefix: verify it in the TikTok developer portal (app → URL properties), or upload the file instead.'],
        'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post'),
      rule('scope_not_authorized', /\bscope_not_authorized\b|\bscope_permission_missed\b/, 'insufficient_permissions',
        ['The user did not grant the scope this call needs: add it to the app in the developer portal and ask the user to authorise again.'],
        TIKTOK_ERRORS),
    ],
    rules: [],
  },
  {
    id: 'zoom-api',
    name: 'Zoom API',
    seen: /\bapi\.zoom\.us\b|\bzoom\.us\/oauth\b|\bZoom\b/i,
    // The Meeting SDK's auth results (ZOOM_ERROR_AUTHRET_…) are Zoom's own names.
    codes: [
      rule('sdk_key_or_secret', /\bZOOM_ERROR_AUTHRET_(?:KEY_OR_SECRET_ERROR|TOKENWRONG)\b/, 'invalid_key',
        ['The Meeting SDK rejected the app\'s SDK key/secret or the JWT signed with them: copy the Client ID and Client Secret of the Meeting SDK app again from the Zoom App Marketplace (Manage → the app → App Credentials) and sign the JWT with them.'],
        'https://developers.zoom.us/docs/meeting-sdk/android/resource/error-codes/'),
      rule('sdk_not_enabled', /\bZOOM_ERROR_AUTHRET_ACCOUNT_NOT_ENABLE_SDK\b/, 'insufficient_permissions',
        ['The Meeting SDK is not enabled on the Zoom account that owns the app: ask Zoom or the account admin to enable it.'],
        'https://developers.zoom.us/docs/meeting-sdk/android/resource/error-codes/'),
    ],
    rules: [
      // REST error 4700: "Invalid access token, does not contain scopes. The user is not authorized" (its words start with
      // "Invalid access token", which the shared rules would read as a bad token).
      rule('token_lacks_scopes', /"code"\s*:\s*4700\b|\bInvalid access token, does not contain (?:scopes|permissions)\b/i, 'insufficient_permissions',
        ['The token lacks the scopes this endpoint needs: add them to the app in the Zoom App Marketplace (Scopes), then get a new token (users must authorise again).'],
        'https://developers.zoom.us/docs/api/errors'),
      rule('daily_limit', /\breached the maximum daily rate limit\b/i, 'billing_or_quota',
        ['This API\'s daily limit for the account (or user) is used up: wait for the reset at midnight UTC, or ask Zoom about the limits of your plan.'],
        'https://developers.zoom.us/docs/api/rest/rate-limits/'),
    ],
  },
  {
    id: 'mapbox',
    name: 'Mapbox',
    seen: /\bapi\.mapbox\.com\b|\bMapbox\b/i,
    rules: [
      rule('no_token', /\bNot Authorized - No Token\b|\bAn API access token is required to use Mapbox\b/i, 'malformed_key',
        ['No access token reached Mapbox: set `mapboxgl.accessToken` (or `access_token=`) to a token from account.mapbox.com → Tokens.'],
        'https://docs.mapbox.com/api/overview/#errors'),
      rule('secret_token_in_gl', /\bUse a public access token \(pk\.\*\) with Mapbox GL, not a secret access token\b/i, 'malformed_key',
        ['A secret token (sk.…) was given to the map in the browser: use a public token (pk.…) there and keep secret tokens on servers.'],
        'https://docs.mapbox.com/help/troubleshooting/token-errors'),
      rule('missing_scope', /\brequires a token with [\w:]+ scope\b/i, 'insufficient_permissions',
        ['The token lacks the scope this API needs: create a token with it at account.mapbox.com → Tokens (write scopes need a secret token).'],
        'https://docs.mapbox.com/help/troubleshooting/token-errors'),
      rule('invalid_token', /\bNot Authorized - Invalid Token\b/i, 'invalid_key',
        ['Mapbox does not recognise the token: copy it again from account.mapbox.com → Tokens (a deleted token answers the same).'],
        'https://docs.mapbox.com/api/overview/#errors'),
    ],
  },
  {
    id: 'here-api',
    name: 'HERE Location Services',
    seen: /\bhereapi\.com\b|\baccount\.api\.here\.com\b|\bHERE (?:API|platform|Location)\b/i,
    rules: [
      rule('apikey_invalid', /\bapiKey invalid\. apiKey not found\b/i, 'invalid_key',
        ['HERE does not recognise the apiKey: copy it again from platform.here.com → Access Manager → Apps → API keys.'],
        'https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/error-codes.html'),
    ],
  },
  {
    id: 'tomtom-api',
    name: 'TomTom APIs',
    seen: /\bapi\.tomtom\.com\b|\bTomTom\b/i,
    rules: [
      // The Maps SDK's API error details: detailedError.code "InvalidReferer" when the key's domain restriction refused the page.
      rule('invalid_referer', /"code"\s*:\s*"InvalidReferer"/, 'insufficient_permissions',
        ['The key\'s domain restriction refused this page: add the site\'s domain to the key in the TomTom developer portal → Dashboard → Keys.'],
        'https://docs.tomtom.com/maps-sdk-js/api-reference/types/core.APIErrorDetails.html'),
    ],
  },
  {
    id: 'openweathermap',
    name: 'OpenWeatherMap',
    seen: /\bapi\.openweathermap\.org\b|\bOpenWeather(?:Map)?\b|\bopenweathermap\.org\b|\bpyowm\b/i,
    rules: [
      // The FAQ's 429: more calls per minute than the plan allows (60 on the free plan).
      rule('temporary_blocked', /\baccount is temporar(?:y|ily) blocked due to exceeding of requests limitation\b/i, 'rate_limited',
        ['More calls per minute than the plan allows (60 on the free plan): slow down and retry; upgrade the plan if it keeps happening.'],
        'https://openweathermap.org/faq#error429'),
      rule('one_call_subscription', /\bOne Call 3\.0 requires a separate subscription\b/i, 'billing_or_quota',
        ['One Call API 3.0 needs the "One Call by Call" subscription: subscribe on openweathermap.org/price (a card is required even for the free calls).'],
        'https://openweathermap.org/api/one-call-3'),
    ],
  },
  {
    id: 'tmdb',
    name: 'The Movie Database (TMDB)',
    seen: /\bapi\.themoviedb\.org\b|\bTMDB\b|\bthemoviedb\b|"status_code"\s*:\s*\d{1,2}\s*,\s*"status_message"/i,
    rules: [
      rule('write_not_granted', /\bThis token hasn'?t been granted write permission by the user\b/i, 'insufficient_permissions',
        ['The user approved the request token for reading only: send them through TMDB\'s approval step again and ask for write access.'],
        'https://developer.themoviedb.org/docs/errors'),
      rule('request_count', /\bYour request count \(\d+\) is over the allowed limit\b/i, 'rate_limited',
        ['Too many requests in a short time: slow down and retry; the key was not judged.'],
        'https://developer.themoviedb.org/docs/errors'),
      rule('email_not_verified', /\bEmail not verified: Your email address has not been verified\b/i, 'invalid_user',
        ['Verify the TMDB account\'s email address (the link in TMDB\'s welcome email), then retry.'],
        'https://developer.themoviedb.org/docs/errors'),
    ],
  },
  {
    id: 'imgur',
    name: 'Imgur',
    seen: /\bapi\.imgur\.com\b|\bImgur\b/i,
    rules: [
      rule('over_capacity', /\bImgur is temporarily over capacity\b/i, 'provider_outage',
        ['Imgur is over capacity: retry later; the client ID was not judged.'],
        'https://apidocs.imgur.com/#intro'),
    ],
  },
  {
    id: 'expo',
    name: 'Expo',
    seen: /\bexp\.host\b|\bapi\.expo\.dev\b|\bExpo\b|\beas-cli\b|\beas (?:build|submit|update|login)\b/i,
    codes: [
      rule('too_many_experience_ids', /\bPUSH_TOO_MANY_EXPERIENCE_IDS\b/, 'tenant_mismatch',
        ['The push tokens in one request belong to different Expo projects: send one request per project.'],
        'https://docs.expo.dev/push-notifications/sending-notifications/#request-errors'),
    ],
    rules: [
      rule('account_required', /\bAn Expo user account is required to proceed\b/i, 'malformed_key',
        ['No Expo login reached eas-cli: run `eas login`, or set EXPO_TOKEN (an access token from expo.dev → Account settings → Access tokens) where CI runs it.'],
        'https://docs.expo.dev/accounts/programmatic-access/'),
    ],
  },  // Games and sports services (heldout24, tuning round 24), each from its own documentation.
  {
    id: 'xbox-live',
    name: 'Xbox Live',
    seen: /\bxboxlive\.com\b|\bXbox\b|\bXSTS\b|\bXErr\b/i,
    rules: [
      rule('xsts_banned', /\b2148916227\b/, 'invalid_user',
        ['The Microsoft account is banned from Xbox services: it cannot sign in to Xbox-based games; use another account, or see enforcement.xbox.com.'],
        XSTS_ERRORS),
      rule('xsts_no_profile', /\b2148916233\b|\bAccount is not on Xbox\b/i, 'invalid_user',
        ['The Microsoft account has no Xbox profile yet: sign in once at xbox.com (or minecraft.net) to create one, then sign in again.'],
        XSTS_ERRORS),
      rule('xsts_region', /\b2148916235\b/, 'region_blocked',
        ['Xbox Live is not available in the account\'s country or region.'],
        XSTS_ERRORS),
      rule('xsts_age', /\b214891623[678]\b/, 'invalid_user',
        ['The account needs adult verification on xbox.com, or, for a child account, to be added to a Microsoft family by an adult before it may sign in.'],
        XSTS_ERRORS),
    ],
  },
  {
    id: 'riot-games',
    name: 'Riot Games API',
    seen: /\briotgames\.com\b|\bRiot\b|\bLeagueAPI\b/i,
    rules: [
      rule('exception_decrypting', /\bException decrypting\b/i, 'tenant_mismatch',
        ['Riot encrypts player ids (PUUID, summoner and account ids) per API key: this id was fetched with another key (a development key and a production key do not share ids). Fetch it again with this key.'],
        'https://www.riotgames.com/en/DevRel/player-universally-unique-identifiers-and-a-new-security-layer'),
    ],
  },
  {
    id: 'steam-web-api',
    name: 'Steam Web API',
    seen: /\bsteampowered\.com\b|\bsteamcommunity\.com\b|\bSteam\b|\bSteamCondenser\b/i,
    rules: [
      rule('key_rejected', /\bPlease verify your (?:<pre>)?key=(?:<\/pre>)? parameter\b|\bWeb API request has been rejected\b/i, 'invalid_key',
        ['Steam refuses the key= parameter: copy the key again from steamcommunity.com/dev/apikey (one per account), and check it reaches the request whole.'],
        'https://partner.steamgames.com/doc/webapi_overview/responses'),
    ],
  },
  {
    id: 'lastfm',
    name: 'Last.fm',
    seen: /\baudioscrobbler\.com\b|\bLast\.?fm\b/i,
    rules: [
      rule('key_suspended', /\bAPI Key Suspended\b|"error"\s*:\s*26\b/i, 'revoked_or_expired',
        ['Last.fm has suspended this API key: ask Last.fm (or create a new API account) for a working one.'],
        'https://www.last.fm/api/errorcodes'),
    ],
  },
  {
    id: 'strava',
    name: 'Strava',
    seen: /\bstrava\.com\b|\bStrava\b|\bstravalib\b/i,
    // The scopes Strava names in an Authorization Error's fields ("activity:read_permission" missing) are its own.
    codes: [
      rule('scope_missing', /\b(?:activity|profile|read)(?::[a-z_]+)?_permission\b/, 'insufficient_permissions',
        ['The access token lacks the scope this call needs: send the user through authorisation again asking for it (scope=activity:read_all, profile:read_all, …).'],
        'https://developers.strava.com/docs/authentication/'),
    ],
    rules: [
      rule('code_expired', /\bAuthorizationCode\b[^\n]{0,40}\bexpired\b/, 'revoked_or_expired',
        ['The authorization code was already exchanged or is too old: send the user through authorisation again and exchange the new code at once.'],
        'https://developers.strava.com/docs/authentication/'),
    ],
  },
  {
    id: 'omdb',
    name: 'OMDb API',
    seen: /\bomdbapi\.com\b|\bOMDb\b/i,
    rules: [
      // The answer is "Request limit reached!"; apps relay it shortened ("Limit reached!", heldout26, tuning round 25).
      rule('daily_limit', /\b(?:Request )?limit reached!/i, 'billing_or_quota',
        ['The key\'s daily requests are used up (1,000 a day on the free key): wait for the daily reset, or move to a paid key.'],
        'https://www.omdbapi.com/apikey.aspx'),
    ],
  },
];
