// Finding and reading .keydoctor.yml (or --config FILE).
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UsageError } from '../core/errors.js';
import { parseYaml } from '../trace/yaml-lines.js';
import { validateConfig, type Config } from './schema.js';

export const CONFIG_NAMES = ['.keydoctor.yml', '.keydoctor.yaml'];
const MAX_CONFIG_BYTES = 256 * 1024;

export function findConfig(cwd: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    try {
      if (statSync(join(cwd, name)).isFile()) return join(cwd, name);
    } catch {
      /* absent */
    }
  }
  return undefined;
}

/** Load the named config, or the project's own if there is one; undefined when neither exists. */
export function loadConfig(cwd: string, explicit?: string): Config | undefined {
  const path = explicit ?? findConfig(cwd);
  if (!path) return undefined;
  const shown = explicit ?? relative(cwd, path);
  let text: string;
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) throw new UsageError(`${shown}: larger than ${MAX_CONFIG_BYTES} bytes`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${shown} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // The one YAML loader (safe schema; alias, depth, size and expansion limits). Its
  // reasons quote nothing from the text, so a secret in the file stays out of the error.
  const { docs, problem } = parseYaml(text, { single: true });
  if (problem) {
    const at = `${shown}${problem.line ? `:${problem.line}` : ''}`;
    throw new UsageError(problem.limit ? `${at}: ${problem.reason}` : `${at}: not valid YAML (${problem.reason})`);
  }
  const raw = docs[0]?.value;
  return validateConfig(raw, shown, text);
}
