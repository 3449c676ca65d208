// Prevention findings a key's own shape proves: over-privileged formats, a
// JWT's exp claim. Table-driven; assertions key on codes, not wording.
import { describe, expect, it } from 'vitest';
import { keyPrevention } from '../../src/prevent/index.js';
import { jwtClaims } from '../../src/prevent/jwt.js';
import { parseProviderDate } from '../../src/prevent/expiry.js';
import { probeById, PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { FAKE } from '../helpers/keys.js';

const NOW = new Date('2026-12-20T00:00:00Z');
const OPENAI_ADMIN = `sk-admin-${'FAKE'.repeat(15).slice(0, 58)}T3BlbkFJ${'EXAMPLE0'.repeat(8).slice(0, 58)}`;

function findings(provider: string, name: string, value: string, extra: { ci?: boolean; expectedScopes?: string[]; identity?: Record<string, string | string[]> } = {}) {
  const probe = probeById(provider)!;
  const formatId = checkFormat(value, probe, { others: PROBES }).format?.id;
  return keyPrevention({ name, provider, providerName: probe.name, formatId, value, ci: !!extra.ci, now: NOW, warnDays: 14, identity: extra.identity, expectedScopes: extra.expectedScopes });
}
const codes = (...a: Parameters<typeof findings>) => findings(...a).map((f) => f.code);

/** A JWT of Supabase's shape with a fake signature; the payload is decoded locally only. */
function jwt(exp: number | undefined): string {
  const b = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b({ alg: 'HS256', typ: 'JWT' })}.${b({ iss: 'supabase', ref: 'FAKEEXAMPLEPROJECT', role: 'anon', iat: 1700000000, ...(exp ? { exp } : {}) })}.FAKESIGNATUREFAKESIGNATUREFAKESIGNATURE0`;
}
const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);

describe('over-privileged keys', () => {
  it.each([
    ['a Stripe live secret key (sk_live_)', 'stripe', 'STRIPE_SECRET_KEY', FAKE.stripeLive, true],
    ['a Stripe live restricted key (rk_live_)', 'stripe', 'STRIPE_SECRET_KEY', FAKE.stripeRestricted, false],
    ['a Stripe test secret key (sk_test_)', 'stripe', 'STRIPE_SECRET_KEY', FAKE.stripeTest, false],
    ['an OpenAI admin key in OPENAI_API_KEY (an app\'s variable)', 'openai', 'OPENAI_API_KEY', OPENAI_ADMIN, true],
    ['an OpenAI admin key in OPENAI_ADMIN_KEY', 'openai', 'OPENAI_ADMIN_KEY', OPENAI_ADMIN, false],
    ['an OpenAI project key', 'openai', 'OPENAI_API_KEY', FAKE.openaiProject, false],
  ])('%s: over-privileged is %s', (_what, provider, name, value, flagged) => {
    expect(codes(provider, name, value).includes('prevent.over_privileged')).toBe(flagged);
  });

  it('the least-privilege alternative is named', () => {
    expect(findings('stripe', 'STRIPE_SECRET_KEY', FAKE.stripeLive)[0]!.fix).toContain('restricted key (rk_live_)');
    expect(findings('openai', 'OPENAI_API_KEY', OPENAI_ADMIN)[0]!.fix).toContain('project key (sk-proj-)');
  });

  it('expect.scopes turns extra scopes into an error, and matching scopes into nothing', () => {
    const identity = { scopes: ['repo', 'delete_repo'] };
    expect(findings('github', 'GH_TOKEN', FAKE.githubClassic, { identity, expectedScopes: ['repo'] }).map((f) => [f.code, f.severity])).toEqual([['prevent.scopes_beyond_expected', 'error']]);
    expect(codes('github', 'GH_TOKEN', FAKE.githubClassic, { identity: { scopes: ['repo'] }, expectedScopes: ['repo'] })).toEqual([]);
  });

  it('an OpenAI legacy user key in CI is tied to a person; a project key is not', () => {
    expect(codes('openai', 'OPENAI_API_KEY', FAKE.openaiUser, { ci: true })).toContain('prevent.personal_key');
    expect(codes('openai', 'OPENAI_API_KEY', FAKE.openaiProject, { ci: true })).not.toContain('prevent.personal_key');
  });
});

describe('expiry of JWT-shaped keys (exp decoded locally)', () => {
  it('reads the claims of a JWT and nothing else', () => {
    expect(jwtClaims(jwt(at('2027-01-01T00:00:00Z')))?.role).toBe('anon');
    expect(jwtClaims(FAKE.openaiProject)).toBeUndefined();
    expect(jwtClaims('aaaaaaaaaa.bbbbbbbbbb.cccccccc')).toBeUndefined();
  });

  it.each([
    ['expired a day ago', '2026-12-19T00:00:00Z', 'prevent.expired', 'error'],
    ['expiring in 3 days', '2026-12-23T00:00:00Z', 'prevent.expiry_soon', 'warning'],
    ['expiring in exactly 14 days', '2027-01-03T00:00:00Z', 'prevent.expiry_soon', 'warning'],
    ['expiring in 15 days', '2027-01-04T00:00:00Z', 'prevent.expires', 'info'],
  ])('a JWT %s: %s (%s)', (_what, iso, code, severity) => {
    const f = findings('openai', 'SUPABASE_ANON_KEY', jwt(at(iso)));
    expect(f.map((x) => [x.code, x.severity])).toEqual([[code, severity]]);
    expect(f[0]!.message).toContain(iso.slice(0, 10));
  });

  it('an expired JWT proves revoked_or_expired', () => {
    expect(findings('openai', 'SUPABASE_ANON_KEY', jwt(at('2026-01-01T00:00:00Z')))[0]!.category).toBe('revoked_or_expired');
  });

  it('a JWT without exp, and a key that is no JWT, get no expiry finding', () => {
    expect(codes('openai', 'SUPABASE_ANON_KEY', jwt(undefined))).toEqual([]);
    expect(codes('openai', 'OPENAI_API_KEY', FAKE.openaiProject)).toEqual([]);
  });

  it('--expiry-warn-days widens the window', () => {
    const probe = probeById('openai')!;
    const r = keyPrevention({ name: 'K', provider: 'openai', providerName: probe.name, value: jwt(at('2027-01-10T00:00:00Z')), ci: false, now: NOW, warnDays: 30 });
    expect(r.map((f) => f.code)).toEqual(['prevent.expiry_soon']);
  });
});

describe('provider dates', () => {
  it.each([
    ['2026-12-31 00:00:00 UTC', '2026-12-31T00:00:00.000Z'],
    ['2026-12-28 12:00:00 -0700', '2026-12-28T19:00:00.000Z'],
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
    ['2026-12-31T10:00:00Z', '2026-12-31T10:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseProviderDate(text)?.toISOString()).toBe(iso);
  });
  it('nonsense is no date', () => {
    expect(parseProviderDate('soon')).toBeUndefined();
  });
});
