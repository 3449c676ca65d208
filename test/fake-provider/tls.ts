// An HTTPS server on 127.0.0.1 with one of the test certificates in
// fixtures/tls/ (see its README): self-signed, expired, or issued for another
// host. It answers 200 to anything, so a client that wrongly trusted it would
// conclude "ok"; `requests` shows whether any HTTP request (and so any key)
// ever got through the handshake.
import { createServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, type SeenRequest } from './server.js';

export type TestCert = 'self-signed' | 'expired' | 'wrong-host';

export const TLS_DIR = join(FIXTURES, 'tls');
/** The test CA that issued `expired` and `wrong-host`; ours, trusted nowhere unless a test says so. */
export const TEST_CA = join(TLS_DIR, 'ca.pem');

export interface TlsServer {
  /** https://127.0.0.1:PORT */
  url: string;
  port: number;
  requests: SeenRequest[];
  /** TLS handshakes that failed on the server side (the client hung up on the certificate). */
  readonly handshakeErrors: number;
  close(): Promise<void>;
}

export async function startTlsServer(cert: TestCert): Promise<TlsServer> {
  const requests: SeenRequest[] = [];
  let handshakeErrors = 0;
  const sockets = new Set<Socket>();
  const server = createServer({ key: readFileSync(join(TLS_DIR, `${cert}.key`)), cert: readFileSync(join(TLS_DIR, `${cert}.pem`)) }, (req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: '' });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"object":"list","data":[]}');
  });
  server.on('tlsClientError', () => handshakeErrors++);
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    requests,
    get handshakeErrors() {
      return handshakeErrors;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
