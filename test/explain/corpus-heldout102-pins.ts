// Cases of fixtures/errors-heldout102 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout102.test.ts.
export const MISSES: Record<string, string> = {
  'aws/insufficient_permissions-rudolfs-lfs-s3-listbucket': 'invalid_key/null',
  'deepseek/malformed_key-vinput-key-pasted-with-trailing-newline': 'unknown/null',
  'github/insufficient_permissions-gpr-push-sso-not-authorized': 'unknown/github',
  'github/malformed_key-gh-pages-push-pat-empty-on-fork': 'invalid_key/github',
  'github/malformed_key-ghe-private-mode-lfs-batch-403': 'unknown/null',
  'github/malformed_key-mc-publish-empty-github-token-400': 'revoked_or_expired/github',
  'github/malformed_key-transifex-pr-token-literal-secret-name': 'insufficient_permissions/github',
  'github/revoked_or_expired-blender-extension-repo-bot-pat-expired': 'invalid_key/github',
  'github/revoked_or_expired-crowdin-action-github-token-expired': 'invalid_key/github',
  'github/revoked_or_expired-modrinth-relays-github-oauth-rejection': 'invalid_key/github',
  'github/revoked_or_expired-winget-publisher-30-day-pat-expired': 'invalid_key/github',
  'github/tenant_mismatch-bench-push-to-other-users-repo-from-fork': 'insufficient_permissions/github',
  'github/unknown-fresh-app-token-not-yet-live': 'tenant_mismatch/github',
  'gitlab/malformed_key-psresourceget-secret-stored-as-string': 'invalid_key/null',
  'huggingface/malformed_key-push-to-hub-token-not-passed': 'invalid_key/huggingface',
  'openai/network_error-enjoy-app-connection-error': 'network_error/null',
};
