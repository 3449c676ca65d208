// What of a secret a piece of output gives away: every 8-character window of
// the secret found in the text as written, or once JSON escapes (`\u0041`,
// `\/`) and percent-encoding (`%41`, `%2541`) are undone at any depth. Written
// apart from src/redact/decode.ts on purpose, so the suites do not grade the
// redactor with its own decoder. (A half-decoded reading, `%`-escapes undone
// and `\u` ones not, is no reading anyone makes: there the last hex digit of
// `\u0076` can stand beside decoded characters and spell a window by chance.)
import { redactValue } from '../../src/redact/fingerprint.js';

const RUN = 8;

function untilStable(text: string, step: (t: string) => string): string {
  for (let prev = '', cur = text; ; prev = cur, cur = step(cur)) if (cur === prev) return cur;
}

const unJson = (t: string) => untilStable(t, (s) => s.replace(/\\+u([0-9a-fA-F]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\+\//g, '/'));
const unUrl = (t: string) => untilStable(t, (s) => s.replace(/%([0-7][0-9a-fA-F])/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))));

/** The text as written, and with every escape undone. */
export function readings(text: string): string[] {
  return [text, unUrl(unJson(text))];
}

/**
 * The 8-character windows of `secret` that `text` holds in any reading, except
 * windows made only of what is public anyway: the short form's prefix and the
 * given constants (`T3BlbkFJ`).
 */
export function leakedWindows(text: string, secret: string, constants: readonly string[] = []): string[] {
  const shown = redactValue(secret).split('…')[0]!;
  const isPublic = (w: string, at: number) => (at + RUN <= shown.length && secret.startsWith(shown)) || constants.some((c) => c.includes(w));
  const all = readings(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= secret.length; i++) {
    const w = secret.slice(i, i + RUN);
    if (!isPublic(w, i) && all.some((t) => t.includes(w))) out.push(w);
  }
  return out;
}

/** `key` with every character (or every `every`-th) written as `\uXXXX`. */
export function jsonEscaped(key: string, every = 1): string {
  return [...key].map((c, i) => (i % every === 0 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
}

/** `key` with every character (or every `every`-th) written as `%XX`. */
export function percentEncoded(key: string, every = 1): string {
  return [...key].map((c, i) => (i % every === 0 ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : c)).join('');
}
