// The shape every wording test of explain shares: texts written for the test, each read as a category
// (and, where one is given beside it, as that provider's). Used by the tuning rounds and documented-wordings.
import { expect, it } from 'vitest';
import type { Category } from '../../src/core/types.js';
import { explain } from '../../src/explain/explain.js';

export const explainText = (text: string, provider?: string) => explain({ text, ...(provider ? { provider } : {}) }).result;

/** One test per text: each reads as `category`, and names the provider given beside it. */
export function readAs(category: Category, cases: ReadonlyArray<readonly [string, (string | null)?]>): void {
  it.each(cases.map(([text, provider]) => [text, provider ?? null] as const))(`%s → ${category}`, (text, provider) => {
    const r = explainText(text);
    expect(r.category).toBe(category);
    if (provider) expect(r.provider).toBe(provider);
  });
}

/** One test per text, each with its own category. */
export function readEach(cases: ReadonlyArray<readonly [string, Category]>): void {
  it.each(cases)('%s → %s', (text, category) => {
    expect(explainText(text).category).toBe(category);
  });
}
