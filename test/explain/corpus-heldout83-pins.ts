// Cases of fixtures/errors-heldout83 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout83.test.ts.
export const MISSES: Record<string, string> = {
  'cloudflare/provider_outage-cloudflared-edge-cert-expired': 'tls_error/null',
};
