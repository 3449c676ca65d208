// A key goes to the provider the user meant and nowhere else (DESIGN "Where a
// key may be sent"): a project file cannot redirect a key that came from a more
// trusted place, plain http leaves only for loopback, redirects carry nothing,
// and fifty keys at once neither flood a host with sockets nor wait on the
// slowest provider longer than the timeout.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadAnswer } from '../fake-provider/server.js';
import { startFaultServer, type FaultServer } from '../fake-provider/faults.js';
import { canary } from '../helpers/keys.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { decideTarget } from '../../src/net/target.js';
import { liveCall } from '../../src/steps/live.js';
import { sourcesOf } from '../helpers/sources.js';
import { MAX_CONNECTIONS_PER_ORIGIN } from '../../src/net/client.js';
import { openai } from '../../src/probes/openai/index.js';
import { assertNoCanary, checkJson, findings, MARGIN_MS } from './helpers.js';
import { leakedWindows } from '../redact/leaks.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
beforeAll(() => ensureBuilt(), 120_000);

const OK_BODY = JSON.stringify(loadAnswer('openai', '200-models-list').response.body);

/** A loopback server that answers like OpenAI and records who sent it what. */
async function listener(): Promise<FaultServer> {
  const s = await startFaultServer({ kind: 'answer', status: 200, body: OK_BODY });
  cleanups.push(() => s.close());
  return s;
}

function refusal(k: Parameters<typeof findings>[0]) {
  return findings(k).find((f) => f.code === 'live.base_url_refused' || f.code === 'live.base_url_invalid');
}

/** A Next.js app: its loader reads .env.local and .env.development (a plain project reads .env only). */
const NEXT_APP = '{ "dependencies": { "next": "15.0.0" } }\n';

describe('a project file cannot send a more trusted key elsewhere', () => {
  const cases: [string, (evil: string) => Record<string, string>][] = [
    ['.env: KEYDOCTOR_OPENAI_BASE_URL', (evil) => ({ '.env': `KEYDOCTOR_OPENAI_BASE_URL=${evil}\n` })],
    ['.env.local of a Next.js app: OPENAI_BASE_URL (the SDK variable)', (evil) => ({ 'package.json': NEXT_APP, '.env.local': `# points the SDK at our gateway\nOPENAI_BASE_URL=${evil}/v1\n` })],
    ['.env.development of a Next.js app beside a .keydoctor.yml declaring the key', (evil) => ({
      'package.json': NEXT_APP,
      '.keydoctor.yml': 'keys:\n  - env: OPENAI_API_KEY\n    provider: openai\n',
      '.env.development': `KEYDOCTOR_OPENAI_BASE_URL=${evil.replace('127.0.0.1', 'localhost')}\n`,
    })],
  ];
  for (const [label, files] of cases) {
    it(`key from the process environment, base URL from ${label}: refused, nothing received, --trust-project-config named`, async () => {
      const evil = await listener();
      const key = canary('exfil');
      const cwd = project(files(evil.url));
      const v = await checkJson(['--timeout', '2000'], { OPENAI_API_KEY: key }, { cwd });
      expect(evil.requests).toHaveLength(0);
      const f = refusal(v.k);
      expect(f?.message).toMatch(/\.env/);
      expect(f?.fix).toContain('--trust-project-config');
      expect(v.k.live).toBeUndefined();
      assertNoCanary(v.r, key);
    }, 2000 + MARGIN_MS);
  }

  it('key from stdin, base URL from the project .env: refused, nothing received', async () => {
    const evil = await listener();
    const key = canary('stdin');
    const cwd = project({ '.env': `KEYDOCTOR_OPENAI_BASE_URL=${evil.url}\n` });
    const v = await checkJson(['--key-stdin', '--provider', 'openai', '--timeout', '2000'], {}, { cwd, stdin: key });
    expect(evil.requests).toHaveLength(0);
    expect(refusal(v.k)?.fix).toContain('--trust-project-config');
    assertNoCanary(v.r, key);
  }, 2000 + MARGIN_MS);

  it('key from stdin, base URL from the process environment: refused, nothing received', async () => {
    const evil = await listener();
    const key = canary('stdin-env');
    const v = await checkJson(['--key-stdin', '--provider', 'openai', '--timeout', '2000'], { KEYDOCTOR_OPENAI_BASE_URL: evil.url }, { stdin: key });
    expect(evil.requests).toHaveLength(0);
    expect(refusal(v.k)?.message).toContain('KEYDOCTOR_OPENAI_BASE_URL');
    assertNoCanary(v.r, key);
  }, 2000 + MARGIN_MS);

  it('with --trust-project-config the same setting is obeyed (so the refusals above are the rule, not a broken setup)', async () => {
    const evil = await listener();
    const key = canary('trusted');
    const cwd = project({ '.env': `KEYDOCTOR_OPENAI_BASE_URL=${evil.url}\n` });
    const v = await checkJson(['--timeout', '2000', '--trust-project-config'], { OPENAI_API_KEY: key }, { cwd });
    expect(evil.requests).toHaveLength(1);
    expect(v.k.category).toBe('ok');
  }, 2000 + MARGIN_MS);
});

