// A proxy that proxies nothing: a raw TCP listener on 127.0.0.1 that records
// every connection and every byte it receives. It accepts a CONNECT (200) and
// records what then comes through the tunnel, as a real proxy could read it
// when the tunnel carries plain http; anything else gets 502. Set as HTTP_PROXY/HTTPS_PROXY, it
// shows what a user's proxy would have seen; for a request that must never
// leave (a refused target), it also proves nothing was sent: undici tunnels
// through the proxy without resolving the host, so even a tenant host that
// does not exist would show up here as a CONNECT.
import { createServer, type AddressInfo, type Socket } from 'node:net';

export interface Trap {
  url: string;
  /** How many TCP connections reached it. */
  readonly connections: number;
  /** Everything it received, all connections together. */
  received(): string;
  /** The request lines it received: `CONNECT host:443 HTTP/1.1`, `GET http://… HTTP/1.1`. */
  requestLines(): string[];
  close(): Promise<void>;
}

export async function startTrap(): Promise<Trap> {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let tunnel = false;
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      // TLS inside a tunnel: nothing readable will come; hang up.
      if (tunnel && d[0] === 0x16) return void socket.destroy();
      if (!d.includes('\r\n\r\n')) return;
      if (!tunnel && d.subarray(0, 8).toString('latin1') === 'CONNECT ') {
        tunnel = true;
        return void socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
      }
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const received = () => Buffer.concat(chunks).toString('latin1');
  return {
    url: `http://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    received,
    requestLines: () => received().split('\r\n').filter((l) => /^[A-Z]+ \S+ HTTP\/1\.[01]$/.test(l)),
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

