// Probe plugins: npm packages whose default export is
//   { meta: { name, version }, probes: Probe[] }
// (the ESLint plugin shape, research/ux-anchors.md §4.8). Found like an ESM
// `import` would (the "import" condition of `exports`, then `main`): a plugin
// the user's config names only in that config's folder (installedIn), one a
// project names from the project (resolvePlugin, with Node's own resolver for
// layouts this does not cover). A plugin that fails to load or exports the
// wrong shape is one line naming it (exit 2), never a stack.
import { existsSync, realpathSync } from 'node:fs';
import { readUserFile, text as decode } from '../io/files.js';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../core/errors.js';
import { firstLine, pluginProbe } from './plugin-probe.js';
import type { CustomProbe } from './types.js';
import { importModule } from './import-module.js';

/** npm's rules for a package name (validate-npm-package-name, new packages): no paths, no URLs. */
export const PACKAGE_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

export interface PluginRequest {
  name: string;
  /** Where it is named, for messages: ".keydoctor.yml:7", "~/.config/keydoctor/config.yml". */
  namedIn: string;
  /** The file to import (installedIn, resolvePlugin). */
  entry: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export async function loadPlugin(req: PluginRequest): Promise<CustomProbe[]> {
  const fail = (what: string): never => {
    throw new UsageError(`plugin ${req.name} (named in ${req.namedIn}): ${what}`);
  };
  if (!PACKAGE_NAME.test(req.name)) fail('is not an npm package name');
  let mod: { default?: unknown };
  try {
    mod = (await importModule(pathToFileURL(req.entry).href)) as { default?: unknown };
  } catch (err) {
    return fail(`failed to load (${firstLine((err as Error)?.message ?? err)})`);
  }
  const plugin = mod.default;
  if (!isObj(plugin)) return fail('has no default export; export default { meta: { name, version }, probes: [...] }');
  const meta = plugin.meta;
  if (!isObj(meta) || typeof meta.name !== 'string' || typeof meta.version !== 'string') fail('meta: must be { name, version } (strings)');
  if (!Array.isArray(plugin.probes) || !plugin.probes.length) fail('probes: must be a non-empty list of probes');
  const origin = { package: req.name, version: (meta as { version: string }).version, namedIn: req.namedIn };
  return (plugin.probes as unknown[]).map((p, i) => {
    const probe = pluginProbe(p, `probes[${i}]`, origin);
    return typeof probe === 'string' ? fail(probe) : probe;
  });
}

/**
 * The entry of `name` installed in `dir` itself (`npm install --prefix dir`:
 * dir/node_modules/name), or undefined. Nothing above `dir`, no NODE_PATH or
 * global folders: a plugin the user trusts is the copy in the user's folder.
 */
export function installedIn(name: string, dir: string): string | undefined {
  if (!PACKAGE_NAME.test(name)) return undefined;
  const pkgDir = join(resolve(dir), 'node_modules', name);
  return existsSync(join(pkgDir, 'package.json')) ? entryOf(pkgDir) : undefined;
}

/** The file `import(name)` would load from `dirs` (a project's plugin), or undefined. */
export function resolvePlugin(name: string, dirs: string[]): string | undefined {
  for (const dir of dirs) {
    const found = fromNodeModules(name, dir);
    if (found) return found;
    try {
      return createRequire(join(dir, 'package.json')).resolve(name);
    } catch {
      /* next directory */
    }
  }
  return undefined;
}

function fromNodeModules(name: string, start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return installedIn(name, dir);
    if (dirname(dir) === dir) return undefined;
  }
}

function entryOf(pkgDir: string): string | undefined {
  let pkg: { exports?: unknown; main?: unknown };
  const r = readUserFile(join(pkgDir, 'package.json'), 1024 * 1024);
  try {
    if (r.kind !== 'text') return undefined;
    pkg = JSON.parse(decode(r)) as typeof pkg;
  } catch {
    return undefined;
  }
  let target: string | undefined;
  if (pkg.exports !== undefined) {
    const exp = isObj(pkg.exports) && Object.keys(pkg.exports).some((k) => k.startsWith('.')) ? pkg.exports['.'] : pkg.exports;
    target = condition(exp);
    if (!target) return undefined;
  } else {
    target = typeof pkg.main === 'string' ? pkg.main : 'index.js';
  }
  const file = resolve(pkgDir, target);
  // An entry outside the package directory is not the package.
  if (!file.startsWith(pkgDir + sep) || !existsSync(file)) return undefined;
  return realpathSync(file);
}

/** The target of an `exports` entry under the conditions an ESM import in Node uses. */
function condition(exp: unknown): string | undefined {
  if (typeof exp === 'string') return exp.startsWith('./') ? exp : undefined;
  if (Array.isArray(exp)) return exp.map(condition).find(Boolean);
  if (isObj(exp)) {
    // The first key, in the package's order, that Node's ESM loader would take.
    const key = Object.keys(exp).find((k) => k === 'import' || k === 'node' || k === 'default');
    if (key) return condition(exp[key]);
  }
  return undefined;
}
