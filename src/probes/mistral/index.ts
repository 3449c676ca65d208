// Mistral AI. Keys: https://console.mistral.ai/api-keys
// API: https://docs.mistral.ai/api/#tag/models (GET /v1/models, Authorization: Bearer)
// Errors: two observed 401 shapes, {"detail":"Unauthorized"} (nextcloud/integration_openai#332) and
//   {"message":"Unauthorized","request_id":"…"} (coolcline/CoolCline#36); inference errors use
//   {"object":"error","message","type","code"} (cline/cline#9085).
// Env: mistralai/client-ts src/lib/env.ts (MISTRAL_API_KEY) and src/lib/config.ts (server https://api.mistral.ai,
//   paths carry /v1); the SDK reads no base-URL variable, so there is no baseUrlEnv.
// Format: none declared. Keys are 32 letters and digits with no prefix ([conv]: no trufflehog or gitleaks rule).
//   A shape that bare would, through the shared format step, claim other services' 32-character secrets as
//   Mistral keys (wrong_provider without proof) and let value-based inference send them to api.mistral.ai.
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';

const rules: Rule[] = [
  {
    // 401 {"detail":"Unauthorized"} or {"message":"Unauthorized","request_id":…}
    id: 'unauthorized',
    when: (a, e) => a.status === 401 && /unauthori[sz]ed/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Copy the key again from https://console.mistral.ai/api-keys; a new key can take a few minutes to become active.',
      'Codestral keys (CODESTRAL_API_KEY) work only on codestral.mistral.ai, and La Plateforme keys only on api.mistral.ai: check which one this is.',
    ],
  },
];

export const mistral: Probe = {
  id: 'mistral',
  name: 'Mistral AI',
  docs: 'https://console.mistral.ai/api-keys',
  envVars: ['MISTRAL_API_KEY'],
  defaultBaseUrl: 'https://api.mistral.ai',
  officialHosts: ['api.mistral.ai'],
  keyFormats: [],
  // mistral-correlation-id on answers (read by mistral-vibe and SDK wrappers in the code index); x-kong-request-id from the gateway.
  hints: { hosts: ['codestral.mistral.ai'], sdk: [/\bmistralai\b|MistralAPIException|MistralChatLanguageModel/], names: ['Mistral', 'Codestral'] },
  requestIdHeaders: ['mistral-correlation-id', 'x-kong-request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'v1/models'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const message = str(a.json, 'detail') ?? str(a.json, 'message');
    const err = { code: str(a.json, 'code'), type: str(a.json, 'type'), message };
    if (!err.code && !err.type && !err.message) return undefined;
    return runRules('mistral', rules, a, err);
  },
  // A success lists models only: no organisation or workspace is named.
};
