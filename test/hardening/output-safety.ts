// What "safe at the output edge" means, as assertions shared by the property
// suite (properties-sanitize.test.ts) and the end-to-end one
// (output-edges.e2e.test.ts): hostile strings to plant, and checks on what
// keydoctor printed or wrote.
import { expect } from 'vitest';

/** One hostile piece each: what a cloned repository or a provider can put in a name or a message. */
export const ESCAPES = {
  clearScreen: '\u001b[2J',
  osc8Link: '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007',
  oscTitleSt: '\u001b]0;pwned\u001b\\',
  carriageReturn: 'hidden\rshown',
  workflowError: '\n::error::x',
  stopCommands: '\n::stop-commands::tok',
  legacyCommand: '##[error]legacy',
  indentedCommand: '\n   ::warning title=t::indented',
  c1Csi: '\u009b31m',
  c1Nel: 'a\u0085b',
  rightToLeft: '\u202eevil\u202c',
  isolate: '\u2066x\u2069',
  nul: 'a\u0000b',
  del: 'a\u007fb',
  loneHigh: 'a\ud800b',
  loneLow: 'a\udc00b',
  lineSeparator: 'a\u2028b\u2029c',
} as const;

/** All of them in one string, as a compose service or a job would be named. */
export const HOSTILE = Object.values(ESCAPES).join(' ');

/** The same without what a file name or YAML cannot carry (NUL, '/', lone surrogates). */
export const HOSTILE_NAME = Object.entries(ESCAPES)
  .filter(([k]) => !['nul', 'loneHigh', 'loneLow', 'osc8Link'].includes(k))
  .map(([, v]) => v)
  .join(' ');

/** Whitespace .NET's String.TrimStart removes (the Actions runner trims a line before looking for `::`). */
const LEADING = /^[\s\u0085]+/;
/** A workflow command keydoctor's github renderer writes: a level, escaped properties, `::`. */
const OWN_ANNOTATION = /^::(?:error|warning|notice)(?: (?:file|line|col|title)=[^,:\r\n]*(?:,(?:file|line|col|title)=[^,:\r\n]*)*)?::/;
const C0_BUT_TAB_LF = /[\u0000-\u0008\u000b-\u001f]/;
const C1_DEL = /[\u007f-\u009f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SGR = /\u001b\[[0-9;]*m/g;

export interface TextRules {
  /** What the text is, for the failure message. */
  label: string;
  /** keydoctor's own colours (ESC[…m) are allowed. */
  color?: boolean;
  /** keydoctor's own workflow commands (`::error …::`) may start lines. */
  annotations?: boolean;
}

function show(s: string): string {
  return JSON.stringify(s.length > 300 ? s.slice(0, 300) + '…' : s);
}

/** No escape sequence but keydoctor's colours, no control character but tab and newline, no bidi override, no line a workflow command. */
export function expectSafeText(text: string, rules: TextRules): void {
  const plain = rules.color ? text.replace(SGR, '') : text;
  const at = (re: RegExp) => {
    const m = re.exec(plain);
    return m ? `${rules.label}: ${show(m[0])} at ${m.index}: ${show(plain.slice(Math.max(0, m.index - 40), m.index + 40))}` : '';
  };
  expect(at(/\u001b/), 'an escape sequence').toBe('');
  expect(at(C0_BUT_TAB_LF), 'a C0 control character (CR, NUL, BEL...)').toBe('');
  expect(at(C1_DEL), 'a C1 control character or DEL').toBe('');
  expect(at(BIDI), 'a bidi override or isolate').toBe('');
  expect(at(LONE_SURROGATE), 'a lone surrogate').toBe('');
  expect(at(/[\u2028\u2029]/), 'a Unicode line or paragraph separator').toBe('');
  for (const line of plain.split('\n')) {
    const own = rules.annotations && OWN_ANNOTATION.test(line);
    if (own) continue;
    expect(line.replace(LEADING, '').startsWith('::'), `${rules.label}: a line that is a workflow command: ${show(line)}`).toBe(false);
    expect(line.includes('##['), `${rules.label}: a line with a legacy workflow command: ${show(line)}`).toBe(false);
  }
}

/** Valid JSON whose printed text carries no C1, DEL, U+2028/9, bidi control or `##[`; returns the parsed document. */
export function expectSafeJson(text: string, label: string): unknown {
  const doc: unknown = JSON.parse(text);
  expectSafeText(text, { label });
  return doc;
}

/**
 * Markdown outside fenced code blocks, which CommonMark never reads as HTML or
 * links (a response body is shown in one, as it came); a block ends only at a
 * fence at least as long as the one that opened it.
 */
export function outsideFences(md: string): string {
  const out: string[] = [];
  let open = '';
  for (const line of md.split('\n')) {
    const fence = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (open) {
      if (fence && fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = '';
    } else if (fence) open = fence;
    else out.push(line);
  }
  return out.join('\n');
}

/** Markdown: safe text, and no raw `<` (no HTML) but keydoctor's own tags, outside fenced code blocks. */
export function expectSafeMarkdown(text: string, label: string, ownTags: string[] = []): void {
  expectSafeText(text, { label });
  let rest = outsideFences(text);
  for (const t of ownTags) rest = rest.split(t).join('');
  const i = rest.indexOf('<');
  expect(i >= 0 ? `${label}: raw < in ${show(rest.slice(Math.max(0, i - 60), i + 40))}` : '').toBe('');
}

/** Every string in a JSON value, depth first. */
export function stringsOf(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => stringsOf(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push(k), stringsOf(x, out));
  return out;
}
