// `keydoctor providers`: list the built-in probes.
import type { Command } from 'commander';
import { PROBES } from '../probes/index.js';
import { renderProvidersJson, renderProvidersText } from '../render/providers.js';
import type { Streams } from './output.js';
import { summaryOf } from './command-list.js';
import type { Register } from './context.js';

export function registerProviders(program: Command, io: Streams): void {
  program
    .command('providers')
    .description(summaryOf('providers'))
    .option('--json', 'print JSON')
    .action((flags: { json?: boolean }) => {
      io.stdout.write(flags.json ? renderProvidersJson(PROBES) : renderProvidersText(PROBES));
    });
}

export const register: Register = (p, c) => registerProviders(p, c.io);
