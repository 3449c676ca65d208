import { createHash } from 'node:crypto';

/** Values shorter than this are passwords, not keys: no fingerprint (DESIGN "Redaction"). */
export const MIN_FINGERPRINT_LENGTH = 16;

/** `sha256:` + 8 hex of the SHA-256 of the exact value, or null for short values. */
export function fingerprint(value: string): string | null {
  if (value.length < MIN_FINGERPRINT_LENGTH) return null;
  return 'sha256:' + createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 8);
}

/** How many characters at the end of the trimmed value the short form shows. */
export const SHOWN_SUFFIX = 4;

const PREFIX = /^(?:[a-z]{1,6}[-_](?:(?:proj|svcacct|service|admin|ant|live|test|pat|api\d*|admin\d*)[-_])*)/i;

/**
 * A short form that lets a person recognise a key without seeing it:
 * the provider prefix (at most 8 characters) and the last 4, e.g. `sk-proj-…9xQa`.
 * Short values show nothing but their length.
 */
export function redactValue(value: string): string {
  const v = value.trim();
  if (v.length === 0) return '(empty)';
  if (v.length < MIN_FINGERPRINT_LENGTH) return `(${v.length} chars)`;
  // A credential file's JSON (a service account, gcloud's ADC): its first and last characters are braces and newlines.
  if (v.startsWith('{')) return '(JSON credentials)';
  return `${shownPrefix(v)}…${v.slice(-SHOWN_SUFFIX)}`;
}

/**
 * What the short form shows of the trimmed value's start (empty for values it
 * shows nothing of). The short form is public, so the redactor may leave this
 * much of a key as it is, and must not leave what would complete it.
 */
export function shownPrefix(value: string): string {
  const v = value.trim();
  if (v.length < MIN_FINGERPRINT_LENGTH || v.startsWith('{')) return '';
  return (PREFIX.exec(v)?.[0] ?? v.slice(0, 4)).slice(0, 8);
}
