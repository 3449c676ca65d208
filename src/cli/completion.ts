// `keydoctor completion bash|zsh|fish`: print a completion script.
import { Argument, type Command } from 'commander';
import { PROBES } from '../probes/index.js';
import { ENVIRONMENTS } from '../config/schema.js';
import { LOADERS } from './common.js';
import { renderBash, renderFish, renderZsh, type CompletionSpec } from '../render/completion.js';
import type { Streams } from './output.js';
import { summaryOf } from './command-list.js';
import type { Register } from './context.js';

function spec(program: Command): CompletionSpec {
  return {
    commands: program.commands.filter((c) => c.name() !== 'help').map((c) => ({
      name: c.name(),
      description: c.description(),
      options: c.options.map((o) => o.long).filter((l): l is string => !!l),
    })),
    values: {
      '--provider': PROBES.map((p) => p.id),
      '--format': ['pretty', 'json', 'github', 'junit', 'sarif'],
      '--fail-on': ['error', 'warning'],
      '--expect-env': [...ENVIRONMENTS],
      '--loader': [...LOADERS],
    },
  };
}

/** `full` builds the program with every command loaded, so every option can be completed. */
export function registerCompletion(program: Command, io: Streams, full: () => Promise<Command>): void {
  program
    .command('completion')
    .description(summaryOf('completion'))
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const s = spec(await full());
      io.stdout.write(shell === 'bash' ? renderBash(s) : shell === 'zsh' ? renderZsh(s) : renderFish(s));
    });
}

export const register: Register = (p, c) => registerCompletion(p, c.io, c.fullProgram);
