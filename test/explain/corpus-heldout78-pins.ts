// Cases of fixtures/errors-heldout78 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout78.test.ts.
export const MISSES: Record<string, string> = {
  'anthropic/malformed_key-vercel-deploy-key-unset': 'malformed_key/null',
  'anthropic/revoked_or_expired-streamlit-app-key-revoked': 'invalid_key/anthropic',
  'aws/insufficient_permissions-studio-role-missing-iam-getrole': 'insufficient_permissions/null',
  'aws/malformed_key-travis-secret-slash-not-escaped': 'unknown/aws',
  'bedrock/tenant_mismatch-nova-canvas-wrong-region': 'tenant_mismatch/null',
  'github/malformed_key-travis-encrypt-without-pro': 'invalid_key/github',
  'gitlab/insufficient_permissions-job-token-branch-endpoint': 'insufficient_permissions/null',
  'gitlab/malformed_key-protected-variable-mr-ref': 'malformed_key/null',
  'google-gemini/malformed_key-colab-secret-never-created': 'malformed_key/null',
  'heroku/malformed_key-travis-encrypted-for-other-endpoint': 'invalid_key/heroku',
  'huggingface/malformed_key-agents-course-space-no-hf-token-401': 'invalid_key/huggingface',
  'huggingface/malformed_key-duplicated-space-missing-hf-token-gated': 'insufficient_permissions/huggingface',
  'vercel/malformed_key-env-add-trailing-newline': 'malformed_key/null',
};
