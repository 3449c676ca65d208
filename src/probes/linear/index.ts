// Linear. Keys: https://linear.app/settings/account/security (Personal API keys)
// API: https://linear.app/developers/graphql — POST https://api.linear.app/graphql; a personal API key is sent as
// `Authorization: <key>` with no "Bearer" (trufflehog pkg/detectors/linearapi; BabylonSocial/babylon#668), OAuth access
// tokens (lin_oauth_…) as `Authorization: Bearer <token>`.
// Errors: GraphQL errors[] with extensions.type from the SDK's map (linear/linear packages/sdk/src/error.ts:
// "authentication error", "forbidden", "ratelimited", "usage limit exceeded", "internal error", …) and extensions.code
// (AUTHENTICATION_ERROR, RATELIMITED [conv]). They come with HTTP 401/400/403 or even 200: linear/linear#471 (400
// "Authentication required, not authenticated"), activepieces/activepieces#15336 (revoked key refused with 401),
// activepieces#15323 (403 FORBIDDEN "Invalid role: admin required…"). Rate limits: https://linear.app/developers/rate-limiting.
// Formats: gitleaks rules/linear.go (lin_api_ + 40 alnum); lin_oauth_ + 64 hex as seen in public code [conv].
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const KEYS = 'https://linear.app/settings/account/security';
const QUERY = '{ viewer { id name email } organization { name } }';

const rules: Rule[] = [
  {
    id: 'authentication_error',
    when: (_a, e) => e.type === 'authentication error' || e.code === 'AUTHENTICATION_ERROR' || /not authenticated|authentication required/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Linear does not accept the key: it was mistyped, revoked, or its user left the workspace. Create a new personal API key at ${KEYS}.`,
      'A personal key is sent as "Authorization: <key>", without "Bearer"; clients that add Bearer to a lin_api_ key get this same answer.',
    ],
  },
  {
    id: 'ratelimited',
    when: (a, e) => e.type === 'ratelimited' || e.code === 'RATELIMITED' || a.status === 429,
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Linear rate-limited the request (it answers 400 with RATELIMITED): wait and run again. The key was not judged.'],
  },
  {
    id: 'usage_limit_exceeded',
    when: (_a, e) => e.type === 'usage limit exceeded' || e.code === 'USAGE_LIMIT_EXCEEDED',
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The workspace hit its plan\'s usage limit: upgrade the plan or free up usage in Linear\'s billing settings.'],
  },
  {
    id: 'forbidden',
    when: (_a, e) => e.type === 'forbidden' || e.code === 'FORBIDDEN' || e.type === 'feature not accessible',
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The key works but its user or scopes may not read this: check the key\'s permissions and the user\'s role in the workspace.'],
  },
  {
    id: 'internal_error',
    when: (_a, e) => e.type === 'internal error' || e.code === 'INTERNAL_SERVER_ERROR',
    category: 'provider_outage',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Linear failed on its side (https://linearstatus.com); run again later. The key was not judged.'],
  },
  {
    // GraphQL errors without data: whatever the status (even 200), this is no success.
    id: 'graphql_error',
    when: () => true,
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)} (GraphQL errors and no data)`,
    fixes: ['Send `keydoctor report` to Linear support; the answer was not recognised.'],
  },
];

export const linear: Probe = {
  phrases,
  id: 'linear',
  name: 'Linear',
  docs: KEYS,
  envVars: ['LINEAR_API_KEY', 'LINEAR_TOKEN', 'LINEAR_ACCESS_TOKEN'],
  defaultBaseUrl: 'https://api.linear.app',
  officialHosts: ['api.linear.app'],
  keyFormats: [
    { id: 'personal', description: 'personal API key', pattern: /^lin_api_[A-Za-z0-9]{40}$/ },
    { id: 'oauth', description: 'OAuth access token', pattern: /^lin_oauth_[a-f0-9]{64}$/ },
  ],
  hints: { sdk: [/@linear\/(?:sdk|import)|LinearError/] },
  requestIdHeaders: ['x-request-id'],
  request(key, ctx) {
    return {
      method: 'POST',
      url: joinUrl(ctx.baseUrl, 'graphql'),
      headers: {
        authorization: key.startsWith('lin_oauth_') ? `Bearer ${key}` : key,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ query: QUERY }),
    };
  },
  classify(a) {
    const errors = field(a.json, 'errors');
    if (!Array.isArray(errors) || errors.length === 0) return undefined;
    // Partial success: the viewer resolved, so the key works whatever else failed.
    if (field(a.json, 'data.viewer.id') !== undefined) return undefined;
    const first: unknown = errors[0];
    const err = {
      code: str(first, 'extensions.code'),
      type: str(first, 'extensions.type'),
      message: str(first, 'message') ?? str(first, 'extensions.userPresentableMessage'),
    };
    return runRules('linear', rules, a, err);
  },
  identity(a) {
    const id = str(a.json, 'data.viewer.id');
    if (!id) return undefined;
    return {
      user: str(a.json, 'data.viewer.name'),
      email: str(a.json, 'data.viewer.email'),
      userId: id,
      organization: str(a.json, 'data.organization.name'),
    };
  },
};
