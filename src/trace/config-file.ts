// The variables .keydoctor.yml declares (`keys[].env`). Issue 7 owns the full
// schema and its validation; the tracer only needs the names, and a file that
// is not YAML is a configuration error (exit 2) with its line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { isRecord, loadYaml } from './yaml-lines.js';

export const CONFIG_FILES = ['.keydoctor.yml', '.keydoctor.yaml'];

export function configuredNames(root: string): { file?: string; names: string[] } {
  for (const file of CONFIG_FILES) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw new UsageError(`${file} could not be read (${code ?? 'error'})`);
    }
    const { docs, error } = loadYaml(text, file);
    if (error) throw new UsageError(error.message.replace('; definitions in it are not shown.', ''));
    const top = docs[0]?.value;
    const keys = isRecord(top) && Array.isArray(top.keys) ? top.keys : [];
    const names = keys.map((k) => (isRecord(k) && typeof k.env === 'string' ? k.env : undefined)).filter((n): n is string => !!n);
    return { file, names };
  }
  return { names: [] };
}
