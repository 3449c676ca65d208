// Cases of fixtures/errors-heldout6 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout6.test.ts.
export const MISSES: Record<string, string> = {
  'cloudflare/tenant_mismatch-wrangler-7003-could-not-route-stale-account-id': 'unknown/cloudflare',
  'cloudflare/tenant_mismatch-wrangler-deploy-7003-env-local-account-id': 'unknown/cloudflare',
  'cloudflare/tenant_mismatch-wrangler-legacy-user-configuration-invalid-account-id': 'unknown/cloudflare',
  'digitalocean/insufficient_permissions-go-lego-dns-http-403-forbidden-no-access': 'insufficient_permissions/null',
  'google/insufficient_permissions-firebase-database-warning-credentials-invalid-databaseurl': 'invalid_key/null',
  'openai/region_blocked-sora-unsupported-country-code-mm': 'region_blocked/null',
};
