// Cases of fixtures/errors-heldout79 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout79.test.ts.
export const MISSES: Record<string, string> = {

};
