// Cases of fixtures/errors-heldout57 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout57.test.ts.
export const MISSES: Record<string, string> = {
  'anthropic/malformed_key-anthropic-litellm-oauth-token-sent-as-x-api-key': 'invalid_key/anthropic',
  'anthropic/malformed_key-vercel-ai-sdk-node-empty-env-var': 'invalid_key/anthropic',
  'aws/tenant_mismatch-aws-vault-cli-ap-east-1-v1-session-token': 'invalid_key/aws',
  'aws/tenant_mismatch-boto3-guardduty-ap-east-1-region-not-enabled': 'invalid_key/aws',
  'aws/tenant_mismatch-python-lambda-govcloud-us-east-1-endpoint': 'invalid_key/aws',
  'azure-openai/malformed_key-azure-openai-node-teams-ai-key-sent-as-bearer': 'invalid_key/azure-openai',
  'datadog/tenant_mismatch-datadog-airbyte-connector-eu-site-403': 'invalid_key/datadog',
  'discord/malformed_key-discord-lua-discordia-missing-bot-prefix': 'invalid_key/discord',
  'google-gemini/malformed_key-gemini-go-key-sent-as-oauth-bearer': 'insufficient_permissions/google-gemini',
  'google-gemini/malformed_key-gemini-node-router-extra-authorization-bearer': 'invalid_key/null',
  'resend/tenant_mismatch-resend-node-domain-not-verified-other-account-key': 'insufficient_permissions/resend',
  'sendgrid/malformed_key-php-getenv-unset-api-key-permission-denied': 'invalid_key/sendgrid',
  'sentry/insufficient_permissions-sentry-cli-docs-token-release-401': 'invalid_key/null',
  'twilio/malformed_key-cli-rtc-plugin-env-credentials-token-issuer-20103': 'invalid_key/twilio',
  'twilio/tenant_mismatch-ruby-master-credentials-subaccount-number-not-found': 'unknown/twilio',
  'vercel/insufficient_permissions-vercel-cli-project-scoped-token-teams-403': 'unknown/vercel',
  'vercel/tenant_mismatch-vercel-cli-alias-runs-under-personal-scope': 'insufficient_permissions/null',
};
