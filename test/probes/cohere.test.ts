import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { cohere } from '../../src/probes/cohere/index.js';
import { probeForValue } from '../../src/probes/index.js';
import type { Answer } from '../../src/probes/types.js';
import { loadProbeFixture } from '../fake-provider/server.js';

probeSuite(cohere);

const key = loadProbeFixture('cohere').key;
const answer = (status: number, json: unknown): Answer => ({ status, headers: {}, text: JSON.stringify(json), json });

describe('cohere: specifics', () => {
  it('asks the purpose-built check-api-key endpoint, by POST with no body', () => {
    const req = cohere.request(key, { baseUrl: cohere.defaultBaseUrl, settings: {} });
    expect(req).toMatchObject({ method: 'POST', url: 'https://api.cohere.com/v1/check-api-key', headers: { authorization: `Bearer ${key}` } });
    expect(req.body).toBeUndefined();
  });

  it('a 2xx whose body says "valid": false is an invalid key, not ok', () => {
    expect(cohere.classify(answer(200, { valid: false }))).toMatchObject({ category: 'invalid_key', verdict: 'invalid' });
    expect(cohere.classify(answer(200, { valid: true, organization_id: 'FAKE' }))).toBeUndefined();
  });

  it('a trial key out of monthly calls is billing_or_quota, one over its per-minute limit is left a rate limit', () => {
    const month = answer(429, { message: 'You are using a Trial key, which is limited to 1000 API calls / month.' });
    const minute = answer(429, { message: 'You are using a Trial key, which is limited to 40 API calls / minute.' });
    expect(cohere.classify(month)).toMatchObject({ category: 'billing_or_quota', rule: 'cohere.trial_monthly_limit' });
    expect(cohere.classify(minute)).toBeUndefined();
  });

  it('a 40-character git SHA is not taken for a Cohere key', () => {
    expect(probeForValue('0123456789abcdef0123456789abcdef01234567', [cohere])).toBeUndefined();
  });
});
