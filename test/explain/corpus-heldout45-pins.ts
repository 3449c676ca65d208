// Cases of fixtures/errors-heldout45 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout45.test.ts.
export const MISSES: Record<string, string> = {
  'aws/billing_or_quota-aws-sns-sms-node-no-quota-left': 'billing_or_quota/null',
  'generic/insufficient_permissions-contentful-management-node-app-token-no-space-access': 'invalid_key/null',
  'generic/insufficient_permissions-linode-cli-python-token-lacks-account-scope-401': 'malformed_key/null',
  'generic/insufficient_permissions-sharepoint-csom-acs-app-only-token-type-not-allowed': 'invalid_key/null',
  'generic/insufficient_permissions-terraform-cloud-python-org-token-config-version-404': 'tenant_mismatch/aws',
  'generic/malformed_key-ccxt-binance-python-key-secret-swapped': 'invalid_key/null',
  'generic/malformed_key-firebase-auth-next-env-file-missing-invalid-api-key': 'invalid_key/null',
  'generic/malformed_key-firebase-auth-react-env-not-created-white-page': 'invalid_key/null',
  'generic/malformed_key-harbor-curl-robot-api-no-credentials-unauthorized': 'invalid_key/null',
  'generic/malformed_key-storyblok-nuxt-env-api-key-missing': 'invalid_key/null',
  'generic/malformed_key-strapi-google-translator-node-token-not-set': 'invalid_key/null',
  'generic/malformed_key-trello-raycast-tokens-swapped': 'unknown/null',
  'generic/malformed_key-whatsapp-api-node-empty-api-key': 'invalid_key/null',
  'generic/provider_outage-etherscan-hardhat-verify-invalid-api-key': 'invalid_key/null',
  'generic/wrong_provider-alidayu-php-aliyun-sms-key-isv-permission': 'insufficient_permissions/null',
};
