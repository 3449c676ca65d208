// Step 2's one source model. check, compare and report resolve every value
// through the tracer (src/trace): the value a key is tested with is the one
// `keydoctor trace` reports as winning for the same context, and is labelled
// the same way. Earlier a second reader of the .env files decided the tested
// value on its own, and in a Vite project it tested a value that trace (and
// the app) said lost.
//
// A folder checked is the project root, and each workspace package at a
// monorepo root. In each, the context tested is `local`: what a program started
// now from this shell loads (the process environment, then the loader's .env
// files). A variable this process lacks but a shell start-up file exports is
// tested as a new shell would load it, and said so.
import type { Trust } from '../core/types.js';
import type { Probe } from '../probes/types.js';
import { overrideVar } from '../probes/types.js';
import { traceVariables } from '../trace/index.js';
import { parseJson } from '../text/json-lines.js';
import { projectRoot, readProjectFile, text } from '../io/files.js';
import type { LoaderName, TraceDefinition, TraceResult, TraceVariable } from '../trace/types.js';
import { isRecord, loadYaml } from '../text/yaml-lines.js';
import { resolveScope, type Scope } from './scope.js';
import { findWorkspaces, packageOf, type WorkspacePackage, type WorkspaceSet } from './workspaces.js';

export interface SourceModelOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Where shell start-up files are read (default env.HOME). */
  home?: string;
  mode?: string;
  loader?: LoaderName;
  probes: readonly Probe[];
  /** The key variables to trace (default: every probe's). */
  keys?: string[];
  /** Variables reported as not defined when nothing defines them. */
  required?: string[];
  onSecret?: (value: string) => void;
  onValue?: (name: string, value: string) => void;
  onProgress?: (files: number, dir: string) => void;
  maxFiles?: number;
}

/** A folder whose local run is checked: the root (`.`), or a workspace package. */
export interface Folder {
  dir: string;
  package?: WorkspacePackage;
}

/** One value as a context loads it: the definition, the value and how far it is trusted. */
export interface Resolved {
  name: string;
  variable: TraceVariable;
  /** The context whose winner it is: `local`, `local (apps/web)`, `new shell`. */
  context: string;
  /** Index of the definition in `variable.definitions`. */
  index: number;
  def: TraceDefinition;
  value: string;
  trust: Trust;
}

/** What one folder's local run loads: the lookup every later step asks (base URLs, settings). */
export interface SourceView {
  root: string;
  dir: string;
  /** The process environment (proxies, NODE_ENV): never a project file. */
  env: Record<string, string | undefined>;
  lookup(name: string): Resolved | undefined;
}

export interface SourceModel {
  scope: Scope;
  trace: TraceResult;
  workspaces: WorkspaceSet;
  folders: Folder[];
  variable(name: string): TraceVariable | undefined;
  resolve(name: string, dir: string): Resolved | undefined;
  view(dir: string): SourceView;
  /** Whether `name` has a definition in `dir`'s own .env files (a workspace package's keys are those). */
  definedIn(name: string, dir: string): boolean;
}

/** How far a definition's origin is trusted (DESIGN "Where a key may be sent"). */
export function trustOf(kind: string): Trust {
  if (kind === 'process') return 'env';
  if (kind === 'shell' || kind === 'credential-file') return 'user';
  return 'project';
}

/** The settings a probe reads besides its key: base URL overrides, endpoints, regions, switches that hand it a key. */
export function settingNames(probes: readonly Probe[]): string[] {
  return [...new Set(probes.flatMap((p) => [overrideVar(p), ...(p.baseUrlEnv ? [p.baseUrlEnv] : []), ...(p.settingsEnv ?? []), ...(p.switchedVars ?? []).map((s) => s.switch)]))];
}

/** Definitions every folder shares: not a folder's own. */
const USER_LEVEL = new Set(['process', 'shell', 'credential-file']);

const contextOf = (kind: 'local' | 'new shell', dir: string) => (dir === '.' ? kind : `${kind} (${dir})`);

