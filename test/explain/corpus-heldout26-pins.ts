// Cases of fixtures/errors-heldout26 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout26.test.ts.
export const MISSES: Record<string, string> = {
  'elevenlabs/billing_or_quota-landing-page-quota-exceeded': 'billing_or_quota/null',
  'generic/insufficient_permissions-linkedin-python-client-socialactions-access-denied': 'malformed_key/null',
  'generic/invalid_key-jira-vscode-password-deprecated': 'malformed_key/null',
  'generic/invalid_user-worldcup-api-account-deleted': 'insufficient_permissions/null',
  'generic/malformed_key-go-mastodon-bot-access-token-not-saved': 'revoked_or_expired/null',
  'generic/malformed_key-openportability-bluesky-handle-without-domain': 'invalid_key/null',
  'generic/malformed_key-tootbot-mastodon-secret-file-missing-line': 'invalid_key/null',
  'generic/malformed_key-tvdb-login-pin-only': 'invalid_key/null',
  'generic/malformed_key-tvshowtime-plex-no-x-plex-token-401': 'invalid_key/null',
  'generic/revoked_or_expired-pd-zurg-trakt-key-reauthorize': 'unknown/null',
  'generic/revoked_or_expired-trakt-scrobbler-plex-token-401-reinit': 'invalid_key/null',
  'generic/tenant_mismatch-outlook-odoo-not-enabled-consumers': 'unknown/null',
  'openai/revoked_or_expired-jetbrains-chatgpt-plugin-token-expired': 'revoked_or_expired/null',
};
