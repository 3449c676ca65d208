// Bad input, property-based (fast-check), part 1: what keydoctor reads. Every
// parser we own or call gets random and adversarial input: .env files,
// .keydoctor.yml, provider answers (any status, headers, body), network error
// codes, Retry-After. Invariants: nothing throws but the one error a bad file
// may raise (a one-line UsageError naming `file:line`), and every verdict is
// well formed. Runs per property: RUNS (arbitraries.ts), stated in each test's
// name; time is bounded by each test's vitest timeout, never asserted.
// Part 2 (what keydoctor prints) is properties-output.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORIES } from '../../src/core/types.js';
import { UsageError } from '../../src/core/errors.js';
import { PROBES } from '../../src/probes/index.js';
import type { Classification } from '../../src/probes/types.js';
import { classifyHttp } from '../../src/classify/http.js';
import { classifyNetError, NET_RULES } from '../../src/classify/network.js';
import { scanDotenv } from '../../src/trace/readers/dotenv-family.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/text/lines.js';
import { loadSources } from '../../src/sources/model.js';
import { loadConfig } from '../../src/config/load.js';
import { retryAfterMs, retryDelay, RETRY_AFTER_CAP_MS, MAX_RETRIES } from '../../src/net/retry.js';
import { ADVERSARIAL_YAML, anyAnswer, anyText, dotenvText, RUNS, yamlText } from './arbitraries.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'keydoctor-prop-'));
  dirs.push(d);
  return d;
}

const VERDICTS = ['valid', 'invalid', 'indeterminate'];
function wellFormed(c: Classification): void {
  expect(CATEGORIES).toContain(c.category);
  expect(VERDICTS).toContain(c.verdict);
  expect(typeof c.rule === 'string' && c.rule.length > 0).toBe(true);
  expect(c.evidence.every((e) => typeof e === 'string')).toBe(true);
  expect(c.fixes.every((f) => typeof f === 'string')).toBe(true);
  if (c.verdict === 'valid') expect(c.category).toBe('ok');
}

describe('dotenv files', () => {
  it(`scanDotenv never throws; every line it reports holds the name (${RUNS.file} runs)`, () => {
    fc.assert(
      fc.property(dotenvText, (text) => {
        const scan = scanDotenv(text, null);
        const lines = text.replace(/\r\n?/g, '\n').split('\n');
        for (const o of scan.occurrences) {
          expect(o.line).toBeGreaterThanOrEqual(1);
          expect(lines[o.line - 1]).toContain(o.name);
          expect(typeof o.value).toBe('string');
        }
      }),
      { numRuns: RUNS.file },
    );
  });

  it(`the source model reads every .env of the family from random bytes without throwing (${RUNS.file} runs)`, () => {
    const root = tmp();
    writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { next: '15.0.0' } }));
    fc.assert(
      fc.property(fc.array(fc.oneof(dotenvText, fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b))), { minLength: 4, maxLength: 4 }), (files) => {
        ['.env', '.env.local', '.env.development', '.env.development.local'].forEach((n, i) => writeFileSync(join(root, n), files[i]!));
        const m = loadSources({ cwd: root, env: {}, home: '/nonexistent', probes: PROBES });
        expect(m.trace.loader.order).toEqual(['.env.development.local', '.env.local', '.env.development', '.env']);
      }),
      { numRuns: RUNS.file },
    );
  });

  it('a .env larger than the bound is not read, and says so', () => {
    const root = tmp();
    writeFileSync(join(root, '.env'), 'A=' + 'x'.repeat(DEFAULT_MAX_FILE_BYTES));
    const m = loadSources({ cwd: root, env: {}, home: '/nonexistent', probes: PROBES });
    expect(m.trace.findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/^\.env is larger than 1 MiB/));
  });
});

describe('.keydoctor.yml', () => {
  const check = (text: string, root: string) => {
    writeFileSync(join(root, '.keydoctor.yml'), text);
    try {
      const c = loadConfig(root);
      expect(Array.isArray(c?.keys ?? [])).toBe(true);
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      // One line, naming the file and the line at fault (or, for size, the whole file).
      expect((err as Error).message).toMatch(/^\.keydoctor\.yml(:\d+: [^\n]+|: larger than \d+ bytes)$/);
    }
  };

  it(`random and config-shaped YAML: a Config or a one-line UsageError with file:line (${RUNS.file} runs)`, () => {
    const root = tmp();
    fc.assert(fc.property(yamlText, (text) => check(text, root)), { numRuns: RUNS.file });
  });

  it.each(ADVERSARIAL_YAML().map((y, i) => [i, y.slice(0, 40).replace(/\n/g, '⏎'), y]))('adversarial YAML #%i (%s…): bounded, a Config or a UsageError with file:line', (_i, _label, text) => {
    check(text, tmp());
  });
});

describe('provider answers', () => {
  for (const probe of PROBES) {
    it(`${probe.id}: classify and identity never throw on any answer, and classify is well formed (${RUNS.perProbe} runs)`, () => {
      fc.assert(
        fc.property(anyAnswer, (a) => {
          const c = probe.classify(a);
          if (c) wellFormed(c);
          const id = probe.identity?.(a);
          if (id !== undefined) expect(typeof id).toBe('object');
        }),
        { numRuns: RUNS.perProbe },
      );
    });
  }

  it(`classifyHttp: well formed, never valid without a 2xx, never blames the key on a 5xx or an HTML page (${RUNS.pure} runs)`, () => {
    fc.assert(
      fc.property(anyAnswer, (a) => {
        const c = classifyHttp(a);
        wellFormed(c);
        if (a.status < 200 || a.status >= 300) expect(c.verdict).not.toBe('valid');
        if (a.status >= 500) expect(c.verdict).toBe('indeterminate');
        if (/<html|<!doctype/i.test(a.text.trimStart().slice(0, 20))) expect(c.verdict).not.toBe('valid');
      }),
      { numRuns: RUNS.pure },
    );
  });

  it(`classifyNetError: any code and message is an inconclusive network, proxy or TLS verdict (${RUNS.pure} runs)`, () => {
    const code = fc.oneof(fc.constantFrom(...NET_RULES.flatMap((r) => r.codes)), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(code, anyText, (c, m) => {
        const r = classifyNetError(c, m);
        wellFormed(r);
        expect(r.verdict).toBe('indeterminate');
        expect(['network_error', 'proxy_error', 'tls_error']).toContain(r.category);
      }),
      { numRuns: RUNS.pure },
    );
  });

  it(`Retry-After: any header value gives a wait within the cap and the time left, or no retry (${RUNS.pure} runs)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.option(fc.oneof(anyText, fc.integer({ min: -5, max: 10_000 }).map(String), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()))), fc.integer({ min: 0, max: 60_000 }), (n, header, left) => {
        expect(() => retryAfterMs(header ?? undefined)).not.toThrow();
        const wait = retryDelay(n, header ?? undefined, left, MAX_RETRIES);
        if (wait === undefined) return;
        expect(n).toBeLessThanOrEqual(MAX_RETRIES);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(RETRY_AFTER_CAP_MS);
        expect(wait).toBeLessThan(left);
      }),
      { numRuns: RUNS.pure },
    );
  });
});
