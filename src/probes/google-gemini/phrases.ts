// Wordings of Google Gemini's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { besides, rule, shared } from '../kit.js';
import type { PhraseRule } from '../types.js';

const NEW_KEY = (where: string) => `Create a new key at ${where} and replace the old one everywhere it is defined.`;

export const phrases: PhraseRule[] = [
  // The standard-key refusal (401 UNAUTHENTICATED; see ./rules.ts access_token_type_unsupported).
  rule('access_token_type_unsupported', /ACCESS_TOKEN_TYPE_UNSUPPORTED/, 'insufficient_permissions',
    ['The Gemini API refuses this kind of key: an unrestricted standard key (AIza…) since 2026-06-19. Create an auth key (AQ.…) at https://aistudio.google.com/apikey, or restrict the key to the Generative Language API in the Cloud console.'],
    'https://github.com/google-gemini/gemini-cli/issues/29275'),
  // Same reason API_KEY_INVALID for bad and expired keys; only the message tells (continuedev/continue#9655).
  rule('api_key_expired', /API key expired/i, 'revoked_or_expired',
    [NEW_KEY('https://aistudio.google.com/apikey')], 'https://github.com/continuedev/continue/issues/9655'),
  // "API Key not found" only with Google's own continuation, "Please pass a valid API key.": the three words alone are
  // many libraries' (LangChain.js's "OpenAI or Azure OpenAI API key not found", Honeybadger's) and named Gemini for them
  // (heldout77, tuning round 60).
  rule('api_key_invalid', /API_KEY_INVALID|API key not valid|API Key not found\. Please pass\b/i, 'invalid_key',
    ['Google does not recognise the key: copy it again from https://aistudio.google.com/apikey, or create a new one.'],
    'https://github.com/continuedev/continue/issues/8516'),
  rule('location', /User location is not supported/i, 'region_blocked',
    ['Gemini does not serve the region this request comes from (https://ai.google.dev/gemini-api/docs/available-regions); a proxy or CDN node in another country changes what Google sees.'],
    'https://github.com/google-gemini/gemini-cli/issues/1614'),
  // A Gemini API key sent as an OAuth token: "Authorization: Bearer AIza…" to generativelanguage.googleapis.com is
  // refused, while the same key in x-goog-api-key (or ?key=) answers 200 (https://ai.google.dev/gemini-api/docs/api-key;
  // NousResearch/hermes-agent#26067: a doctor probe that sent it so; heldout57, tuning round 46). Only with the API's
  // host beside it: an OpenAI-compatible proxy takes the key as a Bearer (heldout47's Cloudflare worker).
  besides(rule('key_as_bearer', /\bBearer AIza/, 'malformed_key',
    ['The API key was sent as an OAuth token (Authorization: Bearer), which the Gemini API reads as an access token: send it in the x-goog-api-key header (or the key= parameter), as the SDKs do.'],
    'https://github.com/NousResearch/hermes-agent/pull/26067'), /\bgenerativelanguage\.googleapis\.com\b/),
  rule('consumer_suspended', /CONSUMER_SUSPENDED|Consumer '[^']*' has been suspended/i, 'invalid_user',
    ['The Google Cloud project behind the key is suspended: its owner must resolve it in the Cloud console.'],
    'https://github.com/google/generative-ai-docs/issues/356'),
  rule('service_disabled', /SERVICE_DISABLED|has not been used in project \S+ before or it is disabled/i, 'insufficient_permissions',
    ['Enable the Generative Language API for the key\'s project (the error links the console page), then retry after a few minutes.'],
    'https://github.com/google-gemini/deprecated-generative-ai-python/issues/10'),
  rule('key_restricted', /API_KEY_(?:SERVICE|HTTP_REFERRER|IP_ADDRESS|ANDROID_APP|IOS_APP)_BLOCKED|ACCESS_TOKEN_SCOPE_INSUFFICIENT/, 'insufficient_permissions',
    ['The key\'s restrictions (APIs, referrers, IPs, apps) exclude this call: edit them in the Cloud console\'s Credentials page.'],
    'https://github.com/langwatch/langwatch/pull/6252'),
  // A model with no free tier called on a free-tier key: "… doesn't have a free quota tier" (the pricing page lists
  // "Free tier: Not available" for such models, https://ai.google.dev/gemini-api/docs/pricing): billing, not a wait.
  rule('no_free_tier', /doesn'?t have a free quota tier|free (?:quota )?tier is not available/i, 'billing_or_quota',
    ['This model is not offered on the free tier: enable billing for the key\'s project in Google AI Studio, or use a model that has a free tier.'],
    'https://ai.google.dev/gemini-api/docs/pricing'),
  rule('per_minute_quota', /PerMinute|per minute|retryDelay/, 'rate_limited',
    ['A per-minute quota is used up: wait for the retry delay; the daily quota is not the problem.'],
    'https://github.com/RooCodeInc/Roo-Code/issues/3883', [429]),
  // RESOURCE_EXHAUSTED is gRPC's status for any Google API (Sheets, Nest; heldout26-27) and "exceeded your current quota"
  // OpenAI's words too: they read Gemini's texts but do not name Gemini (tuning round 25). A Nest device's "429
  // RESOURCE_EXHAUSTED: Rate limited" then falls to the shared rate-limit wording, with no entry of its own.
  shared(rule('quota', /RESOURCE_EXHAUSTED|exceeded your current quota|exhausted your (?:daily )?quota/i, 'billing_or_quota',
    ['The project\'s quota is used up: wait for the reset or enable billing in Google AI Studio.'], 'https://github.com/google-gemini/gemini-cli/issues/16205')),
  rule('overloaded', /The model is overloaded|currently experiencing high demand/i, 'provider_outage',
    ['Gemini is overloaded: retry later or use another model; the key was not judged.'], 'https://github.com/google-gemini/gemini-cli/issues/5191'),
];
