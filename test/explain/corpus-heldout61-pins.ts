// Cases of fixtures/errors-heldout61 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout61.test.ts.
export const MISSES: Record<string, string> = {
  'aws/tenant_mismatch-aws-bref-php-release-eu-south-2-region-not-enabled': 'invalid_key/aws',
  'discord/provider_outage-discord-jda-invalid-webhook-token-slash-commands': 'invalid_key/discord',
  'gitlab/tenant_mismatch-gitlab-python-openhands-self-hosted-host-ignored': 'invalid_key/gitlab',
  'pinecone/insufficient_permissions-pinecone-canopy-free-plan-region': 'billing_or_quota/aws',
  'slack/malformed_key-slack-curl-app-token-form-field-invalid-auth': 'invalid_key/slack',
  'slack/malformed_key-slack-ruby-bot-token-for-apps-connections-open': 'insufficient_permissions/slack',
};
