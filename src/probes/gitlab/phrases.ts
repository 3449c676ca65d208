// Wordings of GitLab's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule, shared } from '../kit.js';
import type { PhraseRule } from '../types.js';

// "Token was revoked" and "Token has expired" are every token server's words (crates.io answers an expired token "this
// token has expired", and GitLab's 403 rule would call it a permission): they read GitLab's texts but do not name GitLab.
export const phrases: PhraseRule[] = [
  shared(rule('token_revoked', /Token was revoked/i, 'revoked_or_expired', ['The token was revoked: create a new one (or re-authorise the OAuth app).'],
    'https://github.com/mattermost/mattermost-plugin-gitlab/issues/142')),
  shared(rule('token_expired', /Token has expired|token_expired/i, 'revoked_or_expired', ['The token expired (GitLab caps lifetimes at a year): create a new one.'],
    'https://github.com/fork-dev/Tracker/issues/2134')),
  rule('insufficient_scope', /insufficient_scope|requires higher privileges than provided by the access token/i, 'insufficient_permissions',
    ['Recreate the token with the scope this call needs (most API calls need `api` or `read_api`).'], 'https://github.com/ezbz/gitlabber/issues/21'),
  // A push refused by role or branch protection: "You are not allowed to push code to this project.", "… to protected
  // branches on this project." (gitlab-org/gitlab#458968), "… to force push code to a protected branch" (gitlab-org/gitlab-ce#25601).
  rule('push_not_allowed', /You are not allowed to (?:force )?push code to/i, 'insufficient_permissions',
    ['The credential authenticates, but its user may not push here: ask for the Developer role (or Maintainer for a protected branch), or check the branch\'s "Allowed to push" setting; a project or deploy token needs write_repository.'],
    'https://gitlab.com/gitlab-org/gitlab/-/issues/458968'),
  rule('account_blocked', /Your account has been blocked/i, 'invalid_user', ['The GitLab user is blocked: an administrator must unblock it.'],
    'https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/gitlab/v1/gitlab.go'),
];
