// Finding and reading .keydoctor.yml (or --config FILE).
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { notReadBecause, projectRoot, readProjectFile, readUserFile, text as decode } from '../io/files.js';
import { UsageError } from '../core/errors.js';
import { parseYaml } from '../text/yaml-lines.js';
import { validateConfig, type Config } from './schema.js';

export const CONFIG_NAMES = ['.keydoctor.yml', '.keydoctor.yaml'];
const MAX_CONFIG_BYTES = 256 * 1024;

export function findConfig(cwd: string): string | undefined {
  for (const name of CONFIG_NAMES) if (statSync(join(cwd, name), { throwIfNoEntry: false })) return join(cwd, name);
  return undefined;
}

/**
 * Load the named config, or the project's own if there is one; undefined when
 * neither exists. The project's own is read as a project file (src/io/files.ts:
 * a link out of the project, a FIFO or a device is refused); `--config FILE` is
 * a file the user named, read wherever it is, with the same size rule.
 */
export function loadConfig(cwd: string, explicit?: string): Config | undefined {
  const path = explicit ?? findConfig(cwd);
  if (!path) return undefined;
  const shown = explicit ?? relative(cwd, path);
  const r = explicit ? readUserFile(resolve(cwd, explicit), MAX_CONFIG_BYTES) : readProjectFile(projectRoot(cwd), path, MAX_CONFIG_BYTES);
  if (r.kind !== 'text') {
    if (r.kind === 'error') throw new UsageError(`cannot read ${shown} (${(r.error as NodeJS.ErrnoException).code ?? 'error'})`);
    if (r.kind === 'too-large') throw new UsageError(`${shown}: larger than ${MAX_CONFIG_BYTES} bytes`);
    if (r.kind === 'binary') throw new UsageError(`${shown}:1: not valid YAML (binary data: a NUL byte)`);
    throw new UsageError(`${shown} ${notReadBecause(r, MAX_CONFIG_BYTES)}; not read`);
  }
  const text = decode(r);
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
