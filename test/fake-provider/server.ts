// A loopback server that answers as providers do, replaying recorded answers
// from fixtures/. It records every request so tests can assert what was sent.
// Faults (hang, reset) are behaviours too. It listens on 127.0.0.1 only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

export interface RecordedResponse {
  status: number;
  headers?: Record<string, string>;
  /** A JSON body. */
  body?: unknown;
  /** A raw body (HTML, plain text, XML). */
  bodyText?: string;
}

/** A recorded provider answer with where it comes from and what it must classify as. */
export interface AnswerFixture {
  source: string;
  note?: string;
  /** Replay with this key instead of the probe's default fixture key. */
  key?: string;
  /** Expect this request instead of the probe's default one. */
  request?: Partial<ProbeFixture['request']>;
  /** Extra environment for this answer only (a version setting that picks another route), over the probe fixture's. */
  env?: Record<string, string>;
  response: RecordedResponse;
  expect: {
    category: string;
    verdict: 'valid' | 'invalid' | 'indeterminate';
    rule?: string;
    identity?: Record<string, unknown>;
  };
}

/** fixtures/probes/<id>/probe.json: the fake key, the request it must produce, format cases. */
export interface ProbeFixture {
  key: string;
  /** Extra environment the probe needs (an endpoint, an account id). */
  env?: Record<string, string>;
  /** The variable the suite puts the key in, when not the probe's first (whose value may be a file's path). */
  variable?: string;
  request: { method: string; path: string; headers: Record<string, string> };
  formats: { accept: Record<string, string>; reject: string[] };
}

export function loadProbeFixture(probe: string): ProbeFixture {
  return JSON.parse(readFileSync(join(FIXTURES, 'probes', probe, 'probe.json'), 'utf8')) as ProbeFixture;
}

/** Every recorded answer of a probe, by file name. */
export function answerNames(probe: string): string[] {
  return readdirSync(join(FIXTURES, 'probes', probe))
    .filter((f) => f.endsWith('.json') && f !== 'probe.json')
    .map((f) => f.slice(0, -5))
    .sort();
}

export type Behaviour =
  | RecordedResponse
  | { fault: 'hang' }
  | { fault: 'reset' }
  | { fault: 'delay'; ms: number; then: RecordedResponse };

export interface SeenRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface FakeProvider {
  url: string;
  port: number;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export function loadAnswer(probe: string, name: string): AnswerFixture {
  return JSON.parse(readFileSync(join(FIXTURES, 'probes', probe, `${name}.json`), 'utf8')) as AnswerFixture;
}

function respond(res: ServerResponse, r: RecordedResponse): void {
  const text = r.bodyText ?? (r.body === undefined ? '' : JSON.stringify(r.body));
  const headers: Record<string, string> = {
    'content-type': r.bodyText !== undefined ? 'text/plain' : 'application/json',
    ...(r.headers ?? {}),
  };
  res.writeHead(r.status, headers);
  res.end(text);
}

export async function startFakeProvider(handler: Behaviour | ((req: SeenRequest) => Behaviour)): Promise<FakeProvider> {
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: SeenRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(seen);
      const b = typeof handler === 'function' ? handler(seen) : handler;
      if ('fault' in b) {
        if (b.fault === 'hang') return; // never answer
        if (b.fault === 'reset') return req.socket.destroy();
        setTimeout(() => respond(res, b.then), b.ms);
        return;
      }
      respond(res, b);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A port with nothing listening: bind, read the port, close. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
