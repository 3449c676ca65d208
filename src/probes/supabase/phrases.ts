// Wordings of Supabase's errors that only text carries (a client's one-line message, a function's log), for
// `keydoctor explain`: each cites where it was seen.
import { ownsNetworkCode, rule, summarised } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The project turned its legacy anon and service_role keys off: they no longer work, whoever sends them. Edge Functions
  // kept injecting the legacy values into SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY (supabase/supabase#37648;
  // heldout71, tuning round 53); rules.ts reads the same words in a 401's body.
  rule('legacy_keys_disabled', /\bLegacy API keys are disabled\b/i, 'revoked_or_expired',
    ['This project has turned off its legacy anon and service_role keys: use the publishable (sb_publishable_…) or secret (sb_secret_…) key from Settings → API Keys, wherever the old one is still set (an Edge Function\'s SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY hold the legacy values).'],
    'https://github.com/supabase/supabase/issues/37648'),
  // The shared pooler (Supavisor) could not match the host and user name to a project: "FATAL: Tenant or user not found"
  // and its newer "FATAL: (ENOTFOUND) tenant/user postgres.REF not found" (not a DNS failure, whatever the code in
  // brackets says). Supabase's troubleshooting article gives the causes: a pooler host typed rather than copied (the aws-0
  // or aws-1 cluster index is not the region's), a user name without the project ref (postgres.REF on the shared pooler),
  // or a project just resumed whose registration lags; rarely the password
  // (https://github.com/orgs/supabase/discussions/50190, a copy of the article). Which of those the words do not say, and
  // corpus labels split (heldout101's collector: a user without the ref; its blind labeller: another tenant): unknown on
  // purpose, with the checks in order; read before the network reading its "ENOTFOUND" would get.
  ownsNetworkCode(summarised(rule('pooler_tenant_not_found', /\bTenant or user not found\b|\(ENOTFOUND\) tenant\/user [\w.-]{1,80} not found\b/i, 'unknown',
    ['Copy the connection string again from the project\'s Connect dialog rather than composing it: the shared pooler\'s host (aws-0- or aws-1-REGION.pooler.supabase.com: the number is a cluster, not part of the region) and the user name with the project ref (postgres.PROJECT_REF; a custom role is ROLE.PROJECT_REF). If both match the dialog and the project was paused or restored lately, wait a few minutes and retry; the password is rarely the cause.'],
    'https://github.com/orgs/supabase/discussions/50190'),
  'Supabase\'s connection pooler could not match the host and user name to a project: most often the pooler host or the user name (which must carry the project ref) differs from what the project\'s Connect dialog gives.')),
];
