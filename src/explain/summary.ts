// The one-paragraph plain explanation of a category, for a person who just
// pasted an error. Facts only; the evidence and fixes say the specifics.
import type { Category } from '../core/types.js';

const TEXT: Record<Category, (p: string) => string> = {
  ok: (p) => `${p} accepted the request: nothing in this text shows a key problem.`,
  malformed_key: (p) => `The key for ${p} is missing or not usable as given: empty, unset where the request is made, or carrying something that is not part of a key (a URL, quotes, a placeholder, whitespace). Fix the value where it is defined; the key itself may be fine.`,
  wrong_provider: (p) => `A key of another service was sent to ${p}. Each provider accepts only its own keys: the right key is probably in another variable.`,
  wrong_environment: (p) => `The key and the object belong to different modes (test/sandbox versus live/production) at ${p}. Use the key of the mode the object lives in.`,
  invalid_key: (p) => `${p} does not recognise this key: it is mistyped, truncated, deleted, or was never valid there. Copy it again from ${p}'s console or create a new one.`,
  revoked_or_expired: (p) => `The key was valid once, but ${p} says it was revoked, rotated or has expired. Only a new key helps.`,
  invalid_user: (p) => `The key is tied to an account, user or organisation that ${p} has deactivated, suspended or removed. A key dies with its owner: the account must be restored, or the key created under an active one.`,
  insufficient_permissions: (p) => `${p} recognises the key, but it lacks the scope, role or access this call needs. Widen the key's permissions or use a key that has them.`,
  tenant_mismatch: (p) => `The key belongs to a different organisation, project, account or resource than the request names at ${p} (an organisation header, an account id, an endpoint).`,
  region_blocked: (p) => `${p} refuses requests from the country or region it sees this one coming from. The key is not the problem; the network path is.`,
  billing_or_quota: (p) => `The key works, but the account has run out of credit or quota at ${p}. Billing, not the key, must change.`,
  rate_limited: (p) => `${p} is limiting how fast this account may call it. Waiting and retrying helps; the key was not judged.`,
  network_error: (p) => `The request never got an answer from ${p}: the name did not resolve, the connection was refused or reset, or it timed out. The key was not judged.`,
  proxy_error: (p) => `Something between you and ${p} answered instead of it: a proxy, a captive portal or a gateway. The key was not judged.`,
  tls_error: (p) => `The secure connection to ${p} failed: this machine does not trust the certificate it was shown (often a TLS-inspecting proxy), or the certificate is expired or for another name. The key was not judged.`,
  provider_outage: (p) => `${p} failed on its side (a 5xx, overloaded). Retry later; the key was not judged.`,
  unknown: () => 'What was pasted does not tell what this error means.',
};

/**
 * Only the stand-in "the provider" is capitalised where it opens the sentence: a provider's own name is written as the
 * provider writes it ("npm recognises the key", not "Npm").
 */
export function summaryFor(category: Category, providerName: string | null): string {
  const text = TEXT[category](providerName ?? 'the provider');
  return providerName === null ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
