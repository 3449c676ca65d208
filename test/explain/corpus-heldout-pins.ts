// Cases of fixtures/errors-heldout that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout.test.ts.
export const MISSES: Record<string, string> = {
  'anthropic/unknown-ainiee-404-model-not-found': 'tenant_mismatch/anthropic',
  'github/unknown-gh-auth-login-github-token-in-env': 'malformed_key/github',
  'google/unknown-nanobanana-consumer-invalid-project': 'tenant_mismatch/null',
};
