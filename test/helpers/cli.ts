// Runs the built CLI as a child process, as a user would, with a clean
// environment: nothing from the developer's shell (no real keys, no proxies).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'keydoctor.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A HOME with nothing in it: no shell start-up files, no user config. Not the
 * project folder: HOME is never a project (src/sources/scope.ts), so a run
 * there reads only the folder's own files.
 */
export const EMPTY_HOME = mkdtempSync(join(tmpdir(), 'keydoctor-home-'));

export function runCli(
  args: string[],
  /** killAfterMs: end a run that hangs (code -1), so a test's timeout leaves no process behind. */
  opts: { env?: Record<string, string>; cwd?: string; stdin?: string; killAfterMs?: number } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? emptyProject(),
      env: { PATH: process.env.PATH ?? '', HOME: EMPTY_HOME, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(opts.killAfterMs ? { timeout: opts.killAfterMs } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    // A CLI that stops before it reads its input (a usage error exits 2 at once) closes the pipe first: writing to it then
    // fails with EPIPE, which is the test's race, not the CLI's fault. The exit code and output are what a test reads.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.stdin ?? '');
  });
}

/** A fresh empty directory to run in. */
export function emptyProject(): string {
  return mkdtempSync(join(tmpdir(), 'keydoctor-test-'));
}

/** A temporary project with the given files. */
export function project(files: Record<string, string>): string {
  const dir = emptyProject();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * `npm test` builds before running the suites; when a suite is run on its own,
 * build first if there is no build or the sources changed since the last one
 * (a stale dist/ made a suite test yesterday's CLI). esbuild bundles even when
 * another file has type errors, which the typecheck step reports.
 */
export function ensureBuilt(): void {
  const main = join(ROOT, 'dist', 'main.cjs');
  if (existsSync(main) && statSync(main).mtimeMs >= newest(join(ROOT, 'src'))) return;
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'ignore' });
}
