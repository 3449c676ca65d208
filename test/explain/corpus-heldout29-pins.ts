// Cases of fixtures/errors-heldout29 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout29.test.ts.
export const MISSES: Record<string, string> = {
  'aws/malformed_key-terraform-secret-key-angle-brackets-invalidclienttokenid': 'invalid_key/aws',
  'bedrock/insufficient_permissions-dify-accessdenied-model-not-authorized': 'insufficient_permissions/null',
  'deepseek/billing_or_quota-continue-chat-402-insufficient-balance': 'billing_or_quota/null',
  'generic/malformed_key-home-assistant-iobroker-password-instead-of-token': 'invalid_key/null',
  'generic/malformed_key-hue-sync-box-browser-get-registrations-invalid-token': 'invalid_key/null',
  'generic/malformed_key-setup-gcloud-wrong-file-as-sa-key-unexpected-token': 'unknown/null',
  'generic/revoked_or_expired-tesla-teslajs-node-red-unauthorized': 'invalid_key/null',
  'generic/revoked_or_expired-tesla-twcmanager-python-invalid-bearer-token': 'invalid_key/null',
  'github/malformed_key-actions-activity-readme-wrong-secret-name-bad-credentials': 'invalid_key/github',
  'github/revoked_or_expired-actions-readme-old-pat-octokit-httperror': 'invalid_key/github',
  'gitlab/malformed_key-gitlab-ci-lint-no-token-401': 'invalid_key/gitlab',
  'openai/insufficient_permissions-gpt-researcher-gpt4-no-access': 'unknown/openai',
  'supabase/malformed_key-supabase-python-cli-key-not-jwt-pgrst301': 'malformed_key/null',
};
