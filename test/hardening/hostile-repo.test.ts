// The threat model in one repository (issue 17): someone clones a repository
// and runs keydoctor in it, with real keys in their shell and credential files
// in their home. fixtures/hostile holds every attack of the review; here it
// gets what git cannot hold (links to the user's files and to /proc, a hostile
// .git/config, a plugin in node_modules, a file name with an escape sequence),
// and every command runs in it. Proven, with loopback listeners standing in for
// the attacker's host and for the user's own proxy:
//   - no byte of any planted key reaches a host the user did not choose;
//   - every run ends (the project's timeout is capped) and stays under 256 MB;
//   - no escape sequence, control character or workflow command reaches any output;
//   - nothing the repository names runs (git programs, a plugin), and nothing
//     the user owns is written through the repository's links.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrap, type Trap } from '../net/trap.js';
import { BIN, ensureBuilt } from '../helpers/cli.js';
import { FIXTURES } from '../fake-provider/server.js';
import { expectSafeJson, expectSafeMarkdown, expectSafeText } from './output-safety.js';

// Keys planted in the user's shell and home, each unique (random tails: no English word an output
// could hold by chance), each visibly fake.
const PLANTED = {
  OPENAI_API_KEY: 'sk-proj-FAKEh0st1leu8jzPde0IgxLd6GncfBAepfJBd0Kh8T3BlbkFJoOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNn',
  SUPABASE_SECRET_KEY: 'sb_secret_FAKEh0st1leFRIBXuDL7DxtpYlSXpfKtHF4',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFAKEh0st1levUCsMehGAkWvj7FAc9Qe',
  DATABASE_PASSWORD: 'FAKEh0st1le-WJKY40uvSwMFLZDe1f',
  GITHUB_TOKEN: 'ghp_FAKEh0st1le8rESQedUStPKR0CsTy4Qwb8Dw',
};
const IN_FILES = {
  awsCredentials: 'wJalrXUtnFAKEh0st1lekNhFdnXsiVpzz63FfkCz',
  ghHosts: 'gho_FAKEh0st1leJr4i0B3JrTAwR4y9ojfljoQo',
  fresh: 'sk-proj-FAKEh0st1leaF1LlqsajAIxNKu8iS2G8NPRVdD53XT3BlbkFJ83RZJzzzzgEOzdmenCkhvMdgaKjIg8xNbe3nNyjO',
};
const SECRETS = [...Object.values(PLANTED), ...Object.values(IN_FILES)];

/**
 * Any 8 characters in a row of any planted secret (the redactor's partial-echo
 * rule) found in `text`, leaving out what is no one key's secret: a format's
 * literal prefix (sk-proj-, sb_secret_, ghp_), OpenAI's T3BlbkFJ, and the
 * marker all the planted keys share.
 */
function leaked(text: string): string | undefined {
  for (const s of SECRETS) {
    const parts = s.replace(/^(sk-proj-|sb_secret_|ghp_|gho_)/, '').split(/FAKEh0st1le|T3BlbkFJ/);
    for (const part of parts) {
      for (let i = 0; i + 8 <= part.length; i++) {
        const run = part.slice(i, i + 8);
        if (text.includes(run)) return `${run} of ${s.slice(0, 12)}…`;
      }
    }
  }
  return undefined;
}

let base: string;
let project: string;
let home: string;
let attacker: Trap;
let proxy: Trap;
const markers = () => readdirSync(join(base, 'markers'));

