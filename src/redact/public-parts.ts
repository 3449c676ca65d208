// The parts of a secret that are no secret: the literal text every key of its
// format carries, and what the short form shows. The redactor leaves a run made
// only of these (`sk-proj-` or `T3BlbkFJ` alone is ordinary text), and masks a
// run that reaches past them. It also masks the part of a short key that its
// short form hides, when that part is shorter than a run: with the short form
// beside it, it would spell the whole key.
import { literalPrefix, type KeyFormat } from '../probes/types.js';
import { shownPrefix, SHOWN_SUFFIX } from './fingerprint.js';
import { MIN_RUN, type IndexedSecret } from './runs.js';

/**
 * Constant infixes that a pattern's literal prefix does not reveal. OpenAI
 * project, service-account, admin and legacy user keys all carry `T3BlbkFJ`,
 * base64 of "OpenAI" (src/probes/openai/index.ts keyFormats; gitleaks
 * cmd/generate/config/rules/openai.go). A test in test/redact/partial-runs.test.ts
 * fails when a probe's pattern gains a literal of MIN_RUN characters that is
 * neither its prefix nor listed here.
 */
export const KNOWN_INFIXES: readonly string[] = ['T3BlbkFJ'];

/** The literal prefixes of the formats, each once. */
export function formatPrefixes(formats: readonly KeyFormat[]): string[] {
  return [...new Set(formats.map((f) => literalPrefix(f.pattern)).filter((p) => p.length > 0))];
}

/** `value` as the redactor indexes it. */
export function indexed(value: string, prefixes: readonly string[]): IndexedSecret {
  const v = value.trim();
  const lead = value.length - value.trimStart().length;
  const parts: [number, number][] = [];
  const at = (start: number, len: number) => parts.push([lead + start, lead + start + len]);
  for (const p of prefixes) if (v.startsWith(p)) at(0, p.length);
  for (const infix of KNOWN_INFIXES) for (let i = v.indexOf(infix); i !== -1; i = v.indexOf(infix, i + 1)) at(i, infix.length);
  const shown = shownPrefix(v).length;
  at(0, shown);
  // What the short form hides of a short key, if a fragment shorter than a run could fill it.
  const hidden = shown > 0 ? v.slice(shown, v.length - SHOWN_SUFFIX) : '';
  const literals = hidden.length > 0 && hidden.length < MIN_RUN && !inside(parts, lead + shown, lead + v.length - SHOWN_SUFFIX) ? [hidden] : [];
  return { value, publicParts: parts, literals };
}

function inside(parts: readonly (readonly [number, number])[], start: number, end: number): boolean {
  return parts.some(([a, b]) => a <= start && end <= b);
}
