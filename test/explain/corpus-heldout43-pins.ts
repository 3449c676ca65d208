// Cases of fixtures/errors-heldout43 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout43.test.ts.
export const MISSES: Record<string, string> = {
  'aws/insufficient_permissions-awsiot-cert-rotation-policy-not-attached': 'unknown/aws',
  'aws/insufficient_permissions-awsiot-micropython-clientid-not-allowed': 'invalid_key/null',
  'generic/invalid_user-okta-api-token-e0000011-creator-account-deactivated': 'invalid_key/null',
  'generic/invalid_user-woocommerce-qpilot-401-not-allowed-to-create-resources': 'insufficient_permissions/null',
  'generic/malformed_key-auth0-js-management-api-id-token-invalid-token': 'invalid_key/null',
  'generic/malformed_key-confluence-scoped-token-site-url-python-requests': 'invalid_key/null',
  'generic/malformed_key-homeassistant-curl-missing-bearer': 'invalid_key/null',
  'generic/malformed_key-particle-js-client-secret-as-access-token': 'invalid_key/null',
  'generic/malformed_key-shopify-graphql-postman-app-secret-as-access-token': 'invalid_key/null',
  'generic/malformed_key-woocommerce-curl-rest-api-401-cannot-list-resources': 'invalid_key/null',
  'generic/revoked_or_expired-adafruitio-arduino-regenerated-aio-key': 'unknown/null',
  'generic/tenant_mismatch-okta-access-gateway-groovy-e0000011-admin-org-url': 'invalid_key/null',
  'generic/wrong_provider-jira-cloud-azure-ad-bearer-token-401': 'malformed_key/null',
  'google-gemini/region_blocked-gemini-php-image-generation-404-geoblock': 'unknown/null',
  'huggingface/malformed_key-huggingface-transformers-gated-repo-token-not-passed-ja': 'insufficient_permissions/huggingface',
};
