import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { resend } from '../../src/probes/resend/index.js';

probeSuite(resend);

describe('resend: key permissions', () => {
  it('a sending-only key is live (ok, restriction in the evidence), not a 401 failure', () => {
    const c = resend.classify({ status: 401, headers: {}, text: '', json: { statusCode: 401, name: 'restricted_api_key', message: 'This API key is restricted to only send emails.' } })!;
    expect(c).toMatchObject({ category: 'ok', verdict: 'valid', rule: 'resend.restricted_key_live' });
    expect(c.evidence.join(' ')).toMatch(/sending-only/);
  });

  it('a missing key is a malformed key, not an invalid one', () => {
    expect(resend.classify({ status: 401, headers: {}, text: '', json: { statusCode: 401, name: 'missing_api_key', message: 'Missing API key in the authorization header.' } })?.category).toBe('malformed_key');
  });

  it('Cloudflare\'s 1010 refusal is not blamed on the key', () => {
    expect(resend.classify({ status: 403, headers: { 'content-type': 'text/plain' }, text: 'error code: 1010' })?.verdict).toBe('indeterminate');
  });
});
