// OpenRouter. Keys: https://openrouter.ai/settings/keys
// Current key: https://openrouter.ai/docs/api/api-reference/api-keys/get-current-key
//   GET /api/v1/key (older alias /api/v1/auth/key) answers `data` with label, limit, limit_remaining, limit_reset,
//   usage*, is_free_tier, is_management_key, is_provisioning_key, creator_user_id, expires_at.
// Errors: https://openrouter.ai/docs/api-reference/errors ({"error":{"message","code":<status>}}).
// Format and verification: trufflehog pkg/detectors/openrouter (sk-or-v1- + 64 lowercase hex; GET /api/v1/key,
// 200 valid, 401 invalid). The base URL is the one the OpenAI SDK is pointed at (openrouter.ai/api/v1); OpenRouter's
// own SDK has no base-URL variable we could confirm, so there is no baseUrlEnv.
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';

function num(json: unknown, path: string): number | undefined {
  const v = field(json, path);
  return typeof v === 'number' ? v : undefined;
}

/** A per-key spending limit that is used up: /key still answers 200, but every paid call is refused. */
function limitExhausted(json: unknown): boolean {
  const limit = num(json, 'data.limit');
  const remaining = num(json, 'data.limit_remaining');
  return limit !== undefined && remaining !== undefined && remaining <= 0;
}

const rules: Rule[] = [
  {
    // 200 with limit_remaining <= 0: the key's own cap is spent (ClawQL#876 preflights exactly this on /key).
    id: 'key_limit_exhausted',
    when: (a) => a.status >= 200 && a.status < 300 && limitExhausted(a.json),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: (a) =>
      `status ${a.status}, the key's limit ${str(a.json, 'data.limit')} is used up (limit_remaining ${str(a.json, 'data.limit_remaining')}, usage ${str(a.json, 'data.usage') ?? '?'}${str(a.json, 'data.limit_reset') ? `, resets ${str(a.json, 'data.limit_reset')}` : ''})`,
    fixes: [
      'This key has its own credit limit and has spent it: raise or remove the limit at https://openrouter.ai/settings/keys (account credits do not lift a per-key limit).',
    ],
  },
  {
    // 401 "No auth credentials found" (BeehiveInnovations/pal-mcp-server#209): no usable Authorization header arrived.
    id: 'no_auth_credentials',
    when: (a, e) => a.status === 401 && /no auth credentials/i.test(e.message ?? ''),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['No key reached OpenRouter: check that OPENROUTER_API_KEY is set and non-empty where the app runs, and that a proxy does not strip the Authorization header.'],
  },
  {
    // 401 {"error":{"message":"User not found.","code":401}} (apurvsinghgautam/robin#103, Fosowl/agenticSeek#407):
    // OpenRouter finds no account for the key: deleted, disabled, mistyped, or not an OpenRouter key at all.
    id: 'user_not_found',
    when: (a, e) => a.status === 401 && /user not found/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} (OpenRouter's answer for a key it does not know)`,
    fixes: [
      'OpenRouter does not recognise this key: it was deleted or disabled, or it is mistyped. Create a new one at https://openrouter.ai/settings/keys.',
      'Check that the app sends the OpenRouter key, not another provider\'s key, to https://openrouter.ai/api/v1.',
    ],
  },
  {
    // 403 "Key limit exceeded (total limit). Manage it using https://openrouter.ai/settings/keys"
    // (RooCodeInc/Roo-Code#515, jalpp/chessagineweb#146).
    id: 'key_limit_exceeded',
    when: (a, e) => (a.status === 403 || a.status === 402) && /key limit exceeded/i.test(e.message ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The key\'s own spending limit is reached: raise or remove it at https://openrouter.ai/settings/keys, or use a key without a limit.'],
  },
  {
    // 402 "Insufficient credits. This account never purchased credits. Make sure your key is on the correct account
    // or org…" (Gitlawb/openclaude#43); 402 "This request requires more credits, or fewer max_tokens" (QwenLM/qwen-code#73).
    id: 'insufficient_credits',
    when: (a, e) => a.status === 402 || /insufficient credits|requires more credits/i.test(e.message ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Add credits at https://openrouter.ai/settings/credits (a negative balance refuses even free models).',
      'If credits were bought, the key may belong to another account or organisation: compare the account in the OpenRouter dashboard with the one that owns the key.',
    ],
  },
];

export const openrouter: Probe = {
  id: 'openrouter',
  name: 'OpenRouter',
  docs: 'https://openrouter.ai/settings/keys',
  envVars: ['OPENROUTER_API_KEY'],
  defaultBaseUrl: 'https://openrouter.ai/api/v1',
  officialHosts: ['openrouter.ai'],
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^sk-or-v1-[0-9a-f]{64}$/ }],
  // 401 with no key: "No auth credentials found" (https://openrouter.ai/docs/api-reference/errors).
  hints: { sdk: [/@openrouter\/(?:ai-sdk-provider|sdk)|OpenrouterException/], envelope: [/No auth credentials found|\bThis account never purchased credits\b|\b401:? Missing Authentication header\b/] },
  requestIdHeaders: ['x-request-id', 'cf-ray'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'key'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { code: str(a.json, 'error.code'), message: str(a.json, 'error.message') ?? (typeof field(a.json, 'error') === 'string' ? str(a.json, 'error') : undefined) };
    return runRules('openrouter', rules, a, err);
  },
  identity(a) {
    const d = field(a.json, 'data');
    if (d === null || typeof d !== 'object') return undefined;
    const management = field(d, 'is_management_key') === true || field(d, 'is_provisioning_key') === true;
    const limit = field(d, 'limit');
    return {
      account: str(d, 'creator_user_id'),
      label: str(d, 'label'),
      keyType: management ? 'management key' : 'API key',
      tier: field(d, 'is_free_tier') === true ? 'free' : field(d, 'is_free_tier') === false ? 'paid' : undefined,
      limit: limit === null ? 'none' : str(d, 'limit'),
      limitRemaining: str(d, 'limit_remaining'),
      limitReset: str(d, 'limit_reset'),
      usage: str(d, 'usage'),
      expiresAt: str(d, 'expires_at'),
    };
  },
};
