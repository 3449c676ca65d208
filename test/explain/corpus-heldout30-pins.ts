// Cases of fixtures/errors-heldout30 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout30.test.ts.
export const MISSES: Record<string, string> = {
  'datadog/tenant_mismatch-datadog-ci-dsyms-us5-site-not-set': 'invalid_key/datadog',
  'generic/invalid_key-azure-maps-aad-dotnet-403-bad-client-secret': 'unknown/null',
  'generic/malformed_key-confluence-go-mark-401-password-not-api-token': 'invalid_key/null',
  'generic/malformed_key-firebase-js-invalid-api-key-env-missing-on-netlify': 'invalid_key/null',
  'generic/revoked_or_expired-keycloak-python-admin-token-session-expired': 'invalid_key/null',
  'generic/tenant_mismatch-auth0-authz-extension-token-for-wrong-audience': 'invalid_key/null',
  'notion/insufficient_permissions-notion-node-client-object-not-found-database-not-shared': 'unknown/null',
  'sentry/malformed_key-sentry-react-native-xcode-no-auth-token': 'invalid_key/sentry',
  'slack/invalid_user-slack-python-rtmbot-slackloginerror-account-deactivated': 'unknown/slack',
  'slack/malformed_key-slack-libpurple-login-not-allowed-token-type-legacy': 'insufficient_permissions/slack',
  'slack/malformed_key-slack-python-export-history-token-in-query-invalid-auth': 'invalid_key/slack',
  'slack/malformed_key-slack-python-exporter-token-param-not-header-invalid-auth': 'invalid_key/slack',
};
