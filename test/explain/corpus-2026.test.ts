// Issue 20: explain on errors it has never seen. The texts in fixtures/errors-2026
// were collected apart from the project's own corpus (fixtures/errors) so that no
// rule is tuned to them; this test measures explain on them and pins every case by
// name. A case that misses today is listed in corpus-2026-pins.ts with the answer
// explain gives now: the test fails when that answer changes (better or worse), so
// every change to a rule shows up here by name. UPDATE_PINS=1 rewrites the list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/types.js';
import { explain } from '../../src/explain/explain.js';
import { PROBES } from '../../src/probes/index.js';
import { CORPUS_2026_DIR, loadCorpus, unfakedKeys } from './corpus.js';
import { MISSES } from './corpus-2026-pins.js';

const cases = loadCorpus(CORPUS_2026_DIR);

function answerOf(c: (typeof cases)[number]) {
  const { result } = explain(c.input, { probes: PROBES });
  const categoryOk = result.category === c.expect.category;
  const providerOk = c.expect.provider === null || result.provider === c.expect.provider;
  return { result, got: `${result.category}/${result.provider ?? 'null'}`, categoryOk, ok: categoryOk && providerOk };
}

const results = cases.map((c) => ({ c, ...answerOf(c) }));

/** Per expected category: right/total (the category alone, and category with provider). */
export function table(rs: typeof results): string[] {
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

describe('explain on texts it has never seen (fixtures/errors-2026)', () => {
  it.each(results.map((r) => [r.c.name, r] as const))('%s', (name, r) => {
    const pin = MISSES[name];
    if (pin) {
      expect(r.ok, `${name} now passes: take it off MISSES in corpus-2026-pins.ts`).toBe(false);
      expect(r.got, `${name} changed its answer: update its pin`).toBe(pin);
    } else {
      expect(r.ok, `got ${r.got} (${r.result.rule}), want ${r.c.expect.category}/${r.c.expect.provider ?? 'any'}`).toBe(true);
    }
  });

  it('prints the measurement (and rewrites the pins with UPDATE_PINS=1)', () => {
    const misses = results.filter((r) => !r.ok);
    console.log([...table(results), '', ...misses.map((r) => `  miss ${r.c.name}: got ${r.got} (${r.result.rule})`)].join('\n'));
    if (process.env.UPDATE_PINS) {
      const body = misses.map((r) => `  '${r.c.name}': '${r.got}',`).join('\n');
      writeFileSync(join(import.meta.dirname, 'corpus-2026-pins.ts'), `// Cases of fixtures/errors-2026 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-2026.test.ts.
export const MISSES: Record<string, string> = {
${body}
};
`);
    }
    expect(Object.keys(MISSES).filter((k) => !cases.some((c) => c.name === k)), 'pins for cases that no longer exist').toEqual([]);
  });

  it('has at least 150 cases, each with a source, a known category, and filed under its provider', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const c of cases) {
      expect(c.source, c.name).toMatch(/^https:\/\//);
      expect(CATEGORIES, c.name).toContain(c.expect.category);
      const [folder, file] = c.name.split('/');
      if (c.expect.provider) expect(folder, c.name).toBe(c.expect.provider);
      expect(file!.startsWith(`${c.expect.category}-`), c.name).toBe(true);
      // A text kept as ambiguous says why.
      if (c.expect.category === 'unknown') expect(c.note, c.name).toBeTruthy();
    }
  });

  it('holds no full key of any known format: collected texts carry only fake or masked keys', () => {
    for (const c of cases) expect(unfakedKeys(c, PROBES), c.name).toEqual([]);
  });
});
