// DeepSeek. Keys: https://platform.deepseek.com/api_keys
// Balance: https://api-docs.deepseek.com/api/get-user-balance (GET /user/balance → is_available, balance_infos[] with
//   currency, total_balance, granted_balance, topped_up_balance).
// Errors: https://api-docs.deepseek.com/quick_start/error_codes (401 Authentication Fails, 402 Insufficient Balance,
//   429, 500, 503); bodies are OpenAI-style {"error":{"message","type","param","code"}} (issue threads below).
// Format and verification: trufflehog pkg/detectors/deepseek (sk- + 32 [a-z0-9]; GET /user/balance, 200 valid,
// 401 invalid). The shape is not unique to DeepSeek (other OpenAI-compatible services issue sk- + 32 hex), so a
// match names a likely provider, not a proven one. DeepSeek has no SDK of its own, hence no baseUrlEnv.
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

function balances(json: unknown): string[] {
  const infos = field(json, 'balance_infos');
  if (!Array.isArray(infos)) return [];
  return infos.flatMap((b) => {
    const currency = str(b, 'currency');
    const total = str(b, 'total_balance');
    return currency && total ? [`${currency} ${total}`] : [];
  });
}

const rules: Rule[] = [
  {
    // 200 with is_available false: "whether the account has balance available for API calls" (balance docs);
    // CodexBar docs/deepseek.md shows it as "Balance unavailable for API calls".
    id: 'balance_unavailable',
    when: (a) => a.status >= 200 && a.status < 300 && field(a.json, 'is_available') === false,
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, is_available false${balances(a.json).length ? `, balance ${balances(a.json).join(', ')}` : ''}`,
    fixes: ['The key works but the account has no usable balance: top up at https://platform.deepseek.com/top_up; calls will answer 402 Insufficient Balance until then.'],
  },
  {
    // 401 "Authentication Fails (auth header format should be Bearer sk-...)" (continuedev/continue#10056, linshenkx/prompt-optimizer#170)
    id: 'auth_header_format',
    when: (a, e) => a.status === 401 && /auth header format/i.test(e.message ?? ''),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['DeepSeek did not get a key of the form sk-…: check that DEEPSEEK_API_KEY is set, unquoted and complete.'],
  },
  {
    // 401 "Authentication Fails (no such user)" (deepseek-ai/DeepSeek-R1#82): the key names no existing user.
    id: 'no_such_user',
    when: (a, e) => a.status === 401 && /no such user/i.test(e.message ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} (the account behind the key does not exist)`,
    fixes: [
      'The account this key belonged to is gone or was never completed: sign in at https://platform.deepseek.com and create a new key.',
      'New keys were answered this way during DeepSeek\'s January 2025 incident (deepseek-ai/DeepSeek-R1#82): check https://status.deepseek.com before deleting a key you just made.',
    ],
  },
  {
    // 401 "Authentication Fails, Your api key: ****18b is invalid", type authentication_error
    // (droidrun/mobilerun#28, BerriAI/litellm#10403).
    id: 'authentication_fails',
    when: (a, e) => a.status === 401 && (e.type === 'authentication_error' || /authentication fails/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'DeepSeek does not recognise this key: it was deleted, or is mistyped. Create one at https://platform.deepseek.com/api_keys (shown once).',
      'The masked tail in the message (****…) is the key DeepSeek received: compare it with the key you meant to send.',
    ],
  },
  {
    // 402 {"error":{"message":"Insufficient Balance","type":"unknown_error","code":"invalid_request_error"}} (Aider-AI/aider#4851)
    id: 'insufficient_balance',
    when: (a, e) => a.status === 402 || /insufficient balance/i.test(e.message ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The account has run out of balance: top up at https://platform.deepseek.com/top_up.'],
  },
];

export const deepseek: Probe = {
  id: 'deepseek',
  name: 'DeepSeek',
  docs: 'https://platform.deepseek.com/api_keys',
  envVars: ['DEEPSEEK_API_KEY'],
  defaultBaseUrl: 'https://api.deepseek.com',
  officialHosts: ['api.deepseek.com'],
  // `sk-` + 32 is also Moonshot's, DashScope's and others' shape: it names no provider on its own.
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^sk-[a-z0-9]{32}$/, distinctive: false }],
  // No request-id header is documented; x-request-id is the OpenAI-compatible convention [conv].
  phrases,
  hints: { sdk: [/DeepseekException|DeepSeekException/] },
  requestIdHeaders: ['x-request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'user/balance'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { code: str(a.json, 'error.code'), type: str(a.json, 'error.type'), message: str(a.json, 'error.message') };
    return runRules('deepseek', rules, a, err);
  },
  identity(a) {
    const available = field(a.json, 'is_available');
    if (typeof available !== 'boolean') return undefined;
    return { balance: balances(a.json), balanceAvailable: available ? 'yes' : 'no' };
  },
};
