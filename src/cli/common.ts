// Options shared by the commands that run the pipeline (check, report):
// which keys, where to send them, how long to wait.
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { Severity } from '../core/types.js';
import type { CheckOptions } from '../pipeline.js';
import { readStdinKey } from './output.js';
import { oneOf, parseTimeout } from './parse.js';

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
}

export function addPipelineOptions(cmd: Command): Command {
  return cmd
    .option('--env-var <name>', 'check this variable (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--provider <id>', 'the provider to check as (see `keydoctor providers`)')
    .option('--key-stdin', 'read one key from standard input (keys never go on the command line)')
    .option('--offline', 'no live call: format and sources only')
    .option('--force-live', 'make the live call even when the format step proves the key cannot work')
    .option('--timeout <ms>', 'bound on the live call', parseTimeout, 10_000)
    .option('--base-url <url>', 'send the live call here instead of the provider\'s official host')
    .option('--trust-project-config', 'let a base URL from a project file receive keys from the environment or stdin')
    .option('--expect-env <env>', 'the environment the key is meant for (production expects live keys)')
    .option('--fail-on <severity>', 'exit 1 on findings at or above: error or warning', oneOf('fail-on', ['error', 'warning']), 'error')
    .option('--cwd <dir>', 'the project directory (default: the current directory)')
    .option('--keep-emails', 'show email addresses instead of masking them');
}

export async function pipelineOptions(
  flags: PipelineFlags,
  env: Record<string, string | undefined>,
  stdin: NodeJS.ReadableStream & { isTTY?: boolean },
): Promise<Omit<CheckOptions, 'onProgress'>> {
  if (flags.keyStdin && stdin.isTTY) {
    throw new UsageError('--key-stdin reads the key from a pipe: `printf %s "$KEY" | keydoctor check --key-stdin --provider ID`');
  }
  const stdinKey = flags.keyStdin ? await readStdinKey(stdin) : undefined;
  return {
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
  };
}
