// Finding the provider's answer inside pasted text: the JSON (or dict-repr)
// error envelope, an XML error document, an HTML page. Bounded work: a pasted
// log can be megabytes, so only the first objects are tried, each size-capped.
import { parseLoose } from './literal.js';

const MAX_CANDIDATES = 60;
const MAX_OBJECT = 256 * 1024;

/** Keys that mark an object as an error envelope rather than, say, a request body. */
const ENVELOPE_KEYS = ['error', 'errors', 'message', 'detail', 'type', 'ok', 'success', 'code', 'status', 'error_description', 'err_code', 'Message', 'ErrorCode'];

export interface Found {
  json: unknown;
  /** The text of the object as it appeared. */
  raw: string;
  /** How envelope-like it is: ten per envelope key, plus a little for size. */
  score: number;
}

/** The end index (exclusive) of the bracketed value opening at `start`, skipping quoted strings. */
function matchBracket(text: string, start: number): number | undefined {
  const open = text[start];
  const close = open === '{' ? '}' : ']';
  let depth = 0;
  let quote: string | undefined;
  const limit = Math.min(text.length, start + MAX_OBJECT);
  for (let i = start; i < limit; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      else if (ch === '\n' && quote === '\'') quote = undefined; // an apostrophe in prose, not a Python string
      continue;
    }
    if (ch === '"' || (ch === '\'' && /[\s{[:,(]/.test(text[i - 1] ?? ' '))) quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return ch === close ? i + 1 : undefined;
    }
  }
  return undefined;
}

function envelopeScore(v: unknown): number {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return 0;
  const keys = Object.keys(v);
  return keys.filter((k) => ENVELOPE_KEYS.includes(k)).length * 10 + Math.min(keys.length, 9);
}

/** Gemini CLI and proxies wrap the provider's JSON as a string inside their own: unwrap it. */
export function unwrap(v: unknown, depth = 0): unknown {
  if (depth > 3 || !v || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.length && typeof v[0] === 'object' ? unwrap(v[0], depth + 1) : v;
  const o = v as Record<string, unknown>;
  const inner = [o.error && typeof o.error === 'object' ? (o.error as Record<string, unknown>).message : undefined, o.message, o.body, o.error, o.detail]
    .find((s): s is string => typeof s === 'string' && /^\s*[{[]/.test(s));
  if (inner) {
    const parsed = parseLoose(inner.trim());
    if (envelopeScore(Array.isArray(parsed) ? parsed[0] : parsed) >= 10) return unwrap(parsed, depth + 1);
  }
  // Node SDK errors print { status, headers, error: { error: {…} } }: the envelope is the `error` field.
  if (o.error && typeof o.error === 'object' && 'headers' in o && envelopeScore(o.error) >= 10) return unwrap(o.error, depth + 1);
  return v;
}

/** The most envelope-like JSON object in the text, if any. */
export function findJson(text: string): Found | undefined {
  let best: Found | undefined;
  let tried = 0;
  for (let i = text.indexOf('{'); i !== -1 && tried < MAX_CANDIDATES; i = text.indexOf('{', i + 1)) {
    tried++; // every attempt counts: megabytes of stray braces must not cost megabytes of scans each
    const end = matchBracket(text, i);
    if (end === undefined) continue;
    // A list of envelopes (Gemini prints `[{ "error": … }]`) starts one character earlier.
    const startsList = text[i - 1] === '[' && matchBracket(text, i - 1) !== undefined;
    const raw = text.slice(startsList ? i - 1 : i, startsList ? matchBracket(text, i - 1) : end);
    const json = unwrap(parseLoose(raw));
    const score = envelopeScore(json);
    // An object with no envelope key (a log line's own fields, a request body) is not the provider's answer.
    if (score >= 10 && (!best || score > best.score)) best = { json, raw, score };
    if (score >= 10) i = end - 1; // do not re-parse the inner objects of an object that parsed
  }
  return best;
}

/** An XML error document (AWS STS/IAM: <ErrorResponse><Error><Code>…). */
export function findXml(text: string): string | undefined {
  const m = /<(ErrorResponse|Error|Response)\b[\s\S]*?<\/\1>/.exec(text.slice(0, 1024 * 1024));
  return m?.[0];
}

/** An HTML page: a gateway's, a proxy's, a captive portal's. */
export function findHtml(text: string): string | undefined {
  const i = text.search(/<!doctype html|<html[\s>]|<head>\s*<title>|<body[\s>]/i);
  return i === -1 ? undefined : text.slice(i);
}
