// Expiry ahead: the date a key stops working, where the provider tells
// (GitHub's github-authentication-token-expiration header, GitLab's expires_at,
// Cloudflare's expires_on, Hugging Face's auth.expiresAt) or the key says so
// itself (a JWT's exp). Within `warnDays` it is a warning, so a CI job run with
// --fail-on warning fails before the key does.
import type { Finding, Identity } from '../core/types.js';
import { jwtExpiry } from './jwt.js';

export const DEFAULT_EXPIRY_WARN_DAYS = 14;
const DAY = 86_400_000;

export interface ExpiryInput {
  name: string;
  providerName: string;
  /** The key, for a JWT's exp; read in memory only. */
  value?: string;
  identity?: Identity;
  now: Date;
  warnDays: number;
}

/**
 * A provider's date: ISO 8601, a bare date (GitLab: the token stops working at
 * the start of that day, UTC), or GitHub's `2026-12-31 00:00:00 UTC` /
 * `2026-12-31 00:00:00 -0700`.
 */
export function parseProviderDate(text: string): Date | undefined {
  const t = text.trim();
  let iso = t;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = `${t}T00:00:00Z`;
  const gh = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (UTC|[+-]\d{4})$/.exec(t);
  if (gh) iso = `${gh[1]}T${gh[2]}${gh[3] === 'UTC' ? 'Z' : `${gh[3]!.slice(0, 3)}:${gh[3]!.slice(3)}`}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function expiryFindings(input: ExpiryInput): Finding[] {
  const { name, now, warnDays } = input;
  const found: { at: Date; from: string; jwt: boolean }[] = [];
  const stated = input.identity?.expiresAt;
  if (typeof stated === 'string' && stated !== 'never') {
    const at = parseProviderDate(stated);
    if (at) found.push({ at, from: `as ${input.providerName} says`, jwt: false });
  }
  if (input.value && !found.length) {
    const at = jwtExpiry(input.value);
    if (at) found.push({ at, from: 'by its own exp claim (decoded locally)', jwt: true });
  }
  const e = found[0];
  if (!e) return [];
  const left = e.at.getTime() - now.getTime();
  const days = Math.floor(left / DAY);
  const rotate = `Issue a new key, update ${name} everywhere it is defined (\`keydoctor trace ${name}\`), then revoke the old one.`;
  if (left <= 0) {
    return [{
      code: 'prevent.expired',
      severity: 'error',
      category: 'revoked_or_expired',
      message: `${name} expired on ${day(e.at)}, ${e.from}.`,
      fix: rotate,
    }];
  }
  if (left <= warnDays * DAY) {
    return [{
      code: 'prevent.expiry_soon',
      severity: 'warning',
      message: `${name} expires on ${day(e.at)} (${days < 1 ? 'within a day' : `in ${days} day${days === 1 ? '' : 's'}`}), ${e.from}.`,
      fix: `Rotate it before then: ${rotate}`,
    }];
  }
  return [{
    code: 'prevent.expires',
    severity: 'info',
    message: `${name} expires on ${day(e.at)} (in ${days} days), ${e.from}; a warning starts ${warnDays} days before.`,
  }];
}
