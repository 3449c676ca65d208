import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { together } from '../../src/probes/together/index.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';
import type { Answer } from '../../src/probes/types.js';

probeSuite(together);

const creditLimit = (status: number, message: string): Answer => {
  const json = { error: { message, type: 'credit_limit', param: null, code: null } };
  return { status, headers: {}, text: JSON.stringify(json), json };
};

describe('together: type credit_limit is read by its message', () => {
  it('"You have been rate limited" is a rate limit even with type credit_limit, whatever the status', () => {
    for (const status of [429, 402]) {
      expect(together.classify(creditLimit(status, 'You have been rate limited. Your rate limit is 60 queries per minute.'))).toMatchObject({ category: 'rate_limited', verdict: 'indeterminate' });
    }
  });
  it('"Credit limit exceeded" is billing_or_quota', () => {
    expect(together.classify(creditLimit(402, 'Credit limit exceeded. Please navigate to https://api.together.xyz/settings/billing to add credit or upgrade your plan.'))?.category).toBe('billing_or_quota');
  });
  it('a legacy 64-hex key is unrecognised (a warning), never blocked as another provider\'s', () => {
    const r = checkFormat('0123456789abcdef'.repeat(4), together, { others: PROBES });
    expect(r.blocking).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(['format.unrecognised']);
  });
  it('the legacy api.together.xyz host is official too', () => {
    expect(together.officialHosts).toEqual(expect.arrayContaining(['api.together.ai', 'api.together.xyz']));
    expect(together.request('tgp_v1_' + 'FAKE_'.repeat(8) + 'EXA', { baseUrl: 'https://api.together.xyz/v1', settings: {} }).url).toBe('https://api.together.xyz/v1/models');
  });
});
