// Wordings of SendGrid's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  rule('grant_invalid', /authorization grant is invalid, expired,? or revoked/i, 'invalid_key',
    ['SendGrid does not accept the key (unknown, deleted or an API Key ID instead of the key): create a new key; it starts with SG.'], 'https://github.com/sendgrid/sendgrid-php/issues/793'),
  // SendGrid's 401 body for a key it does not know reads "Permission denied, wrong credentials" (the probe's classify
  // knows it with its status; a pasted body often carries none): the words name the credentials, not a permission.
  rule('wrong_credentials', /Permission denied, wrong credentials/i, 'invalid_key',
    ['SendGrid does not accept the key: create a new key (it starts with SG.) and replace it where it is defined.'], 'https://github.com/sendgrid/sendgrid-nodejs/issues/635'),
  rule('account_review', /not authorized to access SendGrid, please contact Support/i, 'invalid_user',
    ['The SendGrid account is under review or suspended: contact SendGrid support.'], 'https://github.com/sendgrid/sendgrid-nodejs/issues/1176'),
  rule('credits', /Maximum credits exceeded/i, 'billing_or_quota', ['The plan\'s email credits are used up: wait for the reset or upgrade.'],
    'https://github.com/sendgrid/sendgrid-nodejs/issues/1032'),
  rule('access_forbidden', /access forbidden/i, 'insufficient_permissions', ['The key lacks the scope for this call: edit its permissions.'],
    'https://github.com/sendgrid/sendgrid-csharp/issues/185'),
];
