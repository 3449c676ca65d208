// Cases of fixtures/errors-heldout70 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout70.test.ts.
export const MISSES: Record<string, string> = {
  'anthropic/unknown-open-notebook-retired-test-model': 'insufficient_permissions/null',
  'aws/tenant_mismatch-prefect-s3-block-someone-elses-bucket': 'insufficient_permissions/aws',
  'aws/tenant_mismatch-travis-s3-client-region-vs-bucket': 'tenant_mismatch/null',
  'datadog/tenant_mismatch-flutter-site-us1-vs-us5': 'provider_outage/null',
  'discord/insufficient_permissions-discordsrv-join-leave-manage-webhooks': 'insufficient_permissions/null',
  'discord/insufficient_permissions-essentialsx-discord-webhook-npe': 'unknown/discord',
  'discord/malformed_key-mcdiscordchat-token-in-other-mods-config': 'invalid_key/discord',
  'github/insufficient_permissions-netlify-cms-github-app-not-installed': 'unknown/null',
  'github/malformed_key-gh-pages-deploy-key-under-env-not-with': 'malformed_key/null',
  'github/malformed_key-netlify-deploy-preview-token-stripped': 'invalid_key/github',
  'gitlab/malformed_key-kingfisher-runner-token-missing': 'malformed_key/null',
  'gitlab/unknown-packistry-token-validation-bug': 'insufficient_permissions/null',
  'google-gemini/insufficient_permissions-dartantic-android-restricted-key': 'insufficient_permissions/null',
  'openai/unknown-bukkitgpt-empty-base-url': 'network_error/openai',
  'slack/insufficient_permissions-goalert-missing-scope-hidden': 'unknown/null',
  'slack/revoked_or_expired-trufflehog-webhook-invalid-token': 'invalid_key/null',
  'slack/tls_error-netdata-centos-ca-certificates-path': 'tls_error/null',
  'stripe/wrong_environment-flutter-sandbox-vs-production-keys': 'unknown/null',
  'telegram/insufficient_permissions-ogame-tbot-chat-not-found-not-started': 'unknown/telegram',
  'telegram/tenant_mismatch-grafana-supergroup-migrated-chat-id': 'unknown/telegram',
};
