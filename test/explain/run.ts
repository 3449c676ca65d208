// Runs `keydoctor explain` in process: a commander program with only the
// explain command, fake streams, and the exit-code handling of src/cli/main.ts
// (usage errors and bad flags → 2). Used until the lead wires the command into main.
import { Readable, Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { registerExplain } from '../../src/cli/explain.js';
import { UsageError } from '../../src/core/errors.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Sink extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface RunOptions {
  /** Piped standard input; omitted means an interactive terminal. */
  stdin?: string | Buffer | Readable;
  env?: Record<string, string>;
}

export async function runExplain(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const stdout = new Sink();
  const stderr = new Sink();
  const stdin: NodeJS.ReadableStream & { isTTY?: boolean } =
    opts.stdin === undefined ? Object.assign(Readable.from([]), { isTTY: true }) : opts.stdin instanceof Readable ? opts.stdin : Readable.from([Buffer.from(opts.stdin)]);
  let code = 0;
  const program = new Command('keydoctor').exitOverride().configureOutput({
    writeOut: (s) => stdout.write(s),
    writeErr: (s) => stderr.write(s),
    outputError: () => {},
  });
  registerExplain(program, { stdout, stderr, stdin }, opts.env ?? {}, (c) => (code = c));
  try {
    await program.parseAsync(['node', 'keydoctor', 'explain', ...args]);
  } catch (err) {
    if (err instanceof CommanderError && err.code === 'commander.helpDisplayed') return { code: 0, stdout: stdout.text, stderr: stderr.text };
    if (err instanceof CommanderError || err instanceof UsageError) {
      stderr.write(`keydoctor: ${err.message.replace(/^error: /, '')}\n`);
      return { code: 2, stdout: stdout.text, stderr: stderr.text };
    }
    throw err;
  }
  return { code, stdout: stdout.text, stderr: stderr.text };
}
