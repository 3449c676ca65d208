// Cases of fixtures/errors-heldout58 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout58.test.ts.
export const MISSES: Record<string, string> = {
  'anthropic/malformed_key-anthropic-python-empty-auth-token-env-bearer-header': 'malformed_key/null',
  'discord/revoked_or_expired-discord-python-dotenv-stale-reset-token': 'invalid_key/discord',
  'github/revoked_or_expired-github-node-action-secret-old-regenerated-token': 'invalid_key/null',
  'github/tenant_mismatch-gh-cli-repo-list-enterprise-host': 'invalid_key/github',
  'github/tenant_mismatch-setup-gh-action-ghes-bad-credentials': 'invalid_key/github',
  'heroku/tenant_mismatch-heroku-cli-create-team-env-var': 'insufficient_permissions/null',
  'heroku/tenant_mismatch-heroku-deploy-ruby-other-account': 'insufficient_permissions/heroku',
  'npm/revoked_or_expired-npm-publish-workflow-granular-token-lapsed-e404': 'insufficient_permissions/npm',
  'pinecone/tenant_mismatch-book-gpt-node-hardcoded-environment': 'malformed_key/pinecone',
  'supabase-management/tenant_mismatch-supabase-cli-link-wrong-profile-token': 'invalid_key/supabase-management',
  'twilio/invalid_key-twilio-ios-video-access-token-wrong-secret': 'invalid_key/null',
  'vercel/tenant_mismatch-vercel-cli-project-token-wrong-team-id': 'malformed_key/null',
};
