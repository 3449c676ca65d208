// xAI (Grok). Keys: https://console.x.ai (team → API Keys). Management keys are separate and belong to
// https://management-api.x.ai (https://docs.x.ai/docs/management-api); this probe checks inference API keys.
// Key info: GET /v1/api-key, "Get information about an API key, including name, status, permissions and users"
//   (xAI REST OpenAPI, copy at api-evangelist/xai openapi/xai-api-key-api-openapi.yml): redacted_api_key, user_id,
//   name, team_id, api_key_id, acls[], team_blocked, api_key_blocked, api_key_disabled. Its only documented
//   failure is 400 "The request is invalid or an invalid API key is provided" — xAI answers a bad key with 400, not 401.
// Errors: {"code": "<gRPC status text>", "error": "<message>"}, e.g. 400 {"code":"Client specified an invalid
//   argument","error":"Incorrect API key provided: xa***…"} (continuedev/continue#10778 and tests in public clients).
// Format: trufflehog pkg/detectors/xai (xai- + 80 [0-9a-zA-Z_]; GET /v1/api-key, 200 valid, 400/401 invalid).
// No official base-URL variable was found, so there is no baseUrlEnv.
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';

const ok = (status: number) => status >= 200 && status < 300;

const rules: Rule[] = [
  {
    // 200 with team_blocked: the key authenticates, but the team (account) behind it is blocked.
    id: 'team_blocked',
    when: (a) => ok(a.status) && field(a.json, 'team_blocked') === true,
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, team_blocked true (team ${str(a.json, 'team_id') ?? '?'})`,
    fixes: ['The xAI team that owns this key is blocked: a team admin must resolve it in https://console.x.ai or with xAI support. A new key in the same team will not help.'],
  },
  {
    id: 'api_key_disabled',
    when: (a) => ok(a.status) && field(a.json, 'api_key_disabled') === true,
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, api_key_disabled true (key ${str(a.json, 'name') ?? str(a.json, 'api_key_id') ?? '?'})`,
    fixes: ['This key is disabled: enable it again, or create a new one, at https://console.x.ai (team → API Keys).'],
  },
  {
    id: 'api_key_blocked',
    when: (a) => ok(a.status) && field(a.json, 'api_key_blocked') === true,
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, api_key_blocked true (key ${str(a.json, 'name') ?? str(a.json, 'api_key_id') ?? '?'})`,
    fixes: ['xAI or a team admin blocked this key: create a new key at https://console.x.ai and retire this one everywhere it is stored.'],
  },
  {
    // 400 "Incorrect API key provided: xa***en. You can obtain an API key from https://console.x.ai."
    id: 'incorrect_api_key',
    when: (a, e) => (a.status === 400 || a.status === 401) && /incorrect api key|invalid api key/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} (xAI answers an unknown key with 400)`,
    fixes: [
      'xAI does not recognise this key: create one at https://console.x.ai (team → API Keys).',
      'The masked start and end in the message (xa***…) are what xAI received: "sk***" or another prefix means another provider\'s key is being sent to xAI.',
    ],
  },
  {
    // 403/429 "Your team … has either used all available credits or reached its monthly spending limit…"
    // (warpdotdev/warp#14867); "Your newly created team doesn't have any credits or licenses yet" (pajeronda/xai_conversation#7).
    id: 'credits_exhausted',
    when: (a, e) => (a.status === 403 || a.status === 429 || a.status === 402) && /credits|spending limit/i.test(e.message ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The team has no credits left or reached its spending limit: buy credits or raise the limit in https://console.x.ai (team → Billing).'],
  },
  {
    // 403 {"code":"The caller does not have permission to execute the specified operation", …} without a billing reason:
    // the key's ACLs (api-key:endpoint:*, api-key:model:*) do not cover the call [conv for this endpoint].
    id: 'permission_denied',
    when: (a, e) => a.status === 403 && /does not have permission/i.test(e.code ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The key\'s ACLs do not allow this call: edit the key\'s endpoints and models at https://console.x.ai (team → API Keys).'],
  },
];

export const xai: Probe = {
  id: 'xai',
  name: 'xAI',
  aliases: ['grok', 'x-ai'],
  docs: 'https://console.x.ai',
  envVars: ['XAI_API_KEY', 'GROK_API_KEY'],
  defaultBaseUrl: 'https://api.x.ai/v1',
  officialHosts: ['api.x.ai'],
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^xai-[0-9a-zA-Z_]{80}$/ }],
  hints: {
    sdk: [/\bxai_sdk\b|@ai-sdk\/xai/],
    envelope: [/has either used all available credits or reached its monthly spending limit|doesn't have any credits(?: or licenses)? yet/],
  },
  requestIdHeaders: ['x-request-id', 'cf-ray'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'api-key'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    // xAI's own envelope is flat ({code, error}); its OpenAI-compatible routes may nest ({error:{message}}).
    const flat = typeof field(a.json, 'error') === 'string';
    const err = {
      code: flat ? str(a.json, 'code') : str(a.json, 'error.code'),
      message: flat ? str(a.json, 'error') : str(a.json, 'error.message'),
    };
    return runRules('xai', rules, a, err);
  },
  identity(a) {
    const keyId = str(a.json, 'api_key_id');
    if (!keyId) return undefined;
    const acls = field(a.json, 'acls');
    return {
      user: str(a.json, 'user_id'),
      organization: str(a.json, 'team_id'),
      keyName: str(a.json, 'name'),
      keyId,
      label: str(a.json, 'redacted_api_key'),
      scopes: Array.isArray(acls) ? acls.filter((x): x is string => typeof x === 'string') : undefined,
      createdAt: str(a.json, 'create_time'),
    };
  },
};
