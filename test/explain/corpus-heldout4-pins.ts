// Cases of fixtures/errors-heldout4 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout4.test.ts.
export const MISSES: Record<string, string> = {
  'cloudflare/insufficient_permissions-cfcli-actor-requires-permission-zone-read': 'unknown/null',
  'generic/proxy_error-php-guzzle-curl-5-could-not-resolve-proxy': 'unknown/null',
  'gitlab/insufficient_permissions-git-push-not-allowed-to-push-code': 'unknown/gitlab',
  'gitlab/insufficient_permissions-git-remote-not-allowed-to-push-code-403': 'unknown/null',
  'google/revoked_or_expired-node-gaxioserror-invalid-grant-refresh': 'unknown/vertex-ai',
  'google/revoked_or_expired-node-request-callback-invalid-grant': 'unknown/vertex-ai',
  'openai/malformed_key-colab-openaierror-api-key-client-option-init': 'network_error/openai',
  'openai/revoked_or_expired-chinese-deactivated-account-key': 'invalid_user/openai',
  'openai/revoked_or_expired-java-bot-deactivated-account-one-of-many-keys': 'invalid_user/openai',
  'openai/revoked_or_expired-one-api-account-deactivated-json-message': 'invalid_user/openai',
  'openai/tenant_mismatch-doc-page-401-no-such-organization-invalid-organization': 'tenant_mismatch/null',
  'pinecone/malformed_key-python-pineconeconfigurationerror-no-api-key': 'unknown/pinecone',
  'stripe/tenant_mismatch-php-checkout-session-not-found-wrong-account-keys': 'invalid_key/null',
};
