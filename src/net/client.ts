// The one HTTP client: bounded in time and size, proxy-aware, never follows
// redirects (a redirect would carry the key to a host nobody chose).
import { setTimeout as sleep } from 'node:timers/promises';
import { request, Agent, EnvHttpProxyAgent, baselineWasmOnly, type Dispatcher } from './undici.js';
import type { Answer, ProbeRequest } from '../probes/types.js';
import { BodyDecodeError, decodeBody, MAX_BODY_BYTES, parseJson, readBounded } from './body.js';
import { retryDelay } from './retry.js';
import { isLoopback } from './target.js';

export { MAX_BODY_BYTES } from './body.js';

/** Sockets per origin: checking 50 keys of one provider opens at most this many connections to it. */
export const MAX_CONNECTIONS_PER_ORIGIN = 8;

export interface NetOptions {
  /** The bound on the whole exchange, retries included. */
  timeoutMs: number;
  /** The environment proxy settings are read from (not necessarily process.env). */
  env: Record<string, string | undefined>;
  /** How many times a 429 may be asked again (src/net/retry.ts); none unless given. */
  retries?: number;
}

export type NetResult =
  | { ok: true; answer: Answer; latencyMs: number; truncated: boolean; attempts: number }
  | { ok: false; code: string; message: string; latencyMs: number; attempts: number };

type Attempt =
  | { ok: true; answer: Answer; latencyMs: number; truncated: boolean }
  | { ok: false; code: string; message: string; latencyMs: number };

const dispatchers = new Map<string, Dispatcher>();

/**
 * Hosts that are this machine: 127.0.0.0/8, ::1 (also as ::ffff:127.x.y.z),
 * localhost and *.localhost. Never proxied, whatever NO_PROXY says: through a
 * proxy, "127.0.0.1" is the proxy's own machine, and a plain-http request
 * there crosses the proxy in clear text.
 */
export function isLocalHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return isLoopback(h) || h.endsWith('.localhost') || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(h);
}

/**
 * One dispatcher per proxy setting, so sockets are pooled and bounded per host.
 * With `target`: no proxy for a loopback host nor for plain http (a proxy
 * would read the key in clear text), whatever the proxy variables say.
 */
export function dispatcherFor(env: Record<string, string | undefined>, target?: URL): Dispatcher {
  const direct = !!target && (target.protocol === 'http:' || isLocalHost(target.hostname));
  const httpProxy = direct ? undefined : env.http_proxy ?? env.HTTP_PROXY;
  const httpsProxy = direct ? undefined : env.https_proxy ?? env.HTTPS_PROXY;
  const noProxy = direct ? undefined : env.no_proxy ?? env.NO_PROXY;
  const key = JSON.stringify([httpProxy, httpsProxy, noProxy]);
  let d = dispatchers.get(key);
  if (!d) {
    baselineWasmOnly();
    const connections = MAX_CONNECTIONS_PER_ORIGIN;
    // noProxy '' (not undefined): undici would otherwise read NO_PROXY from process.env, not from `env`.
    d = httpProxy || httpsProxy ? new EnvHttpProxyAgent({ httpProxy, httpsProxy, noProxy: noProxy ?? '', connections }) : new Agent({ connections });
    dispatchers.set(key, d);
  }
  return d;
}

/** Close every pooled socket (whoever loads this module registers it with src/net/lifecycle.ts). */
export async function closeDispatchers(): Promise<void> {
  const all = [...dispatchers.values()];
  dispatchers.clear();
  await Promise.allSettled(all.map((d) => d.close()));
}

/** The request, and up to `opts.retries` more after a 429, all within `opts.timeoutMs`. */
export async function send(req: ProbeRequest, opts: NetOptions): Promise<NetResult> {
  const deadline = performance.now() + opts.timeoutMs;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let attempts = 0;
  let last: Attempt | undefined;
  for (;;) {
    attempts++;
    const res = await once(req, opts, signal);
    // A retry that fails tells less than the 429 before it.
    if (!res.ok && last) return { ...last, attempts };
    if (!res.ok || res.answer.status !== 429) return { ...res, attempts };
    last = res;
    const wait = retryDelay(attempts, res.answer.headers['retry-after'], deadline - performance.now(), opts.retries ?? 0);
    if (wait === undefined) return { ...res, attempts };
    try {
      await sleep(wait, undefined, { signal });
    } catch {
      return { ...res, attempts };
    }
  }
}

async function once(req: ProbeRequest, opts: NetOptions, signal: AbortSignal): Promise<Attempt> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const target = new URL(req.url);
  const host = target.hostname.toLowerCase().replace(/\.$/, '');
  // The target check (src/net/target.ts) allows plain http only to loopback; nothing else ever leaves in clear text.
  if (target.protocol === 'http:' && !isLocalHost(host)) {
    return { ok: false, code: 'ERR_PLAIN_HTTP', message: `not sent: plain http to ${host} would carry the key unencrypted`, latencyMs: latency() };
  }
  // RFC 6761 §6.4: resolvers should answer names under .invalid negatively at once; some resolvers ask the network first.
  if (host === 'invalid' || host.endsWith('.invalid')) {
    return { ok: false, code: 'ENOTFOUND', message: `${host} does not exist (.invalid is reserved for names that never resolve)`, latencyMs: latency() };
  }
  let status: number | undefined;
  try {
    const res = await request(req.url, {
      method: req.method,
      headers: { 'user-agent': 'keydoctor', accept: 'application/json', ...req.headers },
      body: req.body,
      dispatcher: dispatcherFor(opts.env, target),
      signal,
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
    });
    status = res.statusCode;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) {
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
    }
    const raw = await readBounded(res.body, MAX_BODY_BYTES);
    const body = await decodeBody(raw, headers['content-encoding'], MAX_BODY_BYTES);
    const text = body.bytes.toString('utf8');
    const answer: Answer = { status: res.statusCode, headers, text, json: parseJson(text) };
    return { ok: true, answer, latencyMs: latency(), truncated: body.truncated };
  } catch (err) {
    if (signal.aborted && status !== undefined) {
      return { ok: false, code: 'UND_ERR_BODY_TIMEOUT', message: `status ${status} arrived, but its body did not finish within ${opts.timeoutMs} ms`, latencyMs: latency() };
    }
    if (signal.aborted) return { ok: false, code: 'ETIMEDOUT', message: `no answer within ${opts.timeoutMs} ms`, latencyMs: latency() };
    if (err instanceof BodyDecodeError) return { ok: false, code: 'ERR_BODY_DECODE', message: `status ${status}: ${err.message}`, latencyMs: latency() };
    const { code, message } = errorCode(err);
    return { ok: false, code, message, latencyMs: latency() };
  }
}

/** The most specific error code in an error's cause chain (undici wraps system errors). */
export function errorCode(err: unknown): { code: string; message: string } {
  let e: unknown = err;
  let code: string | undefined;
  let message = err instanceof Error ? err.message : String(err);
  for (let depth = 0; e && depth < 5; depth++) {
    const c = (e as { code?: unknown }).code;
    if (typeof c === 'string') {
      code = c;
      message = (e as Error).message ?? message;
    }
    e = (e as { cause?: unknown }).cause;
  }
  // undici reports a refused CONNECT as an abort whose message names the proxy's status.
  const proxy = /Proxy response \((\d+)\)|Proxy Authentication Required \((407)\)/.exec(message);
  if (proxy) return { code: (proxy[1] ?? proxy[2]) === '407' ? 'PROXY_AUTH_REQUIRED' : 'PROXY_ERROR', message };
  return { code: code ?? 'UNKNOWN', message };
}
