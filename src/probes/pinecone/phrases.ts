// Wordings of Pinecone's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // Legacy (pod) projects: a key works only with its own environment (pinecone-io/pinecone-ts-client#25).
  rule('wrong_environment', /missing or invalid for the environment/i, 'tenant_mismatch',
    ['The key belongs to a project in another environment: set PINECONE_ENVIRONMENT to the key\'s environment (shown next to the key in the console), or upgrade the client, which no longer needs it.'],
    'https://github.com/Significant-Gravitas/AutoGPT/issues/351'),
];
