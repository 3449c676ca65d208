// Cases of fixtures/errors-heldout96 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout96.test.ts.
export const MISSES: Record<string, string> = {
  'aws/malformed_key-ses-smtp-raw-iam-secret': 'invalid_key/aws',
  'aws/malformed_key-spring-cloud-aws-missing-session-token': 'invalid_key/aws',
  'aws/malformed_key-testcontainers-no-aws-keys': 'unknown/aws',
  'github/insufficient_permissions-reportportal-private-org-membership': 'tenant_mismatch/github',
  'github/insufficient_permissions-teleport-oauth-app-not-granted-org': 'insufficient_permissions/null',
};
