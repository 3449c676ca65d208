// Step 3: one cheap, read-only, authenticated call, to a host the trust rule allows.
import { TRUST_RANK, type Finding, type LiveCall, type Trust } from '../core/types.js';
import type { NetResult } from '../net/client.js';
import { redactValue } from '../redact/fingerprint.js';
import { chooseBaseUrl, decideTarget, isLoopback } from '../net/target.js';
import { ProbeSetupError, type Answer, type Probe, type ProbeExchange, type ProbeRequest, type RequestContext } from '../probes/types.js';
import type { SourceView } from '../sources/model.js';
import { onShutdown } from '../net/lifecycle.js';

export interface LiveOptions {
  baseUrl?: string;
  trustProjectConfig: boolean;
  timeoutMs: number;
  /** How many times a 429 may be asked again (src/net/retry.ts); none unless given. */
  retries?: number;
  /**
   * Calls already on their way in this run, by request: the same key under
   * several names or packages is sent once and the answer shared (20
   * variables holding one key made 20 calls).
   */
  inFlight?: Map<string, Promise<NetResult>>;
  /** The variable the key was read from; none for standard input (the probe's RequestContext.variable). */
  variable?: string;
  /** Told every secret the live step itself obtains (an access token from an exchange), for the redactor. */
  onSecret: (value: string) => void;
}

export type LiveOutcome =
  | { kind: 'answer'; answer: Answer; truncated: boolean }
  | { kind: 'net_error'; code: string; message: string }
  | { kind: 'refused' };

export interface LiveResult {
  findings: Finding[];
  call?: LiveCall;
  outcome: LiveOutcome;
  /** INTERNAL: the request's identity (it holds the key: never output), shared by every target that sent the same request. */
  requestKey?: string;
}

/** What makes two requests the same request: method, URL, headers and body. */
function requestKey(req: ProbeRequest): string {
  const headers = Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]).sort(([a], [b]) => (a! < b! ? -1 : 1));
  return JSON.stringify([req.method, req.url, headers, req.body ?? null]);
}

const KEPT_HEADERS = ['content-type', 'date', 'cf-ray', 'x-amzn-requestid', 'apim-request-id', 'retry-after', 'location', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'server'];

/**
 * The URL as shown: no query string (it may carry a key), and the key itself
 * replaced by its short form where a provider puts it in the path (Telegram).
 */
function shownUrl(url: string, key: string): string {
  const u = new URL(url);
  const shown = `${u.origin}${u.pathname}`;
  return key ? shown.split(key).join(redactValue(key)).split(encodeURIComponent(key)).join(redactValue(key)) : shown;
}

export async function liveCall(probe: Probe, key: string, keyTrust: Trust, sources: SourceView, opts: LiveOptions): Promise<LiveResult> {
  const findings: Finding[] = [];
  const settings: Record<string, string | undefined> = {};
  let settingsTrust: Trust | undefined;
  for (const name of probe.settingsEnv ?? []) {
    const found = sources.lookup(name);
    settings[name] = found?.value;
    if (found && (!settingsTrust || TRUST_RANK[found.trust] < TRUST_RANK[settingsTrust])) settingsTrust = found.trust;
  }
  const choice = chooseBaseUrl(probe, sources, opts.baseUrl, settings, settingsTrust);
  const target = decideTarget(probe, choice, keyTrust, opts.trustProjectConfig);
  if (!target.allowed) {
    // A refusal by the trust rule leaves the key unjudged (exit 3); a base URL that is itself wrong is a problem (exit 1).
    findings.push(target.trust
      ? { code: 'live.base_url_refused', severity: 'warning', message: `Not sent: ${target.reason}.`, fix: target.fix }
      : { code: 'live.base_url_invalid', severity: 'error', message: `Not sent: ${target.reason}.`, fix: target.fix });
    return { findings, outcome: { kind: 'refused' } };
  }
  if (!target.official) {
    findings.push({
      code: 'live.custom_base_url',
      severity: 'info',
      message: `Sending to ${new URL(target.baseUrl).host}, not ${probe.name}'s official host, as ${target.choice.from} says.`,
    });
  }

  let ctx: RequestContext = { baseUrl: target.baseUrl, settings, ...(opts.variable ? { variable: opts.variable } : {}) };
  let sentKey = key;
  let req: ProbeRequest;
  try {
    // A credential traded for a token first (Probe.exchange): its request goes only to the probe's exchange hosts,
    // through the same client; an answer that grants no token is the live answer (the credential's verdict).
    const exchange = probe.exchange?.(key, ctx);
    if (exchange) {
      const refused = exchangeRefusal(probe, exchange);
      if (refused) {
        findings.push(refused);
        return { findings, outcome: { kind: 'refused' } };
      }
      const sent = await sendOnce(exchange.request, sources, opts);
      const granted = sent.res.ok ? exchange.read(sent.res.answer) : undefined;
      if (!granted && sent.res.ok && sent.res.answer.status < 400) {
        // A success (or a redirect, never followed) that grants no token judges nothing: it must not read as "works".
        findings.push({
          code: 'live.exchange_no_token',
          severity: 'warning',
          message: `Not sent: the token endpoint ${new URL(exchange.request.url).host} answered ${sent.res.answer.status} without an access token, so ${probe.name} was not called.`,
          fix: 'Run again; if it persists, a proxy may be answering for the token endpoint (check HTTPS_PROXY).',
        });
        return { findings, outcome: { kind: 'refused' } };
      }
      if (!granted) return answered(probe, exchange.request, key, sent, findings);
      opts.onSecret(granted.token);
      findings.push({
        code: 'live.token_exchanged',
        severity: 'info',
        message: `Exchanged ${exchange.what} for a short-lived access token at ${new URL(exchange.request.url).host} (${sent.res.latencyMs} ms), then called ${probe.name} with it.`,
      });
      sentKey = granted.token;
      ctx = { ...ctx, settings: { ...settings, ...granted.settings } };
    }
    req = probe.request(sentKey, ctx);
  } catch (err) {
    if (!(err instanceof ProbeSetupError)) throw err;
    findings.push({ code: 'live.missing_setting', severity: 'error', message: `Not sent: ${err.message}.`, fix: err.fix });
    return { findings, outcome: { kind: 'refused' } };
  }
  // The safety net under every probe: the request goes to the host that was allowed, nowhere else.
  if (new URL(req.url).host !== new URL(target.baseUrl).host) {
    findings.push({ code: 'live.host_mismatch', severity: 'error', message: `Not sent: the ${probe.name} probe built a request for ${new URL(req.url).host}, not the allowed ${new URL(target.baseUrl).host}.` });
    return { findings, outcome: { kind: 'refused' } };
  }
  return answered(probe, req, sentKey, await sendOnce(req, sources, opts), findings);
}

