// Quality bar (issue 4): explain runs over every real case in fixtures/errors
// and must be right on at least 95% of them, with every category (but ok)
// represented. Each case is also pinned on its own: a change that breaks one
// case fails that case's test by name, even while the total stays above the
// bar. A case known to miss is listed in KNOWN_MISSES with why; when it starts
// to pass, its test fails until it is taken off the list.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/types.js';
import { explain } from '../../src/explain/explain.js';
import { PROBES } from '../../src/probes/index.js';
import { loadCorpus, unfakedKeys } from './corpus.js';

const BAR = 0.95;
const cases = loadCorpus();

function outcome(c: (typeof cases)[number]) {
  const { result } = explain(c.input, { probes: PROBES });
  const categoryOk = result.category === c.expect.category;
  // A null provider means the text names none: recognising one anyway is not an error.
  const providerOk = c.expect.provider === null || result.provider === c.expect.provider;
  return { result, categoryOk, providerOk, ok: categoryOk && providerOk };
}

/** Cases explain gets wrong today, each with the reason; empty when every case is right. */
const KNOWN_MISSES: Record<string, string> = {};

describe('explain corpus (fixtures/errors)', () => {
  const results = cases.map((c) => ({ c, ...outcome(c) }));

  it.each(results.map((r) => [r.c.name, r] as const))('%s', (_name, r) => {
    const got = `${r.result.category}/${r.result.provider ?? 'null'} (${r.result.rule})`;
    const want = `${r.c.expect.category}/${r.c.expect.provider ?? 'any'}`;
    if (Object.hasOwn(KNOWN_MISSES, r.c.name)) expect(r.ok, `${r.c.name} now passes: take it off KNOWN_MISSES`).toBe(false);
    else expect(r.ok, `got ${got}, want ${want}`).toBe(true);
  });

  it(`is right on at least ${BAR * 100}% of the real cases`, () => {
    const right = results.filter((r) => r.ok).length;
    const categoryRight = results.filter((r) => r.categoryOk).length;
    const named = results.filter((r) => r.c.expect.provider !== null);
    const providerRight = named.filter((r) => r.providerOk).length;
    const misses = results.filter((r) => !r.ok).map((r) =>
      `  ${r.c.name}: got ${r.result.category}/${r.result.provider ?? 'null'} (${r.result.rule}), want ${r.c.expect.category}/${r.c.expect.provider ?? 'any'}`);
    console.log([
      `explain corpus: ${right}/${results.length} right (${((100 * right) / results.length).toFixed(1)}%)`,
      `  category ${categoryRight}/${results.length}, provider ${providerRight}/${named.length} where the text names one`,
      ...misses,
    ].join('\n'));
    expect(right / results.length).toBeGreaterThanOrEqual(BAR);
  });

  it('has at least 60 cases from at least 12 providers', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const providers = new Set(cases.map((c) => c.expect.provider).filter(Boolean));
    expect(providers.size).toBeGreaterThanOrEqual(12);
  });

  it('has a case for every category but ok', () => {
    const seen = new Set(cases.map((c) => c.expect.category));
    expect(CATEGORIES.filter((k) => k !== 'ok' && !seen.has(k))).toEqual([]);
  });

  it('names a source for every case, uses known categories, and files it under its expected provider and category', () => {
    for (const c of cases) {
      expect(c.source, c.name).toMatch(/^https:\/\//);
      expect(CATEGORIES, c.name).toContain(c.expect.category);
      const [folder, file] = c.name.split('/');
      // A case whose text names no provider may still be filed under the provider it came from.
      if (c.expect.provider) expect(folder, c.name).toBe(c.expect.provider);
      expect(file!.startsWith(`${c.expect.category}-`), c.name).toBe(true);
    }
  });

  it('holds no full key of any known format: fixture keys are masked or visibly fake', () => {
    for (const c of cases) expect(unfakedKeys(c, PROBES), c.name).toEqual([]);
  });
});
