// Cloudflare: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, type Rule } from '../kit.js';

export const TOKENS = 'https://dash.cloudflare.com/profile/api-tokens';
export const GLOBAL_KEY = /^(?:cfk_[A-Za-z0-9]{40}[a-f0-9]{8}|[a-f0-9]{37})$/;

export const rules: Rule[] = [
  {
    id: 'not_a_token',
    when: (_a, e) => e.code === '6003' || /invalid format for (authorization|x-auth-key|x-auth-email) header/i.test(e.message ?? ''),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'The value is not in the form Cloudflare expects for how it was sent. A Global API Key (37 hex or cfk_…) goes with X-Auth-Email in CLOUDFLARE_API_KEY + CLOUDFLARE_EMAIL, not as a Bearer token; an API token (cfut_/cfat_ or 40 characters) goes in CLOUDFLARE_API_TOKEN.',
    ],
  },
  {
    id: 'invalid_token',
    when: (_a, e) => e.code === '1000' || /invalid api token|invalid access token/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Cloudflare does not recognise the token: check ${TOKENS} (and the account's own API Tokens page) and roll or create a token.`,
      'An account-owned token only verifies at /accounts/{account_id}/tokens/verify: set CLOUDFLARE_ACCOUNT_ID if this is one.',
    ],
  },
  {
    id: 'unknown_global_key',
    when: (_a, e) => e.code === '9103' || /unknown x-auth-key or x-auth-email/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The Global API Key and CLOUDFLARE_EMAIL do not match an account: check both at https://dash.cloudflare.com/profile/api-tokens (Global API Key → View).'],
  },
  {
    // 9109 "Unauthorized to access requested resource" (octodns/octodns-cloudflare#60): the token is valid, its
    // permissions or resources exclude this call. The phrase rule (phrases.ts) reads the words the same way.
    id: 'unauthorized_resource',
    when: (_a, e) => e.code === '9109' || /unauthorized to access requested resource/i.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: [`The token is valid but its permissions or zone/account resources do not cover this call: edit it at ${TOKENS}.`],
  },
  {
    // 10000 "Authentication error": a token whose permissions, resources or client IP filter exclude the call (the
    // reading of phrases.ts too), though Cloudflare answers the same for a token it rejects. On the probe's own call
    // (tokens/verify, which needs no permission) the refusal holds for every call of the token from here: everyCall.
    id: 'authentication_error',
    when: (_a, e) => e.code === '10000',
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: (a, e) => `${said(a, e)} (Cloudflare uses code 10000 both for a token it rejects and for one lacking a permission)`,
    fixes: [
      `Check the token at ${TOKENS}: its permissions and zone/account resources, and its client IP filter (this machine's address must be allowed); a deleted or rolled token gets the same answer. An account-owned token must be verified with CLOUDFLARE_ACCOUNT_ID set.`,
    ],
  },
  {
    id: 'rate_limited',
    when: (a, e) => a.status === 429 || e.code === '971' || e.code === '10429',
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Wait and run again; the token was not judged.'],
  },
];
