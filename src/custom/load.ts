// The probes in force for a run: the built-ins, the custom providers of the
// project's .keydoctor.yml, and the probes of the plugins allowed to load.
//
// Trust (DESIGN "Where a key may be sent"): a custom provider is project-level,
// marked so on the probe (origin.trust) for the trust rule in src/net/target.ts.
// A plugin runs code in the process that holds the keys, so a plugin named only
// in a project file loads only with --trust-project-config or when the user's
// own config names it; otherwise it is skipped with a notice saying so.
import { UsageError } from '../core/errors.js';
import type { Config } from '../config/schema.js';
import { PROBES } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import { loadYaml, type YamlDoc } from '../trace/yaml-lines.js';
import { customProbe } from './provider.js';
import { loadPlugin, PACKAGE_NAME, resolvePlugin, type PluginRequest } from './plugins.js';
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
    for (const spec of validateProviders(raw, config.file, lineOf, taken)) custom.push(customProbe(spec, config.file));
    for (const p of custom) claim(p, `the custom provider ${p.id} (${config.file})`);
  }

  // Plugins: the user's own, then the project's that are allowed.
  const user = readUserPlugins(opts.env);
  const requests: (PluginRequest & { optional: boolean })[] = [];
  const projectNames = config?.plugins ?? [];
  projectNames.forEach((name, i) => {
    const line = lineOf(['plugins', i]);
    if (!PACKAGE_NAME.test(name)) throw new UsageError(`${config!.file}${line ? `:${line}` : ''}: plugins[${i}]: "${name}" is not an npm package name`);
  });
  const seen = new Set<string>();
  for (const p of user?.plugins ?? []) {
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    const namedIn = `${user!.shown}${p.line ? `:${p.line}` : ''}`;
    // Resolved from the user's config directory first, so a project cannot stand in its own copy of a plugin the user trusts.
    requests.push({ name: p.name, namedIn, from: [user!.dir, opts.cwd], optional: !projectNames.includes(p.name) });
  }
  projectNames.forEach((name, i) => {
    if (seen.has(name)) return; // the user's own, or named twice
    seen.add(name);
    const line = lineOf(['plugins', i]);
    const namedIn = `${config!.file}${line ? `:${line}` : ''}`;
    if (!opts.trustProjectConfig) {
      notices.push(
        `Skipped plugin ${name}: it is named only in the project file ${namedIn}, and a plugin runs code in the process that holds your keys. ` +
          `Load it with --trust-project-config, or add it under plugins: in ${user?.shown ?? '~/.config/keydoctor/config.yml'}.`,
      );
      return;
    }
    requests.push({ name, namedIn, from: [opts.cwd, ...(user ? [user.dir] : [])], optional: false });
  });

  const fromPlugins: CustomProbe[] = [];
  for (const req of requests) {
    // A plugin of the user's that this project does not use and that is not installed anywhere it looks: not an error here.
    if (req.optional && PACKAGE_NAME.test(req.name) && !resolvePlugin(req.name, req.from)) {
      notices.push(`Skipped plugin ${req.name} (named in ${req.namedIn}): not installed in ${req.from.join(' or ')}.`);
      continue;
    }
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
