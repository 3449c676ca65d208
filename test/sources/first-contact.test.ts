// First contact (issue 15): each thing a new user met on main, as the CLI
// does it now. check tests what trace says wins; a monorepo root checks its
// packages; the walk stays inside a project; one call per distinct key; a
// trust refusal and an unreachable provider are inconclusive, with the way out.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { traceVariables } from '../../src/trace/index.js';
import { closedPort, FIXTURES, loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
beforeAll(() => ensureBuilt(), 120_000);

const key = (tag: string) => `sk-proj-${`FAKE${tag}`.padEnd(40, 'X')}T3BlbkFJ${'EXAMPLE0'.repeat(5)}`;
const json = (stdout: string) => JSON.parse(stdout) as { keys: { name: string; package?: string; fingerprint: string; source: { file: string; line?: number }; definitions: { wins: boolean; note?: string; location: { file: string } }[]; sharedCall?: string[]; steps: { findings: { code: string; message: string }[] }[] }[]; notices: string[]; exitCode: number };

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kd-first-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('check tests the value trace says wins', () => {
  it('a Vite project: .env.development wins in mode development, and check tests it (it tested .env.local before)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kd-vite-'));
    cpSync(join(FIXTURES, 'trace', 'dotenv-vite'), dir, { recursive: true });
    const trace = await runCli(['trace', 'OPENAI_API_KEY', '--format', 'json'], { cwd: dir });
    const winner = JSON.parse(trace.stdout).variables[0].definitions.find((d: { note?: string }) => d.note === 'wins in local');
    expect(winner).toMatchObject({ file: '.env.development', line: 1 });
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd: dir });
    const k = json(r.stdout).keys[0]!;
    expect(k.source).toMatchObject({ file: '.env.development', line: 1 });
    expect(k.fingerprint).toBe(winner.fingerprint);
    expect(k.definitions.filter((d) => d.wins).map((d) => d.location.file)).toEqual(['.env.development']);
    expect(k.definitions.filter((d) => d.note === 'wins in local').map((d) => d.location.file)).toEqual(['.env.development']);
    // --mode production reads the production view of the same files.
    const prod = await runCli(['check', '--offline', '--format', 'json', '--mode', 'production'], { cwd: dir });
    expect(json(prod.stdout).keys[0]!.source.file).toBe('.env.local');
  });

  it('after `unset`, with the key in ~/.zshrc and .env.local: check tests .env.local and says a new shell would load the export', async () => {
    const home = tree({ '.zshrc': `export PATH=/usr/bin\nexport OPENAI_API_KEY=${key('SHELL')}\n` });
    const dir = tree({ 'package.json': '{"dependencies":{"next":"15.0.0"}}', '.env.local': `OPENAI_API_KEY=${key('LOCAL')}\n` });
    const env = { HOME: home, SHELL: '/bin/zsh' };
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd: dir, env });
    const k = json(r.stdout).keys[0]!;
    expect(k.source).toMatchObject({ file: '.env.local', line: 1 });
    expect(k.definitions.filter((d) => d.wins).map((d) => d.location.file)).toEqual(['.env.local']);
    expect(k.definitions.find((d) => d.location.file === 'shell: ~/.zshrc')?.note).toBe('wins in new shell');
    const said = k.steps.flatMap((s) => s.findings).find((f) => f.code === 'trace.new_shell')!;
    expect(said.message).toMatch(/^A program started now loads OPENAI_API_KEY from \.env\.local:1 \(sha256:[0-9a-f]{8}\); a new shell will load ~\/\.zshrc:2 \(sha256:[0-9a-f]{8}\) instead\.$/);
    // The screen: the arrow on the tested row, no other row winning "in local", and the same words as trace.
    const pretty = await runCli(['check', '--offline'], { cwd: dir, env });
    expect(pretty.stdout).toMatch(/→ \.env\.local:1 .* wins in local\n/);
    expect(pretty.stdout).not.toMatch(/zshrc:2 .* wins in local/);
    expect(pretty.stdout).toContain('a new shell will load ~/.zshrc:2');
    const trace = await runCli(['trace', 'OPENAI_API_KEY'], { cwd: dir, env });
    expect(trace.stdout).toContain('a new shell will load ~/.zshrc:2');
  });
});

