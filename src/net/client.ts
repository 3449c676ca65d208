// The one HTTP client: bounded in time and size, proxy-aware, never follows
// redirects (a redirect would carry the key to a host nobody chose).
import { request, Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici';
import type { Answer, ProbeRequest } from '../probes/types.js';
import { onShutdown } from './lifecycle.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface NetOptions {
  timeoutMs: number;
  /** The environment proxy settings are read from (not necessarily process.env). */
  env: Record<string, string | undefined>;
}

export type NetResult =
  | { ok: true; answer: Answer; latencyMs: number; truncated: boolean }
  | { ok: false; code: string; message: string; latencyMs: number };

const dispatchers = new Map<string, Dispatcher>();
onShutdown(closeDispatchers);

/** One dispatcher per proxy setting, so sockets are pooled and bounded per host. */
export function dispatcherFor(env: Record<string, string | undefined>): Dispatcher {
  const httpProxy = env.http_proxy ?? env.HTTP_PROXY;
  const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY;
  const noProxy = env.no_proxy ?? env.NO_PROXY;
  const key = JSON.stringify([httpProxy, httpsProxy, noProxy]);
  let d = dispatchers.get(key);
  if (!d) {
    d = httpProxy || httpsProxy
      ? new EnvHttpProxyAgent({ httpProxy, httpsProxy, noProxy, connections: 8 })
      : new Agent({ connections: 8 });
    dispatchers.set(key, d);
  }
  return d;
}

export async function closeDispatchers(): Promise<void> {
  const all = [...dispatchers.values()];
  dispatchers.clear();
  await Promise.allSettled(all.map((d) => d.close()));
}

export async function send(req: ProbeRequest, opts: NetOptions): Promise<NetResult> {
  const started = performance.now();
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await request(req.url, {
      method: req.method,
      headers: { 'user-agent': 'keydoctor', accept: 'application/json', ...req.headers },
      body: req.body,
      dispatcher: dispatcherFor(opts.env),
      signal,
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
    });
    const { text, truncated } = await readBounded(res.body, MAX_BODY_BYTES);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) {
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
    }
    const answer: Answer = { status: res.statusCode, headers, text, json: parseJson(text) };
    return { ok: true, answer, latencyMs: Math.round(performance.now() - started), truncated };
  } catch (err) {
    const latencyMs = Math.round(performance.now() - started);
    if (signal.aborted) return { ok: false, code: 'ETIMEDOUT', message: `no answer within ${opts.timeoutMs} ms`, latencyMs };
    const { code, message } = errorCode(err);
    return { ok: false, code, message, latencyMs };
  }
}

async function readBounded(body: AsyncIterable<Buffer | Uint8Array> & { destroy?: () => void }, limit: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of body) {
    const buf = Buffer.from(chunk);
    if (size + buf.length > limit) {
      chunks.push(buf.subarray(0, limit - size));
      truncated = true;
      body.destroy?.();
      break;
    }
    chunks.push(buf);
    size += buf.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated };
}

function parseJson(text: string): unknown {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
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
  const proxy = /Proxy response \((\d+)\)/.exec(message);
  if (proxy) return { code: proxy[1] === '407' ? 'PROXY_AUTH_REQUIRED' : 'PROXY_ERROR', message };
  return { code: code ?? 'UNKNOWN', message };
}
