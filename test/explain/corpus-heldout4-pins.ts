// Cases of fixtures/errors-heldout4 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout4.test.ts.
export const MISSES: Record<string, string> = {
  'openai/revoked_or_expired-chinese-deactivated-account-key': 'invalid_user/openai',
  'openai/revoked_or_expired-java-bot-deactivated-account-one-of-many-keys': 'invalid_user/openai',
  'openai/revoked_or_expired-one-api-account-deactivated-json-message': 'invalid_user/openai',
};
