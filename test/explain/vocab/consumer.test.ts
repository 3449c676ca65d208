// The consumer group's service vocabulary (src/explain/vocab/consumer.ts). Every text here was WRITTEN FOR THIS TEST
// from the wording each service documents (the source is beside each rule), with made-up ids, names and paths; none
// is a copy of a pasted error. Keys and tokens are obviously fake.
import { describe, expect, it } from 'vitest';
import { CONSUMER } from '../../../src/explain/vocab/consumer.js';
import { readAs, explainText } from '../reads.js';

describe('Google Maps Platform', () => {
  readAs('malformed_key', [['Google Maps JavaScript API error: MissingKeyMapError https://developers.google.com/maps/documentation/javascript/error-messages#missing-key-map-error']]);
  readAs('invalid_key', [['Google Maps JavaScript API error: InvalidKeyMapError']]);
  readAs('revoked_or_expired', [['js?key=AIzaFAKEFAKEFAKE: Google Maps JavaScript API error: DeletedApiProjectMapError']]);
  readAs('invalid_user', [['Google Maps JavaScript API error: RefererDeniedMapError']]);
  readAs('billing_or_quota', [
    ['Google Maps JavaScript API error: BillingNotEnabledMapError'],
    ['Google Maps JavaScript API error: OverQuotaMapError'],
    ['GET https://maps.googleapis.com/maps/api/geocode/json → {"error_message":"You have exceeded your daily request quota for this API.","status":"OVER_QUERY_LIMIT"}'],
  ]);
  readAs('insufficient_permissions', [
    ['Google Maps JavaScript API error: ApiNotActivatedMapError'],
    ['Google Maps JavaScript API error: RefererNotAllowedMapError\nYour site URL to be authorized: https://shop.example.test/'],
    ['Google Maps JavaScript API error: ApiTargetBlockedMapError'],
  ]);
});

describe('Firebase', () => {
  readAs('invalid_key', [
    ['curl -H "Authorization: key=AIzaFAKEFAKEFAKE" https://fcm.googleapis.com/fcm/send\nInvalid (legacy) Server-key delivered or Sender is not authorized to perform request.'],
    ['FirebaseError: Firebase: Error (auth/api-key-not-valid.-please-pass-a-valid-api-key.).'],
    ['FirebaseError: Firebase: Error (auth/invalid-api-key).'],
  ]);
  readAs('insufficient_permissions', [
    ['FirebaseError: Firebase: Error (auth/app-not-authorized).'],
    ['FirebaseError: Firebase: This domain is not authorized for OAuth operations for your Firebase project. (auth/unauthorized-domain).'],
    ['FirebaseError: Firebase: Error (auth/operation-not-allowed).'],
    ['FirebaseError: Firebase: Error (auth/admin-restricted-operation).'],
  ]);
  readAs('invalid_user', [
    ['FirebaseError: Firebase: Error (auth/user-disabled).'],
    ['identitytoolkit.googleapis.com 400 {"error":{"code":400,"message":"USER_DISABLED"}}'],
    ['POST https://securetoken.googleapis.com/v1/token 400 {"error":{"code":400,"message":"USER_NOT_FOUND"}}'],
  ]);
  readAs('insufficient_permissions', [['POST https://identitytoolkit.googleapis.com/v1/accounts:signInWithPassword 400 {"error":{"code":400,"message":"OPERATION_NOT_ALLOWED"}}']]);
  readAs('rate_limited', [
    ['FirebaseError: Firebase: Access to this account has been temporarily disabled due to many failed login attempts. (auth/too-many-requests).'],
    ['identitytoolkit.googleapis.com 400 {"error":{"code":400,"message":"TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled due to many failed login attempts."}}'],
  ]);
  readAs('network_error', [['FirebaseError: Firebase: Error (auth/network-request-failed).']]);
  readAs('revoked_or_expired', [
    ['FirebaseAuthError: The Firebase ID token has been revoked. (auth/id-token-revoked)'],
    ['FirebaseError: Firebase: Error (auth/user-token-expired).'],
  ]);
  readAs('tenant_mismatch', [
    ['FirebaseAuthError: No Firebase project was found for the provided credential. (auth/project-not-found)'],
    ['FIREBASE WARNING: Firebase error. Please ensure that you have the URL of your Firebase Realtime Database instance configured correctly. (https://demo-fake-default-rtdb.firebaseio.com/)'],
  ]);
  readAs('provider_outage', [
    ['FirebaseMessagingError: An unknown server error was returned. (messaging/internal-error)'],
    ['FirebaseMessagingError: The server could not process the request in time. (messaging/server-unavailable)'],
  ]);
  readAs('malformed_key', [['Error: Failed to authenticate, have you run firebase login?']]);
});

