// `keydoctor check` as a user runs it: the built CLI in a child process, a
// clean environment, the fake provider on loopback.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { FAKE } from '../helpers/keys.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
beforeAll(() => ensureBuilt(), 60_000);

const padded = ` ${FAKE.openaiProject} `;

describe('keydoctor check', () => {
  it('a padded key is malformed_key, exit 1, and the value never appears', async () => {
    const r = await runCli(['check', '--offline'], { env: { OPENAI_API_KEY: padded } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('malformed_key');
    expect(r.stdout).toContain('whitespace');
    expect(r.stdout + r.stderr).not.toContain(FAKE.openaiProject);
  });

  it('an incorrect key against a server answering as OpenAI does: invalid_key, exit 1', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '401-invalid-api-key').response);
    const r = await runCli(['check', '--format', 'json'], { env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.keys[0]).toMatchObject({ name: 'OPENAI_API_KEY', provider: 'openai', category: 'invalid_key', verdict: 'invalid' });
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${FAKE.openaiProject}`);
    expect(r.stdout + r.stderr).not.toContain(FAKE.openaiProject);
  });

  it('a 200: ok, exit 0, with the JSON schema fields', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '200-models-list').response);
    const r = await runCli(['check', '--format', 'json'], { env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(1);
    const k = out.keys[0];
    expect(k).toMatchObject({ name: 'OPENAI_API_KEY', provider: 'openai', category: 'ok', verdict: 'valid' });
    expect(k.fingerprint).toMatch(/^sha256:[0-9a-f]{8}$/);
    expect(k.redacted).toMatch(/^sk-proj-…/);
    expect(k.steps.map((s: { step: string }) => s.step)).toEqual(['format', 'sources', 'live', 'classify', 'bundle']);
    for (const s of k.steps) expect(s).toEqual(expect.objectContaining({ step: expect.any(String), status: expect.any(String), findings: expect.any(Array) }));
    expect(k.live).toMatchObject({ method: 'GET', status: 200, requestId: 'req_FAKE0001' });
    expect(k.identity).toMatchObject({ organization: 'org-FAKEEXAMPLE' });
  });

  it('a closed port: network_error, exit 3', async () => {
    const port = await closedPort();
    const r = await runCli(['check', '--format', 'json'], { env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: `http://127.0.0.1:${port}` } });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).keys[0]).toMatchObject({ category: 'network_error', verdict: 'indeterminate' });
  });

  it('a server that never answers: network_error within the timeout, exit 3', async () => {
    fake = await startFakeProvider({ fault: 'hang' });
    const r = await runCli(['check', '--format', 'json', '--timeout', '300'], { env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(3);
    const k = JSON.parse(r.stdout).keys[0];
    expect(k).toMatchObject({ category: 'network_error' });
    expect(k.live.errorCode).toBe('ETIMEDOUT');
  });

  it('a connection reset: network_error, exit 3', async () => {
    fake = await startFakeProvider({ fault: 'reset' });
    const r = await runCli(['check', '--format', 'json'], { env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).keys[0].category).toBe('network_error');
  });

  it('a key only in .env is found, traced to its line, and checked', async () => {
    fake = await startFakeProvider(loadAnswer('github', '401-bad-credentials').response);
    const dir = project({ '.env': `# tokens\nGH_TOKEN=${FAKE.githubClassic}\n` });
    const r = await runCli(['check', '--format', 'json'], { cwd: dir, env: { KEYDOCTOR_GITHUB_BASE_URL: fake.url } });
    expect(r.code).toBe(1);
    const k = JSON.parse(r.stdout).keys[0];
    expect(k).toMatchObject({ name: 'GH_TOKEN', category: 'invalid_key', source: { kind: 'dotenv', file: '.env', line: 2 } });
  });

  it('a project .env cannot send an environment key to its own base URL', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '200-models-list').response);
    const dir = project({ '.env': `OPENAI_BASE_URL=${fake.url.replace('127.0.0.1', 'localhost')}/v1\n` });
    const r = await runCli(['check', '--format', 'json'], { cwd: dir, env: { OPENAI_API_KEY: FAKE.openaiProject } });
    expect(fake.requests).toHaveLength(0);
    const k = JSON.parse(r.stdout).keys[0];
    const live = k.steps.find((s: { step: string }) => s.step === 'live');
    expect(live.findings[0].code).toBe('live.base_url_refused');
    expect(live.findings[0].fix).toContain('--trust-project-config');
    const trusted = await runCli(['check', '--format', 'json', '--trust-project-config'], { cwd: dir, env: { OPENAI_API_KEY: FAKE.openaiProject } });
    expect(trusted.code).toBe(0);
    expect(fake.requests).toHaveLength(1);
  });

  it('--key-stdin reads the key from a pipe and recognises its provider by format', async () => {
    fake = await startFakeProvider(loadAnswer('stripe', '200-account').response);
    const r = await runCli(['check', '--key-stdin', '--format', 'json', '--base-url', fake.url], { stdin: `${FAKE.stripeTest}\n` });
    expect(r.code).toBe(0);
    const k = JSON.parse(r.stdout).keys[0];
    expect(k).toMatchObject({ name: 'stdin', provider: 'stripe', category: 'ok', mode: 'test' });
    expect(k.identity.account).toBe('acct_FAKEEXAMPLE0001');
  });

  it('a key from stdin is not sent to a base URL from the environment (less trusted than the key)', async () => {
    fake = await startFakeProvider(loadAnswer('stripe', '200-account').response);
    const r = await runCli(['check', '--key-stdin', '--format', 'json'], { stdin: FAKE.stripeTest, env: { KEYDOCTOR_STRIPE_BASE_URL: fake.url } });
    expect(fake.requests).toHaveLength(0);
    const live = JSON.parse(r.stdout).keys[0].steps.find((s: { step: string }) => s.step === 'live');
    expect(live.findings[0]).toMatchObject({ code: 'live.base_url_refused' });
    expect(live.findings[0].message).toContain('KEYDOCTOR_STRIPE_BASE_URL');
  });

  it('a test-mode key with --expect-env production is wrong_environment even though it works', async () => {
    fake = await startFakeProvider(loadAnswer('stripe', '200-account').response);
    const r = await runCli(['check', '--expect-env', 'production', '--format', 'json'], { env: { STRIPE_SECRET_KEY: FAKE.stripeTest, KEYDOCTOR_STRIPE_BASE_URL: fake.url } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).keys[0].category).toBe('wrong_environment');
  });

  it('another provider\'s key: wrong_provider, and no request is sent', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '200-models-list').response);
    const r = await runCli(['check', '--format', 'json'], { env: { OPENAI_API_KEY: FAKE.stripeLive, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).keys[0].category).toBe('wrong_provider');
    expect(fake.requests).toHaveLength(0);
  });

  it('no key anywhere: a notice naming the variables, exit 0', async () => {
    const r = await runCli(['check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No API key found');
    expect(r.stdout).toContain('OPENAI_API_KEY');
    expect(r.stdout).toContain('--env-var');
  });

  it('an absent variable the user asked for: one line, exit 2', async () => {
    const r = await runCli(['check', '--env-var', 'MY_MISSING_KEY']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('MY_MISSING_KEY');
  });

  it.each([['--bogus'], ['--timeout', 'soon'], ['--format', 'xml'], ['--provider', 'nope']])('a bad flag %s: one line, exit 2, no stack', async (...args) => {
    const r = await runCli(['check', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('no option takes a key on argv', async () => {
    const r = await runCli(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/--key[ =]<|--api-key|--token/);
    expect(r.stdout).toContain('--key-stdin');
  });

  it('pretty output has no colour codes and no spinner when not on a terminal', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '200-models-list').response);
    const r = await runCli(['check'], { env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain('✓ OPENAI_API_KEY');
  });

  it('FORCE_COLOR brings colour back, NO_COLOR wins over it', async () => {
    const forced = await runCli(['check', '--offline'], { env: { OPENAI_API_KEY: FAKE.openaiProject, FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const none = await runCli(['check', '--offline'], { env: { OPENAI_API_KEY: FAKE.openaiProject, FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(none.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('check reports prevention findings', () => {
  it('a key in a .env that git tracks is a prevent.committed_secret warning naming the file and line, not the value', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = project({ '.env': `GH_TOKEN=${FAKE.githubClassic}\n` });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.env');
    git('commit', '-qm', 'add env');
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0); // a warning: it fails the run only with --fail-on warning
    const sources = JSON.parse(r.stdout).keys[0].steps.find((s: { step: string }) => s.step === 'sources');
    const f = sources.findings.find((x: { code: string }) => x.code === 'prevent.committed_secret');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('.env:1');
    expect(r.stdout).not.toContain(FAKE.githubClassic);
    const strict = await runCli(['check', '--offline', '--fail-on', 'warning'], { cwd: dir });
    expect(strict.code).toBe(1);
  });

  it('a Stripe live secret key where a restricted key would do is flagged as over-privileged', async () => {
    const r = await runCli(['check', '--offline', '--format', 'json'], { env: { STRIPE_SECRET_KEY: FAKE.stripeLive } });
    expect(JSON.stringify(JSON.parse(r.stdout).keys[0].steps)).toContain('prevent.over_privileged');
  });
});
