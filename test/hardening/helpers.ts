// Shared by the hardening suites: run the built CLI with a canary key, read
// its JSON verdict, and search everything it printed for the canary.
import { expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';

/** What a vitest timeout adds to the CLI's own --timeout: process start-up and a loaded machine. */
export const MARGIN_MS = 15_000;

export interface Verdict {
  r: CliResult;
  /** The first key's JSON result. */
  k: {
    category: string;
    verdict: string;
    fixes: string[];
    summary: string;
    live?: { status?: number; errorCode?: string; attempts?: number; headers: Record<string, string> };
    classification?: { rule: string; evidence: string[] };
    steps: { step: string; status: string; findings: { code: string; severity: string; message: string; fix?: string }[] }[];
  };
}

/** `keydoctor check --format json` with `env`; the first key's result. */
export async function checkJson(args: string[], env: Record<string, string>, opts: { cwd?: string; stdin?: string } = {}): Promise<Verdict> {
  const r = await runCli(['check', '--format', 'json', ...args], { env, ...opts });
  let out: { keys: Verdict['k'][] };
  try {
    out = JSON.parse(r.stdout) as { keys: Verdict['k'][] };
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 300)} ${r.stderr.slice(0, 300)}`);
  }
  expect(out.keys.length, r.stderr).toBeGreaterThan(0);
  return { r, k: out.keys[0]! };
}

export function findings(k: Verdict['k']): { code: string; severity: string; message: string; fix?: string }[] {
  return k.steps.flatMap((s) => s.findings);
}

/** Neither the canary nor a long piece of it in any stream. */
export function assertNoCanary(r: CliResult, ...canaries: string[]): void {
  for (const c of canaries) {
    for (const [where, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
      expect(text.includes(c), `canary in ${where}`).toBe(false);
      if (c.length > 30) expect(text.includes(c.slice(8, 30)), `canary fragment in ${where}`).toBe(false);
    }
  }
}

export interface FileState {
  hash: string;
  mtimeMs: number;
  size: number;
}

/** Every file under `dir` (relative path → hash, mtime, size). */
export function snapshot(dir: string): Map<string, FileState> {
  const out = new Map<string, FileState>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const st = statSync(p);
        out.set(relative(dir, p), { hash: createHash('sha256').update(readFileSync(p)).digest('hex'), mtimeMs: st.mtimeMs, size: st.size });
      }
    }
  };
  walk(dir);
  return out;
}
