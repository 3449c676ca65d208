// Cases of fixtures/errors-heldout2 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout2.test.ts.
export const MISSES: Record<string, string> = {
  'azure-openai/unknown-zotero-401-access-token-missing-invalid-audience-expired': 'invalid_key/azure-openai',
  'cloudflare/unknown-terraform-403-authentication-error-dns-record': 'insufficient_permissions/cloudflare',
  'cloudflare/unknown-wrangler-action-memberships-10000-token-template': 'insufficient_permissions/cloudflare',
  'discord/invalid_key-disnake-httpexception-401-users-me': 'invalid_key/null',
  'npm/unknown-publish-e404-put-not-in-this-registry-automation-token': 'insufficient_permissions/npm',
  'stripe/tenant_mismatch-ephemeral-key-no-access-to-account-masked': 'tenant_mismatch/null',
};
