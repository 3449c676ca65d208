// `keydoctor trace` as a command: flags, renderers, exit codes, redaction.
// In-process through registerTrace on a program built here, and through the
// built binary (runCli).
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerTrace } from '../../src/cli/trace.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { FIXTURES, fp } from './helpers.js';
import { K } from './keys.js';

async function traceCmd(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const sink = new Writable({ write(chunk, _enc, done) { stdout += String(chunk); done(); } });
  let code = 0;
  const program = new Command('keydoctor').exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
  registerTrace(program, { stdout: sink, stderr: sink }, { HOME: '/nonexistent', ...env }, (c) => (code = c));
  await program.parseAsync(['node', 'keydoctor', 'trace', ...args]);
  return { code, stdout };
}

describe('keydoctor trace (in process)', () => {
  it('--format json prints variables[] with definitions[] and findings[], and never a value', async () => {
    const { code, stdout } = await traceCmd(['OPENAI_API_KEY', '--cwd', join(FIXTURES, 'dotenv-vite'), '--format', 'json'], { OPENAI_API_KEY: K.openaiProd });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.loader).toEqual({ name: 'vite', reason: 'package.json depends on vite', order: ['.env.development.local', '.env.development', '.env.local', '.env'] });
    expect(out.variables.map((v: { name: string }) => v.name)).toEqual(['OPENAI_API_KEY']);
    expect(out.variables[0].definitions.map((d: Record<string, unknown>) => [d.kind, d.file, d.line, d.fingerprint, d.wins])).toEqual([
      ['process', 'process environment', null, fp(K.openaiProd), true],
      ['dotenv', '.env.development', 1, fp(K.openaiOld), false],
      ['dotenv', '.env.local', 1, fp(K.openai), false],
      ['dotenv', '.env', 2, fp(K.openai), false],
    ]);
    expect(out.variables[0].findings.map((f: { code: string }) => f.code)).toEqual(['trace.conflict', 'trace.conflict', 'trace.conflict']);
    expect(stdout).not.toContain('"value"');
    for (const k of [K.openai, K.openaiOld, K.openaiProd]) expect(stdout).not.toContain(k);
  });

  it('prints one table per variable, winner first, with the order it applied', async () => {
    const { code, stdout } = await traceCmd(['--cwd', join(FIXTURES, 'dotenv-vite'), '--no-color']);
    expect(code).toBe(0);
    const A = fp(K.openai), B = fp(K.openaiOld);
    expect(stdout.split('\n').slice(0, 9).map((l) => l.trimEnd())).toEqual([
      'loader Vite (package.json depends on vite) · mode development · .env order .env.development.local > .env.development > .env.local > .env',
      '',
      'OPENAI_API_KEY',
      '    VALUE          FINGERPRINT      TYPE    LOCATION            WINS / WHY',
      `  → sk-proj-…PLE1  ${B}  dotenv  .env.development:1  wins in local`,
      `    sk-proj-…PLE0  ${A}  dotenv  .env.local:1        shadowed in local by .env.development:1`,
      `    sk-proj-…PLE0  ${A}  dotenv  .env:2              shadowed in local by .env.development:1`,
      '    order  local: Vite order for mode development: process environment > .env.development.local > .env.development > .env.local > .env',
      `  ! conflict  .env.local:1 sets OPENAI_API_KEY to another value (${A}) than .env.development:1 (${B}), which wins in local: Vite order for mode development: process environment > .env.development.local > .env.development > .env.local > .env.`,
    ]);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 variable traced in 4 files: 2 warnings.');
  });

  it('exits 1 when a finding is an error (a hard-coded key)', async () => {
    const { code, stdout } = await traceCmd(['--cwd', join(FIXTURES, 'hardcoded'), '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).exitCode).toBe(1);
  });

  it('--mode and --loader choose the order', async () => {
    const { stdout } = await traceCmd(['OPENAI_API_KEY', '--cwd', join(FIXTURES, 'dotenv-nextjs'), '--mode', 'production', '--loader', 'dotenv-flow', '--format', 'json']);
    const out = JSON.parse(stdout);
    expect(out.mode).toBe('production');
    expect(out.loader).toEqual({ name: 'dotenv-flow', reason: '--loader', order: ['.env.production.local', '.env.production', '.env.local', '.env'] });
    expect(out.variables[0].definitions[0]).toMatchObject({ file: '.env.production', wins: true });
  });

  it('rejects a bad variable name, a bad loader and a missing directory as usage errors', async () => {
    await expect(traceCmd(['1BAD'])).rejects.toMatchObject({ name: 'UsageError' });
    await expect(traceCmd(['--loader', 'webpack'])).rejects.toMatchObject({ code: 'commander.invalidArgument' });
    await expect(traceCmd(['--cwd', join(FIXTURES, 'no-such-project')])).rejects.toMatchObject({ name: 'UsageError' });
  });

  it('names a variable defined nowhere as an error', async () => {
    const { code, stdout } = await traceCmd(['NOWHERE_KEY', '--cwd', join(FIXTURES, 'dotenv-vite'), '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).variables[0]).toMatchObject({ name: 'NOWHERE_KEY', definitions: [] });
  });
});

describe('keydoctor trace (the built CLI)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('traces a fixture project and exits 1 on a hard-coded key, without printing it', async () => {
    const r = await runCli(['trace', '--format', 'json'], { cwd: join(FIXTURES, 'hardcoded'), env: { OPENAI_API_KEY: K.openai } });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.variables[0].findings.map((f: { code: string }) => f.code)).toContain('trace.hardcoded');
    expect(r.stdout + r.stderr).not.toContain(K.openai);
  });

  it('exits 2 on a usage error', async () => {
    const r = await runCli(['trace', '--loader', 'webpack']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('loader');
  });
});
