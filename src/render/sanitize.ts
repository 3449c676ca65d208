// The one sanitiser at the output edge (DESIGN.md: "a project is untrusted
// input ... every string passes one sanitiser at the output edge"). A cloned
// repository names compose services, Kubernetes Secrets, workflow jobs and
// files; a provider writes the messages. Any of them may carry terminal escape
// sequences (ESC[2J clears the screen, OSC 8 hides a link behind text), a CR
// that rewrites the line, C1 controls some terminals honour as ESC (U+009B is
// CSI), bidi overrides that reorder what is shown ("Trojan source"), lone
// surrogates that break JSON consumers, or a newline followed by a GitHub
// Actions workflow command (`::error::`, `::stop-commands::tok`), which the
// runner obeys in any line of a job's log.
//
// Two layers, used by every renderer and by the CLI where text leaves:
//
// - data: each renderer cleans every string of what it prints, for its format:
//   `oneLine` (terminal and Markdown text: sequences removed whole, a line
//   break shown as ␊), `markdownText`/`markdownCode` (plus escaping), `dataText`
//   (formats that encode line breaks themselves: workflow commands, XML),
//   `toJson` (faithful data, escaped printed text);
// - text: `guardText(text, kind)` is the last pass over a whole output, run by
//   each renderer on its result and again by src/cli/output.ts just before a
//   byte is written. On a terminal it lets through keydoctor's own colours
//   (ESC[<digits;>m) and newlines and nothing else, and in every format no line
//   can be a workflow command unless the github renderer wrote it.

/** Whole escape sequences, 7-bit (ESC …) and 8-bit (C1 …): CSI, the string ones (OSC, DCS, SOS, PM, APC) up to BEL or ST, and the short ones. */
const STRING_START = '\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f]';
const SEQUENCE = new RegExp(
  [
    // CSI: parameter bytes, intermediate bytes, a final byte.
    '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]',
    // A control string, up to its terminator; the scan stops at the next introducer, so it stays linear.
    `(?:${STRING_START})[^\\u0007\\u001b\\u009c\\u0090\\u0098\\u009d\\u009e\\u009f]*(?:\\u0007|\\u001b\\\\|\\u009c)`,
    // Any other escape (ESC 7, ESC ( B, ESC c), and the introducer of an unterminated string.
    '\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]',
  ].join('|'),
  'g',
);

/** Line breaks as a terminal or a log reader sees them (VT, FF and NEL move down a line too). */
const BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/**
 * What no output shows: C0 controls but tab, LF and CR (the caller decides
 * about those), DEL, C1, bidi embeddings, overrides and isolates, and lone
 * surrogates.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The sign shown where a data string had a line break. */
export const LINE_BREAK_SIGN = '\u240a';

/**
 * A data string for one line of terminal or Markdown text: escape sequences
 * removed whole, a line break shown as ␊ (never a new line), a tab as a space,
 * every other control character, bidi control and lone surrogate removed.
 */
export function oneLine(s: string): string {
  return s.replace(SEQUENCE, '').replace(BREAK, LINE_BREAK_SIGN).replace(/\t/g, ' ').replace(CONTROL, '');
}

/** As oneLine, for a text that is several lines by nature (a response body in a code block): line breaks kept as \n. */
export function block(s: string): string {
  return s.replace(SEQUENCE, '').replace(BREAK, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

/**
 * A data string for a format that encodes line breaks itself (a workflow
 * command's %0A, XML's references): control characters removed one by one,
 * so what a provider sent stays as close to itself as the format allows
 * (`ESC[2K` reads `[2K`); tab, LF and CR kept for the format to escape.
 */
export function dataText(s: string): string {
  return s.replace(CONTROL, '');
}

/**
 * A copy of a result with every string, keys included, through `clean`; the
 * shape is kept. Only arrays and plain objects are entered: anything else (a
 * Map the tracer keeps for itself) is passed on as it is, for no renderer prints it.
 */
export function cleanDeep<T>(value: T, clean: (s: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v, clean)) as T;
  if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [clean(k), cleanDeep(v, clean)])) as T;
  }
  return value;
}

// ---- Markdown ---------------------------------------------------------------

/**
 * A data string as Markdown inline text on one line: oneLine, then escaped so
 * it cannot open HTML, a link or image, emphasis, a heading or (in a table
 * cell) a new column. A `code span` the text itself holds stays one (it is
 * inert), with its | escaped in a cell, unless it holds a `<`: an HTML tag
 * outranks a code span (CommonMark 6.1), so `<a title="`">` would be a tag.
 * A lone backtick is escaped.
 */
