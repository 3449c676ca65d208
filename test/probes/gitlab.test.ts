import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { gitlab } from '../../src/probes/gitlab/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { PROBES } from '../../src/probes/index.js';

probeSuite(gitlab);

describe('gitlab: specifics', () => {
  it('a self-managed host comes from GITLAB_HOST (bare host) or CI_SERVER_URL (URL with a relative root)', () => {
    expect(gitlab.baseUrlFrom?.({})).toBeUndefined();
    expect(gitlab.baseUrlFrom?.({ GITLAB_HOST: 'gitlab.example.com' })).toBe('https://gitlab.example.com/api/v4');
    expect(gitlab.baseUrlFrom?.({ CI_SERVER_URL: 'https://example.com/gitlab/' })).toBe('https://example.com/gitlab/api/v4');
    expect(gitlab.baseUrlFrom?.({ GITLAB_HOST: 'https://gitlab.com', CI_SERVER_URL: 'https://other.example.com' })).toBe('https://gitlab.com/api/v4');
  });

  it('sends the token as PRIVATE-TOKEN to the token-self endpoint of the base URL in force', () => {
    const req = gitlab.request('glpat-FAKEFAKEFAKEFAKEFAKE', { baseUrl: 'https://gitlab.example.com/api/v4', settings: {} });
    expect(req).toEqual({ method: 'GET', url: 'https://gitlab.example.com/api/v4/personal_access_tokens/self', headers: { 'private-token': 'glpat-FAKEFAKEFAKEFAKEFAKE' } });
  });

  it('a token record that says revoked or inactive is revoked_or_expired, not ok', () => {
    const json = { id: 1, name: 'FAKE', revoked: false, active: false, scopes: ['api'], expires_at: '2020-01-01' };
    const c = gitlab.classify({ status: 200, headers: {}, text: JSON.stringify(json), json });
    expect(c).toMatchObject({ category: 'revoked_or_expired', verdict: 'invalid', rule: 'gitlab.token_inactive' });
  });

  it('a token without expiry says so', () => {
    const json = { id: 1, name: 'FAKE', revoked: false, active: true, scopes: ['api'], expires_at: null };
    expect(gitlab.identity?.({ status: 200, headers: {}, text: JSON.stringify(json), json })?.expiresAt).toBe('never');
  });

  it('a deploy token is recognised and blocked before the live call', () => {
    const r = checkFormat('gldt-FAKEFAKEFAKEFAKEFAKE', gitlab, { others: PROBES });
    expect(r.format?.id).toBe('deploy');
    expect(r.blocking).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('format.unusable_key_type');
  });
});