describe('YouTube Data API', () => {
  readAs('invalid_user', [
    ['googleapiclient.errors.HttpError: <HttpError 401 when requesting https://youtube.googleapis.com/youtube/v3/channels returned "Unauthorized". Details: "[{\'reason\': \'youtubeSignupRequired\'}]">'],
    ['YouTube Data API: 403 authenticatedUserAccountSuspended'],
  ]);
  readAs('insufficient_permissions', [
    ['HttpError 403 youtube.googleapis.com reason accountDelegationForbidden'],
    ['{"error":{"code":403,"message":"The user is not enabled for live streaming.","errors":[{"reason":"liveStreamingNotEnabled","domain":"youtube.liveBroadcast"}]}}'],
  ]);
  readAs('billing_or_quota', [['HttpError 403 when requesting https://youtube.googleapis.com/youtube/v3/search returned "The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>." reason: quotaExceeded']]);
});

describe('Google Drive and Sheets, Gmail, Ads, Analytics, reCAPTCHA, Play', () => {
  readAs('billing_or_quota', [
    ['HttpError 403 https://www.googleapis.com/upload/drive/v3/files: Service Accounts do not have storage quota. Leverage shared drives, or use OAuth delegation instead.'],
    ['google.api_core.exceptions.ResourceExhausted: 429 Exhausted property tokens per day for this property. (analyticsdata.googleapis.com)'],
    ['Error: This site is exceeding reCAPTCHA quota.'],
  ]);
  readAs('malformed_key', [['HttpError 403 www.googleapis.com/drive/v3/files "Daily Limit for Unauthenticated Use Exceeded. Continued use requires signup." dailyLimitExceededUnreg']]);
  readAs('insufficient_permissions', [
    ['HttpError 403 drive.googleapis.com "The domain administrators have disabled Drive apps." reason: domainPolicy'],
    ['google.ads.googleads.errors.GoogleAdsException: authorization_error: PROJECT_DISABLED'],
    ['GoogleAdsException: authentication_error: TWO_STEP_VERIFICATION_NOT_ENROLLED'],
    ['GoogleAdsException: authorization_error: DEVELOPER_TOKEN_NOT_APPROVED "The developer token is only approved for use with test accounts."'],
    ['GoogleAdsException: authorization_error: CLOUD_PROJECT_NOT_APPROVED_FOR_PRODUCTION'],
    ['GoogleAdsException: authentication_error: ORGANIZATION_NOT_APPROVED'],
    ['ERROR for site owner: Invalid domain for site key'],
    ['HttpError 403 androidpublisher.googleapis.com: The caller does not have permission'],
  ]);
  readAs('invalid_user', [
    ['HttpError 400 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages returned "Mail service not enabled"'],
    ['GoogleAdsException: authentication_error: NOT_ADS_USER "The Google account that generated the OAuth access token is not associated with any Google Ads accounts."'],
    ['GoogleAdsException: authentication_error: GOOGLE_ACCOUNT_DELETED'],
    ['Google Analytics: User does not have any Google Analytics account.'],
  ]);
  readAs('tenant_mismatch', [
    ['GoogleAdsException: authorization_error: DEVELOPER_TOKEN_PROHIBITED "The developer token is not allowed with the project sent in the request."'],
    ['Google Play Developer API: 403 The project id used to call the Google Play Developer API has not been linked in the Google Play Developer Console.'],
  ]);
});

describe('Apple: APNs and App Store Connect', () => {
  readAs('wrong_environment', [
    ['POST https://api.push.apple.com/3/device/FAKEDEVICE → 403 {"reason":"BadEnvironmentKeyInToken"}'],
    ['apns2 response 403 {"reason":"BadCertificateEnvironment"}'],
  ]);
  readAs('invalid_key', [
    ['APNs 403 {"reason":"InvalidProviderToken"}'],
    ['APNs 403 {"reason":"BadCertificate"}'],
  ]);
  readAs('revoked_or_expired', [['APNs 403 {"reason":"ExpiredProviderToken"}']]);
  readAs('malformed_key', [['APNs 403 {"reason":"MissingProviderToken"}']]);
  readAs('rate_limited', [['APNs 429 {"reason":"TooManyProviderTokenUpdates"}']]);
  readAs('insufficient_permissions', [
    ['APNs 400 {"reason":"TopicDisallowed"}'],
    ['api.appstoreconnect.apple.com 403 {"errors":[{"code":"FORBIDDEN_ERROR","detail":"The API key in use does not allow this request"}]}'],
  ]);
});

