// A cloned repository's files cannot reach outside it (issue 17): every file
// read from a project goes through src/io/files.ts, every file written
// through src/io/write.ts. Each case here was an attack that worked on main.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { BIN, ensureBuilt, runCli } from '../helpers/cli.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
beforeAll(() => ensureBuilt(), 120_000);

const AWS_SECRET = 'wJalrXUtnFEMIK7MDENGbPxRfiCYFAKESECRET0001';
const GH_TOKEN = 'gho_FAKEEXAMPLE0FAKEEXAMPLE0FAKEEXAMPLE01';

/** A home with credential files, and a project beside it. */
function world(files: Record<string, string>): { home: string; project: string } {
  const base = mkdtempSync(join(tmpdir(), 'kd-hostile-'));
  const home = join(base, 'home');
  const project = join(base, 'project');
  const all: Record<string, string> = {
    'home/.aws/credentials': `[default]\naws_access_key_id = AKIAFAKEEXAMPLE00001\naws_secret_access_key = ${AWS_SECRET}\n`,
    'home/.config/gh/hosts.yml': `github.com:\n    oauth_token: ${GH_TOKEN}\n    user: someone\n`,
    'home/.bashrc': 'export PATH=$HOME/bin:$PATH\n',
    'project/package.json': '{"name":"cloned"}\n',
    ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`project/${k}`, v])),
  };
  for (const [rel, text] of Object.entries(all)) {
    mkdirSync(dirname(join(base, rel)), { recursive: true });
    writeFileSync(join(base, rel), text);
  }
  return { home, project };
}

describe('files outside the project are not project files', () => {
  it('.env.local -> ~/.aws/credentials and .env.development -> ~/.config/gh/hosts.yml, with a custom provider claiming their names: nothing is read or sent', async () => {
    fake = await startFakeProvider({ status: 200, body: { ok: true } });
    const { home, project } = world({
      '.keydoctor.yml': [
        'providers:',
        '  - id: grab',
        '    name: Grab',
        '    envVars: [aws_secret_access_key, oauth_token]',
        `    request: { method: GET, url: ${fake.url}/grab, auth: 'Authorization: Bearer {key}' }`,
        '',
      ].join('\n'),
      'package.json': '{"name":"cloned","dependencies":{"next":"15.0.0"}}\n',
    });
    symlinkSync('../home/.aws/credentials', join(project, '.env.local'));
    symlinkSync(join(home, '.config', 'gh', 'hosts.yml'), join(project, '.env.development'));
    const r = await runCli(['check', '--format', 'json'], { cwd: project, env: { HOME: home } });
    expect(fake.requests).toHaveLength(0);
    const out = JSON.parse(r.stdout);
    expect(out.keys).toEqual([]);
    expect(out.findings.map((f: { code: string; location: { file: string } }) => `${f.code} ${f.location.file}`).sort()).toEqual([
      'trace.outside_link .env.development',
      'trace.outside_link .env.local',
    ]);
    expect(out.findings[0].message).toMatch(/is a symbolic link to a file outside the project; not read/);
    for (const secret of [AWS_SECRET, GH_TOKEN]) expect(r.stdout + r.stderr).not.toContain(secret.slice(0, 12));
  });

  it('a link to a folder outside the project is not walked; one inside it is walked where it is', async () => {
    const { home, project } = world({ 'app/.env': 'OPENAI_API_KEY=sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0\n' });
    symlinkSync(join(home, '.aws'), join(project, 'aws'));
    symlinkSync(join(project, 'app'), join(project, 'app-again'));
    const r = await runCli(['trace', '--format', 'json'], { cwd: project, env: { HOME: home } });
    const out = JSON.parse(r.stdout);
    expect(out.findings.map((f: { code: string; location: { file: string } }) => `${f.code} ${f.location.file}`)).toEqual(['trace.outside_link aws']);
    // (~/.aws/credentials is the user's own credential file, a source since issue 18: read from HOME, never through the link.)
    expect(out.variables.find((v: { name: string }) => v.name === 'OPENAI_API_KEY').definitions.map((d: { file: string }) => d.file)).toEqual(['app/.env']);
    expect(r.stdout).not.toContain(AWS_SECRET.slice(0, 12));
  });

  it('a compose env_file of ../../home/.aws/credentials is not read', async () => {
    const { project } = world({ 'docker-compose.yml': 'services:\n  api:\n    image: x\n    env_file: ../home/.aws/credentials\n' });
    const r = await runCli(['trace', 'aws_secret_access_key', '--format', 'json'], { cwd: project });
    expect(r.stdout).not.toContain(AWS_SECRET.slice(0, 12));
    expect(JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code)).toContain('trace.outside_link');
  });

  it('.env -> /proc/self/pagemap: not read (it grew the process to 8 GB), the run ends, memory stays under 256 MB', async () => {
    const { project } = world({});
    symlinkSync('/proc/self/pagemap', join(project, '.env'));
    const child = spawn(process.execPath, [BIN, 'check', '--offline', '--format', 'json'], { cwd: project, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const timer = setInterval(() => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peak = Math.max(peak, kb);
      } catch { /* exited */ }
    }, 10);
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    clearInterval(timer);
    expect(code).toBe(0);
    expect(peak).toBeLessThan(256 * 1024);
    expect(JSON.parse(stdout).findings.map((f: { code: string }) => f.code)).toEqual(['trace.outside_link']);
  });

  it('a FIFO named .env or .gitignore, and a device, do not block the run', async () => {
    const { project } = world({});
    for (const name of ['.env', '.gitignore']) spawnSync('mkfifo', [join(project, name)]);
    symlinkSync('/dev/zero', join(project, '.env.local'));
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd: project, killAfterMs: 15_000 });
    expect(r.code).toBe(0);
    const codes = JSON.parse(r.stdout).findings.map((f: { code: string; location: { file: string } }) => `${f.code} ${f.location.file}`).sort();
    // Each is said, not skipped in silence: the app's loader would try the .env files.
    expect(codes).toEqual(['trace.unreadable .env', 'trace.unreadable .env.local', 'trace.unreadable .gitignore']);
    expect(JSON.parse(r.stdout).findings.find((f: { location: { file: string } }) => f.location.file === '.env').message).toMatch(/^\.env is not a regular file \(a device, FIFO or socket\); not read/);
  });

  it('a .keydoctor.yml that is a link out of the project is a one-line error, exit 2; --config names any file the user chooses', async () => {
    const { home, project } = world({});
    writeFileSync(join(home, 'mine.yml'), 'failOn: warning\n');
    symlinkSync(join(home, 'mine.yml'), join(project, '.keydoctor.yml'));
    const r = await runCli(['check', '--offline'], { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('keydoctor: .keydoctor.yml is a symbolic link to a file outside the project; not read\n');
    const named = await runCli(['check', '--offline', '--config', join(home, 'mine.yml')], { cwd: project });
    expect(named.code).toBe(0);
  });
});

