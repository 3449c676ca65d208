// What a masked echo of a key still shows ("sk-proj-****MxYA": its start and its end), and whether a value could be
// the one echoed. Providers mask the key they refused; authors mask it further when pasting ("sk-xxxx", "sk-…"). Only
// the visible ends are compared, here, in memory; nothing of a value is shown.
import { MASK } from './keys.js';

/** Runs that hide part of a value: mask characters (keys.ts's MASK), "...", or an author's run of x's. */
const HIDDEN = new RegExp(`(?:${MASK.source}|\\.{3}|x{3,}|X{3,})+`, 'g');

export interface EchoParts {
  /** The characters before the first hidden run (the whole value when nothing is hidden). */
  head: string;
  /** The characters after the last hidden run ('' when the end is hidden). */
  tail: string;
  /** Nothing is hidden: the echo is the value itself. */
  whole: boolean;
}

const QUOTE = new Set(['\'', '"', '`']);

/**
 * A quote the echo's capture took from the sentence around it (`…provided: sk-****PLE0',` in a dict repr) is not the
 * value's: an unpaired quote at either end is dropped. A pair is kept: a value that kept its own quotes was sent so.
 */
function unpairedQuotesDropped(v: string): string {
  const first = v[0] ?? '';
  const last = v[v.length - 1] ?? '';
  if (v.length > 1 && QUOTE.has(first) && first === last) return v;
  return v.slice(QUOTE.has(first) ? 1 : 0, QUOTE.has(last) ? -1 : undefined);
}

/** The visible ends of an echoed key, or undefined when too little shows to tell one key from another (fewer than 4 characters). */
export function echoParts(echo: string): EchoParts | undefined {
  const v = unpairedQuotesDropped(echo.trim());
  if (!v) return undefined;
  const runs = [...v.matchAll(HIDDEN)];
  if (!runs.length) return v.length >= 4 ? { head: v, tail: '', whole: true } : undefined;
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  const head = v.slice(0, first.index);
  const tail = v.slice(last.index + last[0].length);
  return head.length + tail.length >= 4 ? { head, tail, whole: false } : undefined;
}

/**
 * Whether `value` could be the key echoed: the same start and end (the value as defined, or trimmed: a provider
 * echoes what it got, a client may trim). A start alone says little (every project key starts "sk-proj-"): the end
 * must show at least 3 characters for a match to count as one.
 */
export function couldBe(value: string, echo: EchoParts): 'same' | 'other' | 'unsure' {
  const forms = [value, value.trim()];
  if (echo.whole) return forms.includes(echo.head) ? 'same' : 'other';
  const fits = forms.some((v) => v.length >= echo.head.length + echo.tail.length && v.startsWith(echo.head) && v.endsWith(echo.tail));
  if (!fits) return 'other';
  return echo.tail.length >= 3 ? 'same' : 'unsure';
}
