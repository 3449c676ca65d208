// Cases of fixtures/errors-heldout74 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout74.test.ts.
export const MISSES: Record<string, string> = {
  'aws/malformed_key-windows-crlf-credentials-file-profile': 'unknown/aws',
  'aws/malformed_key-windows-runner-secret-slash-signature': 'unknown/aws',
  'discord/insufficient_permissions-deno-deploy-guild-commands-scope': 'unknown/null',
  'discord/malformed_key-deploy-commands-clientid-is-server-id': 'tenant_mismatch/discord',
  'discord/malformed_key-release-webhook-secret-missing': 'malformed_key/null',
  'mistral/malformed_key-double-bearer-prefix': 'invalid_key/mistral',
  'openrouter/malformed_key-env-var-not-passed-llm-plugin': 'invalid_key/null',
  'sentry/malformed_key-webpack-plugin-no-org-locally': 'unknown/sentry',
  'slack/billing_or_quota-slackin-not-permitted-channel-free-plan': 'unknown/null',
  'stripe/malformed_key-nextjs-public-key-unset-staging': 'malformed_key/null',
  'stripe/tenant_mismatch-publishable-key-other-account': 'invalid_key/stripe',
  'supabase/malformed_key-nextjs-anon-key-env-name-failed-fetch': 'network_error/null',
  'vercel/malformed_key-turbo-remote-cache-stray-yaml-suffix': 'insufficient_permissions/null',
};
