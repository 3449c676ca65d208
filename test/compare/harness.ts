// Runs `keydoctor compare` in-process, the way src/cli/main.ts runs a command:
// a commander program with the command registered, usage errors on stderr with
// exit 2. Until the lead wires compare into main.ts, this is the CLI under test.
import { PassThrough, Readable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { registerCompare } from '../../src/cli/compare.js';
import { UsageError } from '../../src/core/errors.js';
import { Redactor } from '../../src/redact/redactor.js';
import { emptyProject } from '../helpers/cli.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh key visibly fake, in OpenAI's project-key format, different from FAKE.openaiProject. */
export const FRESH_OPENAI = `sk-proj-${'FRESHFAKE0'.repeat(4)}T3BlbkFJ${'EXAMPLE1'.repeat(5)}`;

export async function compareCli(args: string[], opts: { env?: Record<string, string>; stdin?: string | NodeJS.ReadableStream; cwd?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough();
  const err = new PassThrough();
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const stdin = typeof opts.stdin === 'string' || opts.stdin === undefined ? Readable.from([Buffer.from(opts.stdin ?? '')]) : opts.stdin;
  const env = { ...opts.env };
  let code = 0;
  const program = new Command('keydoctor').exitOverride().configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => err.write(s), outputError: () => {} });
  registerCompare(program, { stdout: out, stderr: err, stdin }, env, (c) => (code = c));
  const cwdArgs = args.includes('--cwd') ? [] : ['--cwd', opts.cwd ?? emptyProject()];
  try {
    await program.parseAsync([...args, ...cwdArgs], { from: 'user' });
  } catch (e) {
    const redactor = new Redactor();
    for (const v of Object.values(env)) if (v && v.length >= 16) redactor.add(v);
    if (e instanceof CommanderError) err.write(`keydoctor: ${e.message.replace(/^error: /, '')}\n`);
    else if (e instanceof UsageError) err.write(redactor.redact(`keydoctor: ${e.message}\n`));
    else throw e;
    code = 2;
  }
  await new Promise((r) => setImmediate(r));
  return { code, stdout, stderr };
}
