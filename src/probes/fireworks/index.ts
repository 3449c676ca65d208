// Fireworks AI. Keys: https://app.fireworks.ai/settings/users/api-keys
// Auth: "Authorization: Bearer <API_KEY>" (https://docs.fireworks.ai/api-reference/list-models).
// Errors: https://docs.fireworks.ai/guides/inference-error-codes (401 invalid key, 402 payment, 412 account suspended,
// 429 over quota). Envelope {"error":{"object","type","code","message"}} (vercel/ai @ai-sdk/fireworks 1.0.51 changelog);
// 412 PRECONDITION_FAILED "Account … is suspended, possibly due to reaching the monthly spending limit or failure to
// pay past invoices" (pollinations/pollinations#12136, amd/gaia#3766).
// Request chosen: the control plane's public catalogue, GET /v1/accounts/fireworks/models?pageSize=1. It needs only
// authentication and no account id (the account-scoped listing needs FIREWORKS_ACCOUNT_ID, which most apps never set),
// and one model is a small answer. Not /inference/v1/models: it lists the caller's deployed models and answers
// 500 "Error listing deployed models" for accounts without deployments (can1357/oh-my-pi#3219).
// Format: fw_ + 24 alphanumerics in secret scanners ("fw_[a-zA-Z0-9]{24}"); longer fw_ keys appear in the wild, hence
// 20–64. GitGuardian lists Fireworks keys as not prefixed (older keys): those get the format step's non-blocking
// warning and the live call decides. Fire Pass subscription keys (fpk_…) only authorise router chat endpoints
// (oh-my-pi fireworks catalogue) [obs]; their shape is unconfirmed, so they are not a format here.
// Env: FIREWORKS_API_KEY. The legacy python SDK's FIREWORKS_API_BASE points at …/inference/v1, a different root
// from the control plane this probe calls, so it is not used as this probe's base URL.
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const KEYS = 'https://app.fireworks.ai/settings/users/api-keys';
const BILLING = 'https://fireworks.ai/account/billing';

const rules: Rule[] = [
  {
    // 412 PRECONDITION_FAILED "Account … is suspended, possibly due to reaching the monthly spending limit …"
    id: 'account_suspended',
    when: (a, e) => a.status === 412 || e.code === 'PRECONDITION_FAILED' || /account .* is suspended/i.test(e.message ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `The Fireworks account is suspended: the monthly spending limit was reached or an invoice is unpaid. Raise the limit or pay at ${BILLING}.`,
      'A suspended account cannot use any of its keys; a new key does not help.',
    ],
  },
  {
    // 402 Payment Required: "Account is not on a paid plan or has exceeded usage limits" (inference error codes)
    id: 'payment_required',
    when: (a) => a.status === 402,
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: [`Check the account's billing status and payment method at ${BILLING}.`],
  },
  {
    // 401 Unauthorized: "Invalid API key" (inference error codes). The public catalogue needs authentication only.
    id: 'unauthorized',
    when: (a) => a.status === 401,
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Fireworks does not recognise the key: it was mistyped, deleted or has expired (keys can carry an expiry). Create one at ${KEYS}.`,
      'A Fire Pass subscription key (fpk_…) only works on the router chat endpoints, not on the API: use an API key in FIREWORKS_API_KEY.',
    ],
  },
];

export const fireworks: Probe = {
  phrases,
  id: 'fireworks',
  name: 'Fireworks AI',
  aliases: ['fireworks-ai'],
  docs: KEYS,
  envVars: ['FIREWORKS_API_KEY'],
  defaultBaseUrl: 'https://api.fireworks.ai',
  officialHosts: ['api.fireworks.ai'],
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^fw_[A-Za-z0-9]{20,64}$/ }],
  // The request id travels in the error body (request_id) [obs]; no header is documented.
  hints: { sdk: [/fireworks\.client|langchain_fireworks|llms[\\/]+fireworks\.py|FireworksException/], names: ['Fireworks', 'Fire Pass'] },
  requestIdHeaders: [],
  request(key, ctx) {
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, 'v1/accounts/fireworks/models?pageSize=1'),
      headers: { authorization: `Bearer ${key}` },
    };
  },
  classify(a) {
    // Only JSON answers: an HTML 401 comes from a proxy or portal, and the generic rules say so.
    if (a.status < 400 || a.json === undefined) return undefined;
    const err = {
      code: str(a.json, 'error.code') ?? str(a.json, 'code'),
      type: str(a.json, 'error.type'),
      message: str(a.json, 'error.message') ?? str(a.json, 'error') ?? str(a.json, 'message'),
    };
    return runRules('fireworks', rules, a, err);
  },
};
