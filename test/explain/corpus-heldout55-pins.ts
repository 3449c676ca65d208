// Cases of fixtures/errors-heldout55 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout55.test.ts.
export const MISSES: Record<string, string> = {
  'aws/insufficient_permissions-aws-php-s3-media-storage-getbucketlocation': 'insufficient_permissions/null',
  'aws/tenant_mismatch-aws-cli-govcloud-s3-invalidtoken-no-region': 'malformed_key/aws',
  'digitalocean/malformed_key-digitalocean-terraform-spaces-credentials-env-var-typo': 'malformed_key/null',
  'github/malformed_key-github-packages-npm-install-no-token': 'malformed_key/npm',
  'github/tenant_mismatch-github-go-action-ghes-token-sent-to-api-github-com': 'invalid_key/github',
  'gitlab/malformed_key-gitlab-gitbeaker-node-oauth-token-in-personal-token-option': 'invalid_key/null',
  'google-gemini/malformed_key-gemini-go-sdk-empty-string-key-scope-insufficient': 'insufficient_permissions/google-gemini',
  'notion/malformed_key-notion-client-node-integration-secret-to-private-api': 'invalid_key/null',
  'npm/insufficient_permissions-npm-cli-install-scoped-package-read-only-grant-failed': 'unknown/npm',
  'openrouter/billing_or_quota-openrouter-boltai-macos-validate-no-credits': 'invalid_key/openrouter',
  'sendgrid/malformed_key-sendgrid-python-environ-get-key-as-name': 'invalid_key/sendgrid',
  'together/insufficient_permissions-together-ts-login-validation-model-not-available': 'malformed_key/null',
};
