// Which keys to check: the ones the user named, the ones .keydoctor.yml
// declares, or every conventional variable of every probe that the source
// model resolves, in the project root and in each workspace package.
import { UsageError } from '../core/errors.js';
import type { Trust } from '../core/types.js';
import { where } from '../core/location.js';
import { probeById, probeForEnvVar, probeForValue, unknownProviderMessage } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import type { DeclaredKey, KeyExpectation } from '../config/schema.js';
import type { Folder, Resolved, SourceModel } from '../sources/model.js';
import { projectUses } from '../sources/references.js';
import { unloadedKeys, unloadedNext, unloadedSentence } from './unloaded.js';

/** The value a key is tested with, and where it came from. */
export interface TestedValue {
  value: string;
  trust: Trust;
  /** `process`, `dotenv`, `shell`, `stdin`, … (the tracer's definition kinds). */
  kind: string;
  file: string;
  line?: number;
  /** The section of a credential file: an AWS profile, a gh host, a registry. */
  section?: string;
}

export interface KeyTarget {
  name: string;
  probe: Probe;
  /** The folder whose run it is: the root or a workspace package. */
  folder: Folder;
  /** The value tested; absent for a declared key that is set nowhere. */
  tested?: TestedValue;
  /** How the source model resolved it (absent for standard input). */
  resolved?: Resolved;
  /** How the provider was chosen when it was not named. */
  inferred?: string;
  /** What .keydoctor.yml expects of it, and where it is declared. */
  expect?: KeyExpectation;
  declaredAt?: string;
}

export interface DiscoverOptions {
  envVars: string[];
  provider?: string;
  stdinKey?: string;
  /** The probes in force: the built-ins plus any custom ones. */
  probes: readonly Probe[];
  /** Keys declared in .keydoctor.yml: checked when no --env-var is given; absent ones are findings. */
  declared?: DeclaredKey[];
  configFile?: string;
  /** Only this workspace package (its folder or its package.json name). */
  packageName?: string;
}

export function testedFrom(r: Resolved): TestedValue {
  return { value: r.value, trust: r.trust, kind: r.def.kind, file: r.def.file, ...(r.def.line ? { line: r.def.line } : {}), ...(r.def.section !== undefined ? { section: r.def.section } : {}) };
}

