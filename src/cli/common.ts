// Options shared by the commands that run the pipeline (check, report):
// which keys, where to send them, how long to wait.
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { Severity } from '../core/types.js';
import type { CheckOptions } from '../check/options.js';
import { readStdinKey } from './output.js';
import { loadConfig } from '../config/load.js';
import { existsSync } from 'node:fs';
import { userConfigPath } from '../custom/user-config.js';
import { modeName, oneOf, requireDirectory, wholeNumber } from './parse.js';
import { liveCallOptions, projectOptions } from './options.js';
import { MAX_RETRIES } from '../net/retry.js';
import { LOADERS, type LoaderName } from '../trace/types.js';

export { LOADERS };

export interface PipelineFlags {
  envVar: string[];
  provider?: string;
  keyStdin?: boolean;
  offline?: boolean;
  forceLive?: boolean;
  timeout: number;
  baseUrl?: string;
  trustProjectConfig?: boolean;
  expectEnv?: string;
  failOn: Severity;
  cwd?: string;
  keepEmails?: boolean;
  config?: string;
  expiryWarnDays?: number;
  historyCommits?: number;
  mode?: string;
  loader?: LoaderName;
  package?: string;
}


export function addPipelineOptions(cmd: Command): Command {
  const which = cmd
    .option('--env-var <name>', 'check this variable (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--key-stdin', 'read one key from standard input (keys never go on the command line)')
    .option('--offline', 'no live call: format and sources only')
    .option('--force-live', 'make the live call even when the format step proves the key cannot work');
  return projectOptions(liveCallOptions(which, 'the live call'))
    .option('--fail-on <severity>', 'exit 1 on findings at or above: error or warning', oneOf(['error', 'warning']), 'error')
    .option('--mode <mode>', 'the mode whose .env files load, as `keydoctor trace --mode` (default: --expect-env, NODE_ENV, else development)', modeName)
    .option('--loader <loader>', `the .env order to apply: ${LOADERS.join(', ')} (default: from each package.json)`, oneOf(LOADERS))
    .option('--package <name>', 'at a monorepo root, only this workspace package (its folder or package.json name)')
    .option('--config <file>', 'read keys and expectations from this file (default: .keydoctor.yml in the project)')
    .option('--expiry-warn-days <n>', 'warn when a key expires within this many days', wholeNumber('--expiry-warn-days', 0, 3650), 14)
    .option('--history-commits <n>', 'search this many commits of git history for committed keys (0: none)', wholeNumber('--history-commits', 0, 10_000), 50);
}

export async function pipelineOptions(
  flags: PipelineFlags,
  env: Record<string, string | undefined>,
  /** Standard input, asked for only with --key-stdin. */
  stdin: () => NodeJS.ReadableStream & { isTTY?: boolean },
  cmd: Command,
): Promise<Omit<CheckOptions, 'onProgress'>> {
  const cwd = flags.cwd !== undefined ? requireDirectory(flags.cwd) : process.cwd();
  const config = loadConfig(cwd, flags.config);
  // A flag given on the command line beats the config file, which beats the default.
  const fromFlag = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  if (flags.keyStdin && stdin().isTTY) {
    throw new UsageError('--key-stdin reads the key from a pipe: `printf %s "$KEY" | keydoctor check --key-stdin --provider ID`');
  }
  const stdinKey = flags.keyStdin ? await readStdinKey(stdin()) : undefined;
  // Custom providers from .keydoctor.yml and probe plugins join the built-ins (loaded only when any is named).
  const wanted = !!config?.providers?.length || !!config?.plugins?.length || existsSync(userConfigPath(env));
  const custom = wanted
    ? await (await import('../custom/load.js')).loadCustomProbes(config, { trustProjectConfig: !!flags.trustProjectConfig, env, cwd })
    : { probes: undefined, notices: [] as string[] };
  return {
    cwd,
    env,
    ...(flags.mode ? { mode: flags.mode } : {}),
    ...(flags.loader ? { loader: flags.loader } : {}),
    ...(flags.package ? { packageName: flags.package } : {}),
    envVars: flags.envVar,
    provider: flags.provider,
    stdinKey,
    offline: !!flags.offline,
    forceLive: !!flags.forceLive,
    // A project's .keydoctor.yml may shorten the timeout, never lengthen it: `timeout: 600000` in a cloned
    // repository made every run hang 10 minutes. Only --timeout on the command line goes above the default.
    timeoutMs: fromFlag('timeout') ? flags.timeout : Math.min(config?.timeout ?? flags.timeout, flags.timeout),
    retries: MAX_RETRIES,
    baseUrl: flags.baseUrl,
    trustProjectConfig: !!flags.trustProjectConfig,
    expectEnv: flags.expectEnv,
    failOn: fromFlag('failOn') ? flags.failOn : config?.failOn ?? flags.failOn,
    expiryWarnDays: flags.expiryWarnDays,
    historyCommits: flags.historyCommits,
    ...(config ? { declared: config.keys, configFile: config.file } : {}),
    probes: custom.probes,
    notices: custom.notices,
  };
}
