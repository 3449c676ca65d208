// The one redaction pass every output goes through (DESIGN "Redaction").
// Secrets are registered as they are read; `redact` replaces every occurrence
// of every registered secret (and its trimmed form) in any text, and masks
// credential shapes that were never registered (Authorization values, URL
// userinfo, key-like query parameters).
//
// A part of a secret is masked too: any run of MIN_RUN (8) or more of its
// characters that is not made only of public parts (runs.ts, public-parts.ts;
// a value shaped like a path, a URL or words is masked whole only),
// so text cut anywhere (a provider message shortened to 160 characters, a body
// excerpt cut at 2,000) keeps no fragment that, beside the short form's last
// four, spells the key. Secrets are also found JSON-escaped or percent-encoded
// (decode.ts): the search runs over the decoded text and replaces the original span.
import { documentSecretValues } from './document.js';
import { PROBES } from '../probes/index.js';
import { knownKeyShapes } from '../probes/key-shapes.js';
import type { KeyFormat } from '../probes/types.js';
import { decodedView, escapeSearch, originalSpan, type EscapeSearch } from './decode.js';
import { fingerprint, redactValue } from './fingerprint.js';
import { formatConstants, indexed, type FormatConstant } from './public-parts.js';
import { SecretIndex } from './runs.js';

const MIN_SECRET_LENGTH = 6;

// Each pattern starts only where a run of its characters starts (a lookbehind, not \b): from
// every start inside a run like `a-a-a-…` a \b pattern scanned to the run's end, so a hostile
// body of 64 KB took seconds. Starting at run starts, each character is scanned once.
const URL_USERINFO = /(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)(?::([^\s/@]*))?@/gi;
// These masks also run over JSON text (explain --json, the report's .json): a value ends before an escaped quote (`\"`),
// whose backslash it must not swallow or the output stops being JSON, and reads through an escaped backslash (`\\`); a
// header's name may be followed by an escaped quote (`\"Authorization\": \"Bearer …\"` inside a JSON string).
const VALUE = String.raw`\\\\|\\(?!["'\\])`;
const QUERY_SECRET = new RegExp(String.raw`([?&](?:api[_-]?key|key|token|access[_-]?token|secret|password|sig|signature)=)((?:${VALUE}|[^&#\s"'\\])+)`, 'gi');
// The scheme words an Authorization value may start with, the credential after them: Bearer, Basic, GitHub's and
// Deepgram's Token, Discord's Bot, Okta's SSWS, Elasticsearch's ApiKey, fal's Key, DeepL's DeepL-Auth-Key, Digest. A
// scheme missing here was masked alone and the credential after it shown ("Authorization: *** 00FAKE…").
const SCHEME = String.raw`bearer|basic|token|bot|ssws|apikey|key|digest|deepl-auth-key`;
const SCHEME_ALONE = new RegExp(String.raw`^(?:${SCHEME})$`, 'i');
// Not a name ending a path or an error code (Firebase's `auth/invalid-api-key`): a header's name holds no slash.
const AUTH_HEADER = new RegExp(String.raw`(?<!\/[\w-]{0,80})\b(authorization|proxy-authorization|x-api-key|api-key|x-goog-api-key|cookie|set-cookie)(\\?["']?\s*[:=]\s*\\?["']?)(?:(${SCHEME})\s+)?((?:${VALUE}|[^\s"',;\\])+)`, 'gi');

/**
 * What a header's value or a URL's userinfo shows when it stands for a credential instead of being one: a placeholder
 * (`Bearer <token>`, `Bearer {key}`, an upper-case variable `$OPENAI_API_KEY` or `${TOKEN}`), an elided prefix
 * (`sk-…`, `…`), a scheme word alone (`Authorization: Bearer` in a sentence), a sample's `user:pass`. keydoctor's own
 * fixes write them so, and the shape masks below took them for secrets ("send `Authorization: Bearer *** with the token
 * itself"). None of these is a credential, and a registered secret is masked whatever its shape, before these masks run.
 */
