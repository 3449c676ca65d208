// Secrets are sacred: plant canary secrets in every source keydoctor reads,
// run every command in every format, on success and failure paths, and
// search every stream and every written file for them, and for any 8
// characters of them, as written or JSON-escaped or percent-encoded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { canary } from '../helpers/keys.js';
import { ensureBuilt, project, runCli, type CliResult } from '../helpers/cli.js';
import { jsonEscaped, leakedWindows, percentEncoded } from '../redact/leaks.js';

const envKey = canary('env');
const dotenvKey = canary('dotenv');
const stdinKey = canary('stdin');
const plainToken = 'CANARYPLAINTOKEN' + 'x'.repeat(20);
const dbPassword = 'CANARYDBPASSWORD-0123456789';
const proxyPassword = 'CANARYPROXYPW';
const CANARIES = [envKey, dotenvKey, stdinKey, plainToken, dbPassword, proxyPassword];

let echo: FakeProvider;
let outage: FakeProvider;
let hang: FakeProvider;
let mangled: FakeProvider;

beforeAll(async () => {
  ensureBuilt();
  // A provider that quotes back the credentials it received, in body and headers.
  echo = await startFakeProvider((req) => ({
    status: 401,
    headers: { 'x-echo-auth': String(req.headers.authorization ?? '') },
    body: { error: { message: `Incorrect API key provided: ${String(req.headers.authorization ?? '').replace('Bearer ', '')}`, type: 'invalid_request_error', code: 'invalid_api_key' } },
  }));
  outage = await startFakeProvider((req) => ({ status: 502, headers: { 'content-type': 'text/html' }, bodyText: `<html>bad gateway for ${String(req.headers.authorization)}</html>` }));
  hang = await startFakeProvider({ fault: 'hang' });
  // A provider that quotes the key back where keydoctor cuts its message (160 characters), JSON-escaped,
  // percent-encoded, and across the end of the 2,000-character body excerpt.
  mangled = await startFakeProvider((req) => {
    const key = String(req.headers.authorization ?? '').replace('Bearer ', '');
    const message = `Incorrect API key provided: ${'. '.repeat(65)}${key}`;
    const head = `{"error":{"message":${JSON.stringify(message)},"code":"invalid_api_key","seen":"${jsonEscaped(key)}","url":"https://example.test/?k=${percentEncoded(key, 2)}","pad":"`;
    const pad = '.'.repeat(Math.max(0, 2000 - 30 - head.length - '","tail":"'.length));
    return { status: 401, headers: { 'content-type': 'application/json' }, bodyText: `${head}${pad}","tail":"${key}"}}` };
  });
}, 60_000);
afterAll(async () => {
  await Promise.all([echo.close(), outage.close(), hang.close(), mangled.close()]);
});

function dir(): string {
  return project({
    '.env': `OPENAI_API_KEY=${dotenvKey}\nMY_SERVICE_TOKEN=${plainToken}\nDATABASE_PASSWORD=${dbPassword}\n`,
  });
}

const env = (base: string) => ({
  OPENAI_API_KEY: envKey,
  KEYDOCTOR_OPENAI_BASE_URL: base,
  HTTPS_PROXY: `http://alice:${proxyPassword}@127.0.0.1:9`,
  NO_PROXY: '127.0.0.1,localhost',
  MY_SERVICE_TOKEN: plainToken,
});

function assertClean(label: string, r: CliResult, cwd?: string): void {
  const texts: [string, string][] = [['stdout', r.stdout], ['stderr', r.stderr]];
  if (cwd) for (const f of readdirSync(cwd).filter((f) => f.startsWith('keydoctor-report-'))) texts.push([f, readFileSync(join(cwd, f), 'utf8')]);
  for (const [where, text] of texts) {
    for (const c of CANARIES) expect(text.includes(c), `${label}: canary in ${where}`).toBe(false);
    // Not even 8 characters of one, as written or escaped (the short form's prefix and OpenAI's constant aside).
    for (const c of CANARIES) expect(leakedWindows(text, c, ['T3BlbkFJ']), `${label}: canary fragment in ${where}`).toEqual([]);
  }
}

