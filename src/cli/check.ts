// `keydoctor check`: flags -> options -> pipeline -> renderer -> exit code.
import type { Command } from 'commander';
import { runCheck } from '../pipeline.js';
import { renderJson } from '../render/json.js';
import { renderPretty } from '../render/pretty.js';
import { addPipelineOptions, pipelineOptions, type PipelineFlags } from './common.js';
import { isCI, useColor, write, type Streams } from './output.js';
import { oneOf } from './parse.js';

interface CheckFlags extends PipelineFlags {
  format: 'pretty' | 'json';
  verbose?: boolean;
  color?: boolean;
}

export function registerCheck(program: Command, io: Streams & { stdin: NodeJS.ReadableStream & { isTTY?: boolean } }, env: Record<string, string | undefined>, setExit: (code: number) => void): void {
  const cmd = program
    .command('check', { isDefault: true })
    .description('check every API key the project uses: format, sources, a live call, the answer classified');
  addPipelineOptions(cmd)
    .option('--format <format>', 'pretty or json', oneOf('format', ['pretty', 'json']), 'pretty')
    .option('-v, --verbose', 'show every finding and every definition')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (flags: CheckFlags, cmd: Command) => {
      const options = await pipelineOptions(flags, env, io.stdin, cmd);
      const pretty = flags.format === 'pretty';
      const spinner = pretty && io.stderr.isTTY && !isCI(env) ? await startSpinner(io.stderr) : undefined;
      let inFlight = 0;
      const { result, redactor } = await runCheck({
        ...options,
        onProgress: (e) => {
          inFlight += e.phase === 'live-start' ? 1 : -1;
          if (!spinner) return;
          if (inFlight > 0) spinner.start(`asking the provider${inFlight > 1 ? `s (${inFlight} keys)` : ''}…`);
          else spinner.stop();
        },
      }).finally(() => spinner?.stop());
      redactor.maskEmails = !flags.keepEmails;
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
