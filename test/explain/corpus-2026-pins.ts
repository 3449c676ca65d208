// Cases of fixtures/errors-2026 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-2026.test.ts.
export const MISSES: Record<string, string> = {
  'anthropic/malformed_key-cloudstate-escaped': 'malformed_key/null',
  'anthropic/region_blocked-node-sdk-hkg-request-not-allowed': 'unknown/cloudflare',
  'anthropic/region_blocked-opencommit-403-request-not-allowed': 'unknown/null',
  'anthropic/region_blocked-python-forbidden-request-not-allowed': 'unknown/anthropic',
  'azure-openai/invalid_key-dotnet-service-request-failed-401': 'invalid_key/null',
  'cloudflare/insufficient_permissions-curl-email-routing': 'unknown/cloudflare',
  'gitlab/insufficient_permissions-gitpod-requires-more-permissions': 'invalid_key/gitlab',
  'notion/insufficient_permissions-mcp-object-not-found-request-id': 'insufficient_permissions/null',
  'notion/unknown-dotnet-could-not-find-database': 'unknown/null',
  'openai/network_error-go-proxy-lookup-no-such-host': 'proxy_error/openai',
};
