// Generic rules for failures below HTTP: DNS, sockets, TLS, proxies.
// Shared by `check` (codes from src/net) and, later, `explain` (codes in pasted text).
import type { Classification } from '../probes/types.js';
import { DNS_FIX, PROXY_FIX, TRUST_FIX, TRUST_FIX_ANY, type Runtime } from './runtime-fixes.js';

interface NetRule {
  codes: string[];
  category: Classification['category'];
  what: string;
  fixes: string[];
  /** Whose settings the fix is about: the runtime that made the request decides its wording. */
  runtimeFix?: 'trust' | 'proxy' | 'dns';
}

export const NET_RULES: NetRule[] = [
  {
    codes: ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL'],
    category: 'network_error',
    what: 'the host name could not be resolved (DNS)',
    fixes: ['Check the base URL for typos and that DNS works here (`nslookup HOST`).', 'Behind a proxy, set HTTPS_PROXY so keydoctor resolves through it.'],
    runtimeFix: 'dns',
  },
  {
    codes: ['ECONNREFUSED'],
    category: 'network_error',
    what: 'the connection was refused: nothing listens at that address',
    fixes: ['Check the base URL and port; a local gateway or proxy may not be running.'],
  },
  {
    codes: ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'],
    category: 'network_error',
    what: 'the connection was reset before the answer was complete',
    fixes: ['Retry; a firewall, VPN or proxy that drops connections is the usual cause.'],
  },
  {
    codes: ['UND_ERR_BODY_TIMEOUT'],
    category: 'network_error',
    what: 'the answer started but its body did not finish in time (a stalled or very slow transfer)',
    fixes: ['A proxy, VPN or overloaded link is trickling the answer: retry, try another network, or raise --timeout if the network is merely slow.'],
  },
  {
    codes: ['ERR_BODY_DECODE'],
    category: 'network_error',
    what: 'the answer arrived but its compressed body was corrupt',
    fixes: ['Something on the way rewrote or cut the answer (a proxy, VPN or antivirus that inspects traffic, or a dropped connection): retry, or try from another network.'],
  },
  {
    codes: ['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ESOCKETTIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN'],
    category: 'network_error',
    what: 'no answer in time, or the network is unreachable',
    fixes: ['Check connectivity to the provider (firewall, VPN, proxy); raise --timeout if the network is merely slow.'],
  },
  {
    // Explain only: a client that says no connection was made without saying why (undici "fetch failed", the SDKs'
    // "Connection error.", aiohttp "Cannot connect to host", hyper "error trying to connect").
    codes: ['ERR_CONNECTION'],
    category: 'network_error',
    what: 'no connection to the provider was made, and the text does not say why',
    fixes: ['Check that this machine reaches the provider (firewall, VPN, HTTPS_PROXY/NO_PROXY), and paste the whole exception: its innermost cause (refused, reset, DNS, certificate) names the reason.'],
  },
  {
    codes: [
      'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_UNTRUSTED',
    ],
    category: 'tls_error',
    what: 'the server certificate is not trusted by this machine (often a TLS-inspecting proxy)',
    fixes: [TRUST_FIX.node],
    runtimeFix: 'trust',
  },
  {
    codes: ['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID'],
    category: 'tls_error',
    what: 'the server certificate has expired or is not yet valid',
    fixes: ['Check this machine\'s clock; if it is right, the certificate (or an intercepting proxy\'s) has expired.'],
  },
  {
    codes: ['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH'],
    category: 'tls_error',
    what: 'the certificate does not match the host name',
    fixes: ['Check the base URL host; a proxy or DNS override may be answering for the provider.'],
  },
  {
    codes: ['ERR_SSL_PROTOCOL', 'EPROTO'],
    category: 'tls_error',
    what: 'the TLS handshake failed: no protocol version in common, or something that does not speak TLS answered (often a proxy port)',
    fixes: ['Check HTTPS_PROXY and the base URL: an http:// proxy written as https:// (or the reverse) breaks the handshake; an old runtime or OpenSSL may lack TLS 1.2.'],
  },
  {
    codes: ['PROXY_AUTH_REQUIRED'],
    category: 'proxy_error',
    what: 'the proxy demands authentication (407)',
    fixes: [PROXY_FIX.node],
    runtimeFix: 'proxy',
  },
  {
    codes: ['PROXY_ERROR', 'UND_ERR_PRX_TLS'],
    category: 'proxy_error',
    what: 'the proxy refused to open a tunnel to the provider',
    fixes: ['Check HTTPS_PROXY/NO_PROXY; the proxy may block this host.'],
  },
];

/** A fix names the host when it is known (`nslookup api.openai.com`), and never shows a placeholder. */
function withHost(fix: string, host: string | undefined): string {
  return fix.replace('`nslookup HOST`', host ? `\`nslookup ${host}\`` : 'nslookup on the host name');
}

/**
 * The rule's fixes for the runtime that made the request. `undefined` is keydoctor's own
 * request (Node); `null` is a pasted error whose runtime the text does not show.
 */
function fixesFor(rule: NetRule, runtime: Runtime | null | undefined): string[] {
  if (runtime === undefined || !rule.runtimeFix) return rule.fixes;
  if (rule.runtimeFix === 'trust') return [runtime ? TRUST_FIX[runtime] : TRUST_FIX_ANY];
  if (rule.runtimeFix === 'proxy') return runtime ? [PROXY_FIX[runtime]] : rule.fixes;
  const dns = runtime ? DNS_FIX[runtime] : undefined;
  // "keydoctor resolves through it" is about keydoctor's own request, not the pasted one.
  return [rule.fixes[0]!, ...(dns ? [dns] : [])];
}

export function classifyNetError(code: string, message: string, host?: string, runtime?: Runtime | null): Classification {
  const rule = NET_RULES.find((r) => r.codes.includes(code)) ?? (/^ERR_TLS|CERT|SSL/.test(code) ? NET_RULES.find((r) => r.category === 'tls_error') : undefined);
  if (!rule) {
    return {
      category: 'network_error',
      verdict: 'indeterminate',
      rule: 'net.other',
      evidence: [`${code}: ${message}`],
      fixes: ['Check connectivity to the provider and run again with --timeout raised.'],
    };
  }
  return {
    category: rule.category,
    verdict: 'indeterminate',
    rule: `net.${code.toLowerCase()}`,
    evidence: [`${code}: ${rule.what}${proxyStatus(message)}`],
    fixes: fixesFor(rule, runtime).map((f) => withHost(f, host)),
  };
}

/** ` (the proxy answered 403)` when undici's message names the proxy's status. */
function proxyStatus(message: string): string {
  const m = /Proxy response \((\d{3})\)/.exec(message);
  return m ? ` (the proxy answered ${m[1]})` : '';
}
