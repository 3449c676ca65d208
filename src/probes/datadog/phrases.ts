// Wordings of Datadog's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The 403 body the probe reads as forbidden, pasted where the status line is an SDK's own ("HTTP-Code: 403").
  rule('forbidden', /"errors"\s*:\s*\[\s*"Forbidden"\s*\]/, 'invalid_key',
    ['This Datadog site does not accept the API key: check DD_SITE (a key works only on the site it was created on), then the key itself under Organization Settings → API Keys.'],
    'https://github.com/dbader/node-datadog-metrics/issues/115', [403]),
];
