// Cases of fixtures/errors-2026 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-2026.test.ts.
export const MISSES: Record<string, string> = {
  'gitlab/insufficient_permissions-gitpod-requires-more-permissions': 'invalid_key/gitlab',
  'openai/network_error-go-proxy-lookup-no-such-host': 'proxy_error/openai',
};
