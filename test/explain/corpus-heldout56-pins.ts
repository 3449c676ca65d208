// Cases of fixtures/errors-heldout56 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout56.test.ts.
export const MISSES: Record<string, string> = {
  'anthropic/insufficient_permissions-dify-plugin-new-key-deprecated-opus-404': 'tenant_mismatch/anthropic',
  'cloudflare/tenant_mismatch-cloudflare-cert-manager-k8s-zone-list-domain-not-in-account': 'insufficient_permissions/cloudflare',
  'deepseek/billing_or_quota-maxkb-self-hosted-model-auth-failed-402': 'billing_or_quota/null',
  'deepseek/malformed_key-python-litellm-governor-wrong-env-var-zh': 'invalid_key/deepseek',
  'discord/malformed_key-discord-go-discorder-bot-prefix-lowercase': 'invalid_key/null',
  'discord/malformed_key-discord-go-terraform-provider-missing-bot-prefix': 'invalid_key/discord',
  'discord/tenant_mismatch-rust-bot-guild-not-joined-missing-access': 'insufficient_permissions/discord',
  'github/malformed_key-github-gha-npm-ci-github-packages-empty-token-npmrc': 'invalid_key/npm',
  'github/revoked_or_expired-github-terraform-provider-context-of-organization-pat': 'unknown/github',
  'gitlab/tenant_mismatch-gitlab-go-atlantis-hostname-ignored-gitlab-com': 'invalid_key/gitlab',
  'heroku/revoked_or_expired-heroku-gha-heroku-deploy-after-credential-reset': 'unknown/heroku',
  'huggingface/insufficient_permissions-huggingface-ci-hub-publish-read-only-token': 'insufficient_permissions/null',
  'npm/malformed_key-npm-gha-lerna-publish-npm-token-env-not-used': 'unknown/npm',
  'npm/malformed_key-npm-gitlab-ci-protected-variable-not-injected-e404': 'insufficient_permissions/npm',
  'openai/billing_or_quota-openai-swift-swiftopenai-demo-billing': 'malformed_key/null',
  'openai/malformed_key-openai-docker-compose-placeholder-xxx': 'invalid_key/openai',
  'openai/malformed_key-openai-python-gha-illegal-header-value': 'malformed_key/null',
  'openai/tenant_mismatch-openai-java-simple-openai-project-without-org': 'provider_outage/openai',
  'openrouter/malformed_key-openrouter-go-mods-config-typo-api-key-env': 'invalid_key/openrouter',
  'slack/revoked_or_expired-slack-gha-slack-github-action-invalid-auth': 'invalid_key/slack',
};
