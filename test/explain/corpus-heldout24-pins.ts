// Cases of fixtures/errors-heldout24 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout24.test.ts.
export const MISSES: Record<string, string> = {
  'generic/insufficient_permissions-mailersend-php-403-email-api': 'unknown/null',
  'generic/invalid_user-csgo-overpay-bot-steam-limited-account': 'insufficient_permissions/null',
  'generic/malformed_key-genius-lyrics-node-placeholder-key': 'revoked_or_expired/null',
  'generic/malformed_key-lastfm-el-lastfmrc-wrong-folder': 'invalid_key/null',
  'generic/malformed_key-mastodon-fstring-on-header-key-token-invalid': 'invalid_key/null',
  'generic/malformed_key-nonebot-steam-status-key-not-list': 'proxy_error/null',
  'generic/malformed_key-reddit-video-maker-extra-space-secret-401': 'invalid_key/null',
  'generic/malformed_key-riot-account-v1-env-not-loaded': 'invalid_key/null',
  'generic/malformed_key-steam-commend-bot-key-in-wrong-config': 'invalid_key/null',
  'generic/malformed_key-woocommerce-auth-header-stripped': 'unknown/null',
  'generic/revoked_or_expired-blizzapi-access-token-invalid-expired': 'invalid_key/null',
  'generic/revoked_or_expired-mollie-java-test-key-no-longer-works': 'invalid_key/null',
  'generic/revoked_or_expired-riot-valorant-content-dev-key-24h': 'unknown/null',
  'generic/tenant_mismatch-mastodon-py-framapiaf-token-default-instance': 'invalid_key/null',
  'generic/wrong_environment-flutterwave-invalid-public-key': 'invalid_key/null',
  'generic/wrong_provider-java-timed-lyrics-youtube-token-sent-to-genius': 'malformed_key/vertex-ai',
  'mailgun/insufficient_permissions-mailgun-php-sandbox-authorized-recipients': 'unknown/null',
  'mailgun/insufficient_permissions-unit3d-smtp-421-sandbox': 'insufficient_permissions/null',
  'twilio/tenant_mismatch-twilio-php-address-other-account': 'tenant_mismatch/null',
};
