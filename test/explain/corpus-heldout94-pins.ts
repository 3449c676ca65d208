// Cases of fixtures/errors-heldout94 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout94.test.ts.
export const MISSES: Record<string, string> = {
  'aws/malformed_key-k6-jslib-aws-ssm-session-token-not-sent': 'invalid_key/aws',
  'elevenlabs/billing_or_quota-unauthorized-set-key-human-reader': 'malformed_key/null',
  'github/insufficient_permissions-forbidden-sso-octotree': 'unknown/null',
  'github/malformed_key-citadel-sync-github-unauthenticated': 'rate_limited/github',
  'github/malformed_key-illospace-knowledge-sync-no-token': 'rate_limited/github',
  'openai/malformed_key-sqlchat-env-key-not-used': 'unknown/openai',
};
