// Wordings of Vercel's errors that only text carries, for `keydoctor explain`: each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The CLI looks a deployment up in the scope the token resolved to, and names that scope: "Failed to find deployment
  // (url) in (my-personal-account)" when the project is a team's (https://github.com/amondnet/vercel-action/issues/10).
  // Which scope a command runs in: https://vercel.com/docs/cli/global-options#scope.
  rule('deployment_not_in_scope', /\bFailed to find deployment\b[^\n]{0,200}?\bin \(?[\w.-]{1,100}\)?/i, 'tenant_mismatch',
    ['The deployment is not in the scope the token resolved to (often the personal account for a team\'s project): pass the team with --scope (or VERCEL_ORG_ID), or use a token of that team.'],
    'https://github.com/amondnet/vercel-action/issues/10'),
];
