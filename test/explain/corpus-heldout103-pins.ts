// Cases of fixtures/errors-heldout103 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout103.test.ts.
export const MISSES: Record<string, string> = {
  'aws/insufficient_permissions-s3cmd-sync-missing-actions': 'insufficient_permissions/null',
  'aws/tenant_mismatch-cloudfront-invalidation-wrong-zone': 'insufficient_permissions/aws',
  'digitalocean/malformed_key-spaces-sync-inputs-not-passed': 'malformed_key/null',
  'github/insufficient_permissions-app-token-no-repo-access': 'unknown/null',
  'github/insufficient_permissions-bundlesize-org-app-approval': 'unknown/null',
  'github/insufficient_permissions-jacoco-token-no-write': 'unknown/null',
  'github/insufficient_permissions-jacoco-token-permission': 'insufficient_permissions/null',
  'netlify/malformed_key-fork-pr-empty-auth-token': 'unknown/null',
};
