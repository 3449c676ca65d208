import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { fireworks } from '../../src/probes/fireworks/index.js';

probeSuite(fireworks);

const KEY = 'fw_FAKEFAKEFAKEFAKEFAKEFAKE';

describe('fireworks: specifics', () => {
  it('asks the public "fireworks" catalogue, so no account id is needed', () => {
    const req = fireworks.request(KEY, { baseUrl: 'https://api.fireworks.ai', settings: {} });
    expect(req.url).toBe('https://api.fireworks.ai/v1/accounts/fireworks/models?pageSize=1');
    expect(req.url).not.toContain('/inference/');
    expect(req.headers).toEqual({ authorization: `Bearer ${KEY}` });
  });

  it('a suspended account is a billing problem, not a bad key', () => {
    const c = fireworks.classify({
      status: 412,
      headers: {},
      text: '',
      json: { error: { message: 'Account fake-account is suspended, possibly due to reaching the monthly spending limit', code: 'PRECONDITION_FAILED', type: 'error' } },
    });
    expect({ category: c?.category, verdict: c?.verdict }).toEqual({ category: 'billing_or_quota', verdict: 'invalid' });
  });

  it('an HTML 401 is left to the generic rules (a proxy, not Fireworks)', () => {
    expect(fireworks.classify({ status: 401, headers: { 'content-type': 'text/html' }, text: '<html>login</html>' })).toBeUndefined();
  });
});
