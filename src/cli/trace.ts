// `keydoctor trace [VAR]`: flags -> tracer -> renderer -> exit code.
// Exit codes: 0 nothing wrong; 1 a finding is an error (a hard-coded key, an
// empty winning value, a Secret with a trailing newline, a named variable
// defined nowhere); 2 usage or configuration error.
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { EXIT } from '../core/result.js';
import { Redactor } from '../redact/redactor.js';
import { registerEnvSecrets } from '../redact/secrets.js';
import { renderTraceJson } from '../render/trace-json.js';
import { renderTracePretty } from '../render/trace-pretty.js';
import { traceVariables } from '../trace/index.js';
import { LOADERS, type LoaderName, type TraceResult } from '../trace/types.js';
import { isCI, stderrIsTTY, useColor, write, type Streams } from './output.js';
import { walkProgress } from './progress.js';
import { resolveScope, scopeNotices } from '../sources/scope.js';
import { oneOf, requireDirectory } from './parse.js';
import { summaryOf } from './command-list.js';
import type { Register } from './context.js';

interface TraceFlags {
  format: 'pretty' | 'json';
  mode?: string;
  loader?: LoaderName;
  cwd?: string;
  color?: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function registerTrace(program: Command, io: Streams, env: Record<string, string | undefined>, setExit: (code: number) => void): void {
  program
    .command('trace [VAR]')
    .description(summaryOf('trace'))
    .option('--format <format>', 'pretty or json', oneOf(['pretty', 'json']), 'pretty')
    .option('--mode <mode>', 'the mode whose .env files load (default: NODE_ENV, else development)')
    .option('--loader <loader>', `the .env order to apply: ${LOADERS.join(', ')} (default: from package.json)`, oneOf(LOADERS))
    .option('--cwd <dir>', 'the project directory', process.cwd())
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action((name: string | undefined, flags: TraceFlags) => {
      if (name !== undefined && !NAME.test(name)) throw new UsageError(`"${name}" is not a variable name (letters, digits and _ . -, not starting with a digit)`);
      if (flags.mode !== undefined && !/^[\w.-]+$/.test(flags.mode)) throw new UsageError(`--mode "${flags.mode}" is not a mode name (like development, production, test)`);
      const root = requireDirectory(flags.cwd ?? process.cwd());
      const redactor = new Redactor();
      registerEnvSecrets(env, redactor);
      // The same bounds as check: inside a project the tree below, outside one the folder alone.
      const scope = resolveScope(root, env.HOME);
      const progress = flags.format === 'pretty' && !isCI(env) && stderrIsTTY(io) ? walkProgress(io.stderr) : undefined;
      const result = traceVariables({
        root: scope.root,
        env,
        recursive: scope.recursive,
        ...(name ? { names: [name] } : {}),
        ...(flags.mode ? { mode: flags.mode } : {}),
        ...(flags.loader ? { loader: flags.loader } : {}),
        onSecret: (v) => redactor.add(v),
        ...(progress ? { onProgress: progress.onWalk } : {}),
      });
      progress?.done();
      const code = exitCodeOf(result);
      const notices = scopeNotices(result.stats);
      const text = flags.format === 'json'
        ? renderTraceJson(result, code, notices)
        : renderTracePretty(result, { color: useColor(flags.color, env, io.stdout.isTTY), notices });
      write(io.stdout, text, redactor, flags.format === 'json' ? 'json' : 'terminal');
      setExit(code);
    });
}

export function exitCodeOf(result: TraceResult): number {
  const all = [...result.findings, ...result.variables.flatMap((v) => v.findings)];
  return all.some((f) => f.severity === 'error') ? EXIT.PROBLEM : EXIT.OK;
}

export const register: Register = (p, c) => registerTrace(p, c.io, c.io.env, c.setExit);
