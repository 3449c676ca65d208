// Wordings of Groq's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  rule('organization_restricted', /organization_restricted|Organization has been restricted/i, 'invalid_user',
    ['Groq restricted the organisation behind the key: contact Groq support; new keys in it will not work.'],
    'https://github.com/songquanpeng/one-api/issues/1764'),
];