beforeAll(async () => {
  ensureBuilt();
  attacker = await startTrap();
  proxy = await startTrap();
  base = mkdtempSync(join(tmpdir(), 'kd-hostile-repo-'));
  project = join(base, 'cloned');
  home = join(base, 'home');
  mkdirSync(join(base, 'markers'));
  cpSync(join(FIXTURES, 'hostile'), project, { recursive: true });
  for (const f of ['.keydoctor.yml', '.env']) writeFileSync(join(project, f), readFileSync(join(project, f), 'utf8').split('ATTACKER_URL').join(attacker.url));

  // The user's home: credential files, a shell file, a config naming a plugin it does not hold.
  const homeFiles: Record<string, string> = {
    '.aws/credentials': `[default]\naws_access_key_id = AKIAFAKEH0ST1LE00001\naws_secret_access_key = ${IN_FILES.awsCredentials}\n`,
    '.config/gh/hosts.yml': `github.com:\n    oauth_token: ${IN_FILES.ghHosts}\n    user: someone\n`,
    '.bashrc': 'export PATH=$HOME/bin:$PATH\n',
    '.config/keydoctor/config.yml': 'plugins: [evil-plugin]\n',
  };
  for (const [rel, text] of Object.entries(homeFiles)) {
    mkdirSync(join(home, rel, '..'), { recursive: true });
    writeFileSync(join(home, rel), text);
  }

  // What git cannot hold: links out of the project, a plugin that would run, a hostile file name.
  symlinkSync(join(home, '.aws', 'credentials'), join(project, '.env.local'));
  symlinkSync(join(home, '.config', 'gh', 'hosts.yml'), join(project, '.env.development'));
  symlinkSync('/proc/self/pagemap', join(project, '.env.production'));
  symlinkSync(join(home, '.bashrc'), join(project, 'report.txt'));
  symlinkSync(home, join(project, 'reports'));
  writeFileSync(join(project, '.env.\u001b[2Jstaging'), 'OPENAI_API_KEY=sk-proj-\u001b]0;x\u0007FAKE\n');
  const plugin = join(project, 'node_modules', 'evil-plugin');
  mkdirSync(plugin, { recursive: true });
  writeFileSync(join(plugin, 'package.json'), '{ "name": "evil-plugin", "version": "1.0.0", "main": "index.js" }\n');
  writeFileSync(join(plugin, 'index.js'), `require('fs').writeFileSync(${JSON.stringify(join(base, 'markers', 'plugin'))}, 'ran');\nmodule.exports = { probes: [] };\n`);

  // A repository whose config would run programs.
  const script = join(base, 'evil.sh');
  writeFileSync(script, `#!/bin/sh\necho "$0 $*" > "${join(base, 'markers')}/git-$$"\ncat /proc/$PPID/environ > /dev/null 2>&1\n`);
  chmodSync(script, 0o755);
  const git = (...args: string[]) => spawnSync('git', args, { cwd: project, env: { PATH: process.env.PATH ?? '', HOME: home, GIT_CONFIG_NOSYSTEM: '1' } });
  git('init', '-q');
  git('-c', 'user.name=x', '-c', 'user.email=x@example.com', 'add', '-A');
  git('-c', 'user.name=x', '-c', 'user.email=x@example.com', 'commit', '-qm', 'init');
  for (const [k, v] of [['core.fsmonitor', script], ['core.pager', script], ['diff.external', script], ['log.showSignature', 'true'], ['gpg.program', script], ['core.sshCommand', script]]) git('config', k!, v!);
}, 60_000);

afterAll(async () => {
  await attacker?.close();
  await proxy?.close();
});

interface Run { code: number; stdout: string; stderr: string; peakKb: number; ms: number }

/** The CLI in the cloned repository, with the user's keys, home and proxy. */
function run(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: project,
      env: { PATH: process.env.PATH ?? '', HOME: home, SHELL: '/bin/bash', NO_COLOR: '1', HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, ...PLANTED },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    const timer = setInterval(() => {
      try {
        peakKb = Math.max(peakKb, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
      } catch { /* gone */ }
    }, 10);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? -1, stdout, stderr, peakKb, ms: Date.now() - t0 });
    });
    child.stdin.on('error', () => {}); // EPIPE when the CLI exits before reading: see runCli in test/helpers/cli.ts
    child.stdin.end(stdin);
  });
}

function healthy(r: Run, label: string): void {
  expect([0, 1, 2, 3], `${label}: exit ${r.code}: ${r.stderr}`).toContain(r.code);
  expect(r.stderr, label).not.toMatch(/internal error|\bat .*\.c?js:\d+/);
  expect(r.peakKb, `${label}: peak RSS`).toBeLessThan(256 * 1024);
  expect(r.ms, `${label}: the run ends within the capped timeout`).toBeLessThan(40_000);
  expect(leaked(r.stdout + r.stderr), `${label}: a planted key in the output`).toBeUndefined();
  expectSafeText(r.stderr, { label: `${label} stderr` });
}

