// SendGrid (Twilio). Keys: https://app.sendgrid.com/settings/api_keys
// Scopes endpoint: https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access
// (GET /v3/scopes, Bearer; any key may read its own scopes). Key format: gitleaks rules/sendgrid.go, trufflehog
// pkg/detectors/sendgrid (SG.<20-24>.<39-50>; trufflehog treats 200 as valid, 403 as valid-without-permission, 401 as invalid).
// Error envelope {"errors":[{"message","field","help"}]}:
//   401 "The provided authorization grant is invalid, expired, or revoked" (sendgrid/sendgrid-php#793, sendgrid-python#954);
//   401 "Permission denied, wrong credentials" (sendgrid/sendgrid-nodejs#635, #1022);
//   401 "Maximum credits exceeded" (sendgrid/sendgrid-nodejs#1032; seen on mail/send, on /v3/scopes [conv]);
//   403 "access forbidden" (sendgrid/sendgrid-csharp#185, sendgrid-ruby#393);
//   "You are not authorized to access SendGrid, please contact Support." = account under review or suspended
//   (sendgrid/sendgrid-python#930 maintainer reply; as an API body [conv]).
// EU data residency host api.eu.sendgrid.com (sendgrid-nodejs setDataResidency) [conv].
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const KEYS = 'https://app.sendgrid.com/settings/api_keys';

const rules: Rule[] = [
  {
    id: 'credits_exceeded',
    when: (_a, e) => /maximum credits exceeded/i.test(e.message ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The account has used its email credits: wait for the monthly renewal or upgrade the plan at https://app.sendgrid.com/account/billing.'],
  },
  {
    id: 'account_not_authorized',
    when: (_a, e) => /not authorized to access sendgrid|account (is|has been) (suspended|disabled|deactivated|under review)/i.test(e.message ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The SendGrid account is under review, suspended or closed: its owner must answer SendGrid\'s notice or contact support (https://support.sendgrid.com → "Trouble logging in?").'],
  },
  {
    id: 'grant_invalid',
    when: (a, e) => a.status === 401 && /authorization grant is invalid|wrong credentials|invalid api key/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `SendGrid does not accept the key (it says "invalid, expired, or revoked" without saying which): create a new key at ${KEYS}; the full key is shown only once.`,
      'Use the key itself (SG.xxx.yyy), not its API Key ID.',
    ],
  },
  {
    id: 'authorization_required',
    when: (a, e) => a.status === 401 && /authorization required/i.test(e.message ?? ''),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['No key reached SendGrid: check that the variable is set and non-empty.'],
  },
  {
    id: 'access_forbidden',
    when: (a, e) => a.status === 403 && /access forbidden|permission/i.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: [`The key is valid but restricted: give it the permissions the call needs at ${KEYS} (Edit API Key), or use a Full Access key.`],
  },
];

/** errors[0].message, whether errors holds objects or plain strings. */
function firstError(json: unknown): string | undefined {
  const errors = field(json, 'errors');
  if (!Array.isArray(errors) || errors.length === 0) return str(json, 'message');
  const first: unknown = errors[0];
  return typeof first === 'string' ? first : str(first, 'message');
}

export const sendgrid: Probe = {
  phrases,
  id: 'sendgrid',
  name: 'SendGrid',
  aliases: ['twilio-sendgrid'],
  docs: KEYS,
  envVars: ['SENDGRID_API_KEY'],
  defaultBaseUrl: 'https://api.sendgrid.com/v3',
  officialHosts: ['api.sendgrid.com', 'api.eu.sendgrid.com'],
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^SG\.[\w-]{20,24}\.[\w-]{39,50}$/ }],
  hints: { domains: ['sendgrid.net', 'sendgrid.api-docs.io'], sdk: [/@sendgrid\/|sendgrid\.helpers|python_http_client/], envelope: [/does not start with \\?"SG\./] },
  requestIdHeaders: ['x-request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'scopes'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    if (a.status < 400) return undefined;
    const message = firstError(a.json);
    if (!message) return undefined;
    return runRules('sendgrid', rules, a, { message });
  },
  identity(a) {
    const scopes = field(a.json, 'scopes');
    if (!Array.isArray(scopes)) return undefined;
    return { scopes: scopes.filter((s): s is string => typeof s === 'string') };
  },
};
