// Cases of fixtures/errors-heldout82 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout82.test.ts.
export const MISSES: Record<string, string> = {
  'aws/insufficient_permissions-argo-install-headbucket': 'unknown/aws',
  'aws/malformed_key-dvc-pull-no-credentials': 'malformed_key/null',
  'aws/tenant_mismatch-batch-submit-jobdefinition-region': 'unknown/aws',
  'aws/tenant_mismatch-batchit-jobqueue-region': 'tenant_mismatch/null',
  'github/billing_or_quota-dependency-review-private-no-ghas': 'unknown/null',
  'github/insufficient_permissions-gas-github-pat-scopes': 'unknown/github',
  'github/malformed_key-fork-no-token-secret': 'malformed_key/null',
  'github/tenant_mismatch-app-token-scoped-to-caller': 'insufficient_permissions/github',
  'github/tenant_mismatch-artifact-other-private-repo': 'unknown/null',
  'openai/billing_or_quota-smart-connections-test-key': 'invalid_key/null',
  'openai/malformed_key-chatgptapp-wrong-setter': 'network_error/null',
};
