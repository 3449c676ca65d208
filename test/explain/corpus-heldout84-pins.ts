// Cases of fixtures/errors-heldout84 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout84.test.ts.
export const MISSES: Record<string, string> = {
  'aws/malformed_key-rio-tiler-no-aws-credentials': 'malformed_key/null',
  'aws/revoked_or_expired-rasterio-expired-credentials-code5': 'unknown/null',
};
