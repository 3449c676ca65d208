// The words the learned reading sees in a text: lower-case words and status
// numbers, and each pair of neighbours ("over quota"). Training and reading
// call this one function, so both see a text alike.
import { RESPONSE_PART } from '../phrase.js';

/** Words too common in error texts to say anything about a cause. */
const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'and', 'in', 'on', 'for', 'is', 'it', 'this', 'that', 'with', 'at', 'by', 'be', 'as', 'or', 'from', 'are', 'was', 'your', 'you', 'please']);

/** How much of a text is read: its start and its end, where tracebacks keep the error. */
const HEAD = 4000;
const TAIL = 4000;

const WORD = /[a-z][a-z']+|\b[1-5]\d\d\b/g;
const URL = /https?:\/\/\S+/g;
/** A field a response lacks ("data key missing from json") is the response's shape, not a missing key: pairs.ts reads it so too. */
const FIELD_MISSING = new RegExp(String.raw`\bmissing from (?:the )?(${RESPONSE_PART})\b`, 'g');

/** The distinct features of a text, in the order first seen. */
export function features(text: string): string[] {
  const read = text.length > HEAD + TAIL ? `${text.slice(0, HEAD)} ${text.slice(-TAIL)}` : text;
  const words = (read.toLowerCase().replace(URL, ' ').replace(FIELD_MISSING, 'absent from $1').match(WORD) ?? []).filter((w) => !STOP.has(w));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...out];
}

/** Words a bare status line is made of ("HTTP/1.1 403 Forbidden", "Error 401 Unauthorized"): they weigh, but say nothing beyond the status. */
const STATUS_WORDS = new Set(['http', 'https', 'error', 'status', 'code', 'unauthorized', 'forbidden', 'request', 'response', 'failed', 'client', 'server', 'bad', 'not', 'found', 'too', 'many', 'requests', 'payment', 'required', 'internal', 'service', 'unavailable', 'gateway', 'timeout',
  // A client's class for any failed status says only that a status came back (got's "HTTPError: Response code 403"; heldout20).
  'httperror', 'httpexception', 'apierror', 'apiexception', 'clienterror', 'requesterror', 'responseerror', 'statuscodeerror']);

/**
 * Words of the frame an error is printed in, not of its cause: JSON and debug-print structure (Rust's `Object {
 * "error": Number(403), "message": String("Forbidden") }`), log levels, traceback furniture. A guess resting on them
 * rests on the shape of the paste (heldout18's bare Reddit 403 was guessed from "number", "message", "object").
 */
const FRAME_WORDS = new Set(['message', 'messages', 'msg', 'object', 'number', 'string', 'null', 'none', 'nil', 'undefined', 'true', 'false', 'type', 'name', 'value', 'data', 'body', 'result', 'detail', 'details', 'description', 'reason', 'errors', 'exception', 'info', 'warn', 'warning', 'debug', 'trace', 'traceback', 'most', 'recent', 'call', 'last', 'line', 'file', 'src', 'main', 'index', 'json', 'text', 'stack', 'caused']);

/** A feature that says something of its own: not a number, and not only the words of a status line or of the frame around it. */
export function telling(feature: string): boolean {
  return !/\d/.test(feature) && feature.split(' ').some((w) => !STATUS_WORDS.has(w) && !FRAME_WORDS.has(w));
}