export function discover(model: SourceModel, opts: DiscoverOptions): { targets: KeyTarget[]; notices: string[] } {
  const named = opts.provider ? probeById(opts.provider, opts.probes) : undefined;
  if (opts.provider && !named) {
    throw new UsageError(unknownProviderMessage(opts.provider, opts.probes));
  }
  const folders = foldersFor(model, opts.packageName);
  const root = folders.find((f) => f.dir === '.') ?? folders[0]!;

  if (opts.stdinKey !== undefined) {
    const guess = named ? undefined : probeForValue(opts.stdinKey.trim(), opts.probes);
    const probe = named ?? guess?.probe;
    if (!probe) throw new UsageError('cannot tell which provider the key on standard input belongs to; add --provider ID');
    return {
      targets: [{
        name: 'stdin',
        probe,
        folder: root,
        tested: { value: opts.stdinKey, trust: 'flag', kind: 'stdin', file: 'standard input' },
        ...(guess ? { inferred: `its format (${guess.format})` } : {}),
      }],
      notices: [],
    };
  }

  /** One target per folder that loads `name` (the root, and packages whose own files define it). */
  const resolveIn = (name: string): { folder: Folder; resolved: Resolved }[] =>
    folders.flatMap((folder) => {
      if (folder.dir !== '.' && !model.definedIn(name, folder.dir)) return [];
      const resolved = model.resolve(name, folder.dir);
      return resolved ? [{ folder, resolved }] : [];
    });
  /** The probe a switch in the folder hands `name` to (GOOGLE_API_KEY to Vertex AI), and why. */
  const switchedTo = (name: string, folder: Folder): { probe: Probe; inferred: string } | undefined => {
    for (const probe of opts.probes) {
      for (const s of probe.switchedVars ?? []) {
        if (s.name !== name) continue;
        const on = model.resolve(s.switch, folder.dir);
        if (on && s.on.test(on.value)) return { probe, inferred: `${s.switch}=${on.value.trim()} at ${where(on.def)}, which makes the SDK send ${name} to ${probe.name}` };
      }
    }
    return undefined;
  };
  const probeFor = (name: string, value: string, folder: Folder): { probe: Probe; inferred?: string } | undefined => {
    if (named) return { probe: named };
    const switched = switchedTo(name, folder);
    if (switched) return switched;
    const byName = probeForEnvVar(name, opts.probes);
    if (byName) return { probe: byName };
    const byValue = probeForValue(value.trim(), opts.probes);
    return byValue ? { probe: byValue.probe, inferred: `its format (${byValue.format})` } : undefined;
  };

  if (opts.envVars.length) {
    return {
      targets: opts.envVars.flatMap((name) => {
        const found = resolveIn(name);
        if (!found.length) throw new UsageError(notSetMessage(model, name));
        return found.map(({ folder, resolved }) => {
          const p = probeFor(name, resolved.value, folder);
          if (!p) throw new UsageError(`cannot tell which provider ${name} belongs to; add --provider ID (see \`keydoctor providers\`)`);
          return { name, probe: p.probe, folder, tested: testedFrom(resolved), resolved, ...(p.inferred ? { inferred: p.inferred } : {}) };
        });
      }),
      notices: [],
    };
  }

  if (opts.declared?.length) {
    return {
      targets: opts.declared.filter((d) => !named || (d.provider ?? probeForEnvVar(d.env, opts.probes)?.id) === named.id).flatMap((d): KeyTarget[] => {
        const declaredAt = `${opts.configFile ?? '.keydoctor.yml'}${d.line ? `:${d.line}` : ''}`;
        const found = resolveIn(d.env);
        const probe = d.provider ? probeById(d.provider, opts.probes) : probeForEnvVar(d.env, opts.probes) ?? (found[0] ? probeForValue(found[0].resolved.value.trim(), opts.probes)?.probe : undefined);
        if (!probe) {
          throw new UsageError(`${declaredAt}: ${d.provider ? unknownProviderMessage(d.provider, opts.probes) : `cannot tell which provider ${d.env} belongs to; add provider:`}`);
        }
        const common = { name: d.env, probe, declaredAt, ...(d.expect ? { expect: d.expect } : {}) };
        if (!found.length) return [{ ...common, folder: root }];
        return found.map(({ folder, resolved }) => ({ ...common, folder, tested: testedFrom(resolved), resolved }));
      }),
      notices: [],
    };
  }

  const probes = named ? [named] : opts.probes;
  const targets: KeyTarget[] = [];
  const notices: string[] = [];
  const unsent = new Map<string, Unsent>();
  for (const probe of probes) {
    const switchable = (probe.switchedVars ?? []).map((s) => s.name).filter((n) => !probe.envVars.includes(n));
    for (const name of [...probe.envVars, ...switchable]) {
      for (const { folder, resolved } of resolveIn(name)) {
        // A variable goes to the probe a switch in its folder names, and only there (GOOGLE_API_KEY: Gemini or Vertex AI).
        // --provider names the probe: it keeps its own variables whatever the switch says.
        const switched = switchedTo(name, folder);
        const here = switched?.probe.id === probe.id;
        if (switched ? !here && !(named && probe.envVars.includes(name)) : switchable.includes(name)) continue;
        // A key only a CLI's own credential file holds is sent when the project uses the provider, or --provider asks.
        if (!named && resolved.def.kind === 'credential-file' && !projectUses(model, probe)) {
          const at = where(resolved.def);
          unsent.set(`${name} ${at}`, { name, probe, at });
          continue;
        }
        targets.push({ name, probe, folder, tested: testedFrom(resolved), resolved, ...(here ? { inferred: switched.inferred } : {}) });
      }
    }
  }
  if (unsent.size) notices.push(notSentNotice([...unsent.values()]));
  // Keys checked, and others of the probes set only where nothing loads them: the app has no value for those, and says so
  // (with no key checked, check's own notice says it, with the exit code that goes with it).
  const unread = targets.length && !named ? unloadedKeys(model, probes.flatMap((p) => p.envVars), new Set(targets.map((t) => t.name))).filter((k) => !k.template) : [];
  if (unread.length) notices.push(`${unloadedSentence(unread, true)} ${unloadedNext(unread)}`);
  // Packages first by folder, the root first of all; within a folder, the registry's order.
  targets.sort((a, b) => (a.folder.dir === b.folder.dir ? 0 : a.folder.dir === '.' ? -1 : b.folder.dir === '.' ? 1 : a.folder.dir.localeCompare(b.folder.dir)));
  if (!targets.length && named) {
    const vars = named.envVars;
    throw new UsageError(`no ${named.name} key found: none of ${vars.join(', ')} is set in the process environment, ${dotenvList(model)} or the CLIs' credential files`);
  }
  return { targets, notices };
}

