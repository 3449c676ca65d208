// Wordings of Linear's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // Linear's GraphQL authentication error, answered with 400 or 401.
  rule('not_authenticated', /Authentication required, not authenticated/, 'invalid_key',
    'Linear did not accept the credential: a personal API key goes in Authorization as it is (no Bearer), an OAuth token with Bearer. Create a key under Settings → Security & access.',
    'https://github.com/linear/linear/issues/471'),
];
