import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { vercel } from '../../src/probes/vercel/index.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(vercel);

const answer = (status: number, json: unknown) => ({ status, headers: {}, text: JSON.stringify(json), json });

describe('vercel: reading its 403s', () => {
  it('an invalid token is a 403, not a 401, recognised by error.invalidToken alone', () => {
    expect(vercel.classify(answer(403, { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } }))?.category).toBe('invalid_key');
    expect(vercel.classify(answer(403, { error: { code: 'forbidden', message: 'Not authorized' } }))).toBeUndefined();
  });

  it('a token scoped to another team is tenant_mismatch', () => {
    const c = vercel.classify(answer(403, { error: { code: 'forbidden', message: 'Not authorized: Trying to access resource under scope "fake-team". You must re-authenticate to this scope or use a token with access to this scope.' } }));
    expect(c?.category).toBe('tenant_mismatch');
  });

  it('an AI Gateway key (vck_) or a refresh token (vcr_) cannot call the REST API, offline', () => {
    for (const v of ['vck_FAKE1FAKE1FAKE1FAKE1FAKE1FAKE1FAKE1FAKE1FAKE1FAKE1FAKE1F', 'vcr_FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0F']) {
      expect(checkFormat(v, vercel, { others: PROBES }).findings.map((f) => f.code)).toContain('format.unusable_key_type');
    }
  });
});
