// Google Gemini: what makes a working standard key fail tomorrow. Google is moving the Gemini API from
// standard (AIza…) keys to auth (AQ.…) keys (https://ai.google.dev/gemini-api/docs/api-key, "API key types";
// announced in https://discuss.ai.google.dev/t/action-required-restrict-gemini-api-keys-by-june-19-to-avoid-service-disruption/171786):
//   - from 2026-06-19 it refuses unrestricted standard keys (401 ACCESS_TOKEN_TYPE_UNSUPPORTED: ./rules.ts);
//   - from September 2026 (no day given) it refuses every standard key.
// A standard key that still answers is restricted and past the announced cut-off: it can stop at any time.
import type { Finding } from '../../core/types.js';
import type { KeyFacts } from '../types.js';

export const AUTH_KEY_FIX =
  'Create an auth key (AQ.…) in Google AI Studio (https://aistudio.google.com/apikey) and replace the standard key everywhere it is defined; until then keep it restricted to the Generative Language API (Cloud console → APIs & Services → Credentials → the key → API restrictions).';

export function standardKeyRetiring(k: KeyFacts): Finding[] {
  if (k.formatId !== 'api-key') return [];
  return [{
    code: 'prevent.key_type_retiring',
    severity: 'warning',
    message: `${k.name} is a standard Google API key (AIza…). The Gemini API has refused unrestricted standard keys since 2026-06-19, and Google announced it would refuse every standard key from September 2026 (https://ai.google.dev/gemini-api/docs/api-key): that month has passed, so this key can stop working at any time.`,
    fix: AUTH_KEY_FIX,
  }];
}
