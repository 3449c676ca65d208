// Cases of fixtures/errors-heldout87 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout87.test.ts.
export const MISSES: Record<string, string> = {
  'aws/insufficient_permissions-bruno-sigv4-creds-not-authorized': 'insufficient_permissions/null',
  'aws/insufficient_permissions-wazuh-cloudtrail-doc-policy': 'unknown/aws',
  'aws/revoked_or_expired-dvc-s3-mfa-token-expired': 'malformed_key/aws',
  'aws/tenant_mismatch-prowler-china-partition-global-sts': 'invalid_key/aws',
  'github/malformed_key-backstage-app-dummy-private-key': 'malformed_key/null',
  'github/revoked_or_expired-dvc-get-stale-git-token': 'malformed_key/github',
  'github/revoked_or_expired-scorecard-expired-pat': 'invalid_key/github',
  'github/tenant_mismatch-roadie-insights-ghe-token-on-github-com': 'invalid_key/github',
  'github/tenant_mismatch-roadie-readme-card-ghe-token-public-repo': 'invalid_key/github',
  'github/unknown-oauth-redirect-uri-mismatch': 'unknown/null',
  'google-gemini/malformed_key-pdf-to-podcast-unset-key': 'invalid_key/google-gemini',
  'openai/malformed_key-autolabel-unsupported-provider-no-key': 'malformed_key/null',
  'openai/malformed_key-moneyprinterturbo-truncated-prefix': 'invalid_key/openai',
};
