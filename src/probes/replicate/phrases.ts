// Wordings of Replicate's errors that only text carries (a client's one-line message), for `keydoctor explain`: each
// cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The JavaScript client's constructor, given no token: "Missing required parameter: auth" (the Vercel AI SDK's
  // next-replicate example deployed without REPLICATE_API_KEY: vercel/ai#419; heldout75, tuning round 58).
  rule('client_without_token', /\bMissing required parameter: auth\b/, 'malformed_key',
    ['The Replicate client was created without a token: set REPLICATE_API_TOKEN (or the variable the app passes as `auth`) where the app runs, including the build, if the client is created at build time.'],
    'https://github.com/vercel/ai/issues/419'),
];
