import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { replicate } from '../../src/probes/replicate/index.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(replicate);

const KEY = 'r8_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE0';

describe('replicate: specifics', () => {
  it('reads the account with a Bearer token, below the SDK base URL that has no /v1', () => {
    const req = replicate.request(KEY, { baseUrl: 'https://api.replicate.com', settings: {} });
    expect(req).toEqual({ method: 'GET', url: 'https://api.replicate.com/v1/account', headers: { authorization: `Bearer ${KEY}` } });
  });

  it('an old un-prefixed token matches no Replicate format: a warning, not a block, and the live call decides', () => {
    // others: [] isolates Replicate's own formats from other probes' broad shapes.
    const r = checkFormat('FAKE0123456789abcdefFAKE0123456789abcdef', replicate, { others: [] });
    expect(r.blocking).toBe(false);
    expect(r.findings.map((f) => f.code)).toContain('format.unrecognised');
  });

  it('"no authentication token" is a missing key, not a bad one', () => {
    const c = replicate.classify({ status: 401, headers: {}, text: '', json: { title: 'Unauthenticated', detail: 'You did not pass an authentication token', status: 401 } });
    expect(c?.category).toBe('malformed_key');
  });

  it('a problem body it does not know is left to the generic rules', () => {
    expect(replicate.classify({ status: 404, headers: {}, text: '', json: { title: 'Not found', detail: 'Not found.', status: 404 } })).toBeUndefined();
  });
});
