// The service vocabulary: every group's services, and the pass that reads them. A service whose name, host or SDK
// the text shows has its wordings read first; then any service's own codes, which need no name beside them.
import type { Classification } from '../../probes/types.js';
import { quote, verdictOf } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import type { ParsedError } from '../types.js';
import type { ServiceWords } from './types.js';
import { BUSINESS } from './business.js';
import { COMMERCE } from './commerce.js';
import { CONSUMER } from './consumer.js';
import { DEVDATA } from './devdata.js';
import { INFRA } from './infra.js';

export type { ServiceWords } from './types.js';

/** Every service in the vocabulary, group by group. */
export const SERVICES: readonly ServiceWords[] = [...COMMERCE, ...CONSUMER, ...BUSINESS, ...DEVDATA, ...INFRA];

type Searchable = Pick<ParsedError, 'search' | 'status'>;

function first(s: ServiceWords, rules: readonly PhraseRule[], p: Searchable): Classification | undefined {
  for (const r of rules) {
    if (r.status && p.status !== undefined && !r.status.includes(p.status)) continue;
    const m = r.match.exec(p.search);
    if (!m) continue;
    const evidence = [`the text says "${quote(m[0])}"${p.status !== undefined ? ` (status ${p.status})` : ''}: ${s.name}'s documented wording`];
    return { category: r.category, verdict: verdictOf(r.category), rule: `vocab.${s.id}.${r.id}`, evidence, fixes: r.fixes };
  }
  return undefined;
}

/** What a service's documented wording says the text means, if one matches. */
export function readServiceWords(p: Searchable, services: readonly ServiceWords[] = SERVICES): Classification | undefined {
  const named = services.filter((s) => s.seen.test(p.search));
  for (const s of named) {
    const c = first(s, [...(s.codes ?? []), ...s.rules], p);
    if (c) return c;
  }
  for (const s of services) {
    if (!s.codes || named.includes(s)) continue;
    const c = first(s, s.codes, p);
    if (c) return c;
  }
  return undefined;
}
