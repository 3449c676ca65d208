// The CLI: parse, run, render, set the exit code. Nothing below this prints.
// Exit codes (DESIGN.md): 0 every key usable; 1 a key has a problem;
// 2 usage or config error; 3 inconclusive (network, proxy, TLS, outage, rate limit).
//
// Start-up cost is a feature: `--version` and `--help` need this file alone;
// any other command loads commands.ts (commander and the command modules,
// through V8's code cache once built), and only the command being run is
// evaluated (its module, and through it the pipeline, probes...).
import type { Command } from 'commander';
import { topLevelHelp } from '../render/help.js';
import { VERSION } from '../version.js';
import { AFTER_HELP, COMMAND_LIST, DESCRIPTION, type CommandName } from './command-list.js';
import type { CommandContext, MainIO, Register } from './context.js';

export type { CommandContext, MainIO } from './context.js';

type Commands = typeof import('./commands.js');
/** The command bundle (commands.ts), once loaded. */
let commands: Commands | undefined;
async function cli(): Promise<Commands> {
  return (commands ??= await import('./commands.js'));
}

/** A command's `register`, from its module in the command bundle. */
async function registerOf(name: CommandName): Promise<Register> {
  return (await (await cli()).commandModules[name]()).register;
}

const NAMES: readonly string[] = COMMAND_LIST.map((c) => c.name);
const QUIET_FLAGS = new Set(['-h', '--help', '-V', '--version', 'help']);

/** Which commands argv needs loaded in full: the one named, or check (the default). */
export function commandsFor(argv: string[]): CommandName[] {
  const first = argv[2];
  const named = (x: string | undefined) => (x !== undefined && NAMES.includes(x) ? [x as CommandName] : []);
  if (first === 'help') return named(argv[3]);
  if (named(first).length) return named(first);
  if (first && QUIET_FLAGS.has(first)) return [];
  return ['check'];
}

export async function buildProgram(ctx: CommandContext, full: readonly CommandName[]): Promise<Command> {
  const { Command } = await cli();
  const program = new Command('keydoctor')
    .description(DESCRIPTION)
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s), outputError: () => {} })
    .showSuggestionAfterError(true)
    .addHelpText('after', AFTER_HELP);
  for (const c of COMMAND_LIST) {
    if (full.includes(c.name)) (await registerOf(c.name))(program, ctx);
    else program.command(c.name, { isDefault: c.name === 'check' }).description(c.summary);
  }
  return program;
}

export async function run(argv: string[], io: MainIO): Promise<number> {
  // The answers that need nothing but this file (hooks call --version to probe for keydoctor).
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (argv.length === 3 && (argv[2] === '--help' || argv[2] === '-h')) {
    io.stdout.write(topLevelHelp(DESCRIPTION, COMMAND_LIST.map((c) => [c.name, c.summary] as const), AFTER_HELP));
    return 0;
  }
  let exitCode = 0;
  const ctx: CommandContext = { io, setExit: (code) => (exitCode = code), fullProgram: () => buildProgram(ctx, COMMAND_LIST.map((c) => c.name)) };
  // check, the default command, takes no argument: a first word that is no command is a typo of one.
  const first = argv[2];
  if (first !== undefined && !first.startsWith('-') && first !== 'help' && !NAMES.includes(first)) {
    const { didYouMean } = await import('../core/suggest.js');
    io.stderr.write(`keydoctor: unknown command '${first.replace(/[^\x20-\x7e]/g, '?')}'${didYouMean(first, NAMES) || '; `keydoctor --help` lists them'}\n`);
    return 2;
  }
  try {
    const program = await buildProgram(ctx, commandsFor(argv));
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    return await fail(err, io);
  } finally {
    // Pooled sockets, if a live call opened any.
    await commands?.shutdown();
  }
}

async function fail(err: unknown, io: MainIO): Promise<number> {
  const { CommanderError, UsageError, Redactor, guardText, oneLine, registerEnvSecrets } = await cli();
  // A message can quote argv or a project file (a field name from .keydoctor.yml):
  // sanitised first (one inert line), then redacted (output.ts finish() says why in that order).
  const line = (s: string) => guardText(oneLine(s), 'terminal');
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    // One line (commander puts its suggestion on a line of its own); what argv put in it cannot start one.
    io.stderr.write(guardText(`keydoctor: ${err.message.replace(/^error: /, '').replace(/\n\(Did you mean (.*)\?\)$/, '; did you mean $1?')}\n`, 'terminal'));
    return 2;
  }
  // Whatever went wrong, no secret from the environment reaches the message.
  const redactor = new Redactor();
  registerEnvSecrets(io.env, redactor);
  if (err instanceof UsageError) {
    io.stderr.write(redactor.redact(`keydoctor: ${line(err.message)}\n`));
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(redactor.redact(`keydoctor: internal error: ${line(message)}\n`));
  if (io.env.KEYDOCTOR_DEBUG && err instanceof Error && err.stack) io.stderr.write(redactor.redact(guardText(err.stack + '\n', 'terminal')));
  return 2;
}

export async function main(argv: string[]): Promise<void> {
  // Getters: Node builds process.stdin and process.stderr on first use, and for a
  // pipe that loads node:net (about 5 ms of a start); an offline check reads
  // neither and may never write to stderr.
  const io: MainIO = {
    get stdout() { return process.stdout; },
    get stderr() { return process.stderr; },
    get stdin() { return process.stdin; },
    stderrFd: 2,
    env: process.env,
  };
  const code = await run(argv, io);
  // A published install ships no code cache (each fits one Node version): the
  // first run that loaded the command bundles leaves one for the next start.
  commands?.storeMissingCaches();
  process.exitCode = code;
}
