// Cohere. Keys: https://dashboard.cohere.com/api-keys
// Verify: https://docs.cohere.com/reference/check-api-key (POST /v1/check-api-key, Bearer; 200 answers
//   {valid, organization_id, owner_id}; errors carry {message, id}).
// Limits: https://docs.cohere.com/docs/rate-limits (trial keys: per-minute limits and 1,000 calls a month,
//   cohere-ai/cohere-developer-experience#199).
// Env: cohere-ai/cohere-typescript src/auth/BearerAuthProvider.ts (CO_API_KEY), src/environments.ts
//   (https://api.cohere.com); cohere-ai/cohere-python src/cohere/client.py (base_url = CO_API_URL).
//   COHERE_API_KEY is the other common name (LangChain, gitleaks keyword).
// Format: none declared. Keys are 40 letters and digits with no prefix (gitleaks cohere needs a keyword beside
//   it); that shape also fits git SHAs and about a quarter of AWS secret keys, so declaring it would let the
//   shared format step call those Cohere keys and let value-based inference send them to api.cohere.com.
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const rules: Rule[] = [
  {
    // 200 {"valid": false}: the endpoint's own verdict ([conv]: documented field, no recorded false answer found).
    id: 'check_api_key_invalid',
    when: (a) => a.status >= 200 && a.status < 300 && (a.json as { valid?: unknown } | undefined)?.valid === false,
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, check-api-key answered "valid": false`,
    fixes: ['Copy the key again from https://dashboard.cohere.com/api-keys, or create a new one.'],
  },
  {
    // 401 {"message":"invalid api token"} (cohere-ai/cohere-toolkit#857, wandb/edu#155)
    id: 'invalid_api_token',
    when: (a, e) => a.status === 401 && /invalid api token/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Copy the key again from https://dashboard.cohere.com/api-keys; a deleted key answers the same way.',
      'The SDKs read CO_API_KEY; other tools read COHERE_API_KEY: check which one your app loads.',
    ],
  },
  {
    // 429 "You are using a Trial key, which is limited to 1000 API calls / month. …" (code index; the cap per
    // cohere-ai/cohere-developer-experience#199). The per-minute trial message is a rate limit and falls through.
    id: 'trial_monthly_limit',
    when: (_a, e) => /trial key.*limited to .*\/ ?month/i.test(e.message ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['This trial key has used its 1,000 calls for the month: wait for the next month, or use a production key (https://dashboard.cohere.com/api-keys, after adding billing).'],
  },
  {
    // 402 billing limit reached (cohere-ai/cohere-developer-experience#189) [conv: body wording]
    id: 'payment_required',
    when: (a, e) => a.status === 402 || /add or update your payment method|billing limit/i.test(e.message ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Add or update the payment method, or raise the spending limit, at https://dashboard.cohere.com/billing.'],
  },
];

export const cohere: Probe = {
  phrases,
  id: 'cohere',
  name: 'Cohere',
  docs: 'https://dashboard.cohere.com/api-keys',
  envVars: ['CO_API_KEY', 'COHERE_API_KEY'],
  baseUrlEnv: 'CO_API_URL',
  defaultBaseUrl: 'https://api.cohere.com',
  // api.cohere.ai is the legacy host older SDKs and docs still use.
  officialHosts: ['api.cohere.com', 'api.cohere.ai'],
  keyFormats: [],
  // x-debug-trace-id is on Cohere answers (seen in recorded responses); Cohere documents no request-id header.
  hints: { sdk: [/\bcohere\.(?:errors?|core)\b|CohereAPIError|CohereError|langchain_cohere/] },
  requestIdHeaders: ['x-debug-trace-id'],
  request(key, ctx) {
    // Purpose-built and free: it only reads the key. POST with no body, as the SDK sends it.
    return { method: 'POST', url: joinUrl(ctx.baseUrl, 'v1/check-api-key'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    return runRules('cohere', rules, a, { code: undefined, type: undefined, message: str(a.json, 'message') });
  },
  identity(a) {
    const organization = str(a.json, 'organization_id');
    const user = str(a.json, 'owner_id');
    if (!organization && !user) return undefined;
    return { organization, user };
  },
};
