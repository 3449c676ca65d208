// The CLI on a real pseudo-terminal, as a person runs it. Every other suite
// runs the CLI through pipes, where no spinner starts and no colour is chosen:
// a crash on that path (ora loaded wrongly) once hit every terminal user while
// all tests passed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { ensureBuilt, project } from '../helpers/cli.js';
import { canary, FAKE } from '../helpers/keys.js';
import { runInTty, type TtyRun } from './pty.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
beforeAll(() => ensureBuilt(), 120_000);

/** ora's frames (dots) and the words it shows while a live call runs. */
const SPINNER = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;
const CRASH = /internal error|TypeError|ReferenceError|\bat .*\.c?js:\d+/;

function healthy(r: TtyRun, ...keys: string[]): void {
  expect(r.raw).not.toMatch(CRASH);
  for (const k of keys) expect(r.raw).not.toContain(k);
  // Erased before the result: no spinner frame and no "asking…" line survives on the final screen.
  expect(r.lines.join('\n')).not.toMatch(SPINNER);
  expect(r.lines.join('\n')).not.toContain('asking the provider');
}

/** A slow answer, so the spinner is on screen for a few frames. */
const slow = (name: string) => ({ fault: 'delay' as const, ms: 400, then: loadAnswer('openai', name).response });