describe('a freshly cloned hostile repository', () => {
  it('check, in every format: no key leaves, no output carries an escape or a workflow command', async () => {
    const pretty = await run(['check']);
    healthy(pretty, 'check');
    expect(pretty.code, pretty.stderr).not.toBe(2); // the hostile config is valid: the run goes on
    expectSafeText(pretty.stdout, { label: 'check pretty' });
    // What it says: the links out are findings, the project's host choices are refused by the trust rule.
    expect(pretty.stdout).toContain('.env.local is a symbolic link to a file outside the project; not read');
    expect(pretty.stdout).toMatch(/not sent \(trust rule\)/);
    const json = await run(['check', '--format', 'json']);
    healthy(json, 'check json');
    expectSafeJson(json.stdout, 'check json');
    const github = await run(['check', '--format', 'github']);
    healthy(github, 'check github');
    expectSafeText(github.stdout, { label: 'check github', annotations: true });
    for (const format of ['junit', 'sarif']) {
      const r = await run(['check', '--format', format]);
      healthy(r, `check ${format}`);
      expectSafeText(r.stdout, { label: `check ${format}` });
    }
  }, 240_000);

  it('trace, report and explain: the same', async () => {
    const trace = await run(['trace']);
    healthy(trace, 'trace');
    expectSafeText(trace.stdout, { label: 'trace' });
    const traceJson = await run(['trace', '--format', 'json']);
    healthy(traceJson, 'trace json');
    expectSafeJson(traceJson.stdout, 'trace json');
    const out = mkdtempSync(join(tmpdir(), 'kd-hostile-report-'));
    const report = await run(['report', '--out', out]);
    healthy(report, 'report');
    for (const f of readdirSync(out)) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(leaked(text), f).toBeUndefined();
      if (f.endsWith('.md')) expectSafeMarkdown(text, f, ['<details>', '</details>', '<summary>', '</summary>']);
      else expectSafeJson(text, f);
    }
    const explain = await run(['explain', '401 Incorrect API key \u001b[2J\n::error::x \u009b31m']);
    healthy(explain, 'explain');
    expectSafeText(explain.stdout, { label: 'explain' });
  }, 240_000);

  it('compare: the fresh key typed on stdin goes nowhere the project chose', async () => {
    const r = await run(['compare', 'OPENAI_API_KEY', '--fresh-stdin'], IN_FILES.fresh);
    healthy(r, 'compare');
    expect(r.code, r.stderr).not.toBe(2);
    expectSafeText(r.stdout, { label: 'compare' });
  }, 120_000);

  it('writes through the repository\'s links are refused, and ~/.bashrc and ~ stay as they were', async () => {
    const before = readFileSync(join(home, '.bashrc'), 'utf8');
    const output = await run(['check', '--offline', '--output', 'report.txt']);
    expect(output.code).toBe(2);
    const report = await run(['report', '--offline', '--out', 'reports']);
    expect(report.code).toBe(2);
    expect(readFileSync(join(home, '.bashrc'), 'utf8')).toBe(before);
    expect(readdirSync(home).filter((f) => f.startsWith('keydoctor-report-'))).toEqual([]);
  }, 60_000);

  it('after everything: no planted byte reached the attacker\'s host or through the user\'s proxy, and nothing the repository named ran', () => {
    expect(leaked(attacker.received()), 'the attacker\'s listener').toBeUndefined();
    expect(leaked(proxy.received()), 'the user\'s proxy').toBeUndefined();
    // The attacker got the project's own key for its own provider at most (LONG_A), never a key from the user.
    for (const line of attacker.requestLines()) expect(line).toMatch(/^GET \/(slow|v1\/models|grab) HTTP\/1\.1$/);
    expect(markers()).toEqual([]);
    expect(existsSync(join(base, 'markers', 'plugin'))).toBe(false);
  });
});
