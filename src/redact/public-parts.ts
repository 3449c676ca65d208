// The parts of a secret that are no secret: the literal text every key of its
// format carries, and what the short form shows. The redactor leaves a run made
// only of these (`sk-proj-` or `T3BlbkFJ` alone is ordinary text), and masks a
// run that reaches past them. It also masks the part of a short key that its
// short form hides, when that part is shorter than a run: with the short form
// beside it, it would spell the whole key.
import { literalPrefix, type KeyFormat, type KeyPattern } from '../probes/types.js';
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

/** A key format as the redactor reads it: its pattern, and the literal text every key of it starts with. */
export interface FormatConstant {
  pattern: KeyPattern;
  prefix: string;
}

/** The formats, each pattern once, with their literal prefixes. */
export function formatConstants(formats: readonly Pick<KeyFormat, 'pattern'>[]): FormatConstant[] {
  const seen = new Map<string, FormatConstant>();
  for (const f of formats) seen.set(`${f.pattern.source}/${(f.pattern as { flags?: string }).flags ?? ''}`, { pattern: f.pattern, prefix: literalPrefix(f.pattern) });
  return [...seen.values()];
}

/**
 * Whether the parts of a value are masked, not only the value whole. A key's
 * are. A value registered because it might be secret (the last-resort
 * redactors register every environment value of 16+ characters) is masked
 * whole only when its shape says it is no key: a path or a list of paths
 * (HOME, PATH: their words stand in file names and messages), a URL (its
 * userinfo and key-like query parameters are masked on their own), text with
 * spaces, or a name without a digit (GITHUB_REPOSITORY). Generated keys mix
 * letters and digits; a value of a known key format always qualifies.
 */
export function masksParts(value: string, formats: readonly FormatConstant[]): boolean {
  const v = value.trim();
  if (formats.some((f) => f.pattern.test(v))) return true;
  if (/\s/.test(v) || /^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(?:~|[A-Za-z]:)?[\\/]/.test(v)) return false;
  return /\d/.test(v) && /[A-Za-z]/.test(v);
}

/** `value` as the redactor indexes it. */
export function indexed(value: string, formats: readonly FormatConstant[]): IndexedSecret {
  if (!masksParts(value, formats)) return { value, parts: false, publicParts: [], literals: [] };
  const v = value.trim();
  const lead = value.length - value.trimStart().length;
  const parts: [number, number][] = [];
  const at = (start: number, len: number) => parts.push([lead + start, lead + start + len]);
  for (const f of formats) if (f.prefix && v.startsWith(f.prefix)) at(0, f.prefix.length);
  for (const infix of KNOWN_INFIXES) for (let i = v.indexOf(infix); i !== -1; i = v.indexOf(infix, i + 1)) at(i, infix.length);
  const shown = shownPrefix(v).length;
  at(0, shown);
  // What the short form hides of a short key, if a fragment shorter than a run could fill it.
  const hidden = shown > 0 ? v.slice(shown, v.length - SHOWN_SUFFIX) : '';
  const literals = hidden.length > 0 && hidden.length < MIN_RUN && !inside(parts, lead + shown, lead + v.length - SHOWN_SUFFIX) ? [hidden] : [];
  return { value, parts: true, publicParts: parts, literals };
}

function inside(parts: readonly (readonly [number, number])[], start: number, end: number): boolean {
  return parts.some(([a, b]) => a <= start && end <= b);
}
