// A corpus of texts kept apart from the rules (issue 20), measured and pinned by
// name: every case that misses today is listed in a pins module with the answer
// explain gives now, so the test fails when any case's answer changes (better or
// worse) and every rule change shows up by name. UPDATE_PINS=1 rewrites the pins.
// Used by corpus-2026.test.ts and corpus-heldout*.test.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/types.js';
import { explain } from '../../src/explain/explain.js';
import { PROBES } from '../../src/probes/index.js';
import { ROOT } from '../helpers/cli.js';
import { type CorpusCase, loadCorpus, unfakedKeys, unfakedKeysIn } from './corpus.js';

export interface Measured {
  c: CorpusCase;
  /** `category/provider`, or `crash: message` when explain threw. */
  got: string;
  rule: string;
  categoryOk: boolean;
  ok: boolean;
}

function answerOf(c: CorpusCase): Measured {
  try {
    const { result } = explain(c.input, { probes: PROBES });
    const categoryOk = result.category === c.expect.category;
    const providerOk = c.expect.provider === null || result.provider === c.expect.provider;
    return { c, got: `${result.category}/${result.provider ?? 'null'}`, rule: result.rule, categoryOk, ok: categoryOk && providerOk };
  } catch (err) {
    // A crash is a bug, but it is measured (and pinned) like any other miss.
    return { c, got: `crash: ${(err as Error).message}`, rule: 'crash', categoryOk: false, ok: false };
  }
}

export function measure(dir: string): Measured[] {
  return loadCorpus(dir).map(answerOf);
}

/** Per expected category: right/total (the category alone, and category with provider). */
export function table(rs: Measured[]): string[] {
  const by = new Map<string, { n: number; cat: number; ok: number }>();
  for (const r of rs) {
    const t = by.get(r.c.expect.category) ?? { n: 0, cat: 0, ok: 0 };
    t.n++;
    if (r.categoryOk) t.cat++;
    if (r.ok) t.ok++;
    by.set(r.c.expect.category, t);
  }
  const rows = [...by.entries()].sort((a, b) => b[1].n - a[1].n)
    .map(([k, t]) => `| ${k} | ${t.cat}/${t.n} | ${t.ok}/${t.n} |`);
  const cat = rs.filter((r) => r.categoryOk).length;
  const ok = rs.filter((r) => r.ok).length;
  const pct = (x: number) => `${((100 * x) / rs.length).toFixed(1)}%`;
  return ['| expected category | category right | category and provider right |', '|---|---|---|', ...rows,
    `| **all ${rs.length}** | **${cat} (${pct(cat)})** | **${ok} (${pct(ok)})** |`];
}

export interface PinnedCorpus {
  dir: string;
  /** Absolute path of the module exporting MISSES (rewritten by UPDATE_PINS=1). */
  pinsFile: string;
  misses: Record<string, string>;
  /** The test file that runs this corpus, named in the pins module's header. */
  testFile: string;
  minCases: number;
}

function pinsModule(p: PinnedCorpus, misses: Measured[]): string {
  const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const body = misses.map((r) => `  ${quote(r.c.name)}: ${quote(r.got)},`).join('\n');
  return `// Cases of ${relative(ROOT, p.dir)} that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/${basename(p.testFile)}.
export const MISSES: Record<string, string> = {
${body}
};
`;
}

export function describePinnedCorpus(p: PinnedCorpus): void {
  const results = measure(p.dir);
  describe(`explain on texts it has never seen (${relative(ROOT, p.dir)})`, () => {
    it.each(results.map((r) => [r.c.name, r] as const))('%s', (name, r) => {
      const pin = p.misses[name];
      if (pin) {
        expect(r.ok, `${name} now passes: take it off MISSES in ${basename(p.pinsFile)}`).toBe(false);
        expect(r.got, `${name} changed its answer: update its pin`).toBe(pin);
      } else {
        expect(r.ok, `got ${r.got} (${r.rule}), want ${r.c.expect.category}/${r.c.expect.provider ?? 'any'}`).toBe(true);
      }
    });

    it('prints the measurement (and rewrites the pins with UPDATE_PINS=1)', () => {
      const misses = results.filter((r) => !r.ok);
      console.log([...table(results), '', ...misses.map((r) => `  miss ${r.c.name}: got ${r.got} (${r.rule})`)].join('\n'));
      if (process.env.UPDATE_PINS) writeFileSync(p.pinsFile, pinsModule(p, misses));
      expect(Object.keys(p.misses).filter((k) => !results.some((r) => r.c.name === k)), 'pins for cases that no longer exist').toEqual([]);
    });

    it(`has at least ${p.minCases} cases, each with a source, a known category, and filed under its provider`, () => {
      expect(results.length).toBeGreaterThanOrEqual(p.minCases);
      for (const { c } of results) {
        expect(c.source, c.name).toMatch(/^https?:\/\//);
        expect(CATEGORIES, c.name).toContain(c.expect.category);
        const [folder, file] = c.name.split('/');
        if (c.expect.provider) expect(folder, c.name).toBe(c.expect.provider);
        expect(file!.startsWith(`${c.expect.category}-`), c.name).toBe(true);
        // A text kept as ambiguous says why.
        if (c.expect.category === 'unknown') expect(c.note, c.name).toBeTruthy();
      }
    });

    it('holds no full key of any known format: collected texts carry only fake or masked keys', () => {
      for (const { c } of results) expect(unfakedKeys(c, PROBES), c.name).toEqual([]);
    });

    it('holds no full key in its notes either: a note says what was replaced, never the original', () => {
      for (const f of readdirSync(p.dir).filter((f) => f.endsWith('.md'))) expect(unfakedKeysIn(readFileSync(join(p.dir, f), 'utf8'), PROBES), f).toEqual([]);
    });
  });
}
