import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { airtable } from '../../src/probes/airtable/index.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(airtable);

describe('airtable: tokens', () => {
  it('a legacy key… API key is unusable offline: Airtable retired them in February 2024', () => {
    const r = checkFormat('keyFAKEEXAMPLE123', airtable, { others: PROBES });
    expect(r.blocking).toBe(true);
    expect(r.findings.find((f) => f.code === 'format.unusable_key_type')?.message).toMatch(/February 2024/);
  });

  it('the SDK\'s endpoint variable has no version path: the probe adds /v0 itself', () => {
    expect(airtable.request('x', { baseUrl: 'https://airtable-proxy.example.com/prefix', settings: {} }).url)
      .toBe('https://airtable-proxy.example.com/prefix/v0/meta/whoami');
  });

  it('an error body never becomes an identity', () => {
    expect(airtable.identity!({ status: 401, headers: {}, text: '', json: { error: { type: 'AUTHENTICATION_REQUIRED' } } })).toBeUndefined();
  });
});
