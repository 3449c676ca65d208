// `keydoctor check`: flags -> options -> pipeline -> renderer -> exit code.
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { Severity } from '../core/types.js';
import { runCheck } from '../pipeline.js';
import { renderJson } from '../render/json.js';
import { renderPretty } from '../render/pretty.js';
import { isCI, readStdinKey, useColor, write, type Streams } from './output.js';
import { parseTimeout, oneOf } from './parse.js';

interface CheckFlags {
  envVar: string[];
  provider?: string;
  keyStdin?: boolean;
  offline?: boolean;
  forceLive?: boolean;
  timeout: number;
  baseUrl?: string;
  trustProjectConfig?: boolean;
  expectEnv?: string;
  format: 'pretty' | 'json';
  failOn: Severity;
  cwd?: string;
  verbose?: boolean;
  color?: boolean;
}

export function registerCheck(program: Command, io: Streams & { stdin: NodeJS.ReadableStream & { isTTY?: boolean } }, env: Record<string, string | undefined>, setExit: (code: number) => void): void {
  program
    .command('check', { isDefault: true })
    .description('check every API key the project uses: format, sources, a live call, the answer classified')
    .option('--env-var <name>', 'check this variable (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--provider <id>', 'the provider to check as (see `keydoctor providers`)')
    .option('--key-stdin', 'read one key from standard input (keys never go on the command line)')
    .option('--offline', 'no live call: format and sources only')
    .option('--force-live', 'make the live call even when the format step proves the key cannot work')
    .option('--timeout <ms>', 'bound on the live call', parseTimeout, 10_000)
    .option('--base-url <url>', 'send the live call here instead of the provider\'s official host')
    .option('--trust-project-config', 'let a base URL from a project file receive keys from the environment or stdin')
    .option('--expect-env <env>', 'the environment the key is meant for (production expects live keys)')
    .option('--format <format>', 'pretty or json', oneOf('format', ['pretty', 'json']), 'pretty')
    .option('--fail-on <severity>', 'exit 1 on findings at or above: error or warning', oneOf('fail-on', ['error', 'warning']), 'error')
    .option('--cwd <dir>', 'the project directory', process.cwd())
    .option('-v, --verbose', 'show every finding and every definition')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (flags: CheckFlags) => {
      if (flags.keyStdin && io.stdin.isTTY) {
        throw new UsageError('--key-stdin reads the key from a pipe: `printf %s "$KEY" | keydoctor check --key-stdin --provider ID`');
      }
      const stdinKey = flags.keyStdin ? await readStdinKey(io.stdin) : undefined;
      const pretty = flags.format === 'pretty';
      const spinner = pretty && io.stderr.isTTY && !isCI(env) ? await startSpinner(io.stderr) : undefined;
      let inFlight = 0;
      const { result, redactor } = await runCheck({
        cwd: flags.cwd ?? process.cwd(),
        env,
        envVars: flags.envVar,
        provider: flags.provider,
        stdinKey,
        offline: !!flags.offline,
        forceLive: !!flags.forceLive,
        timeoutMs: flags.timeout,
        baseUrl: flags.baseUrl,
        trustProjectConfig: !!flags.trustProjectConfig,
        expectEnv: flags.expectEnv,
        failOn: flags.failOn,
        onProgress: (e) => {
          inFlight += e.phase === 'live-start' ? 1 : -1;
          if (spinner) {
            if (inFlight > 0) spinner.start(`asking the provider${inFlight > 1 ? `s (${inFlight} keys)` : ''}…`);
            else spinner.stop();
          }
        },
      }).finally(() => spinner?.stop());
      const text = pretty
        ? renderPretty(result, { color: useColor(flags.color, env, io.stdout.isTTY), verbose: !!flags.verbose })
        : renderJson(result);
      write(io.stdout, text, redactor);
      setExit(result.exitCode);
    });
}

async function startSpinner(stream: NodeJS.WritableStream) {
  // ora is loaded only when a spinner is actually shown.
  const { default: ora } = await import('ora');
  return ora({ stream, discardStdin: false });
}