/** Why an exchange request may not be sent: a host that is not one of the probe's exchange hosts, or not https. */
function exchangeRefusal(probe: Probe, exchange: ProbeExchange): Finding | undefined {
  const hosts = probe.exchangeHosts ?? [];
  let url: URL | undefined;
  try {
    url = new URL(exchange.request.url);
  } catch {
    url = undefined;
  }
  const secure = url && (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname)));
  if (url && secure && !url.username && !url.password && hosts.includes(url.hostname.toLowerCase())) return undefined;
  return {
    code: 'live.exchange_refused',
    severity: 'error',
    message: `Not sent: ${exchange.what} names ${url ? `${url.protocol}//${url.host}` : 'a token endpoint that is not a URL'} for its token exchange, and ${probe.name} credentials are exchanged only at ${hosts.join(', ') || 'no host'} over https: whoever runs another host would receive what the exchange sends.`,
    fix: `Use the credential as it was issued (its token endpoint on ${hosts[0] ?? 'the provider\'s own host'}); if it was edited or came from elsewhere, get a new one.`,
  };
}

interface Sent {
  res: NetResult;
  startedAt: string;
  callKey: string;
}

/** Send once per run: the same request under several names or packages shares one answer. */
async function sendOnce(req: ProbeRequest, sources: SourceView, opts: LiveOptions): Promise<Sent> {
  const startedAt = new Date().toISOString();
  // undici is loaded only when a request is actually sent: offline runs never pay for it.
  const { send, closeDispatchers } = await import('../net/client.js');
  onShutdown(closeDispatchers);
  const callKey = requestKey(req);
  let pending = opts.inFlight?.get(callKey);
  if (!pending) {
    pending = send(req, { timeoutMs: opts.timeoutMs, env: sources.env, retries: opts.retries });
    opts.inFlight?.set(callKey, pending);
  }
  return { res: await pending, startedAt, callKey };
}

/** The live result of a sent request: the call as shown, and its answer or network failure. */
function answered(probe: Probe, req: ProbeRequest, key: string, sent: Sent, findings: Finding[]): LiveResult {
  const { res, startedAt, callKey } = sent;
  const call: LiveCall = { method: req.method, url: shownUrl(req.url, key), latencyMs: res.latencyMs, headers: {}, startedAt };
  if (res.attempts > 1) {
    call.attempts = res.attempts;
    findings.push({ code: 'live.retried', severity: 'info', message: `Sent ${res.attempts} times: the provider answered 429 (too many requests), and keydoctor asked again within Retry-After and the timeout.` });
  }
  if (!res.ok) {
    call.errorCode = res.code;
    return { findings, call, outcome: { kind: 'net_error', code: res.code, message: res.message }, requestKey: callKey };
  }
  const a = res.answer;
  call.status = a.status;
  if (a.text) call.bodyExcerpt = a.text.length > 2000 ? a.text.slice(0, 2000) + '…' : a.text;
  call.requestId = probe.requestIdHeaders.map((h) => a.headers[h]).find(Boolean);
  for (const h of [...KEPT_HEADERS, ...probe.requestIdHeaders]) if (a.headers[h]) call.headers[h] = a.headers[h];
  if (res.truncated) {
    findings.push({ code: 'live.body_truncated', severity: 'warning', message: 'The answer was larger than 1 MiB; only the first MiB was read.' });
  }
  return { findings, call, outcome: { kind: 'answer', answer: a, truncated: res.truncated }, requestKey: callKey };
}
