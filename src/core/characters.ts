// What a value's invisible characters are, in words: the format step says where they are inside a key, the tracer where
// a definition keeps them around its value. Never the value itself.

// Characters that look like nothing or like a space, and survive copy-paste from
// web pages, PDFs and chat tools.
export const INVISIBLE: Record<string, string> = {
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\ufeff': 'byte-order mark',
  '\u00a0': 'no-break space',
  '\u00ad': 'soft hyphen',
};

/** A character in words: "space", "zero-width space", "control character U+001B". */
export function describeCharacter(ch: string): string {
  if (INVISIBLE[ch]) return INVISIBLE[ch];
  if (ch === ' ') return 'space';
  if (ch === '\t') return 'tab';
  if (ch === '\n') return 'newline';
  if (ch === '\r') return 'carriage return';
  const cp = ch.codePointAt(0) ?? 0;
  // ESC, BEL and their kin are ASCII: a control character (a terminal's escape sequence pasted with the key).
  const kind = cp < 0x20 || cp === 0x7f ? 'control character' : 'non-ASCII character';
  return `${kind} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "1 trailing space", "2 leading newlines", "3 trailing characters (newline, carriage return)". */
function around(count: number, where: string, chars: string): string {
  const kinds = [...new Set([...chars].map(describeCharacter))];
  const one = kinds[0]!;
  if (kinds.length === 1) return `${count} ${where} ${count === 1 ? one : one.includes(' U+') ? one.replace('character U+', 'characters U+') : `${one}s`}`;
  return `${count} ${where} characters (${kinds.join(', ')})`;
}

/** The whitespace around a value in words ("1 leading space and 1 trailing newline"); undefined when there is none. */
export function surroundingWhitespace(raw: string): string | undefined {
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  if (!lead && !trail) return undefined;
  const parts: string[] = [];
  if (lead) parts.push(around(lead, 'leading', raw.slice(0, lead)));
  if (trail && trail < raw.length) parts.push(around(trail, 'trailing', raw.slice(raw.length - trail)));
  return parts.join(' and ');
}
