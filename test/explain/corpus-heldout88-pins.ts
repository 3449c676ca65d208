// Cases of fixtures/errors-heldout88 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout88.test.ts.
export const MISSES: Record<string, string> = {
  'github/revoked_or_expired-project-board-automation-token': 'invalid_key/github',
  'sendgrid/malformed_key-calcom-cron-client-key-unset': 'invalid_key/null',
};
