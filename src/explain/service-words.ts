// The pass that reads the service vocabulary (src/explain/vocab): a service whose name, host or SDK the text shows has
// its wordings read first; then any service's own codes, which need no name beside them. The vocabulary itself is data
// in its own bundle (scripts/build.mjs), loaded only when explain reads a text.
import type { Classification } from '../probes/types.js';
import { runPhrases } from './phrase.js';
import type { ParsedError } from './types.js';
import { SERVICES, type ServiceWords } from './vocab/index.js';

type Searchable = Pick<ParsedError, 'search' | 'status'>;

function read(s: ServiceWords, rules: ServiceWords['rules'], p: Searchable): Classification | undefined {
  const c = runPhrases(`vocab.${s.id}`, rules, p);
  return c && { ...c, evidence: c.evidence.map((e) => `${e} (${s.name}'s documented wording)`) };
}

/** The services without a probe whose name, host or SDK the text shows. */
export function namedServices(text: string, services: readonly ServiceWords[] = SERVICES): ServiceWords[] {
  return services.filter((s) => s.seen.test(text));
}

/** What a service's documented wording says the text means, if one matches, and the service's name. */
export function serviceReading(p: Searchable, services: readonly ServiceWords[] = SERVICES): { classification: Classification; service: string } | undefined {
  const named = namedServices(p.search, services);
  for (const s of named) {
    const c = read(s, [...(s.codes ?? []), ...s.rules], p);
    if (c) return { classification: c, service: s.name };
  }
  for (const s of services) {
    if (!s.codes || named.includes(s)) continue;
    const c = read(s, s.codes, p);
    if (c) return { classification: c, service: s.name };
  }
  return undefined;
}
