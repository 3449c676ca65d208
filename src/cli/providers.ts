// `keydoctor providers`: list the built-in probes.
import type { Command } from 'commander';
import { PROBES } from '../probes/index.js';
import { renderProvidersJson, renderProvidersText } from '../render/providers.js';
import type { Streams } from './output.js';

export function registerProviders(program: Command, io: Streams): void {
  program
    .command('providers')
    .description('list the built-in providers, the variables each checks and the key formats it knows')
    .option('--json', 'print JSON')
    .action((flags: { json?: boolean }) => {
      io.stdout.write(flags.json ? renderProvidersJson(PROBES) : renderProvidersText(PROBES));
    });
}