interface Unsent {
  name: string;
  probe: Probe;
  at: string;
}

/**
 * The user credentials listed, not sent, in one notice (a developer with five CLIs
 * logged in got five warning-marked lines above every check): where each is and
 * how to check it.
 */
function notSentNotice(keys: Unsent[]): string {
  if (keys.length === 1) {
    const { name, probe, at } = keys[0]!;
    return `${name} from ${at} (${probe.name}'s own credential file) was not sent: nothing in this project uses ${probe.name}. \`keydoctor check --provider ${probe.id}\` checks it.`;
  }
  const ids = [...new Set(keys.map((k) => k.probe.id))];
  return `Not sent, as nothing in this project uses their providers: ${keys.map((k) => `${k.name} (${k.at})`).join(', ')}, from the CLIs' own credential files. \`keydoctor check --provider ID\` (${ids.join(', ')}) checks one.`;
}

/** The folders a run checks: all of them, or the one package asked for. */
function foldersFor(model: SourceModel, packageName: string | undefined): Folder[] {
  if (!packageName) return model.folders;
  const want = packageName.replace(/^\.\//, '').replace(/\/+$/, '');
  const hit = model.folders.find((f) => f.package && (f.dir === want || f.package.name === want));
  if (!hit) {
    const known = model.folders.filter((f) => f.package).map((f) => f.package!.name ? `${f.dir} (${f.package!.name})` : f.dir);
    throw new UsageError(known.length
      ? `no workspace package "${packageName}"; packages: ${known.join(', ')}`
      : `--package ${packageName}: ${model.scope.root} declares no workspace packages (package.json workspaces, pnpm-workspace.yaml, lerna.json, nx)`);
  }
  return [hit];
}

/** The .env files a local run of the root reads, for messages. */
export function dotenvList(model: SourceModel): string {
  return `the .env files (${model.trace.loader.order.join(', ')})`;
}

/** Why a named variable has no value to test, with where it is defined if anywhere. */
function notSetMessage(model: SourceModel, name: string): string {
  const v = model.variable(name);
  const elsewhere = (v?.definitions ?? []).filter((d) => d.context !== undefined);
  const base = `${name} is not set in the process environment nor in ${dotenvList(model)}`;
  const unloaded = unloadedKeys(model, [name], new Set());
  if (!elsewhere.length && unloaded[0]) return `${base}; ${unloaded[0].template ? `it appears only in ${unloaded[0].at}, a template no loader reads` : `it is set at ${unloaded[0].at}, which this run does not load: ${unloaded[0].why}`}`;
  if (!elsewhere.length) return base;
  const places = elsewhere.slice(0, 3).map((d) => `${where(d.line ? { file: d.file, line: d.line } : { file: d.file })} (${d.context})`).join(', ');
  return `${base}; it is defined for other runs: ${places}${elsewhere.length > 3 ? `, and ${elsewhere.length - 3} more` : ''} (\`keydoctor trace ${name}\` shows them)`;
}
