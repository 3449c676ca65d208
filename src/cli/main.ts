// The CLI: parse, run, render, set the exit code. Nothing below this prints.
// Exit codes (DESIGN.md): 0 every key usable; 1 a key has a problem;
// 2 usage or config error; 3 inconclusive (network, proxy, TLS, outage, rate limit).
//
// Start-up cost is a feature: `--version` and `--help` need this file alone;
// any other command loads commands.ts (commander and the command modules,
// through V8's code cache once built), and only the command being run is
// evaluated (its module, and through it the pipeline, probes...).
import type { Command } from 'commander';
import { VERSION } from '../version.js';
import type { Streams } from './output.js';

export interface MainIO extends Streams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export interface CommandContext {
  io: MainIO;
  setExit: (code: number) => void;
}

type Register = (program: Command, ctx: CommandContext) => void;

interface CommandEntry {
  name: string;
  description: string;
  load: () => Promise<Register>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'check',
    description: 'check every API key the project uses: format, sources, a live call, the answer classified',
    load: async () => { const m = await (await cli()).commandModules.check(); return (p, c) => m.registerCheck(p, c.io, c.io.env, c.setExit); },
  },
  {
    name: 'demo',
    description: 'show what check does on a sample project, with recorded answers replayed locally: no key, no network, none of your files',
    load: async () => { const m = await (await cli()).commandModules.demo(); return (p, c) => m.registerDemo(p, c.io, c.io.env, c.setExit); },
  },
  {
    name: 'trace',
    description: 'show every place a key is defined and which definition wins',
    load: async () => { const m = await (await cli()).commandModules.trace(); return (p, c) => m.registerTrace(p, c.io, c.io.env, c.setExit); },
  },
  {
    name: 'explain',
    description: 'classify a pasted error message, SDK exception or HTTP answer',
    load: async () => { const m = await (await cli()).commandModules.explain(); return (p, c) => m.registerExplain(p, c.io, c.io.env, c.setExit); },
  },
  {
    name: 'compare',
    description: 'run the same live call with the configured key and a fresh one from stdin, and say what differs',
    load: async () => { const m = await (await cli()).commandModules.compare(); return (p, c) => m.registerCompare(p, c.io, c.io.env, c.setExit); },
  },
  {
    name: 'report',
    description: 'run check and write a redacted support-ticket bundle (Markdown and JSON)',
    load: async () => { const m = await (await cli()).commandModules.report(); return (p, c) => m.registerReport(p, c.io, c.io.env, c.setExit); },
  },
  {
    name: 'providers',
    description: 'list the built-in providers, the variables each checks and the key formats it knows',
    load: async () => { const m = await (await cli()).commandModules.providers(); return (p, c) => m.registerProviders(p, c.io); },
  },
  {
    name: 'completion',
    description: 'print a shell completion script (bash, zsh or fish)',
    load: async () => { const m = await (await cli()).commandModules.completion(); return (p, c) => m.registerCompletion(p, c.io, () => buildProgram(c, COMMANDS.map((e) => e.name))); },
  },
];

type Commands = typeof import('./commands.js');
/** The command bundle (commands.ts), once loaded. */
let commands: Commands | undefined;
async function cli(): Promise<Commands> {
  return (commands ??= await import('./commands.js'));
}

const QUIET_FLAGS = new Set(['-h', '--help', '-V', '--version', 'help']);

/** Which commands argv needs loaded in full: the one named, or check (the default). */
export function commandsFor(argv: string[]): string[] {
  const first = argv[2];
  if (first === 'help') {
    const named = argv[3];
    return named && COMMANDS.some((c) => c.name === named) ? [named] : [];
  }
  if (first && COMMANDS.some((c) => c.name === first)) return [first];
  if (first && QUIET_FLAGS.has(first)) return [];
  return ['check'];
}

const DESCRIPTION = 'A doctor for API keys that fail: which key is wrong, where it came from, what the provider said, what to do.';
const AFTER_HELP = `
With no command, keydoctor runs check. \`keydoctor help <command>\` shows a command's options.

Exit codes: 0 every key usable; 1 a key has a problem; 2 usage or config error;
3 inconclusive (network, proxy, TLS, outage or rate limit stopped a check).`;

/** The top-level help, laid out as commander lays it out, without loading commander. */
export function topLevelHelp(): string {
  const wrap = (text: string, indent: number, width = 80): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && indent + line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
  };
  const rows: [string, string][] = [...COMMANDS.map((c): [string, string] => [c.name, c.description]), ['help [command]', 'display help for command']];
  const col = Math.max(...rows.map(([n]) => n.length)) + 2;
  const commands = rows.flatMap(([n, d]) => wrap(d, col + 2).map((l, i) => `  ${(i === 0 ? n : '').padEnd(col)}${l}`));
  return [
    'Usage: keydoctor [options] [command]',
    '',
    ...wrap(DESCRIPTION, 0),
    '',
    'Options:',
    `  ${'-V, --version'.padEnd(col)}output the version number`,
    `  ${'-h, --help'.padEnd(col)}display help for command`,
    '',
    'Commands:',
    ...commands,
    AFTER_HELP,
    '',
  ].join('\n');
}

export async function buildProgram(ctx: CommandContext, full: string[]): Promise<Command> {
  const { Command } = await cli();
  const program = new Command('keydoctor')
    .description(DESCRIPTION)
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      outputError: () => {},
    })
    .showSuggestionAfterError(true)
    .addHelpText('after', AFTER_HELP);
  for (const entry of COMMANDS) {
    if (full.includes(entry.name)) (await entry.load())(program, ctx);
    else program.command(entry.name, { isDefault: entry.name === 'check' }).description(entry.description);
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
    io.stdout.write(topLevelHelp());
    return 0;
  }
  let exitCode = 0;
  const ctx: CommandContext = { io, setExit: (code) => (exitCode = code) };
  // check, the default command, takes no argument: a first word that is no command is a typo of one.
  const first = argv[2];
  if (first !== undefined && !first.startsWith('-') && first !== 'help' && !COMMANDS.some((c) => c.name === first)) {
    const { didYouMean } = await import('../core/suggest.js');
    io.stderr.write(`keydoctor: unknown command '${first.replace(/[^\x20-\x7e]/g, '?')}'${didYouMean(first, COMMANDS.map((c) => c.name)) || '; `keydoctor --help` lists them'}\n`);
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
  const { CommanderError, UsageError, Redactor, guardText, oneLine } = await cli();
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
  for (const v of Object.values(io.env)) if (v && v.length >= 16) redactor.add(v);
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
