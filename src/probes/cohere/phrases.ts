// Wordings of Cohere's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  rule('invalid_api_token', /invalid api token/i, 'invalid_key',
    ['Cohere does not recognise the key: copy it again from https://dashboard.cohere.com/api-keys.'], 'https://github.com/cohere-ai/cohere-toolkit/issues/857'),
  rule('trial_limit', /Trial key[^\n]{0,40}limited to/i, 'billing_or_quota',
    ['Trial keys are capped per month: use a production key (https://dashboard.cohere.com/api-keys).'],
    'https://github.com/cohere-ai/cohere-developer-experience/pull/199'),
];
