// Nothing the user owns is modified: every command that reads a project
// leaves every file's content, size and mtime as it found them; `report`
// adds exactly its two files and touches nothing else. Run both as a user
// would (the built CLI on fixture projects) and in process on random
// projects (fast-check, RUNS_PROJECTS runs per property), where any exception
// that escapes the CLI would surface as "internal error" or a rejection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { canary, FAKE } from '../helpers/keys.js';
import { anyText, dotenvText, invalidUtf8, yamlText } from './arbitraries.js';
import { snapshot } from './helpers.js';

export const RUNS_PROJECTS = 40;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'keydoctor-own-'));
  dirs.push(d);
  return d;
}
beforeAll(() => ensureBuilt(), 120_000);

const key = canary('own');
const RICH: Record<string, string | Buffer> = {
  '.env': `# local development\r\nOPENAI_API_KEY=${key}\r\nexport GH_TOKEN="${FAKE.githubClassic}"\r\nMULTI="a\nb"\r\n`,
  '.env.local': 'STRIPE_SECRET_KEY=sk_test_FAKE\nKEYDOCTOR_OPENAI_BASE_URL=http://127.0.0.1:9\n',
  '.env.production': Buffer.from([0x4f, 0x50, 0x3d, 0xff, 0xfe, 0x00, 0x0a]), // invalid UTF-8 and a NUL
  '.keydoctor.yml': 'keys:\n  - env: OPENAI_API_KEY\n    expect: { environment: production }\n  - GH_TOKEN\ntimeout: 2000\n',
  'docker-compose.yml': 'services:\n  app:\n    env_file: .env\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n',
  'k8s/secret.yaml': 'apiVersion: v1\nkind: Secret\nstringData:\n  OPENAI_API_KEY: "sk-proj-FAKE\\n"\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n',
  'Dockerfile': 'FROM node:20\nENV OPENAI_API_KEY=placeholder\n',
  'src/config.ts': `export const key = '${FAKE.stripeTest}';\n`,
  'package.json': '{"name":"app","scripts":{"start":"node index.js"}}\n',
  'assets/logo.bin': Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
};

function richProject(extra: Record<string, string | Buffer> = {}): string {
  const dir = tmp();
  for (const [name, body] of Object.entries({ ...RICH, ...extra })) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

function expectUnchanged(before: ReturnType<typeof snapshot>, dir: string, added: RegExp[] = []): void {
  const after = snapshot(dir);
  for (const [name, state] of before) expect(after.get(name), name).toEqual(state);
  const extra = [...after.keys()].filter((n) => !before.has(n));
  expect(extra.length).toBe(added.length);
  for (const re of added) expect(extra.some((n) => re.test(n))).toBe(true);
}

const noCrash = (stderr: string) => expect(stderr).not.toMatch(/internal error|\bat .*\.[jt]s:\d+|Error: /);

describe('the CLI on fixture projects modifies nothing', () => {
  const env = { OPENAI_API_KEY: key };
  const commands: [string, string[]][] = [
    ['check --offline', ['check', '--offline']],
    ['check --offline --format json', ['check', '--offline', '--format', 'json']],
    ['check --offline with every key named', ['check', '--offline', '--env-var', 'OPENAI_API_KEY', '--env-var', 'GH_TOKEN']],
    ['providers', ['providers']],
    ['trace', ['trace', '--format', 'json']],
    ['trace OPENAI_API_KEY', ['trace', 'OPENAI_API_KEY']],
  ];
  for (const [label, args] of commands) {
    it(`${label}: every file's hash, size and mtime unchanged`, async () => {
      const dir = richProject();
      const before = snapshot(dir);
      const r = await runCli(args, { cwd: dir, env });
      expect([0, 1, 2, 3]).toContain(r.code);
      noCrash(r.stderr);
      expectUnchanged(before, dir);
    });
  }

  it('report --offline --out elsewhere: the project unchanged, two files written there', async () => {
    const dir = richProject();
    const out = tmp();
    const before = snapshot(dir);
    const r = await runCli(['report', '--offline', '--out', out], { cwd: dir, env });
    noCrash(r.stderr);
    expectUnchanged(before, dir);
    expect(readdirSync(out).sort()).toEqual([expect.stringMatching(/^keydoctor-report-.*\.json$/), expect.stringMatching(/^keydoctor-report-.*\.md$/)]);
  });

  it('report --offline in the project: its two files added, nothing else touched', async () => {
    const dir = richProject();
    const before = snapshot(dir);
    const r = await runCli(['report', '--offline'], { cwd: dir, env });
    noCrash(r.stderr);
    expectUnchanged(before, dir, [/^keydoctor-report-.*\.md$/, /^keydoctor-report-.*\.json$/]);
  });

  it('a broken .keydoctor.yml: exit 2, one line naming file:line, nothing touched', async () => {
    const dir = richProject({ '.keydoctor.yml': 'keys:\n  - env: A\n    expect: [oops\n' });
    const before = snapshot(dir);
    const r = await runCli(['check', '--offline'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\.keydoctor\.yml:\d+:/);
    expectUnchanged(before, dir);
  });

  it('a .env of 2 MB: not read, a finding naming it, nothing touched', async () => {
    const dir = richProject({ '.env.local': 'X=' + 'y'.repeat(2 * 1024 * 1024) });
    const before = snapshot(dir);
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd: dir, env });
    expect(JSON.parse(r.stdout).findings).toContainEqual(expect.objectContaining({ code: 'trace.unreadable', message: expect.stringMatching(/^\.env\.local is larger than 1 MiB/), location: { file: '.env.local' } }));
    expectUnchanged(before, dir);
  });
});

