// The shapes of the probes' keys as they stand in running text, for the
// redactor's pass over text nobody registered (a response body quoting another
// key, a pasted log line: src/redact/redactor.ts). Generated from the probes'
// own key formats, so a new probe's keys are masked without a copy by hand.
import { isDistinctive, type KeyFormat, type Probe } from './types.js';

/**
 * The longest run an unbounded part of a format (`+`, `*`, `{n,}`) may span in
 * text. Anchored, `^sk-proj-[…]+T3BlbkFJ[…]+$` is linear; unanchored, each of
 * thousands of starts could scan to the end of a long token and back (quadratic
 * on a megabyte of `sk-proj-sk-proj-…`). Bounded, each start costs at most this
 * much. The longest key a probe knows is under 600 characters (a Slack rotating
 * token, an OpenAI admin key): no part of one comes near.
 */
export const MAX_RUN = 256;

/**
 * A full-value pattern's source as a part of a larger one: without its anchors,
 * with every unbounded quantifier bounded by MAX_RUN (character classes and escapes
 * are copied as they are: `+` in `[A-Za-z0-9+/]` is a character).
 */
export function unanchored(source: string): string {
  let src = source.startsWith('^') ? source.slice(1) : source;
  if (src.endsWith('$') && !src.endsWith('\\$')) src = src.slice(0, -1);
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      out += src.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j;
    } else if (ch === '+' || ch === '*') {
      out += `{${ch === '+' ? 1 : 0},${MAX_RUN}}`;
    } else if (ch === '{') {
      const m = /^\{(\d+),\}/.exec(src.slice(i));
      if (m) {
        out += `{${m[1]},${Math.max(Number(m[1]), MAX_RUN)}}`;
        i += m[0].length - 1;
      } else out += ch;
    } else out += ch;
  }
  return out;
}

/** Formats whose shape is a secret in any text: distinctive (the shape names its provider), and not published by design. */
export function secretShapes(probes: readonly Probe[]): KeyFormat[] {
  return probes.flatMap((p) => p.keyFormats.filter((f) => isDistinctive(f) && !f.public && f.pattern instanceof RegExp));
}

/**
 * One regex per set of flags (`i` for the case-blind formats), each an
 * alternation of every secret shape, starting at a word boundary. No boundary
 * after: a key longer than its format says is still masked, all but the surplus.
 */
export function knownKeyShapes(probes: readonly Probe[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const f of secretShapes(probes)) {
    const re = f.pattern as RegExp;
    const flags = re.flags.includes('i') ? 'gi' : 'g';
    const alts = byFlags.get(flags) ?? [];
    const alt = `(?:${unanchored(re.source)})`;
    if (!alts.includes(alt)) alts.push(alt);
    byFlags.set(flags, alts);
  }
  return [...byFlags].map(([flags, alts]) => new RegExp(`\\b(?:${alts.join('|')})`, flags));
}
