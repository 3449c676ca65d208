// Supabase (project API keys): the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, type Rule } from '../kit.js';

export const rules: Rule[] = [
  {
    id: 'legacy_keys_disabled',
    when: (a, e) => a.status === 401 && /legacy api keys are disabled/i.test(e.message ?? ''),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['This project has turned off its legacy anon and service_role keys: use the publishable (sb_publishable_…) or secret (sb_secret_…) key from Settings → API Keys.'],
  },
  {
    id: 'invalid_api_key',
    when: (a, e) => a.status === 401 && (e.code === 'UNAUTHORIZED_INVALID_API_KEY' || /invalid api key/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'This project does not accept the key. Check that SUPABASE_URL and the key come from the same project (Settings → API Keys of the project in SUPABASE_URL).',
      'A secret key that was deleted, or a legacy key from before a JWT secret rotation, reads the same: copy the current key.',
    ],
  },
  {
    id: 'no_api_key',
    when: (a, e) => a.status === 401 && (e.code === 'UNAUTHORIZED_MISSING_API_KEY' || /no api key found/i.test(e.message ?? '')),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['No key reached Supabase: check that the variable is set and not empty, and that nothing strips the apikey header.'],
  },
];