describe('Meta: Graph and Marketing API, Instagram, WhatsApp', () => {
  readAs('revoked_or_expired', [
    ['{"error":{"message":"Error validating access token: The user has not authorized application 1234567890.","type":"OAuthException","code":190,"error_subcode":458}}'],
    ['{"error":{"message":"Error validating application. Application has been deleted.","type":"OAuthException","code":190}}'],
    ['{"error":{"message":"Error validating access token: The session is invalid because the user logged out.","type":"OAuthException","code":190,"error_subcode":467}}'],
  ]);
  readAs('invalid_user', [
    ['{"error":{"message":"Error validating access token: Sessions for the user are not allowed because the user is not a confirmed user.","type":"OAuthException","code":190,"error_subcode":464}}'],
    ['{"error":{"message":"(#368) The action attempted has been deemed abusive or is otherwise disallowed","type":"OAuthException","code":368}}'],
    ['{"error":{"message":"(#368) Temporarily blocked for policies violations","code":368}} WhatsApp Cloud API'],
    ['WhatsApp send failed: {"error":{"message":"(#133010) Account not registered","code":133010}}'],
  ]);
  readAs('rate_limited', [['FacebookAds\\Http\\Exception\\AuthorizationException: (#80004) There have been too many calls to this ad-account. Wait a bit and try again.']]);
  readAs('insufficient_permissions', [
    ['{"error":{"message":"Insufficient developer role","type":"OAuthException","code":400}} api.instagram.com/oauth/authorize'],
    ['{"error":{"message":"(#131030) Recipient phone number not in allowed list","type":"OAuthException","code":131030}} WhatsApp'],
  ]);
  readAs('billing_or_quota', [['{"error":{"message":"(#131042) Business eligibility payment issue","type":"OAuthException","code":131042}}']]);
  readAs('provider_outage', [['graph.facebook.com {"error":{"message":"An unexpected error has occurred. Please retry your request later.","type":"OAuthException","is_transient":true,"code":2}}']]);
  readAs('region_blocked', [['{"error":{"message":"(#130497) Business account is restricted from messaging users in this country.","code":130497}}']]);
});

describe('X, LinkedIn, Spotify, Twitch, Reddit, TikTok, Zoom', () => {
  readAs('billing_or_quota', [
    ['{"title":"UsageCapExceeded","detail":"Usage cap exceeded: Monthly product cap","type":"https://api.twitter.com/2/problems/usage-capped"}'],
    ['LinkedIn 429 {"message":"Resource level throttle APPLICATION DAY limit for calls to this resource is reached.","status":429}'],
    ['{"error":{"status":403,"message":"Player command failed: Premium required","reason":"PREMIUM_REQUIRED"}}'],
    ['{"error":{"code":"reached_active_user_cap","message":"The daily quota for active publishing users from your client is reached."}} open.tiktokapis.com'],
    ['api.zoom.us 429 {"code":429,"message":"You have reached the maximum daily rate limit for this API."}'],
  ]);
  readAs('insufficient_permissions', [
    ['{"client_id":"1234","detail":"When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.","reason":"client-not-enrolled"}'],
    ['{"title":"Forbidden","status":403,"detail":"Your client app is not configured with the appropriate oauth1 app permissions for this endpoint."} api.x.com'],
    ['Spotify: Check settings on developer.spotify.com/dashboard, the user may not be registered.'],
    ['{"error":{"code":"unaudited_client_can_only_post_to_private_accounts"}}'],
    ['{"error":{"code":"url_ownership_unverified","message":"Please verify the ownership of the domain"}} open.tiktokapis.com'],
    ['api.zoom.us 400 {"code":4700,"message":"Invalid access token, does not contain permissions:[Meeting:Write]."}'],
    ['onZoomSDKInitializeResult: errorCode=ZOOM_ERROR_AUTHRET_ACCOUNT_NOT_ENABLE_SDK'],
  ]);
  readAs('malformed_key', [
    ['{"title":"Unsupported Authentication","detail":"Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.","type":"https://api.twitter.com/2/problems/unsupported-authentication","status":403}'],
    [':tmi.twitch.tv NOTICE * :Improperly formatted auth'],
    ['prawcore.exceptions.Redirect: Redirect to /login/'],
  ]);
  readAs('invalid_key', [
    [':tmi.twitch.tv NOTICE * :Login authentication failed'],
    ['POST https://id.twitch.tv/oauth2/token 400 {"status":400,"message":"invalid client"}'],
    ['prawcore.exceptions.OAuthException: invalid_grant error processing request'],
    ['Zoom SDK initialize failed: ZOOM_ERROR_AUTHRET_KEY_OR_SECRET_ERROR'],
  ]);
  readAs('tenant_mismatch', [['api.twitch.tv/helix 400 {"message":"The ID in broadcaster_id must match the user ID found in the request\'s OAuth token."}']]);
  readAs('invalid_user', [['{"error":{"code":"spam_risk_user_banned_from_posting","message":"The user is banned from making new posts."}} TikTok']]);
});