/** The CLI in this process: fake streams, no network (every run is --offline). */
async function inProcess(argv: string[], stdin: string | Buffer = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write: (c, _e, cb) => (add(String(c)), cb()) });
  const input = Object.assign(Readable.from([Buffer.from(stdin)]), { isTTY: false });
  const code = await run(['node', 'keydoctor', ...argv], {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: input,
    env: { PATH: process.env.PATH, OPENAI_API_KEY: key },
  });
  return { code, stdout, stderr };
}

describe('random projects, in process', () => {
  const files = fc.record({
    '.env': fc.oneof(dotenvText, invalidUtf8),
    '.env.development': dotenvText,
    '.keydoctor.yml': yamlText,
    'docker-compose.yml': yamlText,
    'k8s/deploy.yaml': yamlText,
    '.github/workflows/ci.yml': yamlText,
    'notes.txt': anyText,
  }, { requiredKeys: ['.env'] });

  it(`check and report --offline on ${RUNS_PROJECTS} random projects: no crash, exit 0-3, only report's two files added`, async () => {
    await fc.assert(
      fc.asyncProperty(files, async (fs) => {
        const dir = project(fs as Record<string, string>);
        dirs.push(dir);
        const out = tmp();
        const before = snapshot(dir);
        for (const argv of [['check', '--offline', '--cwd', dir], ['check', '--offline', '--format', 'json', '--cwd', dir], ['report', '--offline', '--out', out, '--cwd', dir]]) {
          const r = await inProcess(argv);
          expect([0, 1, 2, 3]).toContain(r.code);
          noCrash(r.stderr);
          if (r.code === 2) expect(r.stderr.trim().split('\n')).toHaveLength(1);
          if (argv[0] === 'check' && argv.includes('json') && r.code !== 2) JSON.parse(r.stdout);
        }
        expectUnchanged(before, dir);
        expect([0, 2]).toContain(readdirSync(out).length);
      }),
      { numRuns: RUNS_PROJECTS },
    );
  }, 120_000);

  it(`explain on pasted text of every kind (megabytes, binary, invalid UTF-8): exit 0-2, no crash (${RUNS_PROJECTS} runs)`, async () => {
    const pasted = fc.oneof(anyText.map((t) => Buffer.from(t)), fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)), fc.integer({ min: 1, max: 3 }).map((mb) => Buffer.alloc(mb * 1024 * 1024, 'Error: 401 Incorrect API key provided ')));
    await fc.assert(
      fc.asyncProperty(pasted, async (text) => {
        const r = await inProcess(['explain', '--format', 'json'], text);
        expect([0, 1, 2]).toContain(r.code);
        noCrash(r.stderr);
        if (r.code === 2) expect(r.stderr.trim().split('\n')).toHaveLength(1);
      }),
      { numRuns: RUNS_PROJECTS },
    );
  }, 120_000);
});
