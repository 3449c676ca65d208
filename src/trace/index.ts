// `traceVariables`: every place a variable is defined and which definition
// wins, for one variable or for every probe variable found plus those named in
// .keydoctor.yml (read by src/config/load.ts, its one reader). Pass 1 reads
// the files that can define a variable; pass 2 searches every other text file
// for the values found (hard-coded keys).
// Values stay inside the returned structure (`TraceDefinition.value`, never
// printed) and go to `onSecret` so the caller's Redactor knows them.
import { realpathSync } from 'node:fs';
import { resolve, posix } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Finding } from '../core/types.js';
import { PROBES, probeForValue } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import { collect, notRead } from './collect.js';
import { detectLoader, loaderChoice } from './readers/dotenv-family.js';
import { HardcodedScan, literalPrefix, type Shape } from './hardcoded.js';
import { readLocal } from './readers/local.js';
import { readCredentialFiles } from './readers/credentials.js';
import { CREDENTIAL_FILES } from './types.js';
import { resolveCredentialPaths } from './readers/credentials-gcloud.js';
import { parseNpmrc } from './readers/credentials-npmrc.js';
import { isPythonManifest, npmDependencies, pythonDependencies } from './readers/credentials-runtime.js';
import { ALL as SHELL_START_FILES } from './readers/shell.js';
import { rankVariable } from './precedence.js';
import { DEFAULT_MAX_FILE_BYTES, projectRoot, readWalkedFile, text as decode, type ProjectRoot } from '../io/files.js';
import type { Chain, Extract, LoaderChoice, RawDef, TraceOptions, TraceResult, TraceVariable, VarFinding } from './types.js';
import { DEFAULT_MAX_FILES, DOTENV_NAME, walk, type WalkedFile } from './walk.js';

export type { TraceDefinition, TraceOptions, TraceResult, TraceVariable, LoaderChoice, LoaderName } from './types.js';

export interface TraceConfig {
  /**
   * The loaded .keydoctor.yml whose `keys[].env` are traced with the probe
   * variables (null: none). Unless given, loadConfig reads the root's own.
   * Not read when `names` is given.
   */
  config?: Config | null;
}

export function traceVariables(opts: TraceOptions & TraceConfig): TraceResult {
  const root = resolve(opts.root);
  const probes = opts.probes ?? PROBES;
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const explicitMode = opts.mode ?? opts.env.NODE_ENV;
  const mode = explicitMode ?? 'development';
  const config = opts.names ? undefined : opts.config === undefined ? loadConfig(root) : opts.config;
  const configured = config?.keys.map((k) => k.env) ?? [];
  const required = opts.required ?? opts.names ?? configured;
  const order = [...new Set([...(opts.names ?? [...probes.flatMap((p) => p.envVars), ...configured])])];
  const keyNames: ReadonlySet<string> = new Set(order);
  const settingNames = [...new Set(opts.settings ?? [])].filter((n) => !keyNames.has(n));
  const names: ReadonlySet<string> = new Set([...order, ...settingNames]);
  const recursive = opts.recursive ?? true;

  const fsRoot = projectRoot(root);
  const tree = walk(fsRoot, { recursive, maxFiles: opts.maxFiles, onProgress: opts.onProgress });
  const found = collect(tree.files, fsRoot, opts.env, names, maxBytes);
  const choices = new Map<string, LoaderChoice>();
  const loaderFor = (dir: string): LoaderChoice => {
    const hit = choices.get(dir);
    if (hit) return hit;
    let choice: LoaderChoice;
    if (opts.loader) choice = loaderChoice(opts.loader, '--loader', explicitMode);
    else {
      let d = dir;
      while (!found.packages.has(d) && d !== '.') d = posix.dirname(d);
      const where = d === '.' ? 'package.json' : `${d}/package.json`;
      const det = found.packages.has(d) ? detectLoader(found.packages.get(d), where) : detectLoader(undefined);
      choice = loaderChoice(det.name, det.name === 'dotenv-flow' && !explicitMode ? `${det.reason}; NODE_ENV is not set, so no mode files` : det.reason, explicitMode);
    }
    choices.set(dir, choice);
    return choice;
  };
  // The root's dependencies: which SDK reads the CLIs' credential files, and which providers the project uses.
  const dependencies = [...new Set([...npmDependencies(found.packages.get('.')), ...tree.files.filter((f) => isPythonManifest(f.rel)).flatMap((f) => {
    const r = readWalkedFile(fsRoot, f.abs, 256 * 1024);
    return r.kind === 'text' ? pythonDependencies(decode(r)) : [];
  })])];
  const home = opts.home ?? opts.env.HOME;
  const credentials = opts.credentialFiles === false ? undefined
    : readCredentialFiles({ home, env: opts.env, names, dependencies, now: (opts.now ?? (() => new Date()))(), ...(opts.onSecret ? { onSecret: opts.onSecret } : {}) });
  const local = readLocal({ env: opts.env, home, names, dotenvFiles: found.dotenvFiles, mode, loaderFor, ...(opts.onValue ? { onValue: opts.onValue } : {}), ...(credentials ? { credentials } : {}) });
  const extracts = [local, ...(credentials ? [credentials.extract] : []), ...projectNpmrc(tree.files, fsRoot, names, home), ...found.extracts];
  const defs: RawDef[] = extracts.flatMap((e) => e.defs);
  const chains: Chain[] = extracts.flatMap((e) => e.chains);
  const varFindings: VarFinding[] = extracts.flatMap((e) => e.findings);
  const problems: Finding[] = [...tree.problems, ...found.problems, ...extracts.flatMap((e) => e.problems)];
  // A variable that holds a path to a Google credentials JSON is tested with the file's text (./readers/credentials-gcloud.ts).
  resolveCredentialPaths(defs, root, home, opts.onSecret);
  for (const d of defs) if (d.value && keyNames.has(d.name)) opts.onSecret?.(d.value);

  // Pass 2: hard-coded values and keys shaped like the variable's provider's (keys only: a base URL in the source is no leak).
  const keyDefs = defs.filter((d) => keyNames.has(d.name));
  const exclude = new Set([...keyDefs.filter((d) => d.line).map((d) => `${d.file}:${d.line}`), ...keyDefs.flatMap((d) => (d.resolvedAt ? [d.resolvedAt] : []))]);
  const scan = new HardcodedScan(keyDefs, shapesFor(keyNames, keyDefs, probes), exclude);
  let tooLarge = found.tooLarge;
  let binary = tree.binary + found.binary;
  // Shell start-up files and the CLIs' credential files are definitions (read above), not files that hard-code a key, also
  // when the walk meets them (a run in the home folder, or a dotfiles repository).
  const startFiles = new Set(home ? [...SHELL_START_FILES, ...CREDENTIAL_FILES].flatMap((rc) => [resolve(home, rc), resolve(realHome(home), rc)]) : []);
  if (!scan.empty) {
    for (const f of tree.files) {
      if (DOTENV_NAME.test(f.name) || f.ignored || startFiles.has(resolve(f.abs))) continue;
      const r = readWalkedFile(fsRoot, f.abs, maxBytes);
      if (r.kind === 'text') scan.scan(f.rel, r.buf, r.length);
      else if (found.read.has(f.rel)) continue; // counted in pass 1
      else {
        if (r.kind === 'too-large') tooLarge++;
        else if (r.kind === 'binary') binary++;
        const finding = notRead(f, r, maxBytes);
        if (finding) problems.push(finding);
      }
    }
  }
  varFindings.push(...scan.findings);

  const variables: TraceVariable[] = [];
  for (const name of order) {
    const mine = defs.filter((d) => d.name === name);
    const extra = varFindings.filter((f) => f.name === name).map((f) => f.finding);
    if (!mine.length && !extra.length && !required.includes(name)) continue;
    if (!mine.length) extra.unshift(notDefined(name, loaderFor('.')));
    variables.push(rankVariable(name, mine, chains, extra));
  }
  const settings = settingNames.flatMap((name) => {
    const mine = defs.filter((d) => d.name === name);
    return mine.length ? [rankVariable(name, mine, chains, [])] : [];
  });
  return {
    variables,
    settings,
    loader: loaderFor('.'),
    mode,
    findings: problems,
    stats: {
      files: tree.files.length, directories: tree.directories, ignored: tree.ignored, binary, tooLarge,
      ...(tree.notDescended ? { notDescended: tree.notDescended } : {}),
      ...(tree.skipped ? { budget: { maxFiles: opts.maxFiles ?? DEFAULT_MAX_FILES, skippedDirectories: tree.skipped } } : {}),
    },
    manifests: found.packages,
    dependencies,
    files: tree.files.map((f) => f.rel),
    recursive,
  };
}

