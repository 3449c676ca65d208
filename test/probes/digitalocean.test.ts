import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { digitalocean } from '../../src/probes/digitalocean/index.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(digitalocean);

const account = (status: string, status_message = ' ') => ({
  status: 200, headers: {}, text: '', json: { account: { uuid: 'FAKEuuid', email: 'fake@example.com', status, status_message } },
});

describe('digitalocean: the account status decides', () => {
  it('a locked account is invalid_user even though the token authenticated', () => {
    expect(digitalocean.classify(account('locked'))).toMatchObject({ category: 'invalid_user', verdict: 'invalid', rule: 'digitalocean.account_locked' });
  });

  it('a warning keeps the token valid and carries DigitalOcean\'s message as evidence', () => {
    const c = digitalocean.classify(account('warning', 'Your balance is overdue'))!;
    expect(c).toMatchObject({ category: 'ok', verdict: 'valid' });
    expect(c.evidence.join(' ')).toContain('Your balance is overdue');
  });

  it('an active account is left to the generic 2xx rule', () => {
    expect(digitalocean.classify(account('active'))).toBeUndefined();
  });

  it('a refresh token is unusable (checking it would consume it), offline', () => {
    const r = checkFormat('dor_v1_00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', digitalocean, { others: PROBES });
    expect(r.findings.map((f) => f.code)).toContain('format.unusable_key_type');
  });

  it('a bare OAUTH_TOKEN is not claimed as a DigitalOcean variable', () => {
    expect(digitalocean.envVars).not.toContain('OAUTH_TOKEN');
  });
});
