// `keydoctor compare VAR --fresh-stdin`: flags -> comparison -> renderer -> exit code.
// Exit codes: 0 both keys work; 1 a key problem is proven (either key, or the
// account both share); 2 usage; 3 inconclusive (network, proxy, TLS, outage, rate limit).
// The fresh key is read from standard input only, never argv, and is never written anywhere.
import type { Command } from 'commander';
import { runCompare } from '../compare/run.js';
import { UsageError } from '../core/errors.js';
import { renderCompareJson, renderComparePretty } from '../render/compare.js';
import { isCI, readStdinKey, stderrIsTTY, useColor, write, type Streams } from './output.js';
import { colourOptions, liveCallOptions, prettyOrJson, projectOptions } from './options.js';
import { startSpinner } from './spinner.js';
import { summaryOf } from './command-list.js';
import type { Register } from './context.js';

interface CompareFlags {
  freshStdin?: boolean;
  provider?: string;
  timeout: number;
  baseUrl?: string;
  trustProjectConfig?: boolean;
  expectEnv?: string;
  cwd?: string;
  keepEmails?: boolean;
  format: 'pretty' | 'json';
  color?: boolean;
}

type Stdin = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const MAX_KEY = 64 * 1024;

/** A key pasted at a terminal: read with echo off, one line, Ctrl-C cancels. */
export function readHidden(stdin: Stdin, prompt: NodeJS.WritableStream): Promise<string> {
  // Echo off before the prompt shows: a key pasted the moment the prompt appears
  // would otherwise be echoed by the terminal in the short gap between the two.
  stdin.setRawMode?.(true);
  prompt.write('Paste the fresh key (it is not shown), then press Enter: ');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (err?: Error) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      prompt.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new UsageError('cancelled: no fresh key read'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (value.length < MAX_KEY) value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

export function registerCompare(program: Command, io: Streams & { stdin: Stdin }, env: Record<string, string | undefined>, setExit: (code: number) => void): void {
  const cmd = program
    .command('compare <VAR>')
    .description(summaryOf('compare'))
    .option('--fresh-stdin', 'read the fresh key from standard input: a pipe, or pasted at a hidden prompt (never on the command line)');
  colourOptions(prettyOrJson(projectOptions(liveCallOptions(cmd, 'each live call'))))
    .action(async (variable: string, flags: CompareFlags) => {
      if (!NAME.test(variable)) throw new UsageError(`"${variable}" is not a variable name; the key itself never goes on the command line`);
      if (!flags.freshStdin) {
        throw new UsageError(`compare reads the fresh key from standard input: \`printf %s "$NEW_KEY" | keydoctor compare ${variable} --fresh-stdin\``);
      }
      const freshKey = io.stdin.isTTY ? await readHidden(io.stdin, io.stderr) : await readStdinKey(io.stdin);
      const pretty = flags.format === 'pretty';
      const spinner = pretty && !isCI(env) && stderrIsTTY(io) ? await startSpinner(io.stderr) : undefined;
      const { result, redactor } = await runCompare({
        cwd: flags.cwd ?? process.cwd(),
        env,
        variable,
        provider: flags.provider,
        freshKey,
        timeoutMs: flags.timeout,
        baseUrl: flags.baseUrl,
        trustProjectConfig: !!flags.trustProjectConfig,
        expectEnv: flags.expectEnv,
        onProgress: (phase) => (phase === 'live-start' ? spinner?.start('asking with both keys…') : spinner?.stop()),
      }).finally(() => spinner?.stop());
      redactor.maskEmails = !flags.keepEmails;
      const text = pretty ? renderComparePretty(result, { color: useColor(flags.color, env, io.stdout.isTTY) }) : renderCompareJson(result);
      write(io.stdout, text, redactor, pretty ? 'terminal' : 'json');
      setExit(result.exitCode);
    });
}

export const register: Register = (p, c) => registerCompare(p, c.io, c.io.env, c.setExit);
