// Loopback servers that fail the way networks and providers fail: resets in
// the middle of the headers or the body, answers that never come or trickle in
// at one byte a second, bodies of tens of megabytes, corrupt gzip, and an HTTP
// proxy that refuses CONNECT. Each records what it received and how many
// connections were open at once, so tests can assert what reached it.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { SeenRequest } from './server.js';

export type Fault =
  /** A complete answer; `body` is sent as is (a string or bytes). */
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: string | Buffer }
  /** Half a status line and header, then a TCP reset. */
  | { kind: 'reset-mid-header' }
  /** Headers promising 2,000 bytes, 20 of them, then a TCP reset. */
  | { kind: 'reset-mid-body'; status?: number }
  /** The request is read; no answer ever comes. */
  | { kind: 'hang' }
  /** Headers at once, then the body one byte a second, forever. */
  | { kind: 'slow-body' }
  /** `bytes` of body, as fast as the client reads; `sent` counts what left. */
  | { kind: 'huge'; bytes: number; status?: number; contentType?: string }
  /** content-encoding gzip over bytes that are not gzip, or gzip damaged in the middle. */
  | { kind: 'gzip-garbage'; damaged?: 'not-gzip' | 'corrupt-stream'; status?: number }
  /** Another fault after a pause (so concurrent requests overlap). */
  | { kind: 'delay'; ms: number; then: Fault };

export interface FaultServer {
  url: string;
  port: number;
  requests: SeenRequest[];
  /** The most connections open at the same time. */
  readonly maxConcurrent: number;
  /** Body bytes written by `huge` answers. */
  readonly sent: number;
  close(): Promise<void>;
}

type Handler = Fault | ((req: SeenRequest, index: number) => Fault);

function tracked(server: Server | ReturnType<typeof createTcpServer>) {
  const sockets = new Set<Socket>();
  const stats = { active: 0, max: 0 };
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    // A client that replaces a socket closes the old one before it opens the new one, but both events can
    // reach this server in one poll phase: count closings as they come, openings after the phase (setImmediate).
    let state: 'pending' | 'open' | 'gone' = 'pending';
    const gone = () => {
      if (state === 'open') stats.active--;
      state = 'gone';
    };
    s.once('end', gone).once('error', gone).once('close', gone);
    s.on('close', () => sockets.delete(s));
    setImmediate(() => {
      if (state !== 'pending') return;
      state = 'open';
      stats.active++;
      stats.max = Math.max(stats.max, stats.active);
    });
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return { stats, close };
}

async function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const hangers = new Set<NodeJS.Timeout>();

function perform(fault: Fault, req: IncomingMessage, res: ServerResponse, count: (n: number) => void): void {
  const socket = req.socket;
  switch (fault.kind) {
    case 'answer':
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(fault.body ?? '');
      return;
    case 'reset-mid-header':
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: applica');
      setTimeout(() => socket.resetAndDestroy(), 20);
      return;
    case 'reset-mid-body':
      socket.write(`HTTP/1.1 ${fault.status ?? 200} OK\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{"data":[{"id":"gpt`);
      setTimeout(() => socket.resetAndDestroy(), 20);
      return;
    case 'hang':
      return;
    case 'delay': {
      const t = setTimeout(() => perform(fault.then, req, res, count), fault.ms);
      socket.on('close', () => clearTimeout(t));
      return;
    }
    case 'slow-body': {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      const t = setInterval(() => (socket.destroyed ? clearInterval(t) : res.write(' ')), 1000);
      hangers.add(t);
      socket.on('close', () => clearInterval(t));
      return;
    }
    case 'huge': {
      res.writeHead(fault.status ?? 200, { 'content-type': fault.contentType ?? 'application/json', 'content-length': String(fault.bytes) });
      const chunk = Buffer.alloc(64 * 1024, fault.contentType?.includes('html') ? '<p>gateway</p>' : '{"id":"model-FAKE"},');
      let left = fault.bytes;
      const pump = () => {
        while (left > 0 && !socket.destroyed) {
          const piece = chunk.subarray(0, Math.min(chunk.length, left));
          left -= piece.length;
          count(piece.length);
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        if (left === 0) res.end();
      };
      socket.on('error', () => {});
      pump();
      return;
    }
    case 'gzip-garbage': {
      // Not gzip at all, or real gzip damaged in the middle (the header still says gzip).
      const body = fault.damaged === 'corrupt-stream'
        ? gzipSync(JSON.stringify({ error: { message: 'x'.repeat(500), code: 'invalid_api_key' } })).map((b, i) => (i > 12 && i % 7 === 0 ? b ^ 0xa5 : b))
        : Buffer.from('this is not gzip at all \u00ff\u00fe garbage', 'latin1');
      res.writeHead(fault.status ?? 200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(body.length) });
      res.end(body);
      return;
    }
  }
}

export async function startFaultServer(handler: Handler): Promise<FaultServer> {
  const requests: SeenRequest[] = [];
  let sent = 0;
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: SeenRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(seen);
      const fault = typeof handler === 'function' ? handler(seen, requests.length - 1) : handler;
      perform(fault, req, res, (n) => (sent += n));
    });
  });
  const { stats, close } = tracked(server);
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    get maxConcurrent() {
      return stats.max;
    },
    get sent() {
      return sent;
    },
    close: async () => {
      for (const t of hangers) clearInterval(t);
      await close();
    },
  };
}

/** A TCP server that accepts connections and never reads or writes a byte. */
export async function startSilentServer(): Promise<{ url: string; port: number; readonly connections: number; close(): Promise<void> }> {
  const server = createTcpServer(() => {});
  const { stats, close } = tracked(server);
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get connections() {
      return stats.max;
    },
    close,
  };
}

export interface FakeProxy {
  url: string;
  /** Every CONNECT (target and headers) and every plain proxied request it received. */
  seen: { method: string; target: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that answers every CONNECT with `status` (407 asks for
 * credentials; 403 and 502 refuse the tunnel) and every plain request too.
 * It never connects anywhere.
 */
export async function startFakeProxy(status: number): Promise<FakeProxy> {
  const seen: FakeProxy['seen'] = [];
  const server = createHttpServer((req, res) => {
    seen.push({ method: req.method ?? 'GET', target: req.url ?? '', headers: req.headers });
    res.writeHead(status, { 'content-type': 'text/html', ...(status === 407 ? { 'proxy-authenticate': 'Basic realm="corp"' } : {}) });
    res.end(`<html><body>proxy says ${status}</body></html>`);
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '', headers: req.headers });
    const auth = status === 407 ? 'Proxy-Authenticate: Basic realm="corp"\r\n' : '';
    socket.end(`HTTP/1.1 ${status} Refused\r\n${auth}Content-Length: 0\r\n\r\n`);
  });
  const { close } = tracked(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, seen, close };
}
