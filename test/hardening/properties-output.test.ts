// Bad input, property-based, part 2: what keydoctor prints. The redactor never
// throws and no registered secret survives any surrounding text (nor re-forms
// from its own label and fragments); the format step never throws and never
// repeats the value it judges. Runs per property: RUNS (arbitraries.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROBES } from '../../src/probes/index.js';
import { Redactor } from '../../src/redact/redactor.js';
import { checkFormat } from '../../src/steps/format.js';
import { anyText, invalidUtf8, matching, RUNS } from './arbitraries.js';

describe('the redactor', () => {
  const secret = fc.oneof(
    fc.string({ unit: 'binary', minLength: 8, maxLength: 80 }),
    fc.stringMatching(/^[A-Za-z0-9_\-.]{8,80}$/),
    // Made of the redactor's own label, so a label plus its surroundings could spell a secret again.
    fc.string({ unit: fc.constantFrom('[', ']', 'REDACTED', ' ', '…', 'sha256:', 'sk-p', '0', 'a', '*', '@', '.'), minLength: 3, maxLength: 12 }),
    ...PROBES.flatMap((p) => p.keyFormats.slice(0, 1)).flatMap((f) => matching(f.pattern)),
  ).filter((s) => s.trim().length >= 8);

  it(`redact never throws, whatever the text (${RUNS.pure} runs)`, () => {
    const r = new Redactor();
    r.add('sk-proj-FAKEFAKEFAKEFAKEFAKE');
    fc.assert(fc.property(anyText, (t) => void r.redact(t)), { numRuns: RUNS.pure });
  });

  it(`a registered secret never survives, whatever surrounds it (${RUNS.pure} runs)`, () => {
    fc.assert(
      fc.property(fc.array(secret, { minLength: 1, maxLength: 3 }), anyText, anyText, fc.boolean(), (secrets, before, after, masked) => {
        const r = new Redactor();
        r.maskEmails = masked;
        secrets.forEach((s) => r.add(s));
        const out = r.redact(before + secrets.join(' ') + after);
        for (const s of secrets) expect(out.includes(s.trim())).toBe(false);
        const deep = r.redactDeep({ a: [before, secrets[0]], b: { c: `${secrets.at(-1)}${after}` } });
        for (const s of secrets) expect(JSON.stringify(deep).includes(JSON.stringify(s.trim()).slice(1, -1))).toBe(false);
      }),
      { numRuns: RUNS.pure },
    );
  });

  it(`a secret among its own fragments and the redactor's labels never re-forms (${RUNS.pure} runs)`, () => {
    fc.assert(
      fc.property(secret, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('whole', 'head', 'tail', 'label')), { minLength: 1, maxLength: 6 }), (s, pieces) => {
        const r = new Redactor();
        r.add(s);
        const text = pieces.map(([i, j, kind]) => (kind === 'whole' ? s : kind === 'head' ? s.slice(0, i % s.length) : kind === 'tail' ? s.slice(j % s.length) : '[REDACTED]')).join('') + s;
        expect(r.redact(text).includes(s.trim())).toBe(false);
      }),
      { numRuns: RUNS.pure },
    );
  });

  it.each([['TED]xyzw', 'TED]xyzwxyzw'], ['[REDACTED]', '[REDACTED]'], ['ED] tail', '[REDACT' + 'ED] tail tail']])('secret %j in %j does not survive as a label plus its own tail', (s, text) => {
    const r = new Redactor();
    r.add(s);
    expect(r.redact(text)).not.toContain(s);
  });
});

describe('the format step', () => {
  for (const probe of PROBES) {
    const shaped = probe.keyFormats.flatMap((f) => matching(f.pattern));
    const value = fc.oneof(
      anyText,
      invalidUtf8,
      ...shaped,
      ...shaped.map((s) => fc.tuple(s, fc.constantFrom(' ', '\n', '"', '\u200b', 'Bearer ', '\u00a0'), fc.boolean()).map(([k, c, front]) => (front ? c + k : k + c))),
    );
    it(`${probe.id}: checkFormat never throws on any string and never repeats the value (${RUNS.perProbe} runs)`, () => {
      fc.assert(
        fc.property(value, fc.constantFrom(undefined, 'production', 'development'), (raw, expectEnv) => {
          const r = checkFormat(raw, probe, { others: PROBES, expectEnv });
          expect(raw.includes(r.sendable)).toBe(true);
          if (r.blocking) expect(r.findings.some((f) => f.severity === 'error')).toBe(true);
          for (const f of r.findings) {
            expect(f.code).toMatch(/^format\./);
            const v = raw.trim();
            // A documented public constant (Postmark's POSTMARK_API_TEST) may be named; nothing else may.
            const publicConstant = probe.keyFormats.some((k) => k.description.includes(v));
            if (v.length >= 12 && !publicConstant) expect(`${f.message} ${f.fix ?? ''}`.includes(v)).toBe(false);
          }
        }),
        { numRuns: RUNS.perProbe },
      );
    });
  }
});
