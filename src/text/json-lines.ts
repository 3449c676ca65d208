// JSON with lines: where a key is (for a definition's file:line) and where a
// file stops being JSON (for a finding). V8's messages do not always carry a
// position, and some quote the text around the error, which could be a
// secret, so the offset comes from a small validator and the message is
// reduced to its first words.
import type { LineOf } from './lines.js';

/** Line lookup for JSON text: the n-th `"key":` for the n-th time a key is asked for. */
export function jsonLines(text: string): LineOf {
  const seen = new Map<string, number>();
  return (_obj, key) => {
    const re = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`, 'g');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    let m: RegExpExecArray | null = null;
    for (let i = 0; i <= n; i++) if ((m = re.exec(text)) === null) return undefined;
    return m ? text.slice(0, m.index).split('\n').length : undefined;
  };
}

export function parseJson(text: string): { value?: unknown; error?: { line?: number; reason: string } } {
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const at = errorOffset(text);
    const reason = /^(Unexpected end of JSON input|Unexpected token|Expected [^,"']*|Bad control character|Unterminated string|Unexpected non-whitespace character)/.exec(msg)?.[1]?.replace(/ in JSON.*$/, '').trim() ?? 'parse error';
    return { error: { ...(at >= 0 ? { line: text.slice(0, at).split('\n').length } : {}), reason } };
  }
}

/** The offset of the first JSON syntax error, or -1. */
export function errorOffset(t: string): number {
  let i = 0;
  const ws = () => { while (i < t.length && (t[i] === ' ' || t[i] === '\t' || t[i] === '\n' || t[i] === '\r')) i++; };
  const fail = (): never => { throw i; };
  const str = () => {
    i++;
    while (i < t.length && t[i] !== '"') {
      if (t.charCodeAt(i) < 0x20) fail();
      i += t[i] === '\\' ? 2 : 1;
    }
    if (i >= t.length) fail();
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 500) fail();
    ws();
    const c = t[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (t[i] === close) { i++; return; }
      for (;;) {
        ws();
        if (c === '{') {
          if (t[i] !== '"') fail();
          str();
          ws();
          if (t[i] !== ':') fail();
          i++;
        }
        value(depth + 1);
        ws();
        if (t[i] === ',') { i++; continue; }
        if (t[i] === close) { i++; return; }
        fail();
      }
    }
    if (c === '"') return str();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(t.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    if (t.charCodeAt(0) === 0xfeff) i = 1;
    value(0);
    ws();
    if (i < t.length) fail();
    return -1;
  } catch (e) {
    return typeof e === 'number' ? Math.min(e, t.length) : -1;
  }
}
