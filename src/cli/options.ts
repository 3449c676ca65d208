// Options more than one command takes, defined once so that `--timeout` or
// `--trust-project-config` reads the same in every command's help.
import type { Command } from 'commander';
import { environmentName, oneOf, parseTimeout } from './parse.js';

export function colourOptions(cmd: Command): Command {
  return cmd.option('--color', 'force colour').option('--no-color', 'no colour');
}

export function prettyOrJson(cmd: Command): Command {
  return cmd.option('--format <format>', 'pretty or json', oneOf(['pretty', 'json']), 'pretty');
}

/** Which provider, where the live call goes and how long it may take: check, report and compare. */
export function liveCallOptions(cmd: Command, calls: 'the live call' | 'each live call'): Command {
  return cmd
    .option('--provider <id>', 'the provider to check as (see `keydoctor providers`)')
    .option('--timeout <ms>', `bound on ${calls}`, parseTimeout, 10_000)
    .option('--base-url <url>', `send ${calls} here instead of the provider's official host`)
    .option('--trust-project-config', 'let a base URL, custom provider or plugin named in a project file receive keys from the environment or stdin')
    .option('--expect-env <env>', 'the environment the key is meant for (production expects live keys)', environmentName);
}

export function projectOptions(cmd: Command): Command {
  return cmd
    .option('--cwd <dir>', 'the project directory (default: the current directory)')
    .option('--keep-emails', 'show email addresses instead of masking them');
}