describe('a monorepo root', () => {
  const monorepo = (files: Record<string, string> = {}) => tree({
    'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['apps/*'] }),
    'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { next: '15.0.0' } }),
    'apps/web/.env.local': `OPENAI_API_KEY="${key('WEB')} "\n`,
    'apps/api/package.json': JSON.stringify({ name: '@mono/api', dependencies: { dotenv: '16.0.0' } }),
    'apps/api/.env': `OPENAI_API_KEY=${key('API')}\n`,
    ...files,
  });

  it('checks each workspace package with its own loader, grouped by package; a broken key fails CI (it said "Nothing checked", exit 0)', async () => {
    const dir = monorepo();
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd: dir, env: { CI: 'true' } });
    expect(r.code).toBe(1);
    const keys = json(r.stdout).keys;
    expect(keys.map((k) => [k.package, k.name, k.source.file])).toEqual([
      ['apps/api', 'OPENAI_API_KEY', 'apps/api/.env'],
      ['apps/web', 'OPENAI_API_KEY', 'apps/web/.env.local'],
    ]);
    const pretty = await runCli(['check', '--offline'], { cwd: dir, env: { CI: 'true' } });
    expect(pretty.stdout).toMatch(/^✗ apps\/web: OPENAI_API_KEY {2}OpenAI {2}malformed_key$/m);
    expect(pretty.stdout).toMatch(/^· apps\/api: OPENAI_API_KEY {2}OpenAI {2}not checked live$/m);
    expect(pretty.stdout).not.toContain('Nothing checked');
  });

  it('--env-var finds the variable in the packages; --package and --cwd narrow to one', async () => {
    const dir = monorepo();
    const byVar = await runCli(['check', '--offline', '--format', 'json', '--env-var', 'OPENAI_API_KEY'], { cwd: dir });
    expect(json(byVar.stdout).keys.map((k) => k.package)).toEqual(['apps/api', 'apps/web']);
    const byName = await runCli(['check', '--offline', '--format', 'json', '--package', '@mono/api'], { cwd: dir });
    expect(json(byName.stdout).keys.map((k) => k.package)).toEqual(['apps/api']);
    expect(byName.code).toBe(0);
    const byDir = await runCli(['check', '--offline', '--format', 'json', '--package', 'apps/web'], { cwd: dir });
    expect(json(byDir.stdout).keys.map((k) => k.package)).toEqual(['apps/web']);
    const cwd = await runCli(['check', '--offline', '--format', 'json', '--cwd', join(dir, 'apps', 'api')], { cwd: dir });
    expect(json(cwd.stdout).keys.map((k) => [k.package, k.source.file])).toEqual([[undefined, '.env']]);
    const unknown = await runCli(['check', '--offline', '--package', 'nope'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('keydoctor: no workspace package "nope"; packages: apps/api (@mono/api), apps/web (web)\n');
  });

  it('pnpm-workspace.yaml and nx project.json declare packages too', async () => {
    const pnpm = tree({ 'package.json': '{"name":"mono"}', 'pnpm-workspace.yaml': "packages:\n  - 'services/*'\n", 'services/billing/package.json': '{"name":"billing"}', 'services/billing/.env': `OPENAI_API_KEY=${key('PNPM')}\n` });
    expect(json((await runCli(['check', '--offline', '--format', 'json'], { cwd: pnpm })).stdout).keys.map((k) => k.package)).toEqual(['services/billing']);
    const nx = tree({ 'package.json': '{"name":"mono"}', 'nx.json': '{}', 'libs/agent/project.json': '{"name":"agent"}', 'libs/agent/.env': `OPENAI_API_KEY=${key('NX')}\n` });
    expect(json((await runCli(['check', '--offline', '--format', 'json'], { cwd: nx })).stdout).keys.map((k) => k.package)).toEqual(['libs/agent']);
  });

  it('keys defined only for other runs (a CI job, a compose service) are not a pass: exit 3, and it says where they are', async () => {
    const dir = tree({
      'package.json': '{"name":"svc"}',
      '.github/workflows/ci.yml': 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - run: npm test\n',
    });
    const r = await runCli(['check', '--offline'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('OPENAI_API_KEY is defined only for other runs than one started here: .github/workflows/ci.yml:5');
    expect(r.stdout).not.toMatch(/Nothing checked\.$/m);
    expect(r.stdout).toContain('It is set in CI: add `npx keydoctor check` as a step of that job, where its secrets are set');
    // A compose service's: where it runs, or the value exported here; the context without the file it repeats.
    const compose = await runCli(['check', '--offline'], { cwd: tree({ 'docker-compose.yml': `services:\n  app:\n    image: example/app\n    environment:\n      OPENAI_API_KEY: ${key('COMPOSE')}\n` }) });
    expect(compose.code).toBe(3);
    expect(compose.stdout).toContain('defined only for other runs than one started here: docker-compose.yml:5 (compose service app).');
    expect(compose.stdout).toContain('run keydoctor where it runs, or export the value in this shell and run `keydoctor check --env-var OPENAI_API_KEY`');
    expect(compose.stdout).not.toContain(key('COMPOSE'));
    // A project that defines no key at all stays a pass.
    const empty = await runCli(['check', '--offline'], { cwd: tree({ 'package.json': '{"name":"x"}' }) });
    expect(empty.code).toBe(0);
  });
});

describe('the walk stays inside a project', () => {
  it('outside any project (a home folder) only the folder\'s own files are read, and one line says so', async () => {
    const home = tree({
      '.zshrc': `export OPENAI_API_KEY=${key('HOME')}\n`,
      '.env': `STRIPE_SECRET_KEY=${FAKE.stripeTest}\n`,
      'code/app/.env': `GITHUB_TOKEN=${FAKE.githubClassic}\n`,
      'Downloads/other/.env.local': `ANTHROPIC_API_KEY=${FAKE.anthropic}\n`,
    });
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd: home, env: { HOME: home, SHELL: '/bin/zsh' } });
    const out = json(r.stdout);
    expect(out.keys.map((k) => [k.name, k.source.file])).toEqual([['OPENAI_API_KEY', 'shell: ~/.zshrc'], ['STRIPE_SECRET_KEY', '.env']]);
    expect(out.notices[0]).toMatch(/^Not inside a project \(no \.git, package\.json, deno\.json, … here or in a folder above\): read this folder's own files and your shell start-up files, not its 2 sub-folders\.$/);
    const trace = await runCli(['trace', '--format', 'json'], { cwd: home, env: { HOME: home } });
    expect(JSON.parse(trace.stdout).stats.files).toBe(2); // .zshrc and .env: nothing below
  });

  it('in the home folder, the ~/.zshrc export of the key in this shell is its origin, not a hard-coded key (it failed the run)', async () => {
    const home = tree({ '.zshrc': `export OPENAI_API_KEY=${key('HOME')}\n` });
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd: home, env: { HOME: home, SHELL: '/bin/zsh', OPENAI_API_KEY: key('HOME') } });
    expect(r.code).toBe(0);
    const codes = json(r.stdout).keys[0]!.steps.flatMap((s) => s.findings.map((f) => f.code));
    expect(codes.filter((c) => c.startsWith('trace.hardcoded'))).toEqual([]);
  });

  it('from / it reads only /\'s own files and ends', async () => {
    const r = await runCli(['check', '--offline', '--cwd', '/', '--format', 'json'], { env: { OPENAI_API_KEY: key('ROOT') } });
    expect(r.code).toBe(0);
    expect(json(r.stdout).keys.map((k) => k.source.file)).toEqual(['process environment']);
  });

  it('inside a project, a budget of files bounds the walk and names the folders it left', () => {
    const dir = tree(Object.fromEntries([['package.json', '{}'], ...Array.from({ length: 30 }, (_, i) => [`src/m${i}/index.ts`, 'x'])]));
    const r = traceVariables({ root: dir, env: {}, home: '/nonexistent', maxFiles: 10 });
    expect(r.stats.files).toBe(10);
    expect(r.stats.budget?.maxFiles).toBe(10);
    expect(r.stats.budget?.skippedDirectories.length).toBeGreaterThan(0);
  });
});

describe('one live call per distinct key', () => {
  it('the same key under three names is sent once, and each key says which names share the answer', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '200-models-list').response);
    const k = key('SHARED');
    const dir = project({ '.env': `OPENAI_API_KEY=${k}\nAI_KEY=${k}\nLLM_KEY=${k}\n` });
    const r = await runCli(['check', '--format', 'json', '--provider', 'openai', '--env-var', 'OPENAI_API_KEY', '--env-var', 'AI_KEY', '--env-var', 'LLM_KEY'], { cwd: dir, env: { KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(0);
    expect(fake.requests).toHaveLength(1);
    expect(json(r.stdout).keys.map((x) => x.sharedCall)).toEqual([['AI_KEY', 'LLM_KEY'], ['OPENAI_API_KEY', 'LLM_KEY'], ['OPENAI_API_KEY', 'AI_KEY']]);
    const pretty = await runCli(['check', '--provider', 'openai', '--env-var', 'OPENAI_API_KEY', '--env-var', 'AI_KEY'], { cwd: dir, env: { KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(pretty.stdout).toContain('one call for the same key, shared with AI_KEY');
  });
});

describe('inconclusive, with the way out shown', () => {
  it('a key not sent because of the trust rule is exit 3, naming the host and the file:line before the flag', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '200-models-list').response);
    const dir = project({ '.env': `OPENAI_BASE_URL=${fake.url.replace('127.0.0.1', 'localhost')}/v1\n` });
    const r = await runCli(['check'], { cwd: dir, env: { OPENAI_API_KEY: key('TRUST') } });
    expect(fake.requests).toHaveLength(0);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^\? OPENAI_API_KEY {2}OpenAI {2}not sent \(trust rule\)$/m);
    const host = `localhost:${fake.port}`;
    const named = r.stdout.indexOf(`OPENAI_BASE_URL (.env:1) points OpenAI at ${host}`);
    const flag = r.stdout.indexOf('--trust-project-config');
    expect(named).toBeGreaterThan(0);
    expect(flag).toBeGreaterThan(named);
    expect(r.stdout).toContain('KEYDOCTOR_OPENAI_BASE_URL=');
    expect(r.stdout).toMatch(/^1 key: not sent \(trust rule\)\.$/m);
    expect(r.stdout).not.toContain('keydoctor report');
  });

  it('no provider reachable: one line naming the hosts and the error, --offline suggested, no support ticket, no <host>', async () => {
    const port = await closedPort();
    const r = await runCli(['check'], { env: { OPENAI_API_KEY: key('NET'), STRIPE_SECRET_KEY: FAKE.stripeTest, KEYDOCTOR_OPENAI_BASE_URL: `http://127.0.0.1:${port}`, KEYDOCTOR_STRIPE_BASE_URL: `http://127.0.0.1:${port}` } });
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n')[0]).toBe(`! No provider could be reached: 127.0.0.1:${port}: the connection was refused (ECONNREFUSED). If this machine is offline, \`keydoctor check --offline\` checks formats and sources without a network.`);
    expect(r.stdout).toMatch(/^2 keys: 2 not checked \(network\)\.$/m);
    expect(r.stdout).not.toContain('keydoctor report');
    expect(r.stdout).not.toContain('<host>');
  });
});
