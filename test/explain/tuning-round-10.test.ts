// The tenth tuning round of issue 20 (2026-12-05): the causes found by the tenth held-out measure
// (fixtures/errors-heldout10/MEASURED.md), after its untuned figure was committed. Every text here was WRITTEN FOR
// THIS TEST from the vendor's or library's documented wording (sources in the rules and cues they exercise), with
// made-up names, ids and paths; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('keys bound to addresses, scoped tokens, blocked API methods, 2FA', () => {
  readAs('insufficient_permissions', [
    ['TTS error: missing_permissions'],
    ["{'errorCode': 307, 'error': 'This key does not allow access from this IP.'}"],
    ['{"ret_code":10010,"ret_msg":"unmatched ip."}'],
    ['ExchangeException: Not allowed to get resource due to IP constraint'],
    ['Error: Requests to this API translate method acme.translate.v2.TranslateService.TranslateText are blocked.'],
    ['403 Forbidden: Global access is required'],
    ['npm ERR! 403 Forbidden - PUT https://registry.example.org/pkg\nTwo-factor authentication or granular access token with bypass 2fa enabled is required to publish packages.'],
  ]);
});

describe('plans, credits, invoices', () => {
  readAs('billing_or_quota', [
    ['{"message": "You are not subscribed to this API."}'],
    ['Failed to perform inference: You have depleted your monthly included credits. Purchase pre-paid credits to continue.'],
    ['Your API access has been temporarily suspended as a result of an overdue invoice.'],
  ]);
});

describe('no key, or one the service cannot find', () => {
  readAs('malformed_key', [
    ['ValueError: Acme.ml requires an API key. Please provide it as the first argument or as an environment variable named ACME_API_KEY'],
    ['OSError: Could not find kaggle.json. Make sure it is located in /home/me/.kaggle.'],
    ['Unauthorized: you must download an API key from https://www.example.org/account'],
    ["FileNotFoundError: Can't access file, no access_token provided for the backend"],
  ]);
  readAs('invalid_key', [
    ["{'error':'We couldn't find your API Key.'}"],
    ['COMET ERROR: The given api key FAKEFAKEFAKEFAKEFAKEFAKE1 is invalid, please check it against the dashboard.'],
    ['接口响应错误 Authorization failed. Please supply a valid token.'],
  ]);
});

describe('accounts, keys, tenants, places, transport', () => {
  readAs('invalid_user', [
    ['{"fault":{"code":70009,"description":"Failure:User locked due to Bad tries","message":"Account Locked"}}'],
    ['We have determined that you or a member of your organization are using the API in ways that violate our policies.'],
  ]);
  readAs('revoked_or_expired', [['{"meta":{"status":403,"message":"The provided API key has been banned"}}']]);
  readAs('tenant_mismatch', [
    ['{"error_code":403,"message":"Invalid access to Org: 1234567890"}'],
    ['The workspace you are trying to access does not exist in this region, or your account does not belong to any workspace in the region.'],
  ]);
  readAs('region_blocked', [['status: 451 Unavailable For Legal Reasons resp: {"code":0,"msg":"Service unavailable from a restricted location according to the terms."}']]);
  readAs('tls_error', [
    ['[E][ssl_client.cpp:37] _handle_error(): (-9984) X509 - Certificate verification failed, e.g. CRL, CA or signature check failed'],
    ['OSError: Could not find a suitable TLS CA certificate bundle, invalid path: /etc/ssl/none.pem'],
  ]);
  readAs('network_error', [['requests.exceptions.ConnectTimeout: [WinError 10060] A connection attempt failed because the connected party did not properly respond']]);

  it('a CLI flag named --timeout is not a timeout', () => {
    expect(explainText('acme jobs run-now 42 --timeout 120m0s\nAfter an hour: "Invalid Token" error').category).not.toBe('network_error');
  });
});

describe('the credential refused before any other clause; a banned key', () => {
  readAs('invalid_key', [['security_exception: unable to authenticate with provided credentials and anonymous access is not allowed for this request']]);
  readAs('revoked_or_expired', [['{"data":[],"meta":{"status":403,"msg":"BANNED","response_id":""}}']]);
});