describe('on a terminal', () => {
  it('check of a working key: the spinner runs on the terminal while the provider is asked, then the ✓ block, in colour', async () => {
    fake = await startFakeProvider(slow('200-models-list'));
    const key = canary('ttyok');
    const r = await runInTty(['check'], { cwd: project({}), env: { OPENAI_API_KEY: key, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    healthy(r, key);
    expect(r.code).toBe(0);
    expect(r.raw).toMatch(SPINNER);
    expect(r.raw).toContain('asking the provider');
    expect(r.styled).toBe(true);
    expect(r.lines[0]).toMatch(/^✓ OPENAI_API_KEY {2}OpenAI {2}ok$/);
    expect(r.lines.at(-1)).toBe('1 key: works.');
  });

  it('check of a key the provider refuses: the ✗ block and exit 1', async () => {
    fake = await startFakeProvider(slow('401-account-deactivated'));
    const key = canary('ttybad');
    const r = await runInTty(['check'], { cwd: project({}), env: { OPENAI_API_KEY: key, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    healthy(r, key);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/^✗ OPENAI_API_KEY {2}OpenAI {2}invalid_user$/);
    expect(r.lines.join('\n')).toContain('fix');
  });

  it('the spinner goes to stderr only: stdout sent to a file holds the report without a frame or a cursor move', async () => {
    fake = await startFakeProvider(slow('200-models-list'));
    const dir = project({});
    const out = join(mkdtempSync(join(tmpdir(), 'kd-tty-')), 'stdout.txt');
    const r = await runInTty(['check'], { cwd: dir, env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url }, stdoutTo: out });
    expect(r.code).toBe(0);
    expect(r.raw).toMatch(SPINNER);
    const file = readFileSync(out, 'utf8');
    expect(file).toContain('OPENAI_API_KEY');
    expect(file).not.toMatch(SPINNER);
    expect(file).not.toContain('\x1b');
  });

  it('a terminal that reports 0 columns (script in a CI step): no spinner, and the run ends with its result', async () => {
    fake = await startFakeProvider(slow('200-models-list'));
    const r = await runInTty(['check'], { cwd: project({}), cols: 0, env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    healthy(r, FAKE.openaiProject);
    expect(r.code).toBe(0);
    expect(r.raw).not.toMatch(SPINNER);
    expect(r.lines[0]).toMatch(/^✓ OPENAI_API_KEY/);
  });

  it('NO_COLOR: the same screen without colour', async () => {
    const r = await runInTty(['check', '--offline'], { cwd: project({ '.env': `OPENAI_API_KEY="${FAKE.openaiProject} "\n` }), env: { NO_COLOR: '1' } });
    healthy(r, FAKE.openaiProject);
    expect(r.code).toBe(1);
    expect(r.styled).toBe(false);
    expect(r.lines[0]).toMatch(/^✗ OPENAI_API_KEY {2}OpenAI {2}malformed_key$/);
  });

  it('check -v and check -q', async () => {
    const dir = project({ '.env': `OPENAI_API_KEY="${FAKE.openaiProject} "\n` });
    for (const flag of ['-v', '-q']) {
      const r = await runInTty(['check', '--offline', flag], { cwd: dir });
      healthy(r, FAKE.openaiProject);
      expect(r.code).toBe(1);
      expect(r.lines.join('\n')).toContain('OPENAI_API_KEY');
    }
  });

  it('bare keydoctor runs check', async () => {
    fake = await startFakeProvider(slow('200-models-list'));
    const r = await runInTty([], { cwd: project({}), env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    healthy(r, FAKE.openaiProject);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatch(/^✓ OPENAI_API_KEY/);
  });

  it('compare: the fresh key typed at the hidden prompt is never echoed, and the comparison is shown', async () => {
    fake = await startFakeProvider((req) => (req.headers.authorization === `Bearer ${FAKE.openaiProject}`
      ? loadAnswer('openai', '401-invalid-api-key').response
      : loadAnswer('openai', '200-models-list').response));
    const fresh = canary('ttyfresh');
    const r = await runInTty(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--base-url', fake.url], {
      cwd: project({}),
      env: { OPENAI_API_KEY: FAKE.openaiProject },
      typing: { waitFor: 'press Enter', send: `${fresh}\r` },
    });
    healthy(r, fresh, FAKE.openaiProject);
    expect(fake.requests.map((q) => q.headers.authorization)).toEqual([`Bearer ${FAKE.openaiProject}`, `Bearer ${fresh}`]);
    expect(r.lines.join('\n')).toMatch(/fresh/i);
    expect(r.code).toBe(1);
  });

  it('a monorepo root: one block per workspace package, named by it, and the footer says what failed', async () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['apps/*'] }),
      'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { next: '15.0.0' } }),
      'apps/web/.env.local': `OPENAI_API_KEY="${FAKE.openaiProject} "\n`,
      'apps/api/package.json': JSON.stringify({ name: 'api' }),
      'apps/api/.env': `STRIPE_SECRET_KEY=${FAKE.stripeTest}\n`,
    });
    const r = await runInTty(['check', '--offline'], { cwd: dir, env: { NO_COLOR: '1' } });
    healthy(r, FAKE.openaiProject, FAKE.stripeTest);
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => /^[✓✗?!·] /.test(l))).toEqual([
      '· apps/api: STRIPE_SECRET_KEY  Stripe  not checked live',
      '✗ apps/web: OPENAI_API_KEY  OpenAI  malformed_key',
    ]);
    expect(r.lines.at(-1)).toBe('2 keys: 1 malformed_key, 1 well-formed, not checked live (--offline).  For a support ticket: keydoctor report');
  });

  it('demo on a fresh machine: the header, the ✗ block of the replayed answer, in colour, with no crash', async () => {
    const r = await runInTty(['demo'], { cwd: project({}) });
    healthy(r);
    expect(r.code).toBe(0);
    expect(r.styled).toBe(true);
    expect(r.lines[0]).toBe('keydoctor demo: invalid-user  (keydoctor demo --list shows the others)');
    expect(r.lines).toContain('✗ OPENAI_API_KEY  OpenAI  invalid_user');
    expect(r.lines.join('\n')).toContain('keydoctor check would exit 1 here');
  });

  it('trace, explain, providers and report answer on a terminal without a crash', async () => {
    const dir = project({ '.env': `OPENAI_API_KEY=${FAKE.openaiProject}\n` });
    const trace = await runInTty(['trace'], { cwd: dir });
    healthy(trace, FAKE.openaiProject);
    expect(trace.lines.join('\n')).toContain('OPENAI_API_KEY');
    const explain = await runInTty(['explain', 'Incorrect API key provided'], { cwd: dir });
    healthy(explain);
    expect(explain.lines.join('\n')).toContain('invalid_key');
    const providers = await runInTty(['providers'], { cwd: dir });
    healthy(providers);
    expect(providers.lines.join('\n')).toContain('openai');
    const report = await runInTty(['report', '--offline', '--out', mkdtempSync(join(tmpdir(), 'kd-tty-report-'))], { cwd: dir });
    healthy(report, FAKE.openaiProject);
    expect(report.lines.join('\n')).toContain('Wrote the redacted report');
  });
});
