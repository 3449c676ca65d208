// Generic HTTP rules, applied when a probe does not recognise an answer.
// Ordered as renovate orders its HTTP error handling: the path to the
// provider first (proxies, portals, redirects), then the provider's own
// faults, then what a bare status can prove.
import type { Answer, Classification } from '../probes/types.js';

function looksHtml(a: Answer): boolean {
  const ct = a.headers['content-type'] ?? '';
  return ct.includes('text/html') || /^\s*<(!doctype|html)/i.test(a.text);
}

function c(category: Classification['category'], verdict: Classification['verdict'], rule: string, evidence: string, fixes: string[]): Classification {
  return { category, verdict, rule, evidence: [evidence], fixes };
}

export function classifyHttp(a: Answer): Classification {
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
  if (s >= 200 && s < 300) return c('ok', 'valid', 'http.2xx', `status ${s}`, []);
  if (s === 401) {
    return c('invalid_key', 'invalid', 'http.401', 'status 401: the provider refused the credentials without saying why', [
      'Compare the key with the one in the provider\'s console; create a new key if it is gone.',
    ]);
  }
  if (s === 402) {
    return c('billing_or_quota', 'invalid', 'http.402', 'status 402: payment required', ['Check the account\'s billing and plan.']);
  }
  return c('unknown', 'indeterminate', `http.${s}`, `status ${s} not recognised`, [
    'Run `keydoctor report` and send it to the provider\'s support.',
  ]);
}