describe('no canary secret reaches any output', () => {
  const cases: [string, string[], () => string][] = [
    ['check pretty, provider echoes the key', ['check', '-v'], () => echo.url],
    ['check json, provider echoes the key', ['check', '--format', 'json'], () => echo.url],
    ['check json, provider echoes the key cut, escaped and encoded', ['check', '--format', 'json'], () => mangled.url],
    ['check junit, provider echoes the key cut, escaped and encoded', ['check', '--format', 'junit'], () => mangled.url],
    ['check json, gateway HTML 502', ['check', '--format', 'json'], () => outage.url],
    ['check pretty, timeout', ['check', '--timeout', '200'], () => hang.url],
    ['check offline', ['check', '--offline', '-v'], () => echo.url],
    ['check with an unknown flag', ['check', '--nope'], () => echo.url],
    ['check with an absent variable', ['check', '--env-var', 'NOT_SET_ANYWHERE'], () => echo.url],
    ['check as each env var', ['check', '--env-var', 'MY_SERVICE_TOKEN', '--provider', 'openai', '--format', 'json'], () => echo.url],
    ['providers', ['providers', '--json'], () => echo.url],
  ];
  for (const [label, args, base] of cases) {
    it(label, async () => {
      const cwd = dir();
      const r = await runCli(args, { cwd, env: env(base()) });
      assertClean(label, r);
    });
  }

  it('check --key-stdin with --base-url, provider echoes the key', async () => {
    const r = await runCli(['check', '--key-stdin', '--base-url', echo.url, '--format', 'json'], { cwd: dir(), stdin: stdinKey, env: env(echo.url) });
    expect(r.code).toBe(1);
    assertClean('stdin', r);
  });

  for (const [label, base] of [
    ['report, provider echoes the key', () => echo.url],
    ['report, provider echoes the key cut, escaped and encoded', () => mangled.url],
    ['report, gateway 502', () => outage.url],
    ['report, timeout', () => hang.url],
  ] as const) {
    it(label, async () => {
      const cwd = dir();
      const r = await runCli(['report', '--timeout', '300'], { cwd, env: env(base()) });
      expect(readdirSync(cwd).filter((f) => f.startsWith('keydoctor-report-'))).toHaveLength(2);
      assertClean(label, r, cwd);
    });
  }

  it('explain with the key pasted in the text, in both formats', async () => {
    const text = `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${envKey}', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}} Authorization: Bearer ${envKey}`;
    for (const args of [['explain', text], ['explain', '--json', text]]) {
      const r = await runCli(args, { cwd: dir(), env: env(echo.url) });
      expect(r.code).toBe(0);
      assertClean('explain', r);
    }
    const piped = await runCli(['explain'], { cwd: dir(), env: env(echo.url), stdin: `log line\nx-api-key: ${dotenvKey}\n401 Unauthorized ${plainToken}\n` });
    assertClean('explain stdin', piped);
  });

  it('compare: the configured key and the fresh one, provider echoing both', async () => {
    for (const format of ['pretty', 'json']) {
      const r = await runCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--base-url', echo.url, '--format', format], { cwd: dir(), env: env(echo.url), stdin: stdinKey });
      expect(r.code).toBe(1);
      assertClean(`compare ${format}`, r);
    }
  });

  it('trace, in both formats, with the key also hard-coded in a source file', async () => {
    const cwd = project({
      '.env': `OPENAI_API_KEY=${dotenvKey}\nMY_SERVICE_TOKEN=${plainToken}\n`,
      'src/client.ts': `const key = "${dotenvKey}";\n`,
      'docker-compose.yml': `services:\n  api:\n    environment:\n      OPENAI_API_KEY: ${envKey}\n      DATABASE_PASSWORD: ${dbPassword}\n`,
    });
    for (const args of [['trace'], ['trace', '--format', 'json'], ['trace', 'OPENAI_API_KEY']]) {
      const r = await runCli(args, { cwd, env: env(echo.url) });
      expect(r.stdout).toContain('OPENAI_API_KEY');
      assertClean(args.join(' '), r);
    }
  });

  it('report --offline', async () => {
    const cwd = dir();
    const r = await runCli(['report', '--offline'], { cwd, env: env(echo.url) });
    assertClean('report offline', r, cwd);
  });
});
