// Supabase Management API tokens (sbp_…). Tokens: https://supabase.com/dashboard/account/tokens
// Tokens: https://supabase.com/docs/guides/platform/access-tokens — personal access tokens authenticate an account to the
//   Management API, the Supabase CLI and the MCP server; classic tokens carry the account's full access, scoped ones only
//   the organizations, projects and permissions chosen.
// Call: GET https://api.supabase.com/v1/projects with `Authorization: Bearer sbp_…`, the call the API reference opens with
//   (https://supabase.com/docs/reference/api/introduction); read-only; 60 requests a minute per user, 429 past it.
// Variable: SUPABASE_ACCESS_TOKEN, which the CLI reads before its keyring and ~/.supabase/access-token
//   (supabase/cli internal/utils/access_token.go).
// Formats: the CLI accepts ^sbp_(oauth_)?[a-f0-9]{40}$ (same file); detectors match sbp_ + 40 [a-z0-9] (trufflehog
//   supabasetoken, kingfisher); experimental tokens sbp_v0_… work with the API but the CLI refuses them
//   ("Invalid access token format. Must be like `sbp_0102...1920`", supabase/cli#1033, #4968).
// Why a probe of its own and not a format of the supabase probe: the project probe's host is each project's
//   (SUPABASE_URL, *.supabase.co, chosen by whoever sets it) and its call is the project's Auth settings with the apikey
//   header; a token goes to one fixed host with another call, another variable and other answers. The live step picks
//   the host before it sees the key, so one probe could not send each kind to its own host.
// Errors: 401 {"message":"Unauthorized"} (supabase/cli#1053, nitrictech/pulumi-supabase#8); 403 "Your account does not
//   have the necessary privileges to access this endpoint" (supabase/cli#6392).
import type { PhraseRule, Probe } from '../types.js';
import { joinUrl, rule, runRules, said, str, type Rule } from '../kit.js';

const TOKENS = 'https://supabase.com/dashboard/account/tokens';

const rules: Rule[] = [
  {
    id: 'unauthorized',
    when: (a) => a.status === 401,
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [`The Management API does not accept this token: it was deleted, has expired, or is mistyped. Generate a new one at ${TOKENS} and set SUPABASE_ACCESS_TOKEN (or run supabase login).`],
  },
  {
    // The token authenticates; its scope or the account's role does not reach this endpoint.
    id: 'not_privileged',
    when: (a, e) => a.status === 403 && /necessary privileges/i.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The token works, but may not list projects: a scoped token reaches only the organizations, projects and permissions chosen when it was made, and never more than the account\'s role. Give it the permission, or use a token scoped for the job.'],
  },
  {
    id: 'rate_limited',
    when: (a) => a.status === 429,
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['The Management API allows 60 requests a minute per user, across all tokens: wait a minute and run again; the token was not judged.'],
  },
];

// Wordings only text carries (the CLI's own messages), for explain.
const phrases: PhraseRule[] = [
  rule('cli_token_format', /Invalid access token format\. Must be like `sbp_/, 'malformed_key',
    [`The Supabase CLI accepts only classic tokens (sbp_ and 40 hex characters): generate one with "Generate new token" at ${TOKENS}, not an experimental sbp_v0_ token or a project key.`],
    'https://github.com/supabase/cli/issues/1033'),
  rule('not_privileged', /necessary privileges to access this endpoint/i, 'insufficient_permissions',
    ['The token works but its permissions (or the account\'s role) do not reach this endpoint: give the token that permission.'],
    'https://github.com/supabase/cli/issues/6392', [403]),
];

export const supabaseManagement: Probe = {
  phrases,
  id: 'supabase-management',
  name: 'Supabase Management API',
  aliases: ['supabase-cli', 'supabase-pat'],
  docs: TOKENS,
  envVars: ['SUPABASE_ACCESS_TOKEN'],
  defaultBaseUrl: 'https://api.supabase.com',
  officialHosts: ['api.supabase.com'],
  keyFormats: [
    { id: 'personal-access-token', description: 'personal access token (sbp_)', pattern: /^sbp_[a-z0-9]{40}$/ },
    { id: 'oauth-access-token', description: 'OAuth app access token (sbp_oauth_)', pattern: /^sbp_oauth_[a-z0-9]{40}$/ },
    { id: 'experimental', description: 'experimental access token (sbp_v0_, which the Supabase CLI refuses)', pattern: /^sbp_v0_[A-Za-z0-9]{20,}$/ },
  ],
  hints: {
    domains: ['supabase.com'],
    sdk: [/supabase-management-js|SupabaseManagementAPI/],
    envelope: [/Invalid project ref format|Authorization failed for the access token and project ref pair|Invalid access token format\. Must be like `sbp_/],
  },
  requestIdHeaders: ['x-request-id', 'cf-ray'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'v1/projects'), headers: { authorization: `Bearer ${key}`, accept: 'application/json' } };
  },
  classify(a) {
    if (a.status < 400) return undefined;
    return runRules('supabase-management', rules, a, { message: str(a.json, 'message') });
  },
  identity(a) {
    if (a.status !== 200 || !Array.isArray(a.json)) return undefined;
    const projects = a.json as unknown[];
    const orgs = [...new Set(projects.map((p) => str(p, 'organization_id')).filter((o): o is string => !!o))];
    return { projects: `${projects.length} project${projects.length === 1 ? '' : 's'}`, ...(orgs.length ? { organization: orgs.join(', ') } : {}) };
  },
};
