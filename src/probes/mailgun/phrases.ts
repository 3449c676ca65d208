// Wordings of Mailgun's errors that only text carries, for `keydoctor explain`: each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // "Domain not found: mg.example.com" (404): the domain is not in the account and region the key belongs to. An EU
  // domain is known only at api.eu.mailgun.net (mailgun/mailgun-js-boland#236, awesomemotive/WP-Mail-SMTP#50: both fixed by
  // the region; heldout20).
  rule('domain_not_found', /\bDomain not found: \S+/, 'tenant_mismatch',
    ['The domain is not in the account and region of this key: an EU-region domain is only known at api.eu.mailgun.net (set your client\'s host, or MAILGUN_ENDPOINT / MAILGUN_REGION=eu), else check the domain\'s spelling and that the key belongs to the account that owns it.'],
    'https://github.com/mailgun/mailgun-js-boland/issues/236'),
];
