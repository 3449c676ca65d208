// Google Gemini (Gemini Developer API, AI Studio keys): the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import type { Answer } from '../types.js';
import { field, said, str, type ProviderError, type Rule } from '../kit.js';
import { AUTH_KEY_FIX } from './prevention.js';

export function errorInfo(a: Answer): unknown {
  const details = field(a.json, 'error.details');
  return Array.isArray(details) ? details.find((d) => str(d, '@type')?.endsWith('google.rpc.ErrorInfo')) : undefined;
}

/** said() plus the Google Cloud project the key belongs to, when the answer names it. */
function withProject(a: Answer, e: ProviderError): string {
  const consumer = str(errorInfo(a), 'metadata.consumer');
  return consumer ? `${said(a, e)}; key of ${consumer}` : said(a, e);
}

const msg = (e: ProviderError) => e.message ?? '';

export const rules: Rule[] = [
  {
    // 401 UNAUTHENTICATED, reason ACCESS_TOKEN_TYPE_UNSUPPORTED, "Request had invalid authentication credentials. Expected
    // OAuth 2 access token, login cookie or other valid authentication credential." (google-gemini/gemini-cli#29275):
    // the Gemini API refusing a kind of credential, since 2026-06-19 an unrestricted standard key (Kilo-Org/kilocode#12162,
    // NousResearch/hermes-agent#68285 match the reason or that message on a 401). Not a wrong key: the key exists, and
    // may work for other Google APIs, but no Gemini call it makes will pass.
    id: 'access_token_type_unsupported',
    when: (a, e) => e.code === 'ACCESS_TOKEN_TYPE_UNSUPPORTED' || (a.status === 401 && /Expected OAuth 2 access token/i.test(msg(e))),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: (a, e) => `${withProject(a, e)} (the Gemini API does not accept this kind of key)`,
    fixes: [
      'A standard key (AIza…) without API restrictions has been refused since 2026-06-19: restrict it to the Generative Language API in the Google Cloud console (APIs & Services → Credentials → the key → API restrictions), a stopgap: Google announced that every standard key is refused from September 2026.',
      AUTH_KEY_FIX,
      'A key sent as "Authorization: Bearer" (an OpenAI-compatible client pointed at the native API) is refused the same way: the native API takes it in the x-goog-api-key header.',
    ],
  },
  {
    // 400 INVALID_ARGUMENT, reason API_KEY_INVALID, "API key expired. Please renew the API key." (continuedev/continue#11336)
    id: 'api_key_expired',
    when: (_a, e) => e.code === 'API_KEY_INVALID' && /expired/i.test(msg(e)),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Create a new key at https://aistudio.google.com/app/apikey (or renew it in the Cloud console under APIs & Services → Credentials).',
      'A key created minutes ago that already says "expired" has been reported as a Google-side fault (google-gemini/gemini-cli#4430): wait a few minutes, then create another.',
    ],
  },
  {
    // 400 INVALID_ARGUMENT, reason API_KEY_INVALID, "API key not valid. Please pass a valid API key." (continuedev/continue#8516)
    // or "API Key not found. Please pass a valid API key." (google-gemini/gemini-cli#25198). Google answers 400, not 401.
    id: 'api_key_invalid',
    when: (a, e) => e.code === 'API_KEY_INVALID' || (a.status === 400 && /API key (not valid|not found)/i.test(msg(e))),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Copy the key again from https://aistudio.google.com/app/apikey; a deleted key answers the same way.',
      'GOOGLE_API_KEY wins over GEMINI_API_KEY in the Google SDKs: check which one your app really loads (`keydoctor trace GOOGLE_API_KEY`).',
    ],
  },
  {
    // 400 FAILED_PRECONDITION "User location is not supported for the API use." (google-gemini/gemini-cli#24641)
    id: 'location_not_supported',
    when: (_a, e) => /user location is not supported/i.test(msg(e)),
    category: 'region_blocked',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'The Gemini API does not serve the country this request comes from (https://ai.google.dev/gemini-api/docs/available-regions).',
      'A VPN, proxy or cloud region decides what Google sees: CDN and serverless edges in Hong Kong are a common cause.',
    ],
  },
  {
    // 403 PERMISSION_DENIED, reason CONSUMER_SUSPENDED, "Consumer 'api_key:…' has been suspended." (google/generative-ai-docs#356)
    id: 'consumer_suspended',
    when: (_a, e) => e.code === 'CONSUMER_SUSPENDED' || /consumer .* has been suspended/i.test(msg(e)),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: withProject,
    fixes: [
      'Google suspended this key or its Cloud project (usually for abuse or a terms violation); a key in the same project stays suspended.',
      'The project owner can appeal in the Google Cloud console; otherwise use a key of another, healthy project.',
    ],
  },
  {
    // 403 PERMISSION_DENIED, reason SERVICE_DISABLED, "Generative Language API has not been used in project … or it is disabled"
    // (google-gemini/deprecated-generative-ai-python#10)
    id: 'service_disabled',
    when: (_a, e) => e.code === 'SERVICE_DISABLED' || /has not been used in project .* or it is disabled/i.test(msg(e)),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: withProject,
    fixes: [
      'Enable the Generative Language API in the key\'s Google Cloud project (the error names the project), wait a few minutes, and run again.',
      'A key made in AI Studio has it enabled; a key from another Google product (Maps, Firebase) often does not.',
    ],
  },
  {
    // 403 PERMISSION_DENIED, reason API_KEY_SERVICE_BLOCKED, "Requests to this API generativelanguage.googleapis.com method … are blocked."
    // (continuedev/continue#12781)
    id: 'api_key_service_blocked',
    when: (_a, e) => e.code === 'API_KEY_SERVICE_BLOCKED' || /^requests to this API .* are blocked/i.test(msg(e)),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: withProject,
    fixes: ['The key\'s API restrictions exclude the Generative Language API: add it under APIs & Services → Credentials → the key → API restrictions ("Gemini for Google Cloud" is a different API).'],
  },
  {
    // 403 PERMISSION_DENIED, reason API_KEY_HTTP_REFERRER_BLOCKED "Requests from referer <empty> are blocked."
    // (google-gemini/deprecated-generative-ai-dart#219); the IP/Android/iOS variants per langwatch providerValidation.ts.
    id: 'api_key_client_blocked',
    when: (_a, e) => /^API_KEY_(HTTP_REFERRER|IP_ADDRESS|ANDROID_APP|IOS_APP)_BLOCKED$/.test(e.code ?? '') || /^requests from referer .* are blocked/i.test(msg(e)),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: said,
    fixes: ['The key\'s application restrictions (HTTP referrer, IP address, Android or iOS app) exclude this caller: a server needs a key restricted by IP address, or none.'],
  },
];
