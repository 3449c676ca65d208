// Cases of fixtures/errors-heldout32 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout32.test.ts.
export const MISSES: Record<string, string> = {
  'generic/insufficient_permissions-kaggle-cli-competition-download-403-rules-not-accepted': 'unknown/null',
  'generic/insufficient_permissions-snowflake-dotnet-390201-role-without-warehouse-usage': 'unknown/null',
  'generic/insufficient_permissions-storyblok-astro-cli-publish-token-draft-version': 'malformed_key/null',
  'generic/insufficient_permissions-storyblok-svelte-node-public-token-401': 'invalid_key/null',
  'generic/invalid_key-jira-go-cli-api-token-without-login-email': 'proxy_error/null',
  'generic/malformed_key-backblaze-b2-node-keyname-as-application-key': 'invalid_key/null',
  'generic/malformed_key-backblaze-b2fs4chia-python-application-key-missed': 'invalid_key/null',
  'generic/malformed_key-contentful-mate-setup-preview-token-as-management': 'invalid_key/null',
  'generic/malformed_key-dropbox-js-app-key-secret-instead-of-access-token': 'insufficient_permissions/slack',
  'generic/malformed_key-geopy-googlev3-python-quota-exceeded-no-api-key': 'rate_limited/null',
  'generic/malformed_key-google-calendar-browser-js-client-secret-as-api-key': 'invalid_key/null',
  'generic/malformed_key-prismic-sitemap-node-token-not-passed': 'unknown/null',
  'generic/malformed_key-trello-sublime-python-empty-key-and-secret': 'invalid_key/null',
  'generic/revoked_or_expired-databricks-cli-go-refresh-token-invalid': 'invalid_key/null',
  'generic/revoked_or_expired-databricks-vsts-powershell-dbfs-403-token-expired': 'unknown/null',
  'generic/revoked_or_expired-minio-js-node-play-credentials-changed': 'invalid_key/aws',
  'generic/tenant_mismatch-wandb-python-graphium-hardcoded-entity-404': 'insufficient_permissions/null',
  'generic/tenant_mismatch-wandb-python-hardcoded-entity-nlp-403': 'insufficient_permissions/null',
  'slack/malformed_key-python-slackpirate-xoxc-token-without-d-cookie': 'invalid_key/slack',
  'slack/malformed_key-weechat-wee-slack-xoxc-cookie-not-url-encoded': 'invalid_key/slack',
};
