// Object literals as SDKs print them, turned into JSON text:
// Python reprs (`{'error': {'code': 'invalid_api_key', 'param': None}}`, the
// form openai-python and anthropic-sdk-python put after "Error code: 401 - ")
// and Node's util.inspect (`{ error: { message: '…', param: null } }`, what
// axios-based clients log). A small tokenizer, not eval: quotes, escapes and
// bare words are rewritten one token at a time; anything else is copied.

const BARE: Record<string, string> = {
  None: 'null', True: 'true', False: 'false', null: 'null', true: 'true', false: 'false', undefined: 'null', NaN: 'null',
};

/** JSON text for a Python or JS object literal, or undefined when it is neither. */
export function literalToJson(src: string): string | undefined {
  let out = '';
  let i = 0;
  const n = src.length;
  while (i < n) {
    const ch = src[i]!;
    if (ch === '\'' || ch === '"' || ((ch === 'b' || ch === 'u' || ch === 'r') && (src[i + 1] === '\'' || src[i + 1] === '"') && !/\w/.test(src[i - 1] ?? ''))) {
      const start = ch === '\'' || ch === '"' ? i : i + 1;
      const read = readString(src, start, ch === 'r');
      if (!read) return undefined;
      out += JSON.stringify(read.value);
      i = read.end;
      continue;
    }
    if (/[A-Za-z_$]/.test(ch)) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(src[j]!)) j++;
      const word = src.slice(i, j);
      let k = j;
      while (k < n && (src[k] === ' ' || src[k] === '\t')) k++;
      if (src[k] === ':' && src[k + 1] !== ':') out += JSON.stringify(word); // a bare key: { error: … }
      else if (BARE[word] !== undefined) out += BARE[word];
      else if (word === 'Object' || word === 'Array') out += 'null';
      else return undefined;
      i = j;
      continue;
    }
    if (ch === '[' && /^\[(?:Object|Array)\]/.test(src.slice(i, i + 8))) {
      // util.inspect abbreviates deep values as [Object] / [Array].
      out += 'null';
      i += src[i + 1] === 'O' ? 8 : 7;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out += ch === '(' ? '[' : ']';
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  // Trailing commas (`{'a': 1,}` or inspect's multi-line output) are not JSON.
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function readString(src: string, start: number, raw: boolean): { value: string; end: number } | undefined {
  const quote = src[start]!;
  let value = '';
  let i = start + 1;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === quote) return { value, end: i + 1 };
    if (ch === '\\' && !raw && i + 1 < src.length) {
      const next = src[i + 1]!;
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '\'': '\'', '"': '"', '0': '\0', '/': '/' };
      if (simple[next] !== undefined) {
        value += simple[next];
        i += 2;
        continue;
      }
      const hex = next === 'x' ? 2 : next === 'u' ? 4 : 0;
      const digits = src.slice(i + 2, i + 2 + hex);
      if (hex && new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) {
        value += String.fromCharCode(parseInt(digits, 16));
        i += 2 + hex;
        continue;
      }
      value += next;
      i += 2;
      continue;
    }
    if (ch === '\n') return undefined; // a quote that never closes on its line is not a string literal
    value += ch;
    i++;
  }
  return undefined;
}

/** Parse JSON, or a Python/JS literal, or JSON that was escaped inside a string (`{\"type\":\"error\"}`). */
export function parseLoose(src: string): unknown {
  const attempts: Array<() => string | undefined> = [
    () => src,
    () => literalToJson(src),
    () => (src.includes('\\"') ? src.replace(/\\\\/g, '\u0000').replace(/\\"/g, '"').replace(/\\n/g, '\n').replace(/\u0000/g, '\\') : undefined),
  ];
  for (const attempt of attempts) {
    const text = attempt();
    if (text === undefined) continue;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // try the next reading
    }
  }
  return undefined;
}
