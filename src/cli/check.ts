// `keydoctor check`: flags -> options -> pipeline -> renderer -> exit code.
import { appendFileSync } from 'node:fs';
import { writeOutputFile } from '../io/write.js';
import { resolveScope } from '../sources/scope.js';
import type { Command } from 'commander';
import type { CheckResult } from '../core/result.js';
import { runCheck } from '../check/run.js';
import type { Redactor } from '../redact/redactor.js';
import { renderJson } from '../render/json.js';
import { renderPretty } from '../render/pretty.js';
import { addPipelineOptions, pipelineOptions, type PipelineFlags } from './common.js';
import { finish, isCI, stderrIsTTY, useColor, write, type OutputKind, type Streams } from './output.js';
import { oneOf } from './parse.js';
import { startSpinner } from './spinner.js';
import { walkProgress } from './progress.js';
import { summaryOf } from './command-list.js';
import type { Register } from './context.js';

const FORMATS = ['pretty', 'json', 'github', 'junit', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
/** What each format's text is, for the last pass before it is written. */
const KIND: Record<Format, OutputKind> = { pretty: 'terminal', json: 'json', github: 'github', junit: 'xml', sarif: 'json' };

interface CheckFlags extends PipelineFlags {
  format?: Format;
  output?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

export function registerCheck(program: Command, io: Streams & { stdin: NodeJS.ReadableStream & { isTTY?: boolean } }, env: Record<string, string | undefined>, setExit: (code: number) => void): void {
  const cmd = program
    .command('check', { isDefault: true })
    .description(summaryOf('check'));
  addPipelineOptions(cmd)
    .option('--format <format>', `${FORMATS.join(', ')} (default: pretty; github under GitHub Actions)`, oneOf(FORMATS))
    .option('--output <file>', 'write the report in --format to this file and keep a short summary on the terminal')
    .option('-q, --quiet', 'print only keys with problems')
    .option('-v, --verbose', 'show every finding and every definition')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (flags: CheckFlags, cmd: Command) => {
      const options = await pipelineOptions(flags, env, () => io.stdin, cmd);
      const format: Format = flags.format ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : 'pretty');
      const interactive = !flags.output && format === 'pretty' && !isCI(env) && stderrIsTTY(io);
      const progress = interactive ? walkProgress(io.stderr) : undefined;
      const spinner = interactive ? await startSpinner(io.stderr) : undefined;
      let inFlight = 0;
      const { result: raw, redactor } = await runCheck({
        ...options,
        ...(progress ? { onWalk: progress.onWalk } : {}),
        onProgress: (e) => {
          progress?.done();
          inFlight += e.phase === 'live-start' ? 1 : -1;
          if (!spinner) return;
          if (inFlight > 0) spinner.start(`asking the provider${inFlight > 1 ? `s (${inFlight} keys)` : ''}…`);
          else spinner.stop();
        },
      }).finally(() => {
        progress?.done();
        spinner?.stop();
      });
      redactor.maskEmails = !flags.keepEmails;
      // Redact the data before any renderer escapes it (XML, JSON, workflow-command
      // escaping could otherwise hide a secret from the final pass over the text).
      const result = redactor.redactDeep(raw);
      const pretty = (color: boolean) => renderPretty(result, { color, verbose: !!flags.verbose, quiet: !!flags.quiet });
      const color = useColor(flags.color, env, io.stdout.isTTY);

      const text = format === 'pretty' ? pretty(!flags.output && color) : await renderMachine(format, result, env, redactor);
      if (flags.output) {
        writeOutputFile(flags.output, finish(text, KIND[format], redactor), { projectDir: resolveScope(options.cwd, env.HOME).project?.dir, shown: flags.output });
        write(io.stdout, pretty(color) + (format === 'pretty' ? '' : `Wrote the ${format} report to ${flags.output}.\n`), redactor);
      } else {
        // Under github the screen comes first, then the annotations: each text through its own last pass.
        if (format === 'github') write(io.stdout, pretty(false), redactor);
        write(io.stdout, text, redactor, KIND[format]);
      }
      setExit(result.exitCode);
    });
}

/** The machine formats; the CI ones load only when asked for. */
async function renderMachine(format: Exclude<Format, 'pretty'>, result: CheckResult, env: Record<string, string | undefined>, redactor: Redactor): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'junit':
      return (await import('../render/junit.js')).renderJunit(result);
    case 'sarif':
      return (await import('../render/sarif.js')).renderSarif(result);
    case 'github': {
      const { commands, summary } = (await import('../render/github.js')).renderGithub(result);
      if (env.GITHUB_STEP_SUMMARY) {
        try {
          appendFileSync(env.GITHUB_STEP_SUMMARY, finish(summary, 'markdown', redactor));
        } catch {
          /* a missing summary file must not fail the check */
        }
      }
      return commands;
    }
  }
}

export const register: Register = (p, c) => registerCheck(p, c.io, c.io.env, c.setExit);
