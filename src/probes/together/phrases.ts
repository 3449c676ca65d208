// Wordings of Together AI's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The together SDK's own message when no key is set; nothing was sent.
  rule('api_key_not_found', /TOGETHER_API_KEY not found/, 'malformed_key',
    'No key reached the client: set TOGETHER_API_KEY (https://api.together.ai/settings/api-keys) where the app runs.',
    'https://github.com/togethercomputer/together-python/pull/53'),
];
