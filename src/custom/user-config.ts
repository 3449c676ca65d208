// The user's own config, ~/.config/keydoctor/config.yml ($XDG_CONFIG_HOME
// honoured). Of it this module reads only `plugins:`: the plugins this user
// trusts to run in the process that holds their keys. Other fields are left
// to whoever reads them.
import { statSync } from 'node:fs';
import { notReadBecause, readUserFile, text as decode } from '../io/files.js';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { loadYaml } from '../text/yaml-lines.js';

export interface UserPlugins {
  /** The file, as shown in messages (~ for the home directory). */
  shown: string;
  dir: string;
  plugins: { name: string; line?: number }[];
}

const MAX_BYTES = 256 * 1024;

export function userConfigPath(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'keydoctor', 'config.yml');
}

export function readUserPlugins(env: Record<string, string | undefined>): UserPlugins | undefined {
  const path = userConfigPath(env);
  const home = env.HOME || homedir();
  const shown = path.startsWith(home + '/') ? `~${path.slice(home.length)}` : path;
  const r = readUserFile(path, MAX_BYTES);
  if (r.kind !== 'text') {
    if (r.kind === 'error' && (r.error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (r.kind === 'too-large') throw new UsageError(`${shown}: larger than ${MAX_BYTES} bytes`);
    if (r.kind === 'not-regular' && statSync(path, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    throw new UsageError(r.kind === 'error' ? `cannot read ${shown} (${(r.error as NodeJS.ErrnoException).code ?? 'error'})` : `${shown} ${notReadBecause(r, MAX_BYTES)}; not read`);
  }
  const text = decode(r);
  const { docs, error } = loadYaml(text, shown);
  if (error) throw new UsageError(`${shown}${error.location?.line ? `:${error.location.line}` : ''}: not valid YAML`);
  const doc = docs[0];
  const raw = doc?.value;
  if (!doc || raw === undefined || raw === null) return { shown, dir: dirname(path), plugins: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`${shown}:1: the file must be a mapping (plugins:)`);
  const list = (raw as Record<string, unknown>).plugins;
  if (list === undefined) return { shown, dir: dirname(path), plugins: [] };
  if (!Array.isArray(list) || list.some((p) => typeof p !== 'string')) {
    throw new UsageError(`${shown}:${doc.lineOf(raw, 'plugins') ?? 1}: plugins: must be a list of package names`);
  }
  return { shown, dir: dirname(path), plugins: (list as string[]).map((name, i) => ({ name, line: doc.lineOf(list, i) })) };
}