export function markdownText(s: string, cell = true): string {
  return oneLine(s).split(/(`[^`]+`)/).map((part, i) => (i % 2 && !part.includes('<')
    ? (cell ? part.replace(/\|/g, '\\|') : part)
    : escapeMarkdown(part))).join('');
}

function escapeMarkdown(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\\`*[\]|~#]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\$&');
}

/**
 * A data string as a Markdown code span: fenced by more backticks than it
 * holds in a row (CommonMark), so no backtick in it can close the span early;
 * | escaped in a table cell (GFM splits cells before it reads code spans).
 * Text with a `<` is escaped text instead (see markdownText).
 */
export function markdownCode(s: string, cell = true): string {
  const text = oneLine(s);
  if (text.includes('<')) return markdownText(s, cell);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest || /^ .* $/.test(text) ? ' ' : '';
  const body = cell ? text.replace(/\|/g, '\\|') : text;
  return text ? `${fence}${pad}${body}${pad}${fence}` : '';
}

// ---- JSON -------------------------------------------------------------------

/** Characters JSON.stringify leaves raw that a terminal or a log would act on; all only ever inside strings. */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const hex4 = (c: string) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/**
 * A value as JSON text: the data faithful (JSON.parse gives every string back
 * as it was), the printed text inert: C1 controls, DEL, U+2028/U+2029 and
 * bidi controls escaped as \uXXXX (JSON.stringify escapes only C0 and lone
 * surrogates), and the `#` of a legacy workflow command `##[` as \u0023.
 */
export function toJson(value: unknown): string {
  return guardText(JSON.stringify(value, null, 2) + '\n', 'json');
}

// ---- the last pass over a whole text -----------------------------------------

/**
 * What a text is, for its last pass: `terminal` for the screen and stderr,
 * `github` for workflow commands (every line one of keydoctor's annotations),
 * `json`, `xml` and `markdown` for those formats on stdout or in a file.
 */
export type OutputKind = 'terminal' | 'github' | 'json' | 'xml' | 'markdown';

/** keydoctor's own colours: chalk's SGR sequences. */
const SGR = /^\u001b\[[0-9;]*m$/;
/** Whitespace the Actions runner trims before it looks for `::` (.NET's TrimStart), and colours, which it does not. */
const LINE_START = /^((?:[^\S\n]|\u0085|\u001b\[[0-9;]*m)*):(?=:)/gm;
/** A workflow command keydoctor writes: `::level props::message`, props escaped (no : or , in them). */
const OWN_COMMAND = /^::(?:error|warning|notice)(?: [^:\n]*)?::/;
/** The runner's legacy commands (`##[error]…`), which it finds anywhere in a line. */
const LEGACY = /##\[/g;

/**
 * The last pass over a whole output, idempotent. No line starts, after
 * whitespace, with `::`, and none holds `##[`, unless it is one of the github
 * renderer's own annotations; every kind then keeps to its own rules:
 * - terminal: escape sequences but SGR removed whole, CR and every control
 *   character but \n removed, tab as a space;
 * - github: as terminal, with keydoctor's annotation lines left as they are;
 * - json: C1, DEL, U+2028/9 and bidi controls escaped as \uXXXX;
 * - xml: C1, DEL, CR and U+2028/9 as character references, other controls,
 *   bidi controls and lone surrogates removed;
 * - markdown: as terminal, without colours.
 * A would-be workflow command is broken visibly: `: :x` and `# #[` on a
 * terminal, `\::` and `#\#[` in Markdown, escapes in JSON and XML.
 */
export function guardText(text: string, kind: OutputKind): string {
  switch (kind) {
    case 'json':
      return text.replace(JSON_RAW, hex4).replace(LEGACY, '#\\u0023[');
    case 'xml':
      return text
        .replace(CONTROL, (c) => (/[\u007f-\u009f]/.test(c) ? `&#${c.charCodeAt(0)};` : ''))
        .replace(/[\r\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(LINE_START, '$1&#58;')
        .replace(LEGACY, '#&#35;[');
    case 'markdown':
      return terminal(text, false).replace(LINE_START, '$1\\:').replace(LEGACY, '#\\#[');
    case 'github':
      return terminal(text, false).split('\n').map((line) => (OWN_COMMAND.test(line) ? line : defuse(line))).join('\n');
    case 'terminal':
      return defuse(terminal(text, true));
  }
}

function terminal(text: string, colours: boolean): string {
  return text
    .replace(SEQUENCE, (m) => (colours && SGR.test(m) ? m : ''))
    .replace(/\r\n?/g, (m) => (m.length === 2 ? '\n' : ''))
    .replace(/\t/g, ' ')
    .replace(/[\u2028\u2029\u0085]/g, LINE_BREAK_SIGN)
    .replace(CONTROL, (c) => (c === '\u001b' && colours ? c : ''))
    .replace(/\u001b(?!\[[0-9;]*m)/g, '');
}

function defuse(text: string): string {
  return text.replace(LINE_START, '$1: ').replace(LEGACY, '# #[');
}
