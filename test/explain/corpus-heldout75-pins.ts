// Cases of fixtures/errors-heldout75 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout75.test.ts.
export const MISSES: Record<string, string> = {
  'cloudflare/insufficient_permissions-account-token-builds-401': 'invalid_key/null',
  'cloudflare/insufficient_permissions-account-token-memberships-9106': 'invalid_key/cloudflare',
  'openai/insufficient_permissions-realtime-agents-dated-snapshot': 'unknown/openai',
};
