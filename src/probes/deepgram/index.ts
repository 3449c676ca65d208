// Deepgram. Keys: https://console.deepgram.com (Settings → API Keys; https://developers.deepgram.com/docs/create-additional-api-keys)
// Auth: "Authorization: Token <key>" (https://developers.deepgram.com/reference/authentication; trufflehog deepgram).
// Request: GET /v1/projects lists the projects the key can see (https://developers.deepgram.com/reference/manage/projects/list).
// Errors: {err_code, err_msg, request_id} (https://developers.deepgram.com/docs/errors): 401 INVALID_AUTH
// "Invalid credentials." (also Natively-AI-assistant/natively-cluely-ai-assistant#369), 401/403 insufficient
// permissions (orgs/deepgram discussions #1599: INSUFFICIENT_PERMISSIONS), 402 insufficient credits, 429.
// Format: 40 hex with no prefix (trufflehog deepgram needs the word "deepgram" nearby, kingfisher deepgram). The shape
// is weak: the probe is meant to be found by its variable name. It is still declared, because checkFormat only scans
// other probes' formats when a value matches none of its own: without it, every Deepgram key would be blocked as
// "another provider's key" by any broad 40-hex pattern (datadog declares one, and sorts first). The contract has no
// way to say "weak, do not infer from it" (see the report); until it does, inference of a stray 40-hex value is
// decided by whichever probe sorts first.
// Env: DEEPGRAM_API_KEY [conv]. The python SDK's DEEPGRAM_HOST is a bare host name (api.deepgram.com), not a URL,
// so it is not used as baseUrlEnv. EU endpoint api.eu.deepgram.com [obs].
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';

const KEYS = 'https://console.deepgram.com';

const rules: Rule[] = [
  {
    // 401 {"err_code":"INVALID_AUTH","err_msg":"Invalid credentials."}
    id: 'invalid_auth',
    when: (_a, e) => e.code === 'INVALID_AUTH' || /invalid credentials/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Deepgram does not recognise the key: it was mistyped, deleted, or its expiry date passed. Create one in ${KEYS} (Settings → API Keys).`,
      'The key is sent as "Authorization: Token <key>"; a short-lived access token (JWT) is sent as "Bearer" and cannot list projects.',
    ],
  },
  {
    // "User does not have sufficient permissions." / INSUFFICIENT_PERMISSIONS: a live key with a narrow role or scopes.
    id: 'insufficient_permissions',
    when: (a, e) => (a.status === 401 || a.status === 403) && (e.code === 'INSUFFICIENT_PERMISSIONS' || e.code === 'FORBIDDEN' || /sufficient permissions/i.test(e.message ?? '')),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} — Deepgram recognised the key, so it is live; its role or scopes do not allow listing projects`,
    fixes: [
      'The key has custom scopes or a role below Member. If your app only transcribes, check that it allows that; to let keydoctor confirm it, give it the project:read scope (Member role).',
    ],
  },
  {
    // 402 Payment Required: insufficient credits (errors reference, deepgram/deepgram-js-sdk#353)
    id: 'insufficient_credits',
    when: (a, e) => a.status === 402 || /PAYMENT_REQUIRED|insufficient credits|enough credits/i.test(`${e.code ?? ''} ${e.message ?? ''}`),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: [`The project has run out of credit: add credit or a payment method under Billing in ${KEYS}.`],
  },
];

export const deepgram: Probe = {
  id: 'deepgram',
  name: 'Deepgram',
  docs: KEYS,
  envVars: ['DEEPGRAM_API_KEY'],
  defaultBaseUrl: 'https://api.deepgram.com',
  officialHosts: ['api.deepgram.com', 'api.eu.deepgram.com'],
  keyFormats: [{ id: 'api', description: 'API key (40 hex, no prefix)', pattern: /^[0-9a-f]{40}$/ }],
  hints: { sdk: [/@deepgram\/sdk|\bdeepgram\.(?:errors|clients)\b|DeepgramApiError|dg-request-id/] },
  requestIdHeaders: ['dg-request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'v1/projects'), headers: { authorization: `Token ${key}` } };
  },
  classify(a) {
    // Two envelopes: {err_code, err_msg} and the newer {category, message}.
    const err = {
      code: str(a.json, 'err_code') ?? str(a.json, 'category'),
      message: str(a.json, 'err_msg') ?? str(a.json, 'message'),
    };
    if (a.status < 400 || (!err.code && !err.message)) return undefined;
    return runRules('deepgram', rules, a, err);
  },
  identity(a) {
    const list = field(a.json, 'projects');
    if (!Array.isArray(list)) return undefined;
    const ids = list.map((p) => str(p, 'project_id')).filter((v): v is string => !!v);
    const names = list.map((p) => str(p, 'name') ?? str(p, 'project_id')).filter((v): v is string => !!v);
    return { project: ids.length === 1 ? ids[0] : undefined, projects: names };
  },
};
