// What each category means when the two keys are compared: the sentences and
// next steps of the conclusion, as data. `p` is the provider's name.
import type { Category } from '../core/types.js';
import { withArticle } from '../core/grammar.js';
import type { Blame } from './types.js';

const REVOKE = 'Revoke the configured key once nothing uses it.';

export interface Reason {
  blame: Blame;
  why: (p: string) => string;
  steps: string[];
}

/** The configured key fails and the fresh one works, from the same machine, network path and base URL. */
export const OLD_FAILS: Partial<Record<Category, Reason>> = {
  malformed_key: { blame: 'old_key', why: () => 'The configured value is broken (see its format findings); a well-formed key works.', steps: [] },
  wrong_provider: { blame: 'old_key', why: (p) => `The configured value is another service's key; ${withArticle(p)} key works.`, steps: [] },
  wrong_environment: { blame: 'old_key', why: () => 'The configured key is for the wrong environment (test vs live); the fresh key is right for this one.', steps: ['Keep the old key where it belongs (test or live), not here.'] },
  invalid_key: {
    blame: 'old_key',
    why: (p) => `${p} does not recognise the configured key but accepts the fresh one: the configured value is wrong (mistyped, truncated, of another account) or the key was deleted.`,
    steps: [],
  },
  revoked_or_expired: { blame: 'old_key', why: () => 'The configured key was revoked, rotated or has expired; a current key works.', steps: ['Find out who or what revoked it (a rotation, a leaked-key scanner, an expiry date) so the new key does not meet the same end.'] },
  invalid_user: {
    blame: 'old_account',
    why: () => 'The user or account behind the configured key is deactivated, deleted or suspended; the fresh key\'s owner is active. The old key died with its user.',
    steps: ['Issue production keys from a service account or bot, not from a person, so they survive people leaving.'],
  },
  insufficient_permissions: { blame: 'old_key', why: () => 'The configured key lacks a permission (scope, role, IP allowlist) that the fresh key has.', steps: ['Compare the two keys\' permissions in the provider\'s console; give the app\'s key only what it needs.', REVOKE] },
  tenant_mismatch: { blame: 'old_account', why: () => 'The configured key belongs to another organisation, project or workspace than the request names; the fresh key belongs to the right one.', steps: [REVOKE] },
  billing_or_quota: { blame: 'old_account', why: () => 'The account or project behind the configured key has no credits or quota left; the fresh key\'s has.', steps: ['If both keys should bill the same account, the configured key belongs to another one: check which organisation or project issued it.', REVOKE] },
  region_blocked: { blame: 'old_account', why: (p) => `${p} refuses the configured key from here but not the fresh one: a regional restriction on the old key's account or project.`, steps: [REVOKE] },
};

/** Both keys get the same answer: whatever the keys share is the problem. */
export const BOTH_FAIL: Partial<Record<Category, Reason>> = {
  network_error: { blame: 'network', why: (p) => `Neither key reached ${p}: the network path from this machine (DNS, firewall, connectivity) is the problem, not the keys.`, steps: ['Check DNS and outbound HTTPS from this machine (`curl -sI` the provider\'s API host).', 'Run the comparison from another network to confirm.'] },
  proxy_error: { blame: 'network', why: () => 'A proxy or captive portal answered for both keys: the proxy is the problem, not the keys.', steps: ['Check HTTPS_PROXY / NO_PROXY and the proxy\'s credentials and allow-list.'] },
  tls_error: { blame: 'network', why: () => 'The secure connection failed for both keys: a TLS-inspecting proxy or a missing CA certificate, not the keys.', steps: ['If your network inspects TLS, point NODE_EXTRA_CA_CERTS (or your runtime\'s CA setting) at its CA certificate.'] },
  provider_outage: { blame: 'provider', why: (p) => `${p} is failing on its side for both keys: an outage, not the keys.`, steps: ['Check the provider\'s status page and run again later.'] },
  rate_limited: { blame: 'account', why: () => 'Both keys are rate-limited: the limit is on the account or on this IP address, which both keys share.', steps: ['Wait for the limit to reset; if it never does, look for a runaway client on the same account or address.'] },
  invalid_key: { blame: 'base_url', why: (p) => `${p} recognises neither key at this base URL: it does not know these keys (a gateway, a self-managed or regional host), or the fresh key was not copied whole either.`, steps: ['Check the base URL in force (see the live line) against where the keys were issued (region, self-managed host, gateway).', 'Copy the fresh key again and compare its length with the one in the console.'] },
  revoked_or_expired: { blame: 'account', why: () => 'Both keys are revoked or expired, even the fresh one: something on the account revokes keys (a leaked-key scanner, an organisation policy, someone rotating them).', steps: ['Look at the account\'s audit log for who or what revokes the keys.'] },
  invalid_user: { blame: 'account', why: () => 'The user or account behind both keys is deactivated, deleted or suspended: a new key from the same user cannot help.', steps: ['Issue a key from an active member or a service account, or have the account reactivated.'] },
  insufficient_permissions: { blame: 'account', why: () => 'Both keys lack the permission: the role of their user or project, an IP allowlist or an organisation policy blocks the call, not the key.', steps: ['Check the role, project permissions and IP allowlist in the provider\'s console.'] },
  tenant_mismatch: { blame: 'settings', why: () => 'Both keys are refused for the organisation, project or workspace the request names: the setting sent with both is wrong, not the keys.', steps: [] },
  billing_or_quota: { blame: 'account', why: () => 'The account both keys bill has no credits or quota left.', steps: [] },
  region_blocked: { blame: 'network', why: (p) => `${p} refuses the country this request comes from, whatever the key.`, steps: ['A VPN or proxy exit in another country changes what the provider sees; use a supported region.'] },
  wrong_environment: { blame: 'environment', why: () => 'Both keys are for the wrong environment (test vs live) for the environment expected here.', steps: ['Check --expect-env / NODE_ENV, or issue a key of the expected mode.'] },
  wrong_provider: { blame: 'environment', why: (p) => `Both values are another service's keys, not ${p}'s: the variable is checked as the wrong provider, or both keys are of another service.`, steps: ['Pass --provider ID if the variable belongs to another provider.'] },
};
