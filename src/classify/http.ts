// Generic HTTP rules, applied when a probe does not recognise an answer.
// Ordered as renovate orders its HTTP error handling: the path to the
// provider first (proxies, portals, redirects), then the provider's own
// faults, then what a bare status can prove.
import type { Answer, Classification } from '../probes/types.js';
import { looksHtml } from '../probes/kit.js';


/** Declared or shaped as JSON, with a body: an API answer we should be able to read. */
function looksJson(a: Answer): boolean {
  const ct = a.headers['content-type'] ?? '';
  return a.text.trim() !== '' && (/[/+]json\b/i.test(ct) || /^\s*[[{]/.test(a.text));
}

/** A success status whose JSON body says it failed: `{"error": …}`, `{"errors": [ … ]}`, `{"ok": false}`, `{"success": false}`. */
function saysError(json: unknown): boolean {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
  const j = json as Record<string, unknown>;
  const error = j.error;
  return (typeof error === 'string' && error !== '') || (!!error && typeof error === 'object') ||
    (Array.isArray(j.errors) && j.errors.length > 0) || j.ok === false || j.success === false;
}

function c(category: Classification['category'], verdict: Classification['verdict'], rule: string, evidence: string, fixes: string[]): Classification {
  return { category, verdict, rule, evidence: [evidence], fixes };
}

export interface HttpContext {
  /** The host answered when it is not the provider's own (a base URL set to a gateway or proxy). */
  gateway?: string;
}

/**
 * What the provider said, from the common JSON error shapes (`error.message`,
 * `message`, `detail`, `error_description`, `errors[0].message`), so a
 * generic verdict still shows the provider's own words. Never from HTML.
 */
export function saidInJson(a: Answer): { providerCode?: string; providerMessage?: string } {
  if (looksHtml(a) || !a.json || typeof a.json !== 'object' || Array.isArray(a.json)) return {};
  const j = a.json as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 500) : undefined);
  const rec = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
  const error = rec(j.error);
  const first = Array.isArray(j.errors) ? rec(j.errors[0]) : undefined;
  const message = str(error?.message) ?? str(j.error) ?? str(j.message) ?? str(j.detail) ?? str(j.error_description) ?? str(first?.message) ?? str(first?.detail);
  const code = str(error?.code) ?? str(error?.type) ?? str(j.code) ?? str(first?.code);
  return { ...(code && code.length <= 80 ? { providerCode: code } : {}), ...(message ? { providerMessage: message } : {}) };
}

export function classifyHttp(a: Answer, ctx: HttpContext = {}): Classification {
  const verdict = classifyStatus(a, ctx);
  return verdict.category === 'ok' ? verdict : { ...saidInJson(a), ...verdict };
}

function classifyStatus(a: Answer, ctx: HttpContext): Classification {
  const s = a.status;
  if (s === 407) {
    return c('proxy_error', 'indeterminate', 'http.407', 'status 407: a proxy demands authentication', [
      'Put the proxy credentials in HTTPS_PROXY (`http://user:pass@proxy:port`).',
    ]);
  }
  if (s >= 300 && s < 400) {
    return c('proxy_error', 'indeterminate', 'http.redirect', `status ${s}: redirected to ${a.headers.location ?? '(no location)'}; not followed, so the key was not sent on`, [
      'Check the base URL: a provider API does not redirect. A captive portal or proxy login page may be in the way.',
    ]);
  }
  if (s >= 200 && s < 300 && looksHtml(a)) {
    return c('proxy_error', 'indeterminate', 'http.html_200', `status ${s} with an HTML page where the API answers JSON: a captive portal or proxy answered`, [
      'Open any web page in a browser to pass the portal, or check the base URL.',
    ]);
  }
  if (s === 429) {
    const after = a.headers['retry-after'];
    return c('rate_limited', 'indeterminate', 'http.429', `status 429${after ? `, retry-after ${after}` : ''}`, [
      'Wait and run again; the key was not judged.',
    ]);
  }
  if (s >= 500 && ctx.gateway && looksHtml(a)) {
    // An HTML error page from the host the base URL names: the gateway's own page (nginx, a load
    // balancer), not the provider's answer. Sending people to the provider's status page misleads them.
    return c('proxy_error', 'indeterminate', 'http.gateway_5xx', `status ${s} with an HTML page from the gateway at ${ctx.gateway}, not from the provider`, [
      `Check the gateway at ${ctx.gateway}: is it up, and can it reach the provider? The provider was not asked, so the key was not judged.`,
    ]);
  }
  if (s >= 500) {
    return c('provider_outage', 'indeterminate', 'http.5xx', `status ${s}${looksHtml(a) ? ' with an HTML page (a gateway)' : ''}`, [
      'Check the provider\'s status page and run again later; the key was not judged.',
    ]);
  }
  if (looksHtml(a)) {
    return c('proxy_error', 'indeterminate', 'http.html', `status ${s} with an HTML page: something other than the API answered`, [
      'Check the base URL and any proxy between you and the provider.',
    ]);
  }
  if (s >= 200 && s < 300 && looksJson(a) && a.json === undefined) {
    return c('unknown', 'indeterminate', 'http.invalid_json', `status ${s}, but the body is not valid JSON (cut short, or not from the API)`, [
      'Something other than the API answered, or the answer was cut off on the way: check the base URL and any proxy, and run again.',
    ]);
  }
  if (s >= 200 && s < 300 && saysError(a.json)) {
    return c('unknown', 'indeterminate', 'http.2xx_error_body', `status ${s}, but the body reports an error`, [
      'The provider accepted the request but answered with an error keydoctor does not recognise: read the body in `keydoctor check -v`, or send `keydoctor report` to the provider\'s support.',
    ]);
  }
  if (s >= 200 && s < 300) return c('ok', 'valid', 'http.2xx', `status ${s}`, []);
  if (s === 401) {
    return c('invalid_key', 'invalid', 'http.401', 'status 401: the provider refused the credentials without saying why', [
      'Compare the key with the one in the provider\'s console; create a new key if it is gone.',
    ]);
  }
  // RFC 7725's "Unavailable For Legal Reasons": a service refusing the caller's country (Binance's restricted
  // locations, https://www.binance.com/en/terms; heldout19, tuning round 19).
  if (s === 451) {
    return c('region_blocked', 'indeterminate', 'http.451', 'status 451: unavailable for legal reasons (the caller\'s country or region is refused)', [
      'The provider refuses requests from where this one came from: the address it sees (VPN exit, proxy, cloud region) decides.',
    ]);
  }
  if (s === 402) {
    return c('billing_or_quota', 'invalid', 'http.402', 'status 402: payment required', ['Check the account\'s billing and plan.']);
  }
  return c('unknown', 'indeterminate', `http.${s}`, `status ${s} not recognised`, [
    'Run `keydoctor report` and send it to the provider\'s support.',
  ]);
}