describe('writes never follow a link the project holds', () => {
  it('check --output report.txt -> ~/.bashrc is refused and ~/.bashrc is untouched; outside the project a path is the user\'s', async () => {
    const { home, project } = world({ '.env': 'OPENAI_API_KEY=sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0\n' });
    symlinkSync(join(home, '.bashrc'), join(project, 'report.txt'));
    const before = readFileSync(join(home, '.bashrc'), 'utf8');
    const r = await runCli(['check', '--offline', '--output', 'report.txt'], { cwd: project, env: { HOME: home } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^keydoctor: not writing report\.txt: report\.txt is a symbolic link inside the project/);
    expect(readFileSync(join(home, '.bashrc'), 'utf8')).toBe(before);
    // A folder of the path that is a link: refused too.
    symlinkSync(home, join(project, 'out'));
    const viaDir = await runCli(['check', '--offline', '--output', 'out/check.txt'], { cwd: project, env: { HOME: home } });
    expect(viaDir.code).toBe(2);
    expect(viaDir.stderr).toMatch(/out is a symbolic link inside the project/);
    // Outside the project: written, 0600.
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'kd-out-')), 'check.json');
    const ok = await runCli(['check', '--offline', '--format', 'json', '--output', elsewhere], { cwd: project, env: { HOME: home } });
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(elsewhere, 'utf8')).keys).toHaveLength(1);
    expect(statSync(elsewhere).mode & 0o777).toBe(0o600);
  });

  it('report --out through a linked folder inside the project is refused; a missing folder is created 0700', async () => {
    const { home, project } = world({ '.env': 'OPENAI_API_KEY=sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0\n' });
    symlinkSync(home, join(project, 'reports'));
    const r = await runCli(['report', '--offline', '--out', 'reports'], { cwd: project, env: { HOME: home } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reports is a symbolic link inside the project/);
    const made = await runCli(['report', '--offline', '--out', 'support/tickets'], { cwd: project, env: { HOME: home } });
    expect(made.code).toBe(0);
    expect(statSync(join(project, 'support', 'tickets')).mode & 0o777).toBe(0o700);
  });
});

describe('a project cannot make a run hang', () => {
  it('timeout: 600000 in .keydoctor.yml is capped at the default; only --timeout raises it', async () => {
    fake = await startFakeProvider({ fault: 'hang' });
    const { project } = world({ '.keydoctor.yml': 'timeout: 600000\n' });
    const t0 = Date.now();
    const r = await runCli(['check', '--format', 'json'], { cwd: project, env: { OPENAI_API_KEY: 'sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0', KEYDOCTOR_OPENAI_BASE_URL: fake.url }, killAfterMs: 30_000 });
    expect(r.code).toBe(3);
    expect(Date.now() - t0).toBeLessThan(25_000);
    expect(JSON.parse(r.stdout).keys[0].category).toBe('network_error');
  }, 40_000);
});
