// `keydoctor demo`: the main job on a fresh machine. Every scenario runs the
// real pipeline against its recorded answer, says plainly that nothing real
// was used, and never reads the user's environment, home folder or config.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/redact/fingerprint.js';
import { SCENARIOS } from '../../src/demo/scenarios.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { canary } from '../helpers/keys.js';

beforeAll(() => ensureBuilt(), 120_000);

const EXPECTED: Record<string, { category: string; exit: number; from: string }> = {
  'invalid-user': { category: 'invalid_user', exit: 1, from: '.env.local' },
  'stale-export': { category: 'invalid_key', exit: 1, from: 'process environment' },
  whitespace: { category: 'malformed_key', exit: 1, from: '.env' },
  quota: { category: 'billing_or_quota', exit: 1, from: '.env.local' },
  'wrong-org': { category: 'tenant_mismatch', exit: 1, from: '.env.local' },
  network: { category: 'network_error', exit: 3, from: '.env.local' },
};

describe('keydoctor demo', () => {
  it('every scenario is tested here, and its recorded answer gives the category it shows', async () => {
    expect(SCENARIOS.map((s) => s.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const s of SCENARIOS) {
      const r = await runCli(['demo', s.id, '--format', 'json']);
      expect(r.code, s.id).toBe(0);
      const out = JSON.parse(r.stdout);
      expect([out.keys[0].category, out.exitCode, out.keys[0].source.file], s.id).toEqual([EXPECTED[s.id]!.category, EXPECTED[s.id]!.exit, EXPECTED[s.id]!.from]);
      // As the real API would show it: no loopback address on the screen.
      expect(r.stdout, s.id).not.toContain('127.0.0.1');
      if (out.keys[0].live) expect(out.keys[0].live.url).toBe('https://api.openai.com/v1/models');
    }
  });

  it('the default is the deactivated account, and the screen says the answers are replayed and what check would exit', async () => {
    const r = await runCli(['demo']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('keydoctor demo: invalid-user  (keydoctor demo --list shows the others)');
    expect(lines[1]).toContain('replayed by a server on 127.0.0.1: no network, no real key, none of your files or environment');
    expect(r.stdout).toMatch(/^✗ OPENAI_API_KEY {2}OpenAI {2}invalid_user$/m);
    expect(r.stdout).toContain('keydoctor check would exit 1 here (a key has a problem).');
    expect(r.stdout).toContain('npx keydoctor check --cwd PATH/TO/PROJECT');
  });

  it('--list names every scenario; an unknown one is a one-line error, exit 2', async () => {
    const list = await runCli(['demo', '--list']);
    expect(list.stdout.trim().split('\n')).toHaveLength(SCENARIOS.length);
    expect(list.stdout).toMatch(/invalid-user .*\(default\)/);
    const bad = await runCli(['demo', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('never reads the user\'s environment, home folder, proxy settings or config', async () => {
    const home = mkdtempSync(join(tmpdir(), 'kd-demo-home-'));
    const mine = canary('demoenv');
    const inRc = canary('demorc');
    writeFileSync(join(home, '.zshrc'), `export OPENAI_API_KEY=${inRc}\n`);
    mkdirSync(join(home, '.config', 'keydoctor'), { recursive: true });
    writeFileSync(join(home, '.config', 'keydoctor', 'config.yml'), 'plugins: [not-installed-anywhere]\n');
    const r = await runCli(['demo', 'stale-export', '--format', 'json'], {
      cwd: home,
      env: { HOME: home, SHELL: '/bin/zsh', OPENAI_API_KEY: mine, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', NODE_ENV: 'production' },
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.keys[0].category).toBe('invalid_key'); // the proxy was not used: the replayed answer arrived
    for (const k of [mine, inRc]) {
      expect(r.stdout + r.stderr).not.toContain(k);
      expect(r.stdout).not.toContain(fingerprint(k)!);
    }
    expect(r.stderr).toBe('');
  });
});
