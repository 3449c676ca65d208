// Wordings of npm's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The npm CLI's E401 for a token the registry does not accept.
  rule('token_invalid', /your authentication token seems to be invalid/, 'invalid_key',
    'The registry rejected the token in .npmrc or NODE_AUTH_TOKEN: create a new access token at https://www.npmjs.com/settings/~/tokens (legacy tokens no longer work) and replace it.',
    'https://github.com/derbyjs/derby-site/issues/66'),
  // The CLI's code line for a 401 from the registry, alone or with "Incorrect or missing password"
  // (https://docs.npmjs.com/common-errors); a token never sent reads "You must be logged in" (explain's missing-key rules).
  rule('e401', /\b(?:npm ERR!|npm error) code E401\b/, 'invalid_key',
    'The registry rejected the credential in .npmrc (or NODE_AUTH_TOKEN): log in again with `npm login`, or create a new access token at https://www.npmjs.com/settings/~/tokens and replace it.',
    'https://docs.npmjs.com/common-errors'),
  // The registry's E403 on publish with a token lacking the right.
  rule('credentials_not_allowed', /You may not perform that action with these credentials/, 'insufficient_permissions',
    'The token is valid but may not do this: a read-only token, a granular token without write access to this package or scope, or an account that is not a maintainer.',
    'https://github.com/semantic-release/semantic-release/issues/3186', [403]),
];
