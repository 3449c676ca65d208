// Resend. Keys: https://resend.com/api-keys
// Errors: https://resend.com/docs/api-reference/errors — body {statusCode, name, message}. A deleted or unknown key is
//   400/401 validation_error "API key is invalid" in the current table (403 invalid_api_key in older versions;
//   resend/resend-node#617: the API now returns validation_error); a sending-only key gets 401 restricted_api_key
//   "This API key is restricted to only send emails" on every other endpoint, which proves it live (trufflehog
//   pkg/detectors/resend); a disabled key gets 403 (trufflehog: "suspended_api_key … the key exists but is already
//   disabled") [conv: body]. 429 rate_limit_exceeded / daily_quota_exceeded / monthly_quota_exceeded.
//   A request without User-Agent is refused by Cloudflare (403, error 1010): the client always sends one.
// Format: re_ + 8 + _ + 24 base58 (trufflehog resend); the SDK's own placeholder is re_123.
// Env: RESEND_API_KEY, RESEND_BASE_URL (resend/resend-node src/resend.ts).
import type { Probe } from '../types.js';
import { field, joinUrl, result, runRules, said, str, type Rule } from '../kit.js';

const rules: Rule[] = [
  {
    id: 'invalid_api_key',
    when: (a, e) => a.status >= 400 && a.status < 500 && (e.code === 'invalid_api_key' || /api key is invalid/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Resend does not know this key: it was deleted or mistyped. Create one at https://resend.com/api-keys (it is shown only once).'],
  },
  {
    id: 'key_disabled',
    when: (a, e) => a.status === 403 && (e.code === 'suspended_api_key' || /not active|suspended|disabled/i.test(e.message ?? '')),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The key exists but is disabled: enable it or create a new one at https://resend.com/api-keys.'],
  },
  {
    id: 'missing_api_key',
    when: (_a, e) => e.code === 'missing_api_key',
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['No key reached Resend: check that RESEND_API_KEY is set and not empty.'],
  },
  {
    id: 'quota_exceeded',
    when: (_a, e) => /^(daily|monthly)_quota_exceeded$/.test(e.code ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The account has used its sending quota for the day or month: wait for it to reset or upgrade the plan at https://resend.com/settings/billing.'],
  },
  {
    id: 'rate_limit_exceeded',
    when: (a, e) => a.status === 429 || e.code === 'rate_limit_exceeded',
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}${a.headers['ratelimit-reset'] ? `, ratelimit-reset ${a.headers['ratelimit-reset']} s` : ''}`,
    fixes: ['Wait a second and run again (the default limit is a few requests per second per team); the key was not judged.'],
  },
];

export const resend: Probe = {
  id: 'resend',
  name: 'Resend',
  docs: 'https://resend.com/api-keys',
  envVars: ['RESEND_API_KEY', 'RESEND_KEY'],
  baseUrlEnv: 'RESEND_BASE_URL',
  defaultBaseUrl: 'https://api.resend.com',
  officialHosts: ['api.resend.com'],
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}$/ }],
  hints: { sdk: [/\bResendError\b|anymail\.backends\.resend/], envelope: [/restricted_api_key|This API key is restricted to only send emails/] },
  requestIdHeaders: ['cf-ray'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'domains'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { code: str(a.json, 'name'), message: str(a.json, 'message') };
    // A sending-only key is refused everywhere but sending, after Resend has recognised it: it is live.
    if (a.status === 401 && err.code === 'restricted_api_key') {
      return result({
        category: 'ok',
        verdict: 'valid',
        rule: 'resend.restricted_key_live',
        evidence: [`${said(a, err)} — a sending-only key, which Resend recognised, so it is live (it can send email, nothing else)`],
        fixes: [],
        providerCode: err.code,
        providerMessage: err.message,
      });
    }
    if (a.status === 403 && /error code: 1010/i.test(a.text)) {
      return result({
        category: 'unknown',
        verdict: 'indeterminate',
        rule: 'resend.edge_blocked',
        evidence: [`status 403, Cloudflare error 1010: Resend's edge refused the request (its signature, usually a missing User-Agent) before the API saw it`],
        fixes: ['Something on the way removed the User-Agent header or made the request look like a bot (a proxy): check HTTPS_PROXY. The key was not judged.'],
      });
    }
    if (!err.code && !err.message) return undefined;
    return runRules('resend', rules, a, err);
  },
  identity(a) {
    if (a.status === 401 && str(a.json, 'name') === 'restricted_api_key') return { keyType: 'sending access' };
    if (a.status < 200 || a.status >= 300) return undefined;
    const data = field(a.json, 'data');
    if (!Array.isArray(data)) return undefined;
    const domains = data.map((d) => str(d, 'name')).filter((n): n is string => !!n);
    return { keyType: 'full access', domains: domains.length ? domains : undefined };
  },
};
