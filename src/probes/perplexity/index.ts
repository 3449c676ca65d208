// Perplexity. Keys: https://www.perplexity.ai/settings/api (API group → API Keys)
// Client: perplexityai/perplexity-node src/client.ts (PERPLEXITY_API_KEY, PERPLEXITY_BASE_URL, default
//   https://api.perplexity.ai, Authorization: Bearer).
// Probe request: GET /async/chat/completions, "Retrieve a list of all asynchronous chat completion requests for a
//   given user" (perplexity-node src/resources/async/chat/completions.ts; docs.perplexity.ai/api-reference/
//   async-chat-completions-get). Chosen because it is authenticated, read-only and free for an ordinary Sonar key:
//   chat completions and /search are billed per request; GET /models is not offered to Sonar keys (LibreChat's
//   Perplexity notes: "fetching list of models is not supported"); /router/v1/models belongs to the Agent gateway,
//   and whether it checks an ordinary key at all is unconfirmed, so a 200 there would prove nothing.
// Errors: JSON 401 {"error":{"message":"Invalid API key provided…","type":"invalid_api_key","code":401}}
//   (openclaw/openclaw#36182); and a bare openresty "401 Authorization Required" HTML page from Perplexity's edge
//   (BerriAI/litellm#2584, perplexityai/api-discussion#281), which does not say why it refused.
// Format: gitleaks rules perplexity (pplx- + 48 alphanumerics); trufflehog has no detector.
import type { Probe } from '../types.js';
import { joinUrl, looksHtml, result, runRules, said, str, type Rule } from '../kit.js';

const rules: Rule[] = [
  {
    id: 'invalid_api_key',
    when: (a, e) => a.status === 401 && (e.type === 'invalid_api_key' || /invalid api key/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Perplexity does not recognise this key: it was deleted or is mistyped. Create one at https://www.perplexity.ai/settings/api.',
      'An API key is separate from a Perplexity Pro subscription: the key lives in an API group, with its own billing.',
    ],
  },
];

export const perplexity: Probe = {
  id: 'perplexity',
  name: 'Perplexity',
  aliases: ['pplx'],
  docs: 'https://www.perplexity.ai/settings/api',
  envVars: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
  baseUrlEnv: 'PERPLEXITY_BASE_URL',
  defaultBaseUrl: 'https://api.perplexity.ai',
  officialHosts: ['api.perplexity.ai'],
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^pplx-[A-Za-z0-9]{48}$/ }],
  hints: { sdk: [/PerplexityException/] },
  requestIdHeaders: ['x-request-id', 'cf-ray'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'async/chat/completions'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    // The edge's own refusal page: recognised as Perplexity's, but it does not say whether the key is wrong
    // (it has been reported for wrong keys and for requests the edge blocked), so the key is not judged.
    if (a.status === 401 && looksHtml(a) && /401 Authorization Required/i.test(a.text) && /openresty/i.test(a.text)) {
      return result({
        category: 'unknown',
        verdict: 'indeterminate',
        rule: 'perplexity.edge_401_page',
        evidence: 'status 401 with an openresty "401 Authorization Required" HTML page: Perplexity\'s edge refused the request without saying why',
        fixes: [
          'Compare the key with the one shown at https://www.perplexity.ai/settings/api, and check that its API group has credits.',
          'If the key is right, run again later or from another network: this page has also been seen for requests the edge blocked (perplexityai/api-discussion#281).',
        ],
      });
    }
    const err = { code: str(a.json, 'error.code'), type: str(a.json, 'error.type'), message: str(a.json, 'error.message') };
    return runRules('perplexity', rules, a, err);
  },
};
