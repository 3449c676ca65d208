// Text rules: what a message means when only its words are known (no status,
// no envelope a probe reads, or a provider whose probe is not registered).
// Each rule names the address where its wording was seen.
import { INCONCLUSIVE, type Category } from '../core/types.js';
import type { Classification } from '../probes/types.js';
export { rule } from '../probes/kit.js';
export type { PhraseRule } from '../probes/types.js';
import type { PhraseRule } from '../probes/types.js';
import type { ParsedError } from './types.js';

type Searchable = Pick<ParsedError, 'search' | 'status'>;


export function verdictOf(category: Category): Classification['verdict'] {
  if (category === 'ok') return 'valid';
  return INCONCLUSIVE.has(category) ? 'indeterminate' : 'invalid';
}

/** A quoted excerpt on one line, at most 120 characters. */
export function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 120 ? `${one.slice(0, 117)}…` : one;
}

/** The first rule whose words appear, as a classification. */
export function runPhrases(prefix: string, rules: readonly PhraseRule[], p: Searchable): Classification | undefined {
  for (const rule of rules) {
    if (rule.status && p.status !== undefined && !rule.status.includes(p.status)) continue;
    const m = rule.match.exec(p.search);
    if (!m) continue;
    const evidence = [`the text says "${quote(m[0])}"${p.status !== undefined ? ` (status ${p.status})` : ''}`];
    return { category: rule.category, verdict: verdictOf(rule.category), rule: `${prefix}.${rule.id}`, evidence, fixes: rule.fixes };
  }
  return undefined;
}
