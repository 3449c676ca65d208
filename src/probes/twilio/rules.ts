// Twilio: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, str, type Rule } from '../kit.js';

const accountStatus = (a: { json?: unknown }) => str(a.json, 'status');
export const isTestCredentials = (a: { status: number; json?: unknown }) =>
  a.status === 403 && (str(a.json, 'code') === '20008' || /test (account )?credentials/i.test(str(a.json, 'message') ?? ''));

export const rules: Rule[] = [
  {
    // 200 whose account status is not active: the credentials work, the account does not.
    id: 'account_inactive',
    when: (a) => a.status >= 200 && a.status < 300 && /^(suspended|closed)$/.test(accountStatus(a) ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, account status "${accountStatus(a)}"`,
    fixes: ['The Twilio account is suspended or closed: check its balance and any notice from Twilio in the Console, then contact Twilio Support.'],
  },
  {
    // 20005 "Account not active", 10001 "Account is not active" (errors pages above)
    id: 'account_not_active',
    when: (a, e) => a.status >= 400 && (e.code === '20005' || e.code === '10001' || /account (is )?not active/i.test(e.message ?? '')),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The account is not active (no funds, trial not activated, or suspended): add funds or activate it in the Console.'],
  },
  {
    // Test credentials authenticate but may only touch Messages, Calls and IncomingPhoneNumbers (test-credentials page).
    id: 'test_credentials',
    when: (a) => isTestCredentials(a),
    category: 'ok',
    verdict: 'valid',
    evidence: (a, e) => `${said(a, e)} — test credentials: Twilio accepted them, and they only work against the test resources`,
    fixes: [],
  },
  {
    // 401 code 20003 "Authenticate": Twilio never says which of the listed causes applies.
    id: 'authenticate',
    when: (a, e) => a.status === 401 && (e.code === '20003' || /^authenticate$/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Twilio rejected the SID/secret pair: copy the Auth Token (or API key secret) again from https://console.twilio.com and check TWILIO_ACCOUNT_SID names the same account (not a subaccount, not the test credentials).',
      'A rotated Auth Token or a deleted API key stops working at once; an API key also fails when it was created in another Twilio region (TWILIO_REGION).',
      'A suspended or closed account answers the same way: check the account status in the Console.',
    ],
  },
  {
    // 404 code 20404 on the account itself: authenticated, but TWILIO_ACCOUNT_SID is not an account these credentials can see [conv].
    id: 'account_not_found',
    when: (a, e) => a.status === 404 && e.code === '20404',
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: ['TWILIO_ACCOUNT_SID names an account these credentials cannot see: use the SID of the account (or subaccount) that owns the token or API key.'],
  },
  {
    // 70051 "Authorization Failed": a restricted API key without this permission, or a suspended key.
    id: 'restricted_key',
    when: (a, e) => a.status === 403 && e.code === '70051',
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['A restricted API key lacks the permission to read phone numbers, or the key is suspended: check it under API keys & tokens in the Console.'],
  },
];
