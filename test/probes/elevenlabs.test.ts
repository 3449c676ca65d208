import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { elevenlabs } from '../../src/probes/elevenlabs/index.js';
import { PROBES } from '../../src/probes/index.js';
import type { Probe } from '../../src/probes/types.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(elevenlabs);

const answer401 = (status: string, message: string) => ({ status: 401, headers: {}, text: '', json: { detail: { status, message } } });

describe('elevenlabs: specifics', () => {
  it('sends the key in xi-api-key, not as a Bearer token', () => {
    const req = elevenlabs.request('sk_' + 'deadbeef'.repeat(6), { baseUrl: 'https://api.elevenlabs.io', settings: {} });
    expect(req.url).toBe('https://api.elevenlabs.io/v1/user');
    expect(req.headers).toEqual({ 'xi-api-key': 'sk_' + 'deadbeef'.repeat(6) });
  });

  it('the same 401 is a bad key or a live restricted key, told apart by detail.status', () => {
    const bad = elevenlabs.classify(answer401('invalid_api_key', 'Invalid API key'));
    const scoped = elevenlabs.classify(answer401('missing_permissions', 'The API key you used is missing the permission user_read to execute this operation.'));
    expect(bad?.category).toBe('invalid_key');
    expect(scoped?.category).toBe('insufficient_permissions');
    expect(scoped?.evidence.join(' ')).toMatch(/it is live/);
    expect(scoped?.providerMessage).toContain('user_read');
  });

  it('a 401 whose detail it does not know stays with the generic rules', () => {
    expect(elevenlabs.classify(answer401('something_new', 'Something new'))).toBeUndefined();
  });

  it('never reads the key the user endpoint echoes back', () => {
    const id = elevenlabs.identity?.({ status: 200, headers: {}, text: '', json: { user_id: 'FAKEuser', xi_api_key: 'sk_secret', subscription: { tier: 'free' } } });
    expect(JSON.stringify(id)).not.toContain('sk_secret');
  });

  it('a legacy 32-hex key is its own, so another probe\'s 32-hex pattern cannot block it as "wrong provider"', () => {
    const other: Probe = { ...elevenlabs, id: 'aa-other', name: 'Other', envVars: ['OTHER_KEY'], keyFormats: [{ id: 'x', description: '32-hex key', pattern: /^[0-9a-f]{32}$/ }] };
    const r = checkFormat('deadbeef'.repeat(4), elevenlabs, { others: [other, ...PROBES] });
    expect(r.format?.id).toBe('legacy');
    expect(r.blocking).toBe(false);
  });
});
