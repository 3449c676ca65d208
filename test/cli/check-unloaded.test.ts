// A key set only where no run loads it (a .env.local plain dotenv never reads, a value left in .env.example): the app
// has no key and says so, and check must say where the key is and why it is not read, not "No API key found".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canary } from '../helpers/keys.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';

beforeAll(() => ensureBuilt(), 60_000);

/** A workspace root with packages api (a Stripe key in its .env) and web (the files given), each with its package.json. */
function monorepo(pkg: { api: string; web: string }, web: Record<string, string>): string {
  return project({
    'package.json': '{"name":"mono","private":true,"workspaces":["packages/*"]}\n',
    'packages/api/package.json': `${pkg.api}\n`,
    'packages/api/.env': 'STRIPE_SECRET_KEY=sk_test_FAKEFAKEFAKEFAKEFAKEFAKE12\n',
    'packages/web/package.json': `${pkg.web}\n`,
    ...Object.fromEntries(Object.entries(web).map(([f, c]) => [`packages/web/${f}`, c])),
  });
}

describe('check: keys set only where nothing loads them', () => {
  it('a key only in .env.local under plain dotenv: where it is, why it is not read, exit 3, and never its value', async () => {
    const key = canary('openai');
    const cwd = project({ 'package.json': '{"name":"app","dependencies":{"dotenv":"^16.0.0"}}\n', '.env.local': `# local\nOPENAI_API_KEY=${key}\n` });
    const r = await runCli(['check', '--offline'], { cwd });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/OPENAI_API_KEY is set only at \.env\.local:2, which no run here loads: dotenv does not read \.env\.local/);
    expect(r.stdout).toMatch(/Move it to a file this run loads \(\.env\)/);
    expect(r.stdout).not.toMatch(/No API key found/);
    expect(r.stdout + r.stderr).not.toContain(key);
    const json = await runCli(['check', '--offline', '--format', 'json'], { cwd });
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout).notices.join(' ')).toMatch(/\.env\.local:2/);
    expect(json.stdout).not.toContain(key);
    // In CI the reason the job fails is a warning annotation, not a notice a reader may skip.
    const gh = await runCli(['check', '--offline', '--format', 'github'], { cwd });
    expect(gh.code).toBe(3);
    expect(gh.stdout).toMatch(/^::warning title=keydoctor::OPENAI_API_KEY is set only at \.env\.local:2/m);
  });

  it('a file to move it to that keydoctor refused to read says so, and why (a link outside the project)', async () => {
    const cwd = project({ 'package.json': '{"name":"app","dependencies":{"dotenv":"^16.0.0"}}\n', '.env.local': 'OPENAI_API_KEY=sk-proj-FAKE\n' });
    const outside = join(mkdtempSync(join(tmpdir(), 'kd-outside-')), 'secrets.env');
    writeFileSync(outside, 'OTHER=1\n');
    symlinkSync(outside, join(cwd, '.env'));
    const r = await runCli(['check', '--offline'], { cwd });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/Move it to a file this run loads \(\.env, which is a symbolic link to a file outside the project and was not read\)/);
  });

  it('a FIFO in its place is said to be unread too, from the walk\'s finding code, not its wording', async () => {
    const cwd = project({ 'package.json': '{"name":"app","dependencies":{"dotenv":"^16.0.0"}}\n', '.env.local': 'OPENAI_API_KEY=sk-proj-FAKE\n' });
    execFileSync('mkfifo', [join(cwd, '.env')]);
    const r = await runCli(['check', '--offline'], { cwd });
    expect(r.stdout).toMatch(/Move it to a file this run loads \(\.env, which keydoctor could not read\)/);
  });

  it('a key only in another mode\'s file: which mode reads it, and --mode to check that run; plain dotenv has no modes', async () => {
    const next = project({ 'package.json': '{"name":"app","dependencies":{"next":"^15.0.0"}}\n', '.env.production': 'OPENAI_API_KEY=sk-proj-FAKE\n' });
    const r = await runCli(['check', '--offline'], { cwd: next });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/It is read in mode production: `keydoctor check --mode production` checks that run; for this one, put it in a file this run loads/);
    expect((await runCli(['check', '--offline', '--mode', 'production'], { cwd: next })).stdout).toMatch(/from +\.env\.production:1/);
    const plain = project({ 'package.json': '{"name":"app","dependencies":{"dotenv":"^16.0.0"}}\n', '.env.production': 'OPENAI_API_KEY=sk-proj-FAKE\n' });
    const d = await runCli(['check', '--offline'], { cwd: plain });
    expect(d.stdout).toMatch(/Move it to a file this run loads \(\.env\)/);
    expect(d.stdout).not.toMatch(/--mode/);
  });

  it('the same file under Next.js is loaded: the key is checked, no notice', async () => {
    const cwd = project({ 'package.json': '{"name":"app","dependencies":{"next":"^15.0.0"}}\n', '.env.local': 'OPENAI_API_KEY=sk-proj-FAKE\n' });
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd });
    const out = JSON.parse(r.stdout);
    expect(out.keys.map((k: { name: string }) => k.name)).toEqual(['OPENAI_API_KEY']);
    expect(out.notices.join(' ')).not.toMatch(/no run here loads/);
  });

  it('beside keys that are checked, one line names the key no run loads; the exit code is the checked keys\'', async () => {
    const cwd = monorepo({ api: '{"name":"api"}', web: '{"name":"web"}' }, { '.env.local': 'GITHUB_TOKEN=ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\n' });
    const r = await runCli(['check', '--offline'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Not checked: GITHUB_TOKEN, set only at packages\/web\/\.env\.local:1, which no run here loads/);
    expect(r.stdout).toMatch(/packages\/api: .*STRIPE_SECRET_KEY/);
    expect(r.stdout).toMatch(/`keydoctor trace GITHUB_TOKEN` shows every definition\./);
  });

  it('beside checked keys, a key another mode reads: the line names the run that reads it', async () => {
    const cwd = monorepo(
      { api: '{"name":"api","dependencies":{"dotenv":"^16.0.0"}}', web: '{"name":"web","dependencies":{"next":"^15.0.0"}}' },
      { '.env.production': 'ANTHROPIC_API_KEY=sk-ant-api03-FAKE\n' },
    );
    const r = await runCli(['check', '--offline'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Not checked: ANTHROPIC_API_KEY, set only at packages\/web\/\.env\.production:1, which no run here loads: Next\.js does not read \.env\.production in mode development\. `keydoctor check --mode production` checks the run that reads it\./);
    const prod = await runCli(['check', '--offline', '--mode', 'production', '--format', 'json'], { cwd });
    expect(JSON.parse(prod.stdout).keys.map((k: { name: string }) => k.name)).toContain('ANTHROPIC_API_KEY');
  });

  it('two such keys beside a checked one: one line names both', async () => {
    const cwd = project({
      'package.json': '{"name":"app","dependencies":{"dotenv":"^16.0.0"}}\n',
      '.env': 'STRIPE_SECRET_KEY=sk_test_FAKEFAKEFAKEFAKEFAKEFAKE12\n',
      '.env.local': 'GITHUB_TOKEN=ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\nOPENAI_API_KEY=sk-proj-FAKE\n',
    });
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd });
    const line = JSON.parse(r.stdout).notices.find((n: string) => n.startsWith('Not checked'));
    expect(line).toMatch(/^Not checked, set only where no run here loads them: (?:GITHUB_TOKEN \(\.env\.local:1|OPENAI_API_KEY \(\.env\.local:2)[^)]*\), (?:GITHUB_TOKEN|OPENAI_API_KEY) \(/);
  });

  it('a sub-folder that is no workspace package is another run\'s: its unread .env.local is not named', async () => {
    const cwd = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.env': 'OPENAI_API_KEY=sk-proj-FAKE\n',
      'examples/demo/.env': 'STRIPE_SECRET_KEY=sk_test_FAKE\n',
      'examples/demo/.env.local': 'GITHUB_TOKEN=ghp_FAKE\n',
    });
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd });
    const out = JSON.parse(r.stdout);
    expect(out.keys.map((k: { name: string }) => k.name)).toEqual(['OPENAI_API_KEY']);
    expect(out.notices.join(' ')).not.toMatch(/GITHUB_TOKEN/);
  });

  it('a key only in .env.example: a template, so no key is defined (exit 0), and the way to make one', async () => {
    const cwd = project({ '.env.example': 'OPENAI_API_KEY=your-key-here\nSTRIPE_SECRET_KEY=\n' });
    const r = await runCli(['check', '--offline'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No API key is set where this run loads it\. OPENAI_API_KEY, STRIPE_SECRET_KEY appear only in \.env\.example, a template no loader reads\./);
    expect(r.stdout).toMatch(/Copy it to \.env and put the real keys in the copy/);
    expect(r.stdout).not.toMatch(/No API key found/);
  });

  it('an export in another shell\'s rc file: which shell reads it, and to export it where the app runs', async () => {
    const key = canary('openai');
    const home = project({ '.zshrc': `export OPENAI_API_KEY=${key}\n` });
    const r = await runCli(['check', '--offline'], { cwd: project({}), env: { HOME: home, SHELL: '/bin/bash' } });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/OPENAI_API_KEY is set only at shell: ~\/\.zshrc:1, which no run here loads: read by another shell than yours \(bash\)/);
    expect(r.stdout).toMatch(/Export it in the rc file of the shell you run the app from/);
    expect(r.stdout + r.stderr).not.toContain(key);
  });

  it('--env-var names where the variable is when nothing loads it', async () => {
    const cwd = project({ '.env.local': 'OPENAI_API_KEY=sk-proj-FAKE\n' });
    const r = await runCli(['check', '--offline', '--env-var', 'OPENAI_API_KEY'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/OPENAI_API_KEY is not set in the process environment nor in the \.env files \(\.env\); it is set at \.env\.local:1, which this run does not load: dotenv does not read \.env\.local/);
  });
});

describe('trace: a variable no run loads', () => {
  it('its footer names it, where check says "set only where no run here loads it"; no "no problem found"', async () => {
    const cwd = project({ 'package.json': '{"name":"app","dependencies":{"dotenv":"^16.0.0"}}\n', '.env': 'STRIPE_SECRET_KEY=sk_test_FAKE\n', '.env.local': 'GITHUB_TOKEN=ghp_FAKE\n' });
    const r = await runCli(['trace', '--cwd', cwd]);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^2 variables traced in \d+ files: GITHUB_TOKEN loaded by no run here\.$/);
    const loaded = await runCli(['trace', 'STRIPE_SECRET_KEY', '--cwd', cwd]);
    expect(loaded.stdout).toMatch(/no problem found\.\n?$/);
  });
});
