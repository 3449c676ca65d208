// A text as it reads once JSON string escapes and URL percent-encoding are
// undone, with every decoded character mapped back to the span of the original
// it came from. The redactor looks for secrets in this view and replaces the
// original spans, so a key a provider echoes as `"\u0073\u006b\u002d…"` or
// `%73%6B%2D…` (or a report's JSON that escapes that once more) is found like a
// plain one. Decoding is deliberately lenient: any run of backslashes before an
// escape and any number of `%25` before a byte read as one level, since the view
// is only ever searched, never shown.
//
// Only escapes that decode to a character some secret holds are decoded: any
// other one breaks a run of a secret as it stands, so a JSON document full of
// `\"`, `\n` and `%20` is its own view, found so by one native regex search.

export interface View {
  /** The decoded text. */
  text: string;
  /**
   * The decoded characters that came from an escape, in order: decoded index
   * and original span. Every other character maps one to one, after the
   * previous escape. Empty when the view is the text itself.
   */
  at: number[];
  from: number[];
  to: number[];
}

/** Which escapes to decode: those that can stand for one of `units`. */
export interface EscapeSearch {
  regex: RegExp;
  units: Uint8Array | undefined;
}

const BACKSLASH = 0x5c;
const PERCENT = 0x25;
/** JSON's one-letter escapes (RFC 8259 §7), and `\'` as JavaScript and Python write it. */
const SIMPLE: Record<string, number> = { '"': 0x22, "'": 0x27, '/': 0x2f, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09 };

/** The escapes that can decode to one of `units` (a 0/1 table of UTF-16 units); every escape when undefined. */
export function escapeSearch(units?: Uint8Array): EscapeSearch {
  const wanted = (u: number) => !units || units[u] === 1;
  // Two hex digits for each wanted ASCII byte: `4[1-9a-f]|5[0-9a]` for the capitals.
  const ascii: string[] = [];
  for (let high = 0; high < 8; high++) {
    let lows = '';
    for (let low = 0; low < 16; low++) if (wanted(high * 16 + low)) lows += low.toString(16);
    if (lows) ascii.push(`${high}[${lows}]`);
  }
  const nonAscii = !units || units.subarray(0x80).includes(1);
  const byte = [...ascii, ...(nonAscii ? ['[89a-f][0-9a-f]'] : [])];
  const unit = [...ascii.map((a) => `00${a}`), ...(nonAscii ? ['(?!00[0-7])[0-9a-f]{4}'] : [])];
  const simple = Object.keys(SIMPLE).filter((c) => wanted(SIMPLE[c]!));
  const parts = [
    ...(byte.length ? [`%(?:25)*(?:${byte.join('|')})`] : []),
    ...(unit.length ? [`\\\\+u(?:${unit.join('|')})`] : []),
    ...(simple.length ? [`\\\\+[${simple.join('').replace('/', '\\/')}]`] : []),
    ...(wanted(BACKSLASH) ? ['\\\\{2,}'] : []),
  ];
  return { regex: new RegExp(parts.join('|') || '(?!)', 'gi'), units };
}

const EVERY_ESCAPE = escapeSearch();

/** The view of `text`, decoding the escapes `search` looks for (all of them by default). */
export function decodedView(text: string, search: EscapeSearch = EVERY_ESCAPE): View {
  const view: View = { text, at: [], from: [], to: [] };
  let out = '';
  let copied = 0; // text before this is in `out`
  const decoded = (unit: number, start: number, end: number): void => {
    if (unit < 0 || (search.units && search.units[unit] !== 1)) return;
    out += text.slice(copied, start);
    view.at.push(out.length);
    view.from.push(start);
    view.to.push(end);
    out += String.fromCharCode(unit);
    copied = end;
  };
  const { regex } = search;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const i = m.index;
    let end = i + 1;
    if (text.charCodeAt(i) === BACKSLASH) {
      let k = i + 1;
      while (text.charCodeAt(k) === BACKSLASH) k++;
      const e = text[k] ?? '';
      const hex = e === 'u' ? hexAt(text, k + 1, 4) : -1;
      if (hex >= 0) decoded(hex, i, (end = k + 5));
      else if (SIMPLE[e] !== undefined) decoded(SIMPLE[e]!, i, (end = k + 1));
      else decoded(k > i + 1 ? BACKSLASH : -1, i, (end = k)); // a backslash escaped any number of times is one
    } else {
      const first = percentByte(text, i);
      const seq = first && utf8(text, first);
      if (seq) {
        decoded(seq.hi, i, seq.end);
        decoded(seq.lo, i, (end = seq.end));
      } else if (first) decoded(first.byte, i, (end = first.end)); // not UTF-8: the byte, which matches no ASCII key
    }
    regex.lastIndex = end;
  }
  if (view.at.length > 0) view.text = out + text.slice(copied);
  return view;
}

/** The original span of the decoded characters [start, end). */
export function originalSpan(view: View, start: number, end: number): [number, number] {
  return [original(view, start)[0], original(view, end - 1)[1]];
}

/** Where decoded character `d` came from: itself, or one to one after the last escape before it. */
function original(view: View, d: number): [number, number] {
  const { at } = view;
  let lo = 0;
  let hi = at.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! <= d) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k === -1) return [d, d + 1];
  if (at[k] === d) return [view.from[k]!, view.to[k]!];
  const o = view.to[k]! + (d - at[k]! - 1);
  return [o, o + 1];
}

function hexAt(text: string, at: number, len: number): number {
  if (at + len > text.length) return -1;
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const d = hexDigit(text.charCodeAt(i));
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
}

/** `%XX` at `at`, through any number of `%25` (an encoded `%`): the byte and where it ends. */
function percentByte(text: string, at: number): { byte: number; end: number } | undefined {
  if (text.charCodeAt(at) !== PERCENT) return undefined;
  let byte = hexAt(text, at + 1, 2);
  if (byte < 0) return undefined;
  let end = at + 3;
  for (let next = hexAt(text, end, 2); byte === PERCENT && next >= 0; next = hexAt(text, end, 2)) {
    byte = next;
    end += 2;
  }
  return { byte, end };
}

/** One character percent-encoded as UTF-8 (RFC 3986 §2.5), as one UTF-16 unit or two (`lo` -1 when one). */
function utf8(text: string, first: { byte: number; end: number }): { hi: number; lo: number; end: number } | undefined {
  const b = first.byte;
  if (b < 0x80) return { hi: b, lo: -1, end: first.end };
  const more = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
  if (more < 0) return undefined;
  let cp = b & (0x3f >> more);
  let end = first.end;
  for (let k = 0; k < more; k++) {
    const cont = percentByte(text, end);
    if (!cont || (cont.byte & 0xc0) !== 0x80) return undefined;
    cp = (cp << 6) | (cont.byte & 0x3f);
    end = cont.end;
  }
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  if (cp < 0x10000) return { hi: cp, lo: -1, end };
  return { hi: 0xd800 + ((cp - 0x10000) >> 10), lo: 0xdc00 + ((cp - 0x10000) & 0x3ff), end };
}
