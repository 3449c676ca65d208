// Cases of fixtures/errors-heldout27 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout27.test.ts.
export const MISSES: Record<string, string> = {
  'generic/insufficient_permissions-facebook-php-page-public-content-access-request-limit': 'rate_limited/null',
  'generic/insufficient_permissions-spotify-python-spotipy-user-not-approved-for-app': 'unknown/null',
  'generic/malformed_key-firebase-ionic-missing-environment-config': 'invalid_key/null',
  'generic/malformed_key-forecast-solar-profile-id-as-key': 'invalid_key/null',
  'generic/malformed_key-smartthings-node-sdk-token-object-401': 'invalid_key/null',
  'generic/malformed_key-tesla-csharp-null-bearer-401': 'invalid_key/null',
  'generic/malformed_key-youtube-laravel-php-config-key-name-keyinvalid': 'invalid_key/null',
  'generic/provider_outage-bigcommerce-stencil-cli-unauthorized-outage': 'insufficient_permissions/null',
  'generic/provider_outage-entra-msal-android-aadsts90002-brief-outage': 'tenant_mismatch/entra',
  'generic/provider_outage-solcast-csharp-429-provider-side': 'rate_limited/null',
  'generic/proxy_error-auth0-express-jwt-corporate-proxy-econnrefused': 'network_error/null',
  'generic/rate_limited-firebase-auth-flutter-phone-error-code-39': 'provider_outage/null',
  'generic/revoked_or_expired-spotify-node-webapi-401-after-server-uptime': 'invalid_key/null',
  'generic/tenant_mismatch-mastodon-python-custom-instance-missing-api-base-url': 'invalid_key/null',
  'slack/malformed_key-slack-php-token-in-querystring-invalid-auth': 'invalid_key/slack',
  'stripe/tls_error-ruby-restclient-certificate-verify-failed': 'tls_error/null',
  'telegram/network_error-telegram-node-bot-api-efatal-etimedout': 'network_error/null',
};
