import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { cloudflare } from '../../src/probes/cloudflare/index.js';
import { ProbeSetupError } from '../../src/probes/types.js';
import { checkFormat } from '../../src/steps/format.js';
import { PROBES } from '../../src/probes/index.js';

probeSuite(cloudflare);

const BASE = 'https://api.cloudflare.com/client/v4';
const ACCOUNT_TOKEN = `cfat_${'FAKE'.repeat(10)}0000fa4e`;
const GLOBAL = `cfk_${'FAKE'.repeat(10)}0000fa4e`;

describe('cloudflare: specifics', () => {
  it('a missing account id or e-mail is a finding, not a crash', () => {
    expect(() => cloudflare.request(ACCOUNT_TOKEN, { baseUrl: BASE, settings: {} })).toThrow(ProbeSetupError);
    expect(() => cloudflare.request(GLOBAL, { baseUrl: BASE, settings: {} })).toThrow(/CLOUDFLARE_EMAIL/);
    expect(() => cloudflare.request('fa4e'.repeat(9) + 'f', { baseUrl: BASE, settings: {} })).toThrow(ProbeSetupError);
  });

  it('sends a Global API Key with its e-mail, never as Bearer', () => {
    const req = cloudflare.request(GLOBAL, { baseUrl: BASE, settings: { CLOUDFLARE_EMAIL: 'fake@example.com' } });
    expect(req.url).toBe(`${BASE}/user`);
    expect(req.headers).toEqual({ 'x-auth-email': 'fake@example.com', 'x-auth-key': GLOBAL });
  });

  it('a disabled token is revoked_or_expired although Cloudflare says success', () => {
    const json = { success: true, errors: [], result: { id: 'fa4e', status: 'disabled' } };
    expect(cloudflare.classify({ status: 200, headers: {}, text: JSON.stringify(json), json })).toMatchObject({ category: 'revoked_or_expired', rule: 'cloudflare.token_inactive' });
  });

  it('another service\'s 40-character key is not taken for a legacy Cloudflare token', () => {
    expect(cloudflare.keyFormats.find((f) => f.pattern.test(`ghp_${'FAKE'.repeat(9)}`))).toBeUndefined();
    expect(cloudflare.keyFormats.find((f) => f.pattern.test('fa4e'.repeat(10)))).toBeUndefined();
    expect(checkFormat('FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0', cloudflare, { others: PROBES }).format?.id).toBe('legacy-token');
  });
});
