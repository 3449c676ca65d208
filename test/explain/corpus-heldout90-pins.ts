// Cases of fixtures/errors-heldout90 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout90.test.ts.
export const MISSES: Record<string, string> = {
  'discord/malformed_key-tedicross-client-secret-as-token': 'unknown/telegram',
  'github/insufficient_permissions-classroom-org-access-removed': 'unknown/null',
  'github/insufficient_permissions-gitpod-selfhosted-token-no-scopes': 'invalid_key/null',
  'github/insufficient_permissions-metrics-actions-token-no-scopes': 'malformed_key/null',
  'github/malformed_key-che-two-tokens-auth-header': 'malformed_key/null',
  'github/malformed_key-waka-readme-stats-gh-token-not-in-secrets': 'unknown/null',
  'github/rate_limited-readme-stats-public-instance-pats-exhausted': 'unknown/null',
  'github/revoked_or_expired-che-factory-revoked-oauth': 'invalid_key/null',
  'github/revoked_or_expired-streak-stats-expired-token': 'unknown/github',
  'github/tenant_mismatch-waka-readme-copied-repository': 'provider_outage/null',
  'github/unknown-classroom-forbidden-regression': 'insufficient_permissions/null',
  'gitlab/malformed_key-coder-gitauth-no-provider-for-host': 'malformed_key/null',
  'openai/malformed_key-octobot-gpt-key-not-configured': 'unknown/null',
  'slack/revoked_or_expired-mautrix-slack-weekly-token-expiry': 'invalid_key/slack',
  'slack/unknown-mautrix-slack-enterprise-is-restricted': 'insufficient_permissions/slack',
  'telegram/malformed_key-hummingbot-token-lowercased': 'invalid_key/telegram',
  'telegram/malformed_key-pump-alerts-token-as-config-key': 'malformed_key/null',
  'telegram/tenant_mismatch-irchuu-group-id-missing-minus': 'insufficient_permissions/telegram',
  'telegram/tenant_mismatch-tksbroker-chat-not-found': 'unknown/telegram',
};
