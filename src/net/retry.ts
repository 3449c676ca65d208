// When a 429 is worth asking again: at most MAX_RETRIES times, never sooner
// than the provider's Retry-After (RFC 9110 §10.2.3: seconds or an HTTP date),
// never when Retry-After asks for longer than RETRY_AFTER_CAP_MS (a diagnosis
// should not sit out a minute-long limit; the verdict then says rate_limited
// and when to run again), and never past the run's overall timeout.

export const MAX_RETRIES = 2;
export const RETRY_AFTER_CAP_MS = 2000;
/** Waits when the provider gives no Retry-After: short, because the limit may be per minute. */
export const DEFAULT_BACKOFF_MS = [250, 500];

/** Retry-After in milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d{1,10}$/.test(v)) return Number(v) * 1000;
  if (!/[a-z]/i.test(v)) return undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * How long to wait before retry number `retry` (1-based) after a 429, or
 * undefined when no retry should be made.
 */
export function retryDelay(retry: number, retryAfter: string | undefined, remainingMs: number, maxRetries = MAX_RETRIES): number | undefined {
  if (retry > maxRetries) return undefined;
  const asked = retryAfterMs(retryAfter);
  const wait = asked ?? DEFAULT_BACKOFF_MS[Math.min(retry - 1, DEFAULT_BACKOFF_MS.length - 1)]!;
  if (wait > RETRY_AFTER_CAP_MS) return undefined;
  if (wait >= remainingMs) return undefined;
  return wait;
}
