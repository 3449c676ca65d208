// The fault matrix, part 1: the path to the provider breaks (DNS, sockets,
// proxies, certificates). Run through the
// built CLI (`check --format json --timeout N`). Each fault must end in the
// right category and exit code (3: inconclusive; 1 only where the answer
// proves a key problem), with a fix that names the likely cause, and the run
// must finish: each test's vitest timeout is the CLI's --timeout plus
// MARGIN_MS. No timing is asserted. Every fault runs with a canary key that
// must appear in no output, and servers that quote the credentials back.
import { withArticle } from '../../src/core/grammar.js';
import { describe, expect, it } from 'vitest';
import { closedPort } from '../fake-provider/server.js';
import { startFakeProxy, startSilentServer } from '../fake-provider/faults.js';
import { startTlsServer, TEST_CA, type TestCert } from '../fake-provider/tls.js';
import { MARGIN_MS } from './helpers.js';
import { expectVerdict, faultHooks, later, run, server, T } from './fault-run.js';

faultHooks();

describe('network faults end inconclusive, with the cause named', () => {
  it('DNS failure: a .invalid host is network_error (ENOTFOUND) at once, exit 3', async () => {
    const v = await run('dns', 'https://keydoctor-fault.invalid');
    expectVerdict(v, 'network_error', 3, /DNS/);
    expect(v.k.live?.errorCode).toBe('ENOTFOUND');
  }, T + MARGIN_MS);

  it('connection refused: network_error (ECONNREFUSED), exit 3', async () => {
    const v = await run('refused', `http://127.0.0.1:${await closedPort()}`);
    expectVerdict(v, 'network_error', 3, /port|running/);
    expect(v.k.live?.errorCode).toBe('ECONNREFUSED');
  }, T + MARGIN_MS);

  it('a reset in the middle of the headers: network_error, exit 3', async () => {
    const s = await server({ kind: 'reset-mid-header' });
    const v = await run('reset-header', s.url);
    expectVerdict(v, 'network_error', 3, /firewall|VPN|proxy/);
    expect(v.k.live?.errorCode).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
  }, T + MARGIN_MS);

  it('a reset in the middle of the body: network_error, exit 3', async () => {
    const s = await server({ kind: 'reset-mid-body' });
    const v = await run('reset-body', s.url);
    expectVerdict(v, 'network_error', 3, /firewall|VPN|proxy/);
    expect(v.k.live?.errorCode).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
  }, T + MARGIN_MS);

  it('a server that reads the request and never answers: network_error (timeout), exit 3', async () => {
    const s = await server({ kind: 'hang' });
    const v = await run('hang', s.url);
    expectVerdict(v, 'network_error', 3, /--timeout/);
    expect(v.k.live?.errorCode).toBe('ETIMEDOUT');
  }, T + MARGIN_MS);

  it('a server that accepts the connection and never reads: network_error (timeout), exit 3', async () => {
    const s = await startSilentServer();
    later(() => s.close());
    const v = await run('silent', s.url);
    expectVerdict(v, 'network_error', 3, /--timeout/);
    expect(v.k.live?.errorCode).toBe('ETIMEDOUT');
    // undici may open one more, idle connection after the abort (nodejs/undici#5845); it carries no request.
    expect(s.connections).toBeGreaterThanOrEqual(1);
  }, T + MARGIN_MS);

  it('a body trickling in at 1 byte/s is cut at the timeout: network_error, exit 3', async () => {
    const s = await server({ kind: 'slow-body' });
    const v = await run('slow', s.url);
    expectVerdict(v, 'network_error', 3, /slow|--timeout/);
    expect(v.k.live?.errorCode).toBe('UND_ERR_BODY_TIMEOUT');
    expect(v.k.classification?.evidence.join(' ')).toMatch(/did not finish in time/);
  }, T + MARGIN_MS);
});

describe('proxies in the way', () => {
  // A host that is not loopback (loopback is never proxied): the client tunnels through the proxy without
  // resolving it, and the proxy refuses the tunnel, so nothing leaves this machine.
  const behindProxy = 'https://keydoctor-fault.example';

  it('a proxy answering 407 to CONNECT: proxy_error, exit 3, and the proxy never sees the key', async () => {
    const proxy = await startFakeProxy(407);
    later(() => proxy.close());
    const v = await run('proxy-407', behindProxy, { env: { HTTPS_PROXY: proxy.url } });
    expectVerdict(v, 'proxy_error', 3, /proxy credentials|HTTPS_PROXY/);
    expect(v.k.live?.errorCode).toBe('PROXY_AUTH_REQUIRED');
    expect(proxy.seen.map((s) => s.method)).toEqual(['CONNECT']);
    expect(JSON.stringify(proxy.seen)).not.toContain(v.key);
  }, T + MARGIN_MS);

  it.each([[403], [502]])('a proxy refusing CONNECT with %i: proxy_error, exit 3, the status in the evidence', async (status) => {
    const proxy = await startFakeProxy(status);
    later(() => proxy.close());
    const v = await run(`proxy-${status}`, behindProxy, { env: { HTTPS_PROXY: proxy.url } });
    expectVerdict(v, 'proxy_error', 3, /HTTPS_PROXY|NO_PROXY/);
    expect(v.k.classification?.evidence.join(' ')).toContain(`proxy answered ${status}`);
    expect(JSON.stringify(proxy.seen)).not.toContain(v.key);
  }, T + MARGIN_MS);
});

describe('certificates nobody should trust', () => {
  const cases: [TestCert, RegExp, RegExp][] = [
    ['self-signed', /DEPTH_ZERO_SELF_SIGNED_CERT/, /NODE_EXTRA_CA_CERTS|proxy/],
    ['expired', /CERT_HAS_EXPIRED/, /clock|expired/],
    ['wrong-host', /UNABLE_TO_VERIFY_LEAF_SIGNATURE/, /NODE_EXTRA_CA_CERTS|proxy/],
  ];
  for (const [cert, code, fix] of cases) {
    it(`${withArticle(cert)} certificate: tls_error, exit 3, no request gets through`, async () => {
      const s = await startTlsServer(cert);
      later(() => s.close());
      // runCli starts from an empty environment: nothing makes the CLI trust these certificates.
      const v = await run(`tls-${cert}`, s.url);
      expectVerdict(v, 'tls_error', 3, fix);
      expect(v.k.live?.errorCode).toMatch(code);
      expect(s.requests).toHaveLength(0);
    }, T + MARGIN_MS);
  }

  it('a certificate for another host, from a CA this machine trusts: tls_error naming the host mismatch', async () => {
    const s = await startTlsServer('wrong-host');
    later(() => s.close());
    // Trust the issuing test CA (not the certificate): only the name check is left to fail.
    const v = await run('tls-altname', s.url.replace('127.0.0.1', 'localhost'), { env: { NODE_EXTRA_CA_CERTS: TEST_CA } });
    expectVerdict(v, 'tls_error', 3, /host/);
    expect(v.k.live?.errorCode).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(s.requests).toHaveLength(0);
  }, T + MARGIN_MS);
});
