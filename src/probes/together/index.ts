// Together AI. Keys: https://api.together.ai/settings/api-keys
// Models: https://docs.together.ai/reference/models-list (GET /v1/models; trufflehog pkg/detectors/togetherai
//   verifies keys with it: 200 valid, 401/403 invalid). It reveals no account, so this probe has no identity().
// Errors: OpenAI-style {"error":{"message","type","param","code"}} (issue threads cited per rule).
// Env: togethercomputer/together-typescript src/client.ts (TOGETHER_API_KEY; TOGETHER_BASE_URL, default
//   https://api.together.ai/v1; the legacy host api.together.xyz still serves the same API).
// Format: trufflehog togetherai (tgp_v1_ + 43 [A-Za-z0-9_-]). Older keys are said to be 64 hex characters [conv];
// that is deliberately not a format here: a bare 64-hex pattern would claim other services' hex secrets as Together
// keys (a blocking "wrong provider" finding), so such a key only gets "unrecognised" and the live call decides.
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const rules: Rule[] = [
  {
    // 401 "Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.",
    // code invalid_api_key (harshitv804/LawGPT#4)
    id: 'invalid_api_key',
    when: (a, e) => a.status === 401 && (e.code === 'invalid_api_key' || /invalid api key/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Together does not recognise this key: it was deleted or is mistyped. Create one at https://api.together.ai/settings/api-keys.'],
  },
  {
    // type credit_limit is also used for rate limits: "You have been rate limited. Your rate limit is 60 queries per
    // minute…" (togethercomputer/MoA#27). The message decides, so this comes before the billing rule.
    id: 'rate_limited',
    when: (a, e) => (a.status === 429 || e.type === 'credit_limit') && /rate limit/i.test(e.message ?? ''),
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}${a.headers['retry-after'] ? `, retry-after ${a.headers['retry-after']}` : ''}`,
    fixes: ['Wait a minute and run again; the key was not judged. Free-tier keys have low per-minute limits (https://docs.together.ai/docs/rate-limits).'],
  },
  {
    // 402 "Credit limit exceeded. Please navigate to https://api.together.xyz/settings/billing to add credit or
    // upgrade your plan.", type credit_limit (expectedparrot/edsl#2098)
    id: 'credit_limit',
    when: (a, e) => a.status === 402 || (e.type === 'credit_limit' && /credit/i.test(e.message ?? '')),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The account has no credit left: add credit or upgrade at https://api.together.ai/settings/billing.'],
  },
];

export const together: Probe = {
  phrases,
  id: 'together',
  name: 'Together AI',
  aliases: ['together-ai', 'togetherai'],
  docs: 'https://api.together.ai/settings/api-keys',
  envVars: ['TOGETHER_API_KEY', 'TOGETHER_AI_API_KEY'],
  baseUrlEnv: 'TOGETHER_BASE_URL',
  defaultBaseUrl: 'https://api.together.ai/v1',
  officialHosts: ['api.together.ai', 'api.together.xyz'],
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^tgp_v1_[A-Za-z0-9_-]{43}$/ }],
  hints: { sdk: [/\btogether\.error\b|TogetherException/] },
  requestIdHeaders: ['x-request-id', 'cf-ray'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'models'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { code: str(a.json, 'error.code'), type: str(a.json, 'error.type'), message: str(a.json, 'error.message') };
    if (!err.code && !err.type && !err.message) return undefined;
    return runRules('together', rules, a, err);
  },
};