describe('plain http leaves only for loopback', () => {
  for (const [label, args, env] of [
    ['--base-url http://10.255.255.1', ['--base-url', 'http://10.255.255.1'], {}],
    ['KEYDOCTOR_OPENAI_BASE_URL=http://10.255.255.1:8080', [], { KEYDOCTOR_OPENAI_BASE_URL: 'http://10.255.255.1:8080' }],
    ['--base-url http://127.0.0.1.nip.io (looks loopback, is not)', ['--base-url', 'http://127.0.0.1.nip.io'], {}],
  ] as [string, string[], Record<string, string>][]) {
    it(`${label}: refused before any connection, exit 1`, async () => {
      const key = canary('http');
      const v = await checkJson(['--timeout', '2000', '--trust-project-config', ...args], { OPENAI_API_KEY: key, ...env });
      expect(refusal(v.k)?.message).toMatch(/plain http.*unencrypted/);
      expect(v.k.live).toBeUndefined(); // no live call was started
      expect(v.r.code).toBe(1);
      assertNoCanary(v.r, key);
    }, 2000 + MARGIN_MS);
  }

  it('in process: the live step refuses http://10.255.255.1 without calling the network', async () => {
    const p = sourcesOf(project({}), { KEYDOCTOR_OPENAI_BASE_URL: 'http://10.255.255.1' });
    const live = await liveCall(openai, canary('inproc'), 'flag', p, { trustProjectConfig: true, timeoutMs: 60_000, onSecret: () => {} });
    expect(live.outcome.kind).toBe('refused');
    expect(live.call).toBeUndefined();
  });

  it('property: http to any host that is not loopback is refused, whatever the trust (500 runs)', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const host = fc.oneof(
      fc.tuple(octet.filter((o) => o !== 127), octet, octet, octet).map((o) => o.join('.')),
      fc.domain().filter((d) => !/^localhost$/i.test(d)),
      fc.constantFrom('127.0.0.1.nip.io', 'localhost.example.com', '[::ffff:10.0.0.1]', '0.0.0.0', '[fe80::1]', '10.255.255.1'),
    );
    fc.assert(
      fc.property(host, fc.constantFrom('flag', 'env', 'user', 'project') as fc.Arbitrary<'flag'>, fc.boolean(), (h, trust, trustProject) => {
        const d = decideTarget(openai, { url: `http://${h}/v1`, from: 'test', trust }, 'project', trustProject);
        expect(d.allowed).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('redirects carry no credentials', () => {
  it.each([['127.0.0.1'], ['localhost']])('a 307 to a second loopback server (%s): the second server receives nothing', async (host) => {
    const second = await listener();
    const first = await startFaultServer({ kind: 'answer', status: 307, headers: { location: `${second.url.replace('127.0.0.1', host)}/v1/models` } });
    cleanups.push(() => first.close());
    const key = canary('redirect');
    const v = await checkJson(['--timeout', '2000'], { OPENAI_API_KEY: key, KEYDOCTOR_OPENAI_BASE_URL: first.url });
    expect(first.requests[0]?.headers.authorization).toBe(`Bearer ${key}`);
    expect(second.requests).toHaveLength(0);
    expect(v.k.classification?.rule).toBe('http.redirect');
    assertNoCanary(v.r, key);
  }, 2000 + MARGIN_MS);
});

describe('fifty keys at once', () => {
  const T = 3000;
  it(`holds at most ${MAX_CONNECTIONS_PER_ORIGIN} sockets per host, and a hanging provider delays no other verdict past the timeout`, async () => {
    // Answers come after a pause, so the requests overlap and the pool limit is what bounds the sockets.
    const openaiHost = await startFaultServer({ kind: 'delay', ms: 200, then: { kind: 'answer', status: 200, body: OK_BODY } });
    const anthropicHost = await startFaultServer({ kind: 'delay', ms: 200, then: { kind: 'answer', status: 200, body: JSON.stringify(loadAnswer('anthropic', '200-models-list').response.body) } });
    const hanging = await startFaultServer({ kind: 'hang' });
    cleanups.push(() => openaiHost.close(), () => anthropicHost.close(), () => hanging.close());

    const env: Record<string, string> = {
      KEYDOCTOR_OPENAI_BASE_URL: openaiHost.url,
      KEYDOCTOR_ANTHROPIC_BASE_URL: anthropicHost.url,
      KEYDOCTOR_GITHUB_BASE_URL: hanging.url,
    };
    const keys: { name: string; provider: string }[] = [];
    const pad = (i: number) => String(i).padStart(2, '0');
    for (let i = 0; i < 25; i++) keys.push({ name: `OPENAI_KEY_${pad(i)}`, provider: 'openai' });
    for (let i = 0; i < 15; i++) keys.push({ name: `ANTHROPIC_KEY_${pad(i)}`, provider: 'anthropic' });
    for (let i = 0; i < 10; i++) keys.push({ name: `GITHUB_KEY_${pad(i)}`, provider: 'github' });
    for (const [i, k] of keys.entries()) {
      env[k.name] = k.provider === 'openai' ? canary(`c${i}`)
        : k.provider === 'anthropic' ? `sk-ant-api03-${`FAKE${pad(i)}_`.repeat(16).slice(0, 93)}AA`
        : `ghp_${`FAKE${pad(i)}`.repeat(6).slice(0, 36)}`;
    }
    const yml = 'keys:\n' + keys.map((k) => `  - env: ${k.name}\n    provider: ${k.provider}\n`).join('');
    const cwd = project({ '.keydoctor.yml': yml });

    const r = await runCli(['check', '--format', 'json', '--timeout', String(T)], { cwd, env });
    const out = JSON.parse(r.stdout) as { keys: { name: string; category: string; live?: { errorCode?: string } }[] };
    expect(out.keys).toHaveLength(50);
    const by = (p: string) => out.keys.filter((k) => k.name.startsWith(p));
    expect(by('OPENAI_').every((k) => k.category === 'ok')).toBe(true);
    expect(by('ANTHROPIC_').every((k) => k.category === 'ok')).toBe(true);
    expect(by('GITHUB_').every((k) => k.category === 'network_error' && k.live?.errorCode === 'ETIMEDOUT')).toBe(true);
    expect(r.code).toBe(3);

    expect(openaiHost.requests).toHaveLength(25);
    expect(anthropicHost.requests).toHaveLength(15);
    expect(openaiHost.maxConcurrent).toBeGreaterThan(1); // the keys were checked in parallel, not one by one
    expect(openaiHost.maxConcurrent).toBeLessThanOrEqual(MAX_CONNECTIONS_PER_ORIGIN);
    expect(anthropicHost.maxConcurrent).toBeLessThanOrEqual(MAX_CONNECTIONS_PER_ORIGIN);
    expect(hanging.maxConcurrent).toBeLessThanOrEqual(MAX_CONNECTIONS_PER_ORIGIN);
    assertNoCanary(r, ...keys.map((k) => env[k.name]!));
    // Nor 8 characters of any of the fifty, whose labels sit side by side in one document.
    for (const k of keys) expect(leakedWindows(r.stdout + r.stderr, env[k.name]!, ['T3BlbkFJ']), k.name).toEqual([]);
  }, T + MARGIN_MS);
});
