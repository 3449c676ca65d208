// GitLab: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, str, type Rule } from '../kit.js';

export const TOKENS_PAGE = 'https://gitlab.com/-/user_settings/personal_access_tokens';

/** GitLab's refusal of the Sudo header to a token that is not an administrator's (./index.ts recognises GitLab by it too). */
export const SUDO_REFUSED = /\bMust be admin to use sudo\b/i;

export const rules: Rule[] = [
  {
    id: 'token_revoked',
    when: (a, e) => a.status === 401 && /revoked/i.test(e.message ?? ''),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: [`The token was revoked (or rotated, which revokes the old value): create a new one at ${TOKENS_PAGE} (or the project's/group's Access Tokens page) and update the variable.`],
  },
  {
    id: 'token_expired',
    when: (a, e) => a.status === 401 && /expired/i.test(e.message ?? ''),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `The token has expired: GitLab tokens last at most a year by default. Create a new one at ${TOKENS_PAGE}, or rotate it.`,
    ],
  },
  {
    // 401 {"message":"401 Unauthorized"} or another invalid_token: GitLab does not know the token.
    id: 'unauthorized',
    when: (a, e) => a.status === 401 && (e.code === 'invalid_token' || /unauthorized/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `GitLab does not recognise the token: check it against ${TOKENS_PAGE} and create a new one if it is gone.`,
      'A token of a self-managed GitLab is unknown to gitlab.com: set GITLAB_HOST (or pass --base-url) to your instance.',
    ],
  },
  {
    id: 'account_blocked',
    when: (a, e) => a.status === 403 && /account (has been|is) (blocked|deactivated|banned|locked)/i.test(e.message ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The user that owns the token is blocked or deactivated: an administrator must unblock it, or use a token of an active user.'],
  },
  {
    id: 'insufficient_scope',
    when: (a, e) => a.status === 403 && e.code === 'insufficient_scope',
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}${str(a.json, 'scope') ? `; needs scope: ${str(a.json, 'scope')}` : ''}`,
    fixes: ['The token is valid but its scopes do not cover the API: give it read_api (or api), or create a token with those scopes. read_repository/write_repository reach git only, not the REST API.'],
  },
  {
    // Acting as another user (the Sudo header or ?sudo=) needs an administrator's token with the sudo scope, which no
    // gitlab.com account has: 403 "403 Forbidden - Must be admin to use sudo" (a migration tool impersonating issue
    // authors: xmunoz/bugzilla2gitlab#16; heldout88, tuning round 73; https://docs.gitlab.com/api/rest/authentication/#sudo).
    id: 'sudo_needs_admin',
    when: (a, e) => a.status === 403 && SUDO_REFUSED.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Acting as another user (the Sudo header) needs a token of an instance administrator with the sudo scope, which gitlab.com gives no one: turn the tool\'s impersonation off, or run it against a GitLab instance where you are an administrator.'],
  },
  {
    // 403 with no scope code: "403 Forbidden - Not authorized to access /api/v4/users" (python-gitlab/python-gitlab#292),
    // a bare "403 Forbidden" (DLR-SC/gitlab2prov#61). GitLab answers 401 to a token it rejects and 403 to one it
    // accepts but that may not do this (docs.gitlab.com/api/rest/troubleshooting: status codes).
    id: 'forbidden',
    when: (a) => a.status === 403,
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => (e.message ? said(a, e) : 'status 403: GitLab accepted the token but refused this call'),
    fixes: ['The token works but its user or scopes may not do this: check the user\'s role in the project or group (Reporter/Developer/Maintainer) and the token\'s scopes (api or read_api).'],
  },
];
