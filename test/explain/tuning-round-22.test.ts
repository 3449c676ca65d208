// The twenty-second tuning round of issue 20 (2026-12-06): the causes found by the twenty-second held-out measure
// (fixtures/errors-heldout22/MEASURED.md: productivity, IoT, email/SMS, data platforms), after its untuned figure and
// blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up
// names, ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('shared wordings heldout22 showed', () => {
  readAs('revoked_or_expired', [
    ['[acme-dashboard:0f12] Unable to refresh the access token {"error":"invalid_grant"}'],
    ['ERROR [thermo] Error from acme while attempting to get devices: 2: Not authorized. Application has been revoked.'],
  ]);
  readAs('insufficient_permissions', [
    ['Failed to fetch variables from Acme (403) 403 Invalid scope(s): select the Variables Read scope when generating the token.'],
    ["smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password required. Learn more at https://support.example.test/?p=InvalidSecondFactor')"],
    ['[ERROR] EVENT:MQTT Client Connect MESSAGE:Connect Status: AUTHORIZATION_ERROR'],
    ['The token works for some endpoints (e.g. /jobs) but I get 403 Forbidden on /workspaces/{id}/settings'],
  ]);
  readAs('billing_or_quota', [['Please buy cloud access to use premium. If you did it, please wait 5 minutes']]);
  readAs('invalid_key', [['Status: An error occurred. Please log out and log in with the correct credentials.']]);
  readAs('provider_outage', [['Error from acme while attempting to get devices: 3: Processing error. Error processing devices: [1234]']]);
  readAs('malformed_key', [['WARNING [acme.server.websocket] Invalid api-key: None != <redacted>']]);
});

describe('what round 22 may not do', () => {
  it('a template\'s braces around a key are still read as brackets sent', () => {
    expect(explainText('Invalid API key\nDeepL-Auth-Key {FAKEFAKE-FAKE-FAKE-FAKE-FAKEFAKEFAKE:fx}').category).toBe('malformed_key');
  });
  it('"Failed to fetch" with no status is still no answer at all', () => {
    expect(explainText('TypeError: Failed to fetch').category).toBe('network_error');
  });
  it('"Invalid API key:" followed by the sentence going on is not an echoed value', () => {
    expect(explainText('401 Invalid API key: please check your settings').category).toBe('invalid_key');
  });
  it('an authorization error code beside an unknown key is the unknown key', () => {
    expect(explainText('AUTHORIZATION_ERROR: invalid api key provided').category).toBe('invalid_key');
  });
  it('an echoed word for nothing is named, never a value', () => {
    const r = explainText('Invalid token: null');
    expect(r.category).toBe('malformed_key');
    expect(r.evidence.join(' ')).toContain('"null"');
  });
});
