// Cases of fixtures/errors-heldout that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout.test.ts.
export const MISSES: Record<string, string> = {
  'anthropic/malformed_key-litellm-missing-anthropic-api-key': 'invalid_key/anthropic',
  'azure/insufficient_permissions-scoutsuite-authorizationfailed': 'unknown/null',
  'azure/tenant_mismatch-aadsts50020-live-account-tenant': 'unknown/null',
  'azure/tenant_mismatch-invalidauthenticationtokentenant-json': 'unknown/null',
  'azure/tenant_mismatch-logic-apps-wrong-issuer-pretty-json': 'unknown/null',
  'azure/tenant_mismatch-node-arm-wrong-issuer-roleassignments': 'unknown/npm',
  'azure/tenant_mismatch-powerbi-aadsts50020-correlation': 'unknown/null',
  'cloudflare/insufficient_permissions-dockflare-9109-unauthorized-resource': 'invalid_key/cloudflare',
  'gitlab/invalid_key-java-gitlabapiexception-401': 'unknown/gitlab',
  'google-gemini/malformed_key-electron-gemini-api-key-not-found-env': 'unknown/google-gemini',
  'google/unknown-nanobanana-consumer-invalid-project': 'tenant_mismatch/null',
  'openai/network_error-aiohttp-clientconnectorerror-cannot-connect-ssl': 'unknown/openai',
  'openai/network_error-go-weaviate-lookup-read-udp': 'unknown/openai',
  'openai/network_error-rust-request-error-connect-error': 'unknown/openai',
  'stripe/insufficient_permissions-mirakl-restricted-key-no-connect-permissions': 'unknown/stripe',
  'stripe/insufficient_permissions-php-log-rak-plan-write-fragment': 'unknown/null',
  'stripe/invalid_key-pretix-no-such-api-key-german': 'unknown/stripe',
  'stripe/malformed_key-cartalyst-api-key-not-defined': 'unknown/stripe',
};
