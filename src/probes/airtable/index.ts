// Airtable. Tokens: https://airtable.com/create/tokens
// Auth: https://airtable.com/developers/web/api/authentication ; whoami: https://airtable.com/developers/web/api/get-user-id-scopes
//   (id, scopes, and email when the token has user.email:read).
// Errors: {"error": {"type", "message"}}; 401 AUTHENTICATION_REQUIRED "Authentication required" (TappNetwork/laravel-airtable#78,
//   domdomegg/airtable-mcp-server#37), 403 INVALID_PERMISSIONS(_OR_MODEL_NOT_FOUND) (support.airtable.com/docs/airtable-api-common-troubleshooting).
// Formats: pat + 14 alphanumerics + . + 64 hex (gitleaks rules/airtable.go, trufflehog airtablepersonalaccesstoken);
//   legacy key + 14 API keys stopped working on 2024-02-01 (Airtable/airtable.js#357).
// Env: AIRTABLE_API_KEY and AIRTABLE_ENDPOINT_URL (airtable.js src/airtable.ts default_config), AIRTABLE_TOKEN [conv].
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const rules: Rule[] = [
  {
    // 401 AUTHENTICATION_REQUIRED: no token, or one Airtable does not know (deleted, or a retired key… API key).
    id: 'authentication_required',
    when: (a, e) => a.status === 401 && /^(AUTHENTICATION_REQUIRED|UNAUTHORIZED|INVALID_API_KEY)$/.test(e.type ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Airtable does not accept this token: it was deleted, regenerated or mistyped. Create a personal access token at https://airtable.com/create/tokens.',
      'Legacy API keys (key…) stopped working on 1 February 2024: replace one with a personal access token (pat…).',
    ],
  },
  {
    // 403 INVALID_PERMISSIONS[_OR_MODEL_NOT_FOUND]: the token authenticated but may not do this. whoami needs no
    // scope, so this is an account- or enterprise-level restriction [conv].
    id: 'invalid_permissions',
    when: (a, e) => a.status === 403 && /^INVALID_PERMISSIONS/.test(e.type ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'The token is known but refused: check its scopes and bases at https://airtable.com/create/tokens.',
      'On an Enterprise plan, an admin can restrict personal access tokens: ask the admin, or use a service account.',
    ],
  },
];

export const airtable: Probe = {
  phrases,
  id: 'airtable',
  name: 'Airtable',
  docs: 'https://airtable.com/create/tokens',
  envVars: ['AIRTABLE_API_KEY', 'AIRTABLE_TOKEN', 'AIRTABLE_ACCESS_TOKEN', 'AIRTABLE_PAT'],
  baseUrlEnv: 'AIRTABLE_ENDPOINT_URL',
  defaultBaseUrl: 'https://api.airtable.com',
  officialHosts: ['api.airtable.com'],
  keyFormats: [
    { id: 'pat', description: 'personal access token (pat…)', pattern: /^pat[A-Za-z0-9]{14}\.[a-f0-9]{64}$/ },
    {
      id: 'legacy',
      description: 'legacy API key (key…)',
      pattern: /^key[A-Za-z0-9]{14}$/,
      distinctive: false,
      unusable: 'Airtable retired legacy API keys on 1 February 2024; create a personal access token (pat…) at https://airtable.com/create/tokens',
    },
  ],
  hints: { sdk: [/\bAirtableError\b|\bpyairtable\b|Airtable::/], envelope: [/\b(?:AUTHENTICATION_REQUIRED|INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND)\b/] },
  requestIdHeaders: [],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'v0/meta/whoami'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const error = field(a.json, 'error');
    const err = typeof error === 'string' ? { type: error } : { type: str(a.json, 'error.type'), message: str(a.json, 'error.message') };
    if (!err.type) return undefined;
    return runRules('airtable', rules, a, err);
  },
  identity(a) {
    if (a.status < 200 || a.status >= 300) return undefined;
    const id = str(a.json, 'id');
    if (!id) return undefined;
    const scopes = field(a.json, 'scopes');
    return {
      account: id,
      user: str(a.json, 'email'),
      scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : undefined,
    };
  },
};
