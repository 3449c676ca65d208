// Keys tied to a person: where the identity shows a personal user rather than
// a service account or bot, the key stops working the day that person leaves,
// loses access or is deactivated: the "Invalid user associated with this key"
// case, seen before it happens.
// GitHub `type` (User, Organization, Bot): https://docs.github.com/en/rest/users/users#get-the-authenticated-user
// Slack token types (xoxb- bot, xoxp- user): https://docs.slack.dev/authentication/tokens
import type { Finding } from '../core/types.js';
import type { KeyFacts } from './privilege.js';

export function personFindings(k: KeyFacts): Finding[] {
  const id = k.identity;
  if (k.provider === 'github' && id?.accountType === 'User' && k.ci) {
    return [{
      code: 'prevent.personal_key',
      severity: 'warning',
      message: `${k.name} is a token of the GitHub user ${id.user ?? '(unnamed)'}, used in CI: it stops working when that person leaves, loses access or is suspended.`,
      fix: 'Use the workflow\'s own GITHUB_TOKEN or a GitHub App installation token (actions/create-github-app-token); if a user token is unavoidable, make it a dedicated machine user\'s.',
    }];
  }
  const slackUser = k.provider === 'slack' && (id?.keyType === 'user' || k.formatId === 'user');
  if (slackUser && (k.ci || /BOT/i.test(k.name))) {
    return [{
      code: 'prevent.personal_key',
      severity: 'warning',
      message: `${k.name} holds a Slack user token (xoxp-)${id?.user ? ` of ${id.user}` : ''}${/BOT/i.test(k.name) ? ' where a bot token belongs' : ', used in CI'}: it acts as that person and dies with their account.`,
      fix: 'Use the app\'s bot token (xoxb-) from OAuth & Permissions at https://api.slack.com/apps.',
    }];
  }
  if (k.provider === 'openai' && k.formatId === 'user' && k.ci) {
    return [{
      code: 'prevent.personal_key',
      severity: 'warning',
      message: `${k.name} is a legacy user key, used in CI: it belongs to a person and stops working when they leave the organisation.`,
      fix: 'Use a service-account key of the project (Project settings → Service accounts), which belongs to no person.',
    }];
  }
  return [];
}
