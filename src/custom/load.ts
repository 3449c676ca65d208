// The probes in force for a run: the built-ins, the custom providers of the
// project's .keydoctor.yml, and the probes of the plugins allowed to load.
//
// Trust (DESIGN "Where a key may be sent"): a custom provider is project-level,
// marked so on the probe (origin.trust) for the trust rule in src/net/target.ts.
// A plugin runs code in the process that holds the keys, so a plugin named only
// in a project file loads only with --trust-project-config or when the user's
// own config names it; otherwise it is skipped with a notice saying so. One the
// user's config names loads only from the user's config folder: a cloned
// project's node_modules (or any other above that folder) cannot stand in for it.
import { dirname } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Config } from '../config/schema.js';
import { PROBES } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import { loadYaml, type YamlDoc } from '../text/yaml-lines.js';
import { customProbe } from './provider.js';
import { installedIn, loadPlugin, PACKAGE_NAME, resolvePlugin, type PluginRequest } from './plugins.js';
import { validateProviders, type LineOf, type Taken } from './schema.js';
import type { CustomProbe, CustomProbes } from './types.js';
import { readUserPlugins } from './user-config.js';

export interface CustomLoadOptions {
  /** --trust-project-config */
  trustProjectConfig: boolean;
  /** The environment of the run (XDG_CONFIG_HOME and HOME locate the user's config). */
  env: Record<string, string | undefined>;
  /** The project directory: plugins resolve from here, the config's file name is relative to it. */
  cwd: string;
}

export async function loadCustomProbes(config: Config | undefined, opts: CustomLoadOptions): Promise<CustomProbes> {
  const notices: string[] = [];
  const taken: Taken = { ids: new Map(), envVars: new Map() };
  const claim = (p: Probe, owner: string) => {
    taken.ids.set(p.id, owner);
    for (const v of p.envVars) taken.envVars.set(v, owner);
  };
  for (const p of PROBES) claim(p, `the built-in ${p.name} probe`);

  const doc = config ? readDoc(config) : undefined;
  const lineOf = lineFinder(doc);
  const root = (doc?.value ?? {}) as { providers?: unknown; plugins?: unknown };

  // Custom providers.
  const custom: CustomProbe[] = [];
  if (config?.providers?.length) {
    const raw = Array.isArray(root.providers) ? root.providers : config.providers;
    for (const spec of validateProviders(raw, config.file, lineOf, taken, (n) => notices.push(n))) custom.push(customProbe(spec, config.file));
    for (const p of custom) claim(p, `the custom provider ${p.id} (${config.file})`);
  }

  // Plugins: the user's own, then the project's that are allowed.
  const user = readUserPlugins(opts.env);
  const requests: PluginRequest[] = [];
  const projectNames = config?.plugins ?? [];
  const inProject = (i: number) => {
    const line = lineOf(['plugins', i]);
    return `${config!.file}${line ? `:${line}` : ''}`;
  };
  projectNames.forEach((name, i) => {
    if (!PACKAGE_NAME.test(name)) throw new UsageError(`${inProject(i)}: plugins[${i}]: "${name}" is not an npm package name`);
  });
  const userNamed = new Set<string>();
  for (const p of user?.plugins ?? []) {
    if (userNamed.has(p.name)) continue;
    userNamed.add(p.name);
    const namedIn = `${user!.shown}${p.line ? `:${p.line}` : ''}`;
    if (!PACKAGE_NAME.test(p.name)) throw new UsageError(`plugin ${p.name} (named in ${namedIn}): is not an npm package name`);
    const entry = installedIn(p.name, user!.dir);
    if (entry) {
      requests.push({ name: p.name, namedIn, entry });
      continue;
    }
    // Not installed where the user's config is: never a copy from the project or from a node_modules above that folder.
    const folder = dirname(user!.shown);
    const i = projectNames.indexOf(p.name);
    const project = i < 0 ? ''
      : opts.trustProjectConfig ? ` The project's copy (named in ${inProject(i)}) loads instead, as --trust-project-config allows.`
      : ` The project names it too (${inProject(i)}); its copy loads only with --trust-project-config.`;
    notices.push(`Skipped plugin ${p.name} (named in ${namedIn}): not installed in ${folder}/node_modules; install it there with npm install --prefix ${folder} ${p.name}.${project}`);
  }
  const handled = new Set(requests.map((r) => r.name));
  projectNames.forEach((name, i) => {
    if (handled.has(name)) return; // the user's own copy, or named twice
    handled.add(name);
    const namedIn = inProject(i);
    if (!opts.trustProjectConfig) {
      // One the user's config names too has its notice above.
      if (!userNamed.has(name)) {
        notices.push(
          `Skipped plugin ${name}: it is named only in the project file ${namedIn}, and a plugin runs code in the process that holds your keys. ` +
            `Load it with --trust-project-config, or add it under plugins: in ${user?.shown ?? '~/.config/keydoctor/config.yml'}.`,
        );
      }
      return;
    }
    // The project's copy, else one installed in the user's folder.
    const entry = resolvePlugin(name, [opts.cwd]) ?? (user ? installedIn(name, user.dir) : undefined);
    if (!entry) {
      const looked = [opts.cwd, ...(user ? [`${dirname(user.shown)}/node_modules`] : [])];
      throw new UsageError(`plugin ${name} (named in ${namedIn}): not found from ${looked.join(' or ')}; install it (npm install --save-dev ${name})`);
    }
    requests.push({ name, namedIn, entry });
  });

  const fromPlugins: CustomProbe[] = [];
  for (const req of requests) {
    for (const p of await loadPlugin(req)) {
      const fail = (what: string) => new UsageError(`plugin ${req.name} (named in ${req.namedIn}): ${what}`);
      if (taken.ids.has(p.id)) throw fail(`its probe id "${p.id}" is already ${taken.ids.get(p.id)}`);
      const shared = p.envVars.find((v) => taken.envVars.has(v));
      if (shared) throw fail(`its probe ${p.id} claims ${shared}, which already belongs to ${taken.envVars.get(shared)}`);
      claim(p, `the probe ${p.id} of plugin ${req.name}`);
      fromPlugins.push(p);
    }
  }
  return { probes: [...PROBES, ...custom, ...fromPlugins], notices };
}

/** The config file parsed again with line numbers (the loaded Config keeps none). */
function readDoc(config: Config): YamlDoc | undefined {
  if (config.text === undefined) return undefined;
  try {
    return loadYaml(config.text, config.file).docs[0];
  } catch {
    return undefined;
  }
}

/** The line of a path like ['providers', 0, 'request', 'url'], or of its nearest ancestor that has one. */
function lineFinder(doc: YamlDoc | undefined): LineOf {
  return (path) => {
    if (!doc) return undefined;
    let cur: unknown = doc.value;
    let line: number | undefined;
    for (const seg of path) {
      if (!cur || typeof cur !== 'object') break;
      line = doc.lineOf(cur, seg) ?? line;
      if (!Object.hasOwn(cur, seg)) break;
      cur = (cur as Record<string | number, unknown>)[seg];
    }
    return line;
  };
}
