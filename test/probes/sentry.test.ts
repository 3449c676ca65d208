import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { sentry, sentryOrgTokenPayload } from '../../src/probes/sentry/index.js';
import { ProbeSetupError } from '../../src/probes/types.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(sentry);

const SIG = 'FAKEFAKEFAKEEXAMPLEEXAMPLEEXAMPLEFAKEFAKE12';
const orgToken = (payload: object) => `sntrys_${Buffer.from(JSON.stringify(payload)).toString('base64')}_${SIG}`;
const ctx = (baseUrl: string) => ({ baseUrl, settings: {} });

describe('sentry: organization tokens', () => {
  it('reads the org slug and the issuing Sentry from the token locally', () => {
    const t = orgToken({ iat: 1700000000.5, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'fake-example-org' });
    expect(sentryOrgTokenPayload(t)).toMatchObject({ org: 'fake-example-org', region_url: 'https://de.sentry.io' });
    expect(sentryOrgTokenPayload('sntryu_' + '0'.repeat(64))).toBeUndefined();
  });

  it('a region token is still checked on the base URL in force, never on the host named inside it', () => {
    const t = orgToken({ iat: 1700000000.5, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'fake-example-org' });
    expect(new URL(sentry.request(t, ctx('https://sentry.io/api/0')).url).host).toBe('sentry.io');
  });

  it('a token issued by a self-hosted Sentry is not sent to sentry.io: a setup finding names SENTRY_URL', () => {
    const t = orgToken({ iat: 1700000000.5, url: 'https://sentry.example.com', region_url: 'https://sentry.example.com', org: 'fake-example-org' });
    expect(() => sentry.request(t, ctx('https://sentry.io/api/0'))).toThrow(ProbeSetupError);
    expect(() => sentry.request(t, ctx('https://sentry.io/api/0'))).toThrow(/sentry\.example\.com/);
    // When SENTRY_URL points at that Sentry, it is sent there.
    expect(sentry.request(t, ctx('https://sentry.example.com/api/0')).url).toBe('https://sentry.example.com/api/0/');
  });

  it('a DSN in SENTRY_AUTH_TOKEN is unusable, offline', () => {
    const r = checkFormat('https://0123456789abcdef0123456789abcdef@o0.ingest.sentry.io/0', sentry, { others: PROBES });
    expect(r.blocking).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('format.unusable_key_type');
  });

  it('a DRF error that is not an authentication message is left to the generic rules', () => {
    expect(sentry.classify({ status: 403, headers: {}, text: '', json: { detail: 'You do not have permission to perform this action.' } })).toBeUndefined();
  });
});
