import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { openrouter } from '../../src/probes/openrouter/index.js';
import type { Answer } from '../../src/probes/types.js';

probeSuite(openrouter);

const keyAnswer = (data: Record<string, unknown>): Answer => {
  const json = { data };
  return { status: 200, headers: {}, text: JSON.stringify(json), json };
};

describe('openrouter: the key\'s own limit', () => {
  it('a 200 whose limit_remaining is spent is billing_or_quota, not ok', () => {
    const c = openrouter.classify(keyAnswer({ limit: 5, limit_remaining: -0.01, usage: 5.01 }));
    expect(c).toMatchObject({ category: 'billing_or_quota', verdict: 'invalid', rule: 'openrouter.key_limit_exhausted' });
  });
  it('a key without a limit (limit null) is left to the generic 2xx rule and shows limit "none"', () => {
    const a = keyAnswer({ limit: null, limit_remaining: null, usage: 3, is_free_tier: true, label: 'sk-or-v1-dea...eef' });
    expect(openrouter.classify(a)).toBeUndefined();
    expect(openrouter.identity?.(a)).toMatchObject({ limit: 'none', tier: 'free', keyType: 'API key' });
  });
  it('asks /key of whatever base URL is in force, never another host', () => {
    const r = openrouter.request('sk-or-v1-' + 'deadbeef'.repeat(8), { baseUrl: 'https://openrouter.ai/api/v1', settings: {} });
    expect(r).toMatchObject({ method: 'GET', url: 'https://openrouter.ai/api/v1/key' });
    expect(r.body).toBeUndefined();
  });
});
