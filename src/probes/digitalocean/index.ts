// DigitalOcean. Tokens: https://cloud.digitalocean.com/account/api/tokens
// Call: GET /v2/account https://docs.digitalocean.com/reference/api/api-reference/#operation/account_get (account.email, uuid,
//   email_verified, status "active" | "warning" | "locked", status_message, team {uuid, name}:
//   digitalocean/openapi specification/resources/account/models/account.yml).
// Errors: {"id": "...", "message": "..."}; 401 {"id":"unauthorized","message":"Unable to authenticate you."}
//   (devopsgroup-io/vagrant-digitalocean#200, digitalocean/doctl#252); a custom-scoped token (GA 2024-04-17,
//   digitalocean/api-v2#197) without a scope gets 403 "You are not authorized to perform this operation."
//   (ansible-collections/community.digitalocean#375) or "you do not have access for the attempted action" (digitalocean/action-doctl#83).
// Formats: gitleaks rules/digitalocean.go, trufflehog pkg/detectors/digitaloceanv2 (dop_v1_/doo_v1_/dor_v1_ + 64 hex).
//   Legacy 64-hex tokens are left out on purpose: a bare SHA-256 shape would misname other providers' secrets.
// Env: DigitalOcean Ansible docs (DIGITALOCEAN_ACCESS_TOKEN, DIGITALOCEAN_TOKEN, DO_API_TOKEN, DO_API_KEY, DO_OAUTH_TOKEN; the
//   bare OAUTH_TOKEN is left out as too generic); base URL: DIGITALOCEAN_API_URL (terraform-provider-digitalocean api_endpoint).
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';

const status = (json: unknown) => str(json, 'account.status');
const statusMessage = (json: unknown) => str(json, 'account.status_message')?.trim();

const rules: Rule[] = [
  {
    id: 'account_locked',
    when: (a) => a.status >= 200 && a.status < 300 && status(a.json) === 'locked',
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, account status "locked"${statusMessage(a.json) ? `: "${statusMessage(a.json)}"` : ''}`,
    fixes: ['The DigitalOcean account behind the token is locked (billing or abuse review): resolve it in the control panel or with DigitalOcean support; the token works again once the account is active.'],
  },
  {
    // Still a working token; the warning is shown so it is not a surprise later.
    id: 'account_warning',
    when: (a) => a.status >= 200 && a.status < 300 && status(a.json) === 'warning',
    category: 'ok',
    verdict: 'valid',
    evidence: (a) => `status ${a.status}, account status "warning"${statusMessage(a.json) ? `: "${statusMessage(a.json)}"` : ''}`,
    fixes: [],
  },
  {
    id: 'unauthorized',
    when: (a, e) => a.status === 401 && (e.code === 'unauthorized' || /unable to authenticate/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'DigitalOcean does not accept this token: it was deleted, has expired (tokens are created with 30, 60 or 90 days or no expiry), or is mistyped. Create a new one at https://cloud.digitalocean.com/account/api/tokens.',
      'DigitalOcean revokes tokens it finds in public GitHub repositories; check your email for a notice.',
    ],
  },
  {
    // A custom-scoped token without account:read authenticates and is refused this one call: the token is live [conv],
    // as a restricted Stripe key is; the scopes it needs for its real work were not tested.
    id: 'scoped_token',
    when: (a, e) => a.status === 403 && e.code === 'forbidden' && /not authorized to perform|do not have access for the attempted action/i.test(e.message ?? ''),
    category: 'ok',
    verdict: 'valid',
    evidence: (a, e) => `${said(a, e)} — a scoped token without account:read, which proves it authenticates; its other scopes were not tested`,
    fixes: [],
  },
];

export const digitalocean: Probe = {
  id: 'digitalocean',
  name: 'DigitalOcean',
  aliases: ['do', 'digital-ocean'],
  docs: 'https://cloud.digitalocean.com/account/api/tokens',
  envVars: ['DIGITALOCEAN_ACCESS_TOKEN', 'DIGITALOCEAN_TOKEN', 'DO_API_TOKEN', 'DO_API_KEY', 'DO_OAUTH_TOKEN'],
  baseUrlEnv: 'DIGITALOCEAN_API_URL',
  defaultBaseUrl: 'https://api.digitalocean.com/v2',
  officialHosts: ['api.digitalocean.com'],
  keyFormats: [
    { id: 'personal', description: 'personal access token', pattern: /^dop_v1_[0-9a-f]{64}$/ },
    { id: 'oauth', description: 'OAuth access token', pattern: /^doo_v1_[0-9a-f]{64}$/ },
    { id: 'refresh', description: 'OAuth refresh token', pattern: /^dor_v1_[0-9a-f]{64}$/, unusable: 'a refresh token only buys a new access token (and checking it would consume it); it cannot call the API' },
  ],
  hints: { sdk: [/\bdoctl\b|\bgodo\b|digitalocean\.(?:DataReadError|baseapi)|droplet_kit/], envelope: [/Unable to authenticate you/], names: ['Digital Ocean'] },
  requestIdHeaders: ['x-request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'account'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    const err = { code: str(a.json, 'id'), message: str(a.json, 'message') };
    return runRules('digitalocean', rules, a, err);
  },
  identity(a) {
    const uuid = str(a.json, 'account.uuid');
    if (!uuid) return undefined;
    const verified = (a.json as { account?: { email_verified?: unknown } }).account?.email_verified;
    return {
      account: uuid,
      user: str(a.json, 'account.email'),
      name: str(a.json, 'account.name'),
      team: str(a.json, 'account.team.name'),
      teamId: str(a.json, 'account.team.uuid'),
      status: status(a.json),
      emailVerified: typeof verified === 'boolean' ? String(verified) : undefined,
    };
  },
};
