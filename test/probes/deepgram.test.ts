import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { deepgram } from '../../src/probes/deepgram/index.js';
import { PROBES, probeForEnvVar } from '../../src/probes/index.js';
import type { Probe } from '../../src/probes/types.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(deepgram);

// 40 lower-case hex: the shape of a Deepgram key, and of a SHA-1, a legacy GitHub token, a Datadog application key.
const HEX40 = 'deadbeef'.repeat(5);
// A stand-in for another probe that also declares a bare 40-hex format and sorts before deepgram (as datadog does).
const other: Probe = { ...deepgram, id: 'aa-other', name: 'Other', envVars: ['OTHER_KEY'], keyFormats: [{ id: 'app', description: '40-hex key', pattern: /^[0-9a-f]{40}$/ }] };

describe('deepgram: specifics', () => {
  it('sends the key with the Token scheme', () => {
    const req = deepgram.request(HEX40, { baseUrl: 'https://api.deepgram.com', settings: {} });
    expect(req).toEqual({ method: 'GET', url: 'https://api.deepgram.com/v1/projects', headers: { authorization: `Token ${HEX40}` } });
  });

  it('is found by its variable name', () => {
    expect(probeForEnvVar('DEEPGRAM_API_KEY', [...PROBES, deepgram])?.id).toBe('deepgram');
  });

  it('a Deepgram key is its own shape first, so another probe\'s 40-hex pattern cannot block it as "wrong provider"', () => {
    const r = checkFormat(HEX40, deepgram, { others: [other, ...PROBES] });
    expect(r.format?.id).toBe('api');
    expect(r.blocking).toBe(false);
    expect(r.findings.map((f) => f.code)).not.toContain('format.wrong_provider');
  });

  it('a restricted key that may not list projects is live, not unknown', () => {
    const c = deepgram.classify({ status: 401, headers: {}, text: '', json: { err_code: 'INSUFFICIENT_PERMISSIONS', err_msg: 'User does not have sufficient permissions.' } });
    expect(c?.category).toBe('insufficient_permissions');
    expect(c?.evidence.join(' ')).toMatch(/it is live/);
  });
});