/** A project's own .npmrc files: project files (their tokens are committed literals or `${NPM_TOKEN}` references). */
function projectNpmrc(files: readonly WalkedFile[], root: ProjectRoot, names: ReadonlySet<string>, home: string | undefined): Extract[] {
  if (!names.has('NPM_TOKEN')) return [];
  const user = home ? [resolve(home, '.npmrc'), resolve(realHome(home), '.npmrc')] : [];
  return files.filter((f) => f.name === '.npmrc' && !user.includes(resolve(f.abs))).flatMap((f) => {
    const r = readWalkedFile(root, f.abs, 256 * 1024);
    if (r.kind !== 'text') return [];
    const { defs, problems } = parseNpmrc(decode(r), f.rel, 'config');
    return [{ defs, problems, chains: [], findings: [] }];
  });
}

/** Key formats to look for in files: the variable's own probes', else those its values match. */
function shapesFor(names: ReadonlySet<string>, defs: RawDef[], probes: readonly Probe[]): Shape[] {
  const shapes: Shape[] = [];
  for (const name of names) {
    if (!defs.some((d) => d.name === name)) continue;
    let owners = probes.filter((p) => p.envVars.includes(name));
    if (!owners.length) {
      const byValue = defs.filter((d) => d.name === name && d.value).map((d) => probeForValue(d.value!.trim(), probes)?.probe);
      owners = [...new Set(byValue.filter((p): p is Probe => !!p))];
    }
    for (const p of owners) {
      for (const format of p.keyFormats) {
        if (format.unusable) continue;
        const prefix = literalPrefix(format.pattern);
        if (prefix) shapes.push({ name, provider: p.name, format, prefix });
      }
    }
  }
  return shapes;
}

function notDefined(name: string, loader: LoaderChoice): Finding {
  return {
    code: 'trace.not_defined', severity: 'error',
    message: `${name} is defined nowhere keydoctor looks: not in the process environment, shell start-up files, ${loader.order.join(', ')}, compose, Kubernetes, CI or config files.`,
    fix: `Set it (export ${name}=… or a line in .env), or check its spelling.`,
  };
}

/** The home folder with links resolved, as the walk sees paths (a macOS /var → /private/var). */
function realHome(home: string): string {
  try {
    return realpathSync(home);
  } catch {
    return home;
  }
}
