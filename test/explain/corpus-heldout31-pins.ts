// Cases of fixtures/errors-heldout31 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout31.test.ts.
export const MISSES: Record<string, string> = {
  'discord/malformed_key-discord-py-user-token-with-bot-library': 'invalid_key/discord',
  'generic/insufficient_permissions-appstore-server-node-401-no-production-release': 'unknown/null',
  'generic/insufficient_permissions-asc-ruby-pilot-list-testers-forbidden-technical-role': 'unknown/github',
  'generic/insufficient_permissions-football-data-python-token-not-valid-for-v2': 'invalid_key/null',
  'generic/insufficient_permissions-play-java-publisher-403-project-not-linked': 'tenant_mismatch/null',
  'generic/insufficient_permissions-strava-axios-activities-needs-activity-read': 'invalid_key/null',
  'generic/invalid_key-play-gradle-publisher-invalid-jwt-signature-wrong-json': 'revoked_or_expired/vertex-ai',
  'generic/malformed_key-ambient-weather-ha-app-name-instead-of-key': 'invalid_key/null',
  'generic/malformed_key-fcm-php-laravel-legacy-401-key-not-configured': 'proxy_error/null',
  'generic/malformed_key-royaleapi-curl-auth-header-not-sent-properly': 'invalid_key/null',
  'generic/malformed_key-thingspeak-java-read-key-in-write-slot': 'unknown/null',
  'generic/provider_outage-asc-python-asconnect-random-401-transient': 'revoked_or_expired/null',
  'generic/provider_outage-solcast-ha-python-429-storm': 'unknown/null',
  'generic/revoked_or_expired-apns-java-pushy-client-certificate-expired-handshake': 'tls_error/null',
  'generic/revoked_or_expired-asc-node-upload-testflight-jwt-expired-during-wait': 'invalid_key/null',
  'generic/revoked_or_expired-smartthings-iobroker-node-401-token-24h': 'invalid_key/null',
  'generic/revoked_or_expired-smartthings-python-pat-24h-401-openresty': 'proxy_error/null',
  'generic/tenant_mismatch-tuya-cloud-node-sing-validate-wrong-app': 'insufficient_permissions/null',
  'supabase/malformed_key-supabase-python-httpx-local-service-key-not-base64url': 'malformed_key/null',
};
