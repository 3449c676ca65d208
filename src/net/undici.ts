// undici, only the parts a live check uses: the pooled Agent, the proxy-aware
// agent and the request API. The package's index also loads fetch, WebSocket,
// caches, mocks and more: bundled, about 1 MB of JavaScript to parse before the
// first request; these modules are a fraction of that (bench/README.md).
import v8 from 'node:v8';
import AgentImpl from 'undici/lib/dispatcher/agent.js';
import EnvHttpProxyAgentImpl from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import apiRequest from 'undici/lib/api/api-request.js';
import DispatcherBase from 'undici/lib/dispatcher/dispatcher.js';
import api from 'undici/lib/api/index.js';
import type { Dispatcher } from 'undici';

// undici parses HTTP with llhttp compiled to WebAssembly. V8 compiles it twice: a
// baseline (Liftoff) at once, then an optimised tier in the background, and the
// process cannot exit until that finishes: 200-400 ms after the answer was
// printed, for one response we parse in microseconds. Baseline only, then: set
// before the first connection (when undici compiles the module), and not when
// this module loads, because V8 turns down a code cache made under other flags
// (src/boot/load-bundle.ts) and Node's own built-in modules loaded afterwards
// lose theirs too.
let baselineSet = false;
export function baselineWasmOnly(): void {
  if (baselineSet) return;
  baselineSet = true;
  v8.setFlagsFromString('--liftoff-only');
}

// What undici's index does: every dispatcher gets request/connect/... (the proxy agent tunnels with connect).
Object.assign(DispatcherBase.prototype, api);

export const Agent = AgentImpl;
export const EnvHttpProxyAgent = EnvHttpProxyAgentImpl;
export type { Dispatcher };

/** undici's `request(url, { dispatcher, ... })`, on the given dispatcher. */
export function request(url: string, opts: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher }): Promise<Dispatcher.ResponseData> {
  const u = new URL(url);
  const { dispatcher, ...rest } = opts;
  return apiRequest.call(dispatcher, { ...rest, origin: u.origin, path: `${u.pathname}${u.search}` });
}
