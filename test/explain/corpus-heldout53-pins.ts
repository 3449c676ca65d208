// Cases of fixtures/errors-heldout53 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout53.test.ts.
export const MISSES: Record<string, string> = {
  'groq/malformed_key-groq-python-streamlit-key-as-env-var-name': 'malformed_key/null',
};
