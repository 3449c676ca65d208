// The shapes the redactor masks in text nobody registered are generated from the
// probes' key formats (src/probes/key-shapes.ts). Pinned here: every fixture key
// of a secret format is masked; every key the hand-written shapes masked before
// still is; published values (a Twilio SID, a publishable key) are not; and the
// generated regex stays linear on a megabyte of key-like text.
import { describe, expect, it } from 'vitest';
import { PROBES, probeById } from '../../src/probes/index.js';
import { knownKeyShapes, MAX_RUN, secretShapes, unanchored } from '../../src/probes/key-shapes.js';
import { isDistinctive } from '../../src/probes/types.js';
import { Redactor } from '../../src/redact/redactor.js';
import { loadProbeFixture } from '../fake-provider/server.js';
import { FAKE } from '../helpers/keys.js';

// The shapes as written by hand before they were generated (the oracle for "still masked").
const BEFORE = /\b(?:sk-(?:proj|svcacct|service|admin|ant-(?:api|admin|oat)\d*)-[\w-]{20,}|sk-[A-Za-z0-9]{32,}|[sr]k_(?:live|test)_[A-Za-z0-9]{10,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{30,}|glpat-[\w-]{20,}|xox[abposr]-[\w-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}|AIza[\w-]{35}|hf_[A-Za-z0-9]{30,}|gsk_[A-Za-z0-9]{40,}|xai-[A-Za-z0-9]{40,}|SG\.[\w-]{16,}\.[\w-]{16,})/;

const masked = (value: string) => !new Redactor().redact(`key: ${value} (end)`).includes(value);

/** Every key a probe's fixture holds, with the format it was accepted as. */
const FIXTURE_KEYS = PROBES.flatMap((p) => {
  const fx = loadProbeFixture(p.id);
  const accepted = Object.entries(fx.formats?.accept ?? {}).map(([format, value]) => ({ probe: p.id, format, value }));
  const main = p.keyFormats.find((f) => f.pattern.test(fx.key));
  return [...(main ? [{ probe: p.id, format: main.id, value: fx.key }] : []), ...accepted];
});

describe('known key shapes, generated from the probes', () => {
  const secret = new Set(secretShapes(PROBES));
  const rows = FIXTURE_KEYS.map((k) => ({ ...k, shape: probeById(k.probe)!.keyFormats.find((f) => f.id === k.format)! }));

  it.each(rows.filter((r) => secret.has(r.shape)).map((r) => [`${r.probe} ${r.format}`, r.value]))('masks the %s key of its fixture, unregistered', (_name, value) => {
    expect(masked(value)).toBe(true);
  });

  it('masks every fixture and test key the hand-written shapes masked', () => {
    const keys = [...rows.map((r) => r.value), ...Object.values(FAKE)].filter((v) => BEFORE.test(v));
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((v) => !masked(v))).toEqual([]);
  });

  it('leaves published values alone: a Twilio SID, a publishable key, a documented test token', () => {
    const published = rows.filter((r) => r.shape.public && isDistinctive(r.shape));
    expect(published.map((r) => r.format).sort()).toEqual(expect.arrayContaining(['account-sid', 'publishable', 'test']));
    for (const r of published) expect(masked(r.value), `${r.probe} ${r.format}`).toBe(false);
  });

  it('still masks the shapes no probe declares: a bare sk- key, older Slack tokens, a JWT', () => {
    expect(masked('sk-fakefakefakefakefakefakefakefake0')).toBe(true);
    expect(masked('xoxa-2-FAKE-EXAMPLE-0000')).toBe(true);
    expect(masked('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignatureFAKE')).toBe(true);
  });

  it('unanchors a pattern and bounds what is unbounded, leaving character classes and escapes as they are', () => {
    expect(unanchored('^sk-proj-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$')).toBe(`sk-proj-[A-Za-z0-9_-]{1,${MAX_RUN}}T3BlbkFJ[A-Za-z0-9_-]{1,${MAX_RUN}}`);
    expect(unanchored('^sntrys_eyJ[A-Za-z0-9+/]+={0,2}_[A-Za-z0-9+/]{43}$')).toBe(`sntrys_eyJ[A-Za-z0-9+/]{1,${MAX_RUN}}={0,2}_[A-Za-z0-9+/]{43}`);
    expect(unanchored('^a\\+b*c{2,}d{3,400}\\$$')).toBe(`a\\+b{0,${MAX_RUN}}c{2,${MAX_RUN}}d{3,400}\\$`);
  });

  it('keeps the flags apart: a case-blind format gets a case-blind regex', () => {
    const shapes = knownKeyShapes(PROBES);
    expect(shapes.every((s) => s.global)).toBe(true);
    expect(shapes.find((s) => s.ignoreCase)?.test('KEY-0123456789ABCDEF0123456789ABCDEF')).toBe(true);
  });
});

describe('known key shapes are not catastrophic', () => {
  const MB = 1024 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  let seed = 7;
  const random = Array.from({ length: MB }, () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'[seed % 64];
  }).join('');

  // Each start of an unanchored `sk-proj-[…]+T3BlbkFJ[…]+` could scan to the end and back: the
  // repeated prefixes make thousands of starts, none of which ends in a key.
  it.each([
    ['random key characters', random],
    ['repeated sk-proj- prefixes', fill('sk-proj-')],
    ['repeated sk-svcacct- prefixes', fill('-sk-svcacct-')],
    ['repeated sk-admin- prefixes', fill('sk-admin-')],
    ['repeated Telegram bot ids', fill('12345678:')],
    ['repeated Discord token starts', fill(`M${'a'.repeat(26)}.`)],
    ['repeated Sentry org token starts', fill('-sntrys_eyJ')],
    ['one long run of letters', fill('a')],
  ])('the generated shapes scan a megabyte of %s', (_what, text) => {
    for (const shape of knownKeyShapes(PROBES)) expect(text.replace(shape, '').length).toBeGreaterThan(0);
  });

  // The redactor's own patterns (URL userinfo, e-mail, JWT, undeclared keys) on runs where every
  // position could start a match and none ends in one: before they started only at run starts,
  // 64 KB of `a-a-a-` took 4 s, so these suites did not finish.
  it.each([
    ['a-a-a-', fill('a-')],
    ['xoxa-xoxa-', fill('xoxa-')],
    ['-eyJ-eyJ', fill('-eyJ')],
    ['a.a.a.a@', fill('a.') + '@'],
    ['a://a://', fill('a+')],
    ['x@a.x@a.', fill('x@a.')],
  ])('the redactor passes a megabyte of %s and still masks a key after it', (_what, text) => {
    const out = new Redactor().redact(`${text} ${FAKE.openaiProject} jane.doe@example.com`);
    expect(out).not.toContain(FAKE.openaiProject);
    expect(out).not.toContain('jane.doe@example.com');
  });

  it('the redactor masks a key inside a megabyte of random key characters', () => {
    const out = new Redactor().redact(`${random} ${FAKE.openaiProject} ${random}`);
    expect(out).not.toContain(FAKE.openaiProject);
  });
});
