// Cases of fixtures/errors-heldout54 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout54.test.ts.
export const MISSES: Record<string, string> = {
  'anthropic/malformed_key-anthropic-curl-bearer-instead-of-x-api-key': 'invalid_key/anthropic',
  'cloudflare/insufficient_permissions-cloudflare-python-requests-zones-403': 'unknown/cloudflare',
  'cloudflare/insufficient_permissions-cloudflare-terraform-access-idp-403': 'unknown/cloudflare',
  'discord/malformed_key-discord-python-selfbot-given-bot-token': 'invalid_key/discord',
  'mailgun/tenant_mismatch-mailgun-node-notifme-eu-domain-not-found': 'tenant_mismatch/null',
};
