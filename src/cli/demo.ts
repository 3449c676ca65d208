// `keydoctor demo [SCENARIO]`: the main job on a fresh machine, with no key
// and no network. The real pipeline over a bundled sample project, against
// recorded answers replayed on 127.0.0.1 (src/demo).
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { DEFAULT_SCENARIO, SCENARIOS } from '../demo/scenarios.js';
import { runDemo } from '../demo/run.js';
import { renderDemoHeader, renderDemoList, renderDemoFooter } from '../render/demo.js';
import { renderJson } from '../render/json.js';
import { renderPretty } from '../render/pretty.js';
import { isCI, stderrIsTTY, useColor, write, type Streams } from './output.js';
import { oneOf } from './parse.js';
import { startSpinner } from './spinner.js';
import { summaryOf } from './command-list.js';
import type { Register } from './context.js';

interface DemoFlags {
  list?: boolean;
  format: 'pretty' | 'json';
  verbose?: boolean;
  color?: boolean;
}

export function registerDemo(program: Command, io: Streams, env: Record<string, string | undefined>, setExit: (code: number) => void): void {
  program
    .command('demo [scenario]')
    .description(summaryOf('demo'))
    .option('--list', 'list the scenarios')
    .option('--format <format>', 'pretty or json', oneOf(['pretty', 'json']), 'pretty')
    .option('-v, --verbose', 'every finding and every definition')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (id: string | undefined, flags: DemoFlags) => {
      const color = useColor(flags.color, env, io.stdout.isTTY);
      if (flags.list) {
        io.stdout.write(renderDemoList(SCENARIOS, DEFAULT_SCENARIO, { color })); // names and titles of our own: no secret
        return;
      }
      const s = SCENARIOS.find((x) => x.id === (id ?? DEFAULT_SCENARIO));
      if (!s) throw new UsageError(`no demo scenario "${id}"; scenarios: ${SCENARIOS.map((x) => x.id).join(', ')} (keydoctor demo --list)`);
      const spinner = flags.format === 'pretty' && !isCI(env) && stderrIsTTY(io) ? await startSpinner(io.stderr) : undefined;
      const { result, redactor, exitCode } = await runDemo(s, {
        onProgress: (e) => (e.phase === 'live-start' ? spinner?.start('asking the (replayed) provider…') : spinner?.stop()),
      }).finally(() => spinner?.stop());
      const shown = redactor.redactDeep(result);
      const text = flags.format === 'json'
        ? renderJson(shown)
        : renderDemoHeader(s, { color }) + renderPretty(shown, { color, verbose: !!flags.verbose }) + renderDemoFooter(exitCode, { color });
      write(io.stdout, text, redactor, flags.format === 'json' ? 'json' : 'terminal');
      // The demo ran: its own exit code is 0. The footer says what check would have exited with.
      setExit(0);
    });
}

export const register: Register = (p, c) => registerDemo(p, c.io, c.io.env, c.setExit);
