import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { huggingface } from '../../src/probes/huggingface/index.js';
import type { Answer } from '../../src/probes/types.js';

probeSuite(huggingface);

const answer = (status: number, json: unknown, headers: Record<string, string> = {}): Answer => ({ status, headers, text: JSON.stringify(json), json });

describe('huggingface: whoami-v2', () => {
  it('a 429 on whoami-v2 is a rate limit, never an invalid token', () => {
    expect(huggingface.classify(answer(429, { error: 'You have exceeded our hourly quotas for action: whoami-v2' }))).toMatchObject({ category: 'rate_limited', verdict: 'indeterminate' });
  });
  it('reads the message from X-Error-Message when the body has none', () => {
    const c = huggingface.classify({ status: 401, headers: { 'x-error-message': 'Invalid credentials in Authorization header' }, text: '' });
    expect(c?.rule).toBe('huggingface.invalid_credentials');
  });
  it('an organisation token answers as the organisation, with its role', () => {
    const id = huggingface.identity?.(answer(200, { type: 'org', name: 'fake-example-org', auth: { type: 'access_token', accessToken: { displayName: 'legacy', role: 'write' } } }));
    expect(id).toMatchObject({ organization: 'fake-example-org', keyType: 'write', tokenName: 'legacy' });
    expect(id?.user).toBeUndefined();
  });
  it('follows HF_ENDPOINT (a mirror) with the whoami path appended', () => {
    const r = huggingface.request('hf_' + 'FAKE'.repeat(8) + 'EX', { baseUrl: 'https://hub.example.com', settings: {} });
    expect(r.url).toBe('https://hub.example.com/api/whoami-v2');
  });
});
