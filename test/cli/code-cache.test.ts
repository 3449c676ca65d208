// The built CLI loads its bundles through V8's code cache (src/boot/load-bundle.ts):
// the cache the build made is taken, a cache from another build or a broken one
// is not, and the CLI answers the same with or without one.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, project, ROOT } from '../helpers/cli.js';

beforeAll(() => ensureBuilt(), 60_000);

const BUNDLES = ['commands.cjs', 'net.cjs', 'ora.cjs'];

/** Load every bundle in `dist` in a clean process; what each did with its cache. */
function cacheUse(dist: string): Record<string, string> {
  const script = `const l = require(${JSON.stringify(join(dist, 'load.cjs'))});
for (const b of ${JSON.stringify(BUNDLES)}) l.loadBundle(${JSON.stringify(dist)}, b);
process.stdout.write(JSON.stringify(Object.fromEntries(l.cacheUse().map((u) => [u.name, u.cache]))));`;
  const r = spawnSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Record<string, string>;
}

/**
 * Run `body` on a copy of the CLI (bin and dist) to break caches in, removed
 * afterwards; `withCaches: false` is a published install.
 */
function withCopyOfCli(withCaches: boolean, body: (cli: { dist: string; bin: string }) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'keydoctor-cache-'));
  try {
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true, filter: (src) => withCaches || !src.endsWith('.cache') });
    symlinkSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    body({ dist: join(dir, 'dist'), bin: join(dir, 'bin', 'keydoctor.js') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Write `bundle`'s cache as a process where V8 ran with other flags would (as NODE_OPTIONS can make it). */
function cacheUnderOtherFlags(dist: string, bundle: string): void {
  const remake = `const l = require(${JSON.stringify(join(dist, 'load.cjs'))}); l.loadBundle(${JSON.stringify(dist)}, ${JSON.stringify(bundle)}); l.writeCaches();`;
  expect(spawnSync(process.execPath, ['--no-opt', '-e', remake], { env: { PATH: process.env.PATH ?? '' } }).status).toBe(0);
}

const REFERENCE_BIN = join(ROOT, 'bin', 'keydoctor.js');

/** The JSON report without what differs from run to run (times). */
const strip = (s: string) => s.replace(/"generatedAt": "[^"]+"/, '').replace(/"(latencyMs|durationMs)": \d+/g, '');

const ENV_FILE = 'OPENAI_API_KEY=sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0EXAMPLE0EXAMPLE0\n';

type Answer = { status: number | null; stdout: string; stderr: string };

/** The same exit code and output as the reference run, and nothing on stderr. */
function expectSameAnswer(run: Answer, reference: Answer): void {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(reference.status);
  expect(strip(run.stdout)).toBe(strip(reference.stdout));
}

function offlineCheck(bin: string, cwd: string): Answer {
  return spawnSync(process.execPath, [bin, 'check', '--offline', '--format', 'json'], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd }, encoding: 'utf8' });
}

describe('the code cache', () => {
  it('every bundle takes the cache its build made', () => {
    expect(cacheUse(join(ROOT, 'dist'))).toEqual({ 'commands.cjs': 'used', 'net.cjs': 'used', 'ora.cjs': 'used' });
  });

  it('a cache of another build or with damaged bytes is not offered to V8, V8 refuses one made under other flags, and the CLI answers the same', () => {
    withCopyOfCli(true, ({ dist, bin }) => {
      const other = readFileSync(join(dist, 'net.cjs.cache'));
      other.write('0123456789abcdef', 0, 'latin1');
      writeFileSync(join(dist, 'net.cjs.cache'), other);
      const corrupt = readFileSync(join(dist, 'commands.cjs.cache'));
      corrupt.fill(7, 16 + 64);
      writeFileSync(join(dist, 'commands.cjs.cache'), corrupt);
      cacheUnderOtherFlags(dist, 'ora.cjs');
      expect(cacheUse(dist)).toEqual({ 'commands.cjs': 'none', 'net.cjs': 'none', 'ora.cjs': 'rejected' });

      const p = project({ '.env': ENV_FILE });
      expectSameAnswer(offlineCheck(bin, p), offlineCheck(REFERENCE_BIN, p));
    });
  });

  it('a run that had no cache leaves one, without a trace of the keys it checked, and the next run takes it', () => {
    withCopyOfCli(false, ({ dist, bin }) => {
      // A canary: a key in the OpenAI format that exists nowhere else.
      const canary = `sk-proj-CANARY${Date.now()}FAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0EXAMPLE0`;
      const p = project({ '.env': `OPENAI_API_KEY=${canary}\n` });
      const first = offlineCheck(bin, p);
      expect(first.stderr).toBe('');
      // An offline check loads the command bundle only: that cache is the one stored.
      expect(readdirSync(dist).filter((f) => f.includes('.cache')).sort()).toEqual(['commands.cjs.cache']);
      expect(cacheUse(dist)).toEqual({ 'commands.cjs': 'used', 'net.cjs': 'none', 'ora.cjs': 'none' });
      const cache = readFileSync(join(dist, 'commands.cjs.cache'));
      // The search can find what is there: the literals of keydoctor's source.
      expect(cache.includes(Buffer.from('OPENAI_API_KEY', 'latin1'))).toBe(true);
      for (const piece of [canary, canary.slice(8, 40), canary.slice(-24)]) expect(cache.includes(Buffer.from(piece, 'latin1'))).toBe(false);
      expectSameAnswer(offlineCheck(bin, p), first);
    });
  });

  it('where no cache can be stored, the run answers the same, says nothing and leaves nothing behind', () => {
    withCopyOfCli(false, ({ dist, bin }) => {
      // A directory where the cache file would go: reading and renaming onto it both fail.
      mkdirSync(join(dist, 'commands.cjs.cache', 'in-the-way'), { recursive: true });
      const before = readdirSync(dist).sort();
      const p = project({ '.env': ENV_FILE });
      expectSameAnswer(offlineCheck(bin, p), offlineCheck(REFERENCE_BIN, p));
      expect(readdirSync(dist).sort()).toEqual(before);
    });
  });

  it('a cache V8 refuses because of other flags stays for the runs without them; one made by another Node is replaced', () => {
    withCopyOfCli(false, ({ dist, bin }) => {
      const file = join(dist, 'commands.cjs.cache');
      cacheUnderOtherFlags(dist, 'commands.cjs');
      const underFlags = readFileSync(file);
      expect(cacheUse(dist)['commands.cjs']).toBe('rejected');
      const p = project({ '.env': ENV_FILE });
      const reference = offlineCheck(REFERENCE_BIN, p);
      expectSameAnswer(offlineCheck(bin, p), reference);
      expect(readFileSync(file).equals(underFlags)).toBe(true);

      // The same cache as if another Node version had made it (the version sits after the build id).
      const older = Buffer.from(underFlags);
      older.write('v0.0.0'.padEnd(16), 16, 'latin1');
      writeFileSync(file, older);
      expect(cacheUse(dist)['commands.cjs']).toBe('rejected');
      expectSameAnswer(offlineCheck(bin, p), reference);
      expect(cacheUse(dist)['commands.cjs']).toBe('used');
    });
  });
});
