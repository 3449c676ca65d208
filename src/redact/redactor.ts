// The one redaction pass every output goes through (DESIGN "Redaction").
// Secrets are registered as they are read; `redact` replaces every occurrence
// of every registered secret (and its trimmed form) in any text, and masks
// credential shapes that were never registered (Authorization values, URL
// userinfo, key-like query parameters).
import { fingerprint, redactValue } from './fingerprint.js';

const MIN_SECRET_LENGTH = 6;

const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)(?::([^\s/@]*))?@/gi;
const QUERY_SECRET = /([?&](?:api[_-]?key|key|token|access[_-]?token|secret|password|sig|signature)=)([^&#\s"']+)/gi;
const AUTH_HEADER = /\b(authorization|proxy-authorization|x-api-key|api-key|x-goog-api-key|cookie|set-cookie)(["']?\s*[:=]\s*["']?)(?:(bearer|basic|token)\s+)?([^\s"',;]+)/gi;

// Key shapes of well-known providers, unanchored, for text nobody registered
// (a response body quoting another key, a pasted log line).
const KNOWN_KEY = /\b(?:sk-(?:proj|svcacct|service|admin|ant-(?:api|admin|oat)\d*)-[\w-]{20,}|sk-[A-Za-z0-9]{32,}|[sr]k_(?:live|test)_[A-Za-z0-9]{10,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{30,}|glpat-[\w-]{20,}|xox[abposr]-[\w-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}|AIza[\w-]{35}|hf_[A-Za-z0-9]{30,}|gsk_[A-Za-z0-9]{40,}|xai-[A-Za-z0-9]{40,}|SG\.[\w-]{16,}\.[\w-]{16,})/g;
const JWT = /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g;
const EMAIL = /\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b/g;

const MASKS = ['*', '#', '\u2022', '\u00a4', '\u2588'];

export class Redactor {
  private secrets = new Map<string, string>();
  /** Email addresses are masked unless the user asks to keep them (--keep-emails). */
  maskEmails = true;

  /** Register a secret value; returns its redacted label. */
  add(value: string | undefined | null): void {
    if (!value) return;
    for (const v of new Set([value, value.trim()])) {
      if (v.length >= MIN_SECRET_LENGTH && !this.secrets.has(v)) this.secrets.set(v, label(v));
    }
  }

  get size(): number {
    return this.secrets.size;
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is replaced whole.
    const ordered = [...this.secrets.entries()].sort((a, b) => b[0].length - a[0].length);
    for (const [secret, lab] of ordered) {
      if (out.includes(secret)) out = out.split(secret).join(lab);
    }
    out = out.replace(KNOWN_KEY, (m) => label(m));
    out = out.replace(JWT, (m) => label(m));
    if (this.maskEmails) out = out.replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`);
    out = out.replace(URL_USERINFO, (_m, scheme: string) => `${scheme}***@`);
    out = out.replace(QUERY_SECRET, (_m, k: string) => `${k}***`);
    out = out.replace(AUTH_HEADER, (_m, name: string, sep: string, scheme: string | undefined) =>
      `${name}${sep}${scheme ? scheme + ' ' : ''}***`);
    // A label beside the text around it can spell a secret again (a secret ending in "TED]" before its own
    // tail): mask any survivor with a character no secret contains, which no secret can then span.
    const survivors = ordered.filter(([secret]) => out.includes(secret));
    if (survivors.length) {
      const mask = MASKS.find((m) => ![...this.secrets.keys()].some((s) => s.includes(m))) ?? '\u0000';
      for (const [secret] of survivors) out = out.split(secret).join(mask.repeat(3));
    }
    return out;
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

function label(v: string): string {
  const fp = fingerprint(v);
  return fp ? `[REDACTED ${redactValue(v)} ${fp}]` : '[REDACTED]';
}