describe('Mapbox, TomTom, OpenWeatherMap, TMDB, Imgur, Expo', () => {
  readAs('malformed_key', [
    ['api.mapbox.com 401 {"message":"Not Authorized - No Token"}'],
    ['Error: Use a public access token (pk.*) with Mapbox GL, not a secret access token (sk.*).'],
    ['Error: An Expo user account is required to proceed. Log in with eas login'],
  ]);
  readAs('invalid_key', [['api.mapbox.com 401 {"message":"Not Authorized - Invalid Token"}']]);
  readAs('insufficient_permissions', [
    ['api.mapbox.com 403 {"message":"This endpoint requires a token with styles:list scope"}'],
    ['api.tomtom.com 403 {"detailedError":{"code":"InvalidReferer","message":"You are not allowed to access this endpoint"}}'],
    ['{"success":false,"status_code":36,"status_message":"This token hasn\'t been granted write permission by the user."}'],
  ]);
  readAs('rate_limited', [
    ['api.openweathermap.org 429 {"cod":429,"message":"Your account is temporary blocked due to exceeding of requests limitation of your subscription type."}'],
    ['{"success":false,"status_code":25,"status_message":"Your request count (41) is over the allowed limit of (40)."}'],
  ]);
  readAs('billing_or_quota', [['{"cod":401,"message":"Please note that using One Call 3.0 requires a separate subscription to the One Call by Call plan."} OpenWeatherMap']]);
  readAs('invalid_user', [['{"success":false,"status_code":32,"status_message":"Email not verified: Your email address has not been verified."}']]);
  readAs('provider_outage', [['api.imgur.com {"data":{"error":"Imgur is temporarily over capacity. Please try again later."},"success":false}']]);
  readAs('tenant_mismatch', [['exp.host 400 {"errors":[{"code":"PUSH_TOO_MANY_EXPERIENCE_IDS","message":"All push notification messages in the same request must be for the same project."}]}']]);
});

describe('near misses: the words without the service, or another service\'s text', () => {
  // A service's `rules` need its name, host or SDK in the text; without it the shared rules decide as before.
  it.each([
    ['maps.googleapis.com {"results":[],"status":"OVER_QUERY_LIMIT"}', 'vocab.google-maps'],
    ['Error: Mail service not enabled', 'vocab.gmail-api'],
    ['Error: the user may not be registered', 'vocab.spotify-web-api'],
    ['invalid_grant error processing request', 'vocab.reddit-api'],
    ['{"message":"Not Authorized - Invalid Token"}', 'vocab.mapbox'],
    ['HTTP 429: You have reached the maximum daily rate limit for this API.', 'vocab.zoom-api'],
    ['Error: Redirect to /login', 'vocab.reddit-api'],
    ['rustls: received fatal alert: BadCertificate', 'vocab.apple-apns'],
    ['PROJECT_DISABLED: the project is disabled', 'vocab.google-ads-api'],
  ])('%s is not read as %s', (text, prefix) => {
    expect(explainText(text).rule ?? '').not.toContain(prefix);
  });

  it('leaves another service\'s wording to it: an OpenAI 429 is not read by any consumer service', () => {
    expect(explainText('openai.RateLimitError: Error code: 429 - Rate limit reached for gpt-4o').rule ?? '').not.toMatch(/^vocab\./);
  });

  it('every consumer service is named by its own words, not by the common ones', () => {
    for (const s of CONSUMER) expect(s.seen.test('Invalid API key'), s.id).toBe(false);
  });
});
