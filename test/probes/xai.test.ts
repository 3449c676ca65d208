import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { xai } from '../../src/probes/xai/index.js';
import type { Answer } from '../../src/probes/types.js';

probeSuite(xai);

const answer = (status: number, json: unknown): Answer => ({ status, headers: {}, text: JSON.stringify(json), json });

describe('xai: status is not enough', () => {
  it('a 400 naming an incorrect key is invalid_key; any other 400 is left to the generic rules', () => {
    expect(xai.classify(answer(400, { code: 'Client specified an invalid argument', error: 'Incorrect API key provided: xa***KE. You can obtain an API key from https://console.x.ai.' }))?.category).toBe('invalid_key');
    expect(xai.classify(answer(400, { code: 'Client specified an invalid argument', error: 'Model grok-nonexistent does not exist' }))).toBeUndefined();
  });
  it('a 429 about credits is billing_or_quota, a 429 "Rate limit exceeded" stays a rate limit', () => {
    const credits = 'Your team FAKE has either used all available credits or reached its monthly spending limit.';
    expect(xai.classify(answer(429, { code: 'Some resource has been exhausted', error: credits }))?.category).toBe('billing_or_quota');
    expect(xai.classify(answer(429, { code: 'Some resource has been exhausted', error: 'Rate limit exceeded' }))).toBeUndefined();
  });
  it('a 200 is only ok when the key, and its team, are neither blocked nor disabled', () => {
    const body = { api_key_id: 'FAKE', team_blocked: false, api_key_blocked: false, api_key_disabled: false };
    expect(xai.classify(answer(200, body))).toBeUndefined();
    expect(xai.classify(answer(200, { ...body, api_key_blocked: true }))?.rule).toBe('xai.api_key_blocked');
    expect(xai.classify(answer(200, { ...body, team_blocked: true, api_key_disabled: true }))?.rule).toBe('xai.team_blocked');
  });
});
