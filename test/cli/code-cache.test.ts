// The built CLI loads its bundles through V8's code cache (src/boot/load-bundle.ts):
// the cache the build made is taken, a cache from another build or a broken one
// is not, and the CLI answers the same with or without one.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** A copy of the CLI (bin and dist) to break caches in. */
function copyOfCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keydoctor-cache-'));
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  symlinkSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  return dir;
}

function offlineCheck(bin: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [bin, 'check', '--offline', '--format', 'json'], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd }, encoding: 'utf8' });
}

describe('the code cache', () => {
  it('every bundle takes the cache its build made', () => {
    expect(cacheUse(join(ROOT, 'dist'))).toEqual({ 'commands.cjs': 'used', 'net.cjs': 'used', 'ora.cjs': 'used' });
  });

  it('a cache of another build or with damaged bytes is not offered to V8, V8 refuses one made under other flags, and the CLI answers the same', () => {
    const dir = copyOfCli();
    try {
      const dist = join(dir, 'dist');
      const other = readFileSync(join(dist, 'net.cjs.cache'));
      other.write('0123456789abcdef', 0, 'latin1');
      writeFileSync(join(dist, 'net.cjs.cache'), other);
      const corrupt = readFileSync(join(dist, 'commands.cjs.cache'));
      corrupt.fill(7, 16 + 64);
      writeFileSync(join(dist, 'commands.cjs.cache'), corrupt);
      // A cache made where V8 ran with other flags (as NODE_OPTIONS can make it).
      const remake = `const l = require(${JSON.stringify(join(dist, 'load.cjs'))}); l.loadBundle(${JSON.stringify(dist)}, 'ora.cjs'); l.writeCaches();`;
      expect(spawnSync(process.execPath, ['--no-opt', '-e', remake], { env: { PATH: process.env.PATH ?? '' } }).status).toBe(0);
      expect(cacheUse(dist)).toEqual({ 'commands.cjs': 'none', 'net.cjs': 'none', 'ora.cjs': 'rejected' });

      const p = project({ '.env': 'OPENAI_API_KEY=sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0EXAMPLE0EXAMPLE0\n' });
      const withCache = offlineCheck(join(ROOT, 'bin', 'keydoctor.js'), p);
      const broken = offlineCheck(join(dir, 'bin', 'keydoctor.js'), p);
      expect(broken.stderr).toBe('');
      expect(broken.status).toBe(withCache.status);
      const strip = (s: string) => s.replace(/"generatedAt": "[^"]+"/, '').replace(/"(latencyMs|durationMs)": \d+/g, '');
      expect(strip(broken.stdout)).toBe(strip(withCache.stdout));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
