// Groq. Keys: https://console.groq.com/keys
// API: https://console.groq.com/docs/api-reference#models-list (OpenAI-compatible, under /openai/v1)
// Errors: https://console.groq.com/docs/errors (OpenAI-style envelope: error.message, error.type, error.code)
// Env: groq/groq-typescript src/client.ts (GROQ_API_KEY; GROQ_BASE_URL defaults to https://api.groq.com and the
//   SDK adds /openai/v1 to each path, so the default base URL here carries no path either).
// Format: trufflehog pkg/detectors/groq and kingfisher rules groq.yml (gsk_ + 52 alphanumerics).
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const rules: Rule[] = [
  {
    // 401 {"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}
    // (ag5826000/resume-commentor#4)
    id: 'invalid_api_key',
    when: (a, e) => e.code === 'invalid_api_key' || (a.status === 401 && /invalid api key/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Copy the key again from https://console.groq.com/keys (it is shown once; a deleted key answers the same way).',
      'A key created seconds ago can be refused briefly (spring-projects/spring-ai#997): run again before replacing it.',
    ],
  },
  {
    // code organization_restricted "Organization has been restricted. Please reach out to support if you believe
    // this was in error." (songquanpeng/one-api#1764; seen as 400 through a relay, the native status is [conv])
    id: 'organization_restricted',
    when: (_a, e) => e.code === 'organization_restricted' || /organization has been restricted/i.test(e.message ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Groq restricted the organisation that owns this key: every key of it is refused. An owner must contact Groq support; a new key in the same organisation will not help.'],
  },
];

export const groq: Probe = {
  phrases,
  id: 'groq',
  name: 'Groq',
  docs: 'https://console.groq.com/keys',
  envVars: ['GROQ_API_KEY'],
  baseUrlEnv: 'GROQ_BASE_URL',
  defaultBaseUrl: 'https://api.groq.com',
  officialHosts: ['api.groq.com'],
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^gsk_[A-Za-z0-9]{52}$/ }],
  // x-request-id (req_…) is on every answer, errors included (ag5826000/resume-commentor#4); x-groq-region tells where it was served.
  hints: { sdk: [/\bgroq\.[A-Z]\w*Error\b|x-groq-region/] },
  requestIdHeaders: ['x-request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'openai/v1/models'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { code: str(a.json, 'error.code'), type: str(a.json, 'error.type'), message: str(a.json, 'error.message') };
    if (!err.code && !err.type && !err.message) return undefined;
    return runRules('groq', rules, a, err);
  },
  // A success lists models only; Groq names the organisation in rate-limit messages, never on a success.
};
