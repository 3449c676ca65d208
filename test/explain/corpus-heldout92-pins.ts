// Cases of fixtures/errors-heldout92 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout92.test.ts.
export const MISSES: Record<string, string> = {
  'deepseek/wrong_provider-relay-key-sent-to-official-endpoint': 'invalid_key/deepseek',
  'openai/unknown-tool-key-pattern-rejects-valid-key': 'malformed_key/null',
  'slack/malformed_key-bitrise-secret-not-exposed-to-pr': 'malformed_key/null',
};
