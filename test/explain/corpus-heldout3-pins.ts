// Cases of fixtures/errors-heldout3 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout3.test.ts.
export const MISSES: Record<string, string> = {
  'aws/invalid_key-apps-script-invalidsignatureexception-json': 'unknown/aws',
  'aws/invalid_key-ember-deploy-s3-signaturedoesnotmatch': 'unknown/aws',
  'huggingface/insufficient_permissions-login-valid-finegrained-then-401-llama': 'invalid_key/huggingface',
  'slack/revoked_or_expired-action-api-error-account-inactive': 'invalid_user/slack',
};
