// The CLI: parse, run, render, set the exit code. Nothing below this prints.
// Exit codes (DESIGN.md): 0 every key usable; 1 a key has a problem;
// 2 usage or config error; 3 inconclusive (network, proxy, TLS, outage, rate limit).
import { Command, CommanderError } from 'commander';
import { UsageError } from '../core/errors.js';
import { EXIT } from '../core/result.js';
import { closeDispatchers } from '../net/client.js';
import { Redactor } from '../redact/redactor.js';
import { VERSION } from '../version.js';
import { registerCheck } from './check.js';
import { registerProviders } from './providers.js';
import { registerReport } from './report.js';
import type { Streams } from './output.js';

export interface MainIO extends Streams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export async function run(argv: string[], io: MainIO): Promise<number> {
  let exitCode: number = EXIT.OK;
  const program = new Command('keydoctor')
    .description('A doctor for API keys that fail: which key is wrong, where it came from, what the provider said, what to do.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    })
    .showSuggestionAfterError(true);
  registerCheck(program, io, io.env, (code) => (exitCode = code));
  registerReport(program, io, io.env, (code) => (exitCode = code));
  registerProviders(program, io);

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    return fail(err, io);
  } finally {
    await closeDispatchers();
  }
}

function fail(err: unknown, io: MainIO): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
    io.stderr.write(`keydoctor: ${err.message.replace(/^error: /, '')}\n`);
    return EXIT.USAGE;
  }
  // Whatever went wrong, no secret from the environment reaches the message.
  const redactor = new Redactor();
  for (const v of Object.values(io.env)) if (v && v.length >= 16) redactor.add(v);
  if (err instanceof UsageError) {
    io.stderr.write(redactor.redact(`keydoctor: ${err.message}\n`));
    return EXIT.USAGE;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(redactor.redact(`keydoctor: internal error: ${message}\n`));
  if (io.env.KEYDOCTOR_DEBUG && err instanceof Error && err.stack) io.stderr.write(redactor.redact(err.stack + '\n'));
  return EXIT.USAGE;
}

export async function main(argv: string[]): Promise<void> {
  const code = await run(argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
  process.exitCode = code;
}
