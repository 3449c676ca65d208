// Hugging Face. Tokens: https://huggingface.co/settings/tokens
// whoami: GET /api/whoami-v2 (huggingface.js packages/hub/src/lib/who-am-i.ts; huggingface_hub HfApi.whoami): type
//   (user|org|app), name, orgs[], auth.type, auth.accessToken.{displayName, role: read|write|fineGrained, fineGrained:
//   {global[], scoped[{entity, permissions[]}], canReadGatedRepos}}, auth.expiresAt. Use v2: modern tokens get 401 on
//   the old /api/whoami (huggingface/huggingface_hub#3479, maintainer's reply in #3368).
// Errors: {"error": "<message>"} plus X-Error-Code / X-Error-Message headers (huggingface_hub utils/_http.py).
// Rate limits: https://huggingface.co/docs/hub/rate-limits (per 5-minute window); whoami-v2 itself answers 429
//   (huggingface/autotrain-advanced#911, where the tool then wrongly reported "Invalid token").
// Env: huggingface_hub constants.py and _login.py (HF_TOKEN, legacy HUGGING_FACE_HUB_TOKEN; HF_ENDPOINT, default
//   https://huggingface.co). HUGGINGFACEHUB_API_TOKEN is LangChain's name for the same token.
// Format: hf_ + 34 (gitleaks and trufflehog huggingface match letters only; many other scanners allow digits, and the
//   wider [A-Za-z0-9] is used so a real token is never called unrecognised); organisation API tokens (api_org_ + 34)
//   were deprecated in 2023 (huggingface/hub-docs#913) but old ones still answer whoami as type "org".
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const rules: Rule[] = [
  {
    // 401 {"error":"Invalid credentials in Authorization header"} (huggingface/huggingface_hub#3368, #3479)
    id: 'invalid_credentials',
    when: (a, e) => a.status === 401 && /invalid credentials|invalid user token|invalid username or password/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Hugging Face does not accept this token: it was deleted, expired, or is mistyped (the Hub does not say which). Check https://huggingface.co/settings/tokens and create a new one.',
      'HF_TOKEN wins over a token saved by `hf auth login`: an old HF_TOKEN in the environment hides a newer login.',
    ],
  },
  {
    // 429 {"error":"We had to rate limit your IP (…). To continue using our service, create a HF account or login…"}
    // (ggml-org/llama.cpp#18108). Never a verdict on the token.
    id: 'rate_limited',
    when: (a) => a.status === 429,
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}${a.headers['retry-after'] ? `, retry-after ${a.headers['retry-after']}` : ''} (the Hub counts requests per 5-minute window)`,
    fixes: [
      'Wait for the 5-minute window to pass and run again; the token was not judged. A tool that calls this "invalid token" is misreading a rate limit.',
      'Requests without a token are limited per IP and much lower: check that the token is actually sent.',
    ],
  },
];

function scopes(token: unknown): string[] | undefined {
  const fg = field(token, 'fineGrained');
  if (fg === null || typeof fg !== 'object') return undefined;
  const out: string[] = [];
  const global = field(fg, 'global');
  if (Array.isArray(global)) out.push(...global.filter((p): p is string => typeof p === 'string'));
  const scoped = field(fg, 'scoped');
  if (Array.isArray(scoped)) {
    for (const s of scoped) {
      const who = str(s, 'entity.name') ?? str(s, 'entity.type') ?? '?';
      const perms = field(s, 'permissions');
      if (Array.isArray(perms)) for (const p of perms) if (typeof p === 'string') out.push(`${who}:${p}`);
    }
  }
  if (field(fg, 'canReadGatedRepos') === true) out.push('gated-repos:read');
  return out;
}

export const huggingface: Probe = {
  phrases,
  id: 'huggingface',
  name: 'Hugging Face',
  aliases: ['hf', 'hugging-face'],
  docs: 'https://huggingface.co/settings/tokens',
  envVars: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'HUGGINGFACEHUB_API_TOKEN'],
  baseUrlEnv: 'HF_ENDPOINT',
  defaultBaseUrl: 'https://huggingface.co',
  officialHosts: ['huggingface.co'],
  keyFormats: [
    { id: 'user', description: 'user access token', pattern: /^hf_[A-Za-z0-9]{34}$/ },
    { id: 'org', description: 'organisation API token (deprecated)', pattern: /^api_org_[A-Za-z0-9]{34}$/ },
  ],
  hints: {
    hosts: ['api-inference.huggingface.co', 'router.huggingface.co'],
    sdk: [/huggingface_hub|HfHubHTTPError|@huggingface\//],
    envelope: [/\bInference Providers\b|X-Error-Code/],
    names: ['HuggingFace'],
  },
  requestIdHeaders: ['x-request-id', 'x-amzn-trace-id', 'x-amz-cf-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'api/whoami-v2'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = {
      code: a.headers['x-error-code'],
      message: (typeof field(a.json, 'error') === 'string' ? str(a.json, 'error') : undefined) ?? a.headers['x-error-message'],
    };
    return runRules('huggingface', rules, a, err);
  },
  identity(a) {
    const name = str(a.json, 'name');
    const type = str(a.json, 'type');
    if (!name || !type) return undefined;
    const orgs = field(a.json, 'orgs');
    const token = field(a.json, 'auth.accessToken');
    return {
      user: type === 'user' ? name : undefined,
      organization: type === 'org' ? name : undefined,
      app: type === 'app' ? name : undefined,
      orgs: Array.isArray(orgs) ? orgs.flatMap((o) => (str(o, 'name') ? [str(o, 'name')!] : [])) : undefined,
      keyType: str(token, 'role'),
      tokenName: str(token, 'displayName'),
      scopes: scopes(token),
      expiresAt: str(a.json, 'auth.expiresAt'),
    };
  },
};