export function loadSources(opts: SourceModelOptions): SourceModel {
  const scope = resolveScope(opts.cwd, opts.home ?? opts.env.HOME);
  const keys = opts.keys ?? [...new Set(opts.probes.flatMap((p) => [...p.envVars, ...(p.switchedVars ?? []).map((s) => s.name)]))];
  const trace = traceVariables({
    root: scope.root,
    env: opts.env,
    ...(opts.home ? { home: opts.home } : {}),
    names: keys,
    required: opts.required ?? [],
    settings: settingNames(opts.probes),
    ...(opts.mode ? { mode: opts.mode } : {}),
    ...(opts.loader ? { loader: opts.loader } : {}),
    probes: opts.probes,
    recursive: scope.recursive,
    ...(opts.maxFiles ? { maxFiles: opts.maxFiles } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.onSecret ? { onSecret: opts.onSecret } : {}),
    ...(opts.onValue ? { onValue: opts.onValue } : {}),
  });
  const workspaces = scope.recursive ? readWorkspaces(scope.root, trace) : { declaredBy: [], packages: [] };
  const folders: Folder[] = [{ dir: '.' }, ...workspaces.packages.map((p) => ({ dir: p.dir, package: p }))];
  const byName = new Map<string, TraceVariable>([...trace.variables, ...trace.settings].map((v) => [v.name, v]));

  const winnerOf = (v: TraceVariable, context: string): Resolved | undefined => {
    const c = v.contexts.find((x) => x.context === context);
    const index = c?.defs[0];
    if (index === undefined) return undefined;
    const def = v.definitions[index]!;
    if (def.value === undefined) return undefined;
    return { name: v.name, variable: v, context, index, def, value: def.value, trust: trustOf(def.kind) };
  };
  const resolve = (name: string, dir: string): Resolved | undefined => {
    const v = byName.get(name);
    if (!v) return undefined;
    const local = winnerOf(v, contextOf('local', dir));
    if (local) return local;
    // No .env file of this folder defines it: a package's app still gets the process environment.
    if (dir !== '.') {
      const proc = v.definitions.findIndex((d) => d.kind === 'process');
      if (proc >= 0) return { name, variable: v, context: contextOf('local', dir), index: proc, def: v.definitions[proc]!, value: v.definitions[proc]!.value!, trust: 'env' };
    }
    // Not in this process, not in the files: what a terminal opened now exports.
    return winnerOf(v, contextOf('new shell', dir)) ?? (dir !== '.' ? winnerOf(v, 'new shell') : undefined);
  };
  return {
    scope,
    trace,
    workspaces,
    folders,
    variable: (name) => byName.get(name),
    resolve,
    view: (dir) => ({ root: scope.root, dir, env: opts.env, lookup: (name) => resolve(name, dir) }),
    definedIn: (name, dir) => {
      const c = byName.get(name)?.contexts.find((x) => x.context === contextOf('local', dir));
      return !!c && c.defs.some((i) => !USER_LEVEL.has(byName.get(name)!.definitions[i]!.kind));
    },
  };
}

/** A folder's definitions of a variable: its own files, plus the process and shell ones every folder shares. */
export function belongsTo(def: TraceDefinition, folder: Folder, packages: readonly WorkspacePackage[]): boolean {
  if (def.kind === 'process' || def.kind === 'shell' || def.kind === 'credential-file') return true;
  const owner = packageOf(def.file, packages);
  return folder.dir === '.' ? !owner : owner?.dir === folder.dir;
}

function readWorkspaces(root: string, trace: TraceResult): WorkspaceSet {
  const fsRoot = projectRoot(root);
  const read = (name: string): string | undefined => {
    const r = readProjectFile(fsRoot, name, 256 * 1024);
    return r.kind === 'text' ? text(r) : undefined;
  };
  const pnpmText = trace.files.includes('pnpm-workspace.yaml') ? read('pnpm-workspace.yaml') : undefined;
  const pnpm = pnpmText !== undefined ? loadYaml(pnpmText, 'pnpm-workspace.yaml').docs[0]?.value : undefined;
  const lernaText = trace.files.includes('lerna.json') ? read('lerna.json') : undefined;
  const lerna = lernaText !== undefined ? parseJson(lernaText).value : undefined;
  const nxProjects = trace.files.filter((f) => f === 'project.json' || f.endsWith('/project.json')).map((f) => (f === 'project.json' ? '.' : f.slice(0, -'/project.json'.length)));
  return findWorkspaces(
    { packageJson: trace.manifests.get('.'), ...(isRecord(pnpm) ? { pnpmWorkspace: pnpm } : {}), ...(lernaText !== undefined ? { lerna: lerna ?? {} } : {}) },
    trace.manifests,
    { json: trace.files.includes('nx.json'), projects: nxProjects },
  );
}
