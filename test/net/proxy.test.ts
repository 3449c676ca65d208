// A key sent in plain http to a loopback base URL (allowed: plain http only to
// loopback) must not go through the user's HTTP_PROXY: the proxy would read
// the Authorization header in clear text. Loopback is never proxied, whatever
// the proxy variables say, and no plain-http request goes through a proxy.
// Two loopback listeners: a proxy that records every byte it receives, and the
// target.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDispatchers, send } from '../../src/net/client.js';
import { startFakeProvider, loadAnswer, type FakeProvider } from '../fake-provider/server.js';
import { startTlsServer, type TlsServer } from '../fake-provider/tls.js';
import { FAKE } from '../helpers/keys.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { startTrap, type Trap } from './trap.js';

let target: FakeProvider | undefined;
let tls: TlsServer | undefined;
let proxy: Trap | undefined;
beforeAll(() => ensureBuilt(), 60_000);
afterEach(async () => {
  await Promise.all([target?.close(), tls?.close(), proxy?.close()]);
  target = tls = proxy = undefined;
});
afterAll(() => closeDispatchers());

const KEY = FAKE.openaiProject;
const OK = loadAnswer('openai', '200-models-list').response;

describe('the CLI never sends a loopback request through the user\'s proxy', () => {
  const cases: [string, (url: string) => { args: string[]; env: Record<string, string> }][] = [
    ['--base-url http://127.0.0.1, HTTP_PROXY and HTTPS_PROXY set', (url) => ({ args: ['--base-url', url], env: {} })],
    ['KEYDOCTOR_OPENAI_BASE_URL=http://localhost, lower-case http_proxy', (url) => ({ args: [], env: { KEYDOCTOR_OPENAI_BASE_URL: url.replace('127.0.0.1', 'localhost') } })],
    ['--base-url http://127.0.0.1, NO_PROXY naming other hosts only', (url) => ({ args: ['--base-url', url], env: { NO_PROXY: 'example.com,.internal' } })],
  ];
  for (const [label, setup] of cases) {
    it(`${label}: the target gets the call, the proxy sees nothing`, async () => {
      target = await startFakeProvider(OK);
      proxy = await startTrap();
      const { args, env } = setup(target.url);
      const proxies: Record<string, string> = label.includes('lower-case') ? { http_proxy: proxy.url, https_proxy: proxy.url } : { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url };
      const r = await runCli(['check', '--format', 'json', '--timeout', '3000', ...args], { env: { OPENAI_API_KEY: KEY, ...proxies, ...env } });
      expect(proxy.received().includes(KEY.slice(8, 30)), 'the proxy read the key').toBe(false);
      expect(proxy.connections).toBe(0);
      expect(target.requests).toHaveLength(1);
      expect(target.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).keys[0]).toMatchObject({ category: 'ok' });
      expect(r.stdout + r.stderr).not.toContain(KEY);
    });
  }
});

describe('send() chooses no proxy for loopback', () => {
  const req = (url: string) => ({ method: 'GET' as const, url, headers: { authorization: `Bearer ${KEY}` } });

  it.each([['127.0.0.1'], ['localhost'], ['127.1.2.3']])('plain http to %s: direct, even with NO_PROXY empty', async (host) => {
    target = await startFakeProvider(OK);
    proxy = await startTrap();
    // 127.1.2.3 is loopback too; the fake provider listens on 127.0.0.1 only, so that one is refused, directly.
    const res = await send(req(`http://${host}:${target.port}/v1/models`), { timeoutMs: 3000, env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '' } });
    expect(proxy.connections).toBe(0);
    if (host === '127.1.2.3') expect(res).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
    else expect(res).toMatchObject({ ok: true, answer: { status: 200 } });
  });

  it('https to 127.0.0.1: no CONNECT to the proxy (the proxy\'s own loopback is not ours)', async () => {
    tls = await startTlsServer('self-signed');
    proxy = await startTrap();
    const res = await send(req(`${tls.url}/v1/models`), { timeoutMs: 3000, env: { HTTPS_PROXY: proxy.url } });
    expect(proxy.connections).toBe(0);
    // It went to the target, which the client then refused over its certificate: no request got through.
    expect(res).toMatchObject({ ok: false });
    expect(tls.requests).toHaveLength(0);
  });

  it('a host that is not loopback still goes through the proxy', async () => {
    proxy = await startTrap();
    const res = await send(req('https://api.keydoctor-test.example/v1/models'), { timeoutMs: 3000, env: { HTTPS_PROXY: proxy.url } });
    expect(proxy.requestLines()).toEqual(['CONNECT api.keydoctor-test.example:443 HTTP/1.1']);
    expect(proxy.received()).not.toContain(KEY);
    expect(res).toMatchObject({ ok: false });
  });

  it('plain http to a host that is not loopback is not sent at all, through a proxy or not (defence in depth under the target check)', async () => {
    proxy = await startTrap();
    const res = await send(req('http://api.keydoctor-test.example/v1/models'), { timeoutMs: 3000, env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } });
    expect(proxy.connections).toBe(0);
    expect(res).toMatchObject({ ok: false, code: 'ERR_PLAIN_HTTP' });
  });
});