function placeholderValue(value: string): boolean {
  const v = value.replace(/[`'").,\]]+$/, '');
  // A placeholder is words (`<token>`, `<access token>`, `<API_KEY>`), never digits, and no word longer than a word: a key
  // pasted inside brackets is masked, a letters-only one too.
  const words = /^<([A-Za-z _-]{0,40})>?$|^\{\{?([A-Za-z _.-]{0,40})\}?\}?$/.exec(v);
  if (words) return (words[1] ?? words[2] ?? '').split(/[ _.-]/).every((w) => w.length <= 16);
  return /^\$\{?[A-Z_][A-Z0-9_]{0,80}\}?$/.test(v) || /^[A-Za-z0-9]{0,8}[-_]?(?:\u2026|\.\.\.)$/.test(v) || SCHEME_ALONE.test(v);
}
function placeholderUserinfo(user: string, pass: string | undefined): boolean {
  const stand = (x: string, words: RegExp) => /^<[A-Za-z _-]{0,40}>$/.test(x) || words.test(x);
  return stand(user, /^(?:user(?:name)?|key|id|api_?key)$/i) && (pass === undefined || stand(pass, /^(?:pass(?:word)?|secret|api_?secret)$/i));
}

// Key shapes for text nobody registered (a response body quoting another key, a
// pasted log line): every built-in probe's distinctive, secret key formats
// (src/probes/key-shapes.ts), built on the first redaction, and the shapes no
// probe's format declares: a bare `sk-` key of the OpenAI-compatible services
// (DeepSeek's format is too plain to name its provider) and Slack's older token
// kinds (xoxa- workspace, xoxo-, xoxr- refresh, xoxs- session).
const UNDECLARED_KEY = /(?<![\w-])(?:sk-[A-Za-z0-9]{32,}|xox[aors]-[\w-]{10,})/g;
let knownKeys: RegExp[] | undefined;
function knownKey(): RegExp[] {
  return (knownKeys ??= [...knownKeyShapes(PROBES), UNDECLARED_KEY]);
}
const JWT = /(?<![\w.-])eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g;
const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b/g;

const MASKS = ['*', '#', '\u2022', '\u00a4', '\u2588'];

export class Redactor {
  private secrets = new Map<string, string>();
  private formats: FormatConstant[] = [];
  /** Document formats (a credential file's JSON) whose secret fields are registered instead of the whole text. */
  private documents: KeyFormat[] = [];
  /** Built on the first redaction after a secret or a format was added. */
  private index: { secrets: string[]; runs: SecretIndex; escapes: EscapeSearch; mask: string } | undefined;
  /** Email addresses are masked unless the user asks to keep them (--keep-emails). */
  maskEmails = true;

  /** `formats`: the key formats whose constant parts (`sk-proj-`) are no secret (see useFormats). */
  constructor(formats: readonly KeyFormat[] = []) {
    this.useFormats(formats);
  }

  /** Register a secret value; returns its redacted label. */
  add(value: string | undefined | null): void {
    if (!value) return;
    const fields = documentSecrets(value, this.documents);
    if (fields) {
      for (const f of fields) this.add(f);
      return;
    }
    for (const v of new Set([value, value.trim()])) {
      if (v.length >= MIN_SECRET_LENGTH && !this.secrets.has(v)) {
        this.secrets.set(v, label(v));
        this.index = undefined;
      }
    }
  }

  /**
   * Key formats: a run of a secret lying wholly inside its format's literal
   * prefix is ordinary text (`sk-ant-api03-`), not a part of it; and a value
   * of one of them is a key, whose parts are masked whatever its shape.
   */
  useFormats(formats: readonly KeyFormat[]): void {
    for (const f of formats) if (f.document && f.secretFields?.length && !this.documents.includes(f)) this.documents.push(f);
    const all = formatConstants([...this.formats, ...formats]);
    if (all.length === this.formats.length) return;
    this.formats = all;
    this.index = undefined;
  }

  get size(): number {
    return this.secrets.size;
  }

  redact(text: string): string {
    const found = this.secrets.size ? this.replace(text, (secret, full) => (full ? this.secrets.get(secret)! : partLabel(secret))) : undefined;
    let out = found ?? text;
    for (const shape of knownKey()) out = out.replace(shape, (m) => label(m));
    out = out.replace(JWT, (m) => label(m));
    if (this.maskEmails) out = out.replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`);
    out = out.replace(URL_USERINFO, (m, scheme: string, user: string, pass: string | undefined) => (placeholderUserinfo(user, pass) ? m : `${scheme}***@`));
    out = out.replace(QUERY_SECRET, (_m, k: string) => `${k}***`);
    out = out.replace(AUTH_HEADER, (m, name: string, sep: string, scheme: string | undefined, value: string) =>
      (placeholderValue(value) ? m : `${name}${sep}${scheme ? scheme + ' ' : ''}***`));
    // A label beside the text around it can spell a secret, or a part of one, again (a secret ending
    // in "TED]" before its own tail): mask any survivor with a character no secret contains, which no
    // secret can then span. Each round only removes characters, so this ends; one round is the rule.
    // Text in which nothing was replaced has been searched already.
    if (this.secrets.size && (found !== undefined || out !== text)) {
      const mask = this.built().mask.repeat(3);
      for (let again = this.replace(out, () => mask); again !== undefined; again = this.replace(out, () => mask)) out = again;
    }
    return out;
  }

  /** `text` with every secret, part of a secret and escaped form of either replaced by `by(secret, whole)`; undefined when there is none. */
  private replace(text: string, by: (secret: string, full: boolean) => string): string | undefined {
    const index = this.built();
    const view = decodedView(text, index.escapes);
    // The text as written too: an escape's last hex digit can be a secret's character (`\u00711qv…`),
    // and a secret can hold `%41` or a backslash itself.
    const views = view.at.length > 0 ? [view, { text, at: [], from: [], to: [] }] : [view];
    const spans: { start: number; end: number; secret: string; full: boolean; len: number }[] = [];
    for (const v of views) {
      for (const h of index.runs.find(v.text)) {
        const [start, end] = originalSpan(v, h.start, h.end);
        spans.push({ start, end, secret: index.secrets[h.secret]!, full: h.full, len: h.end - h.start });
      }
    }
    if (spans.length === 0) return undefined;
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    let out = '';
    let at = 0;
    for (let i = 0; i < spans.length; ) {
      // Overlapping spans are one replacement, named after the whole secret or else the longest part.
      let best = spans[i]!;
      let end = best.end;
      let j = i + 1;
      for (; j < spans.length && spans[j]!.start < end; j++) {
        const s = spans[j]!;
        end = Math.max(end, s.end);
        if ((s.full && !best.full) || (s.full === best.full && s.len > best.len)) best = s;
      }
      out += text.slice(at, spans[i]!.start) + by(best.secret, best.full);
      at = end;
      i = j;
    }
    return out + text.slice(at);
  }

  private built(): NonNullable<Redactor['index']> {
    if (this.index) return this.index;
    const secrets = [...this.secrets.keys()];
    const runs = new SecretIndex(secrets.map((s) => indexed(s, this.formats)));
    this.index = {
      secrets,
      runs,
      escapes: escapeSearch(runs.units),
      mask: MASKS.find((m) => !secrets.some((s) => s.includes(m))) ?? '\u0000',
    };
    return this.index;
  }

  /** Deep-redact every string inside a JSON-able value. */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactDeep(v)) as T;
    if (value && typeof value === 'object') {
      // fromEntries keeps a `__proto__` key of a parsed answer as a key (an assignment would set the prototype).
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactDeep(v)])) as T;
    }
    return value;
  }
}

/**
 * The secret fields of a document value (a credential file's JSON) that one of `documents` describes; undefined
 * when none matches or the text does not parse, and the whole value is then the secret.
 */
function documentSecrets(value: string, documents: readonly KeyFormat[]): string[] | undefined {
  const doc = documents.find((f) => f.pattern.test(value));
  if (!doc) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!json || typeof json !== 'object') return undefined;
  const secrets = documentSecretValues(json as Record<string, unknown>, doc.secretFields ?? []);
  return secrets.length ? secrets : undefined;
}

function label(v: string): string {
  const fp = fingerprint(v);
  return fp ? `[REDACTED ${redactValue(v)} ${fp}]` : '[REDACTED]';
}

/** A part of a secret: which secret, so a reader can tell where an echo came from. */
function partLabel(v: string): string {
  const fp = fingerprint(v);
  return fp ? `[REDACTED part of ${redactValue(v)} ${fp}]` : '[REDACTED]';
}
