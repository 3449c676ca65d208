// Which keys to check: the ones the user named, or every conventional
// variable of every probe found in the process environment or the .env files.
import { UsageError } from '../core/errors.js';
import { probeById, probeForEnvVar, probeForValue } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import type { DeclaredKey, KeyExpectation } from '../config/schema.js';
import { definitionsOf, type Project, type ValueSource } from '../sources/project.js';

export interface KeyTarget {
  name: string;
  probe: Probe;
  /** Every definition, highest precedence first; the first is the value checked. */
  defs: ValueSource[];
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
}

export function discover(project: Project, opts: DiscoverOptions): { targets: KeyTarget[]; notices: string[] } {
  const named = opts.provider ? probeById(opts.provider, opts.probes) : undefined;
  if (opts.provider && !named) {
    throw new UsageError(`unknown provider "${opts.provider}"; known: ${opts.probes.map((p) => p.id).join(', ')}`);
  }

  if (opts.stdinKey !== undefined) {
    const guess = named ? undefined : probeForValue(opts.stdinKey.trim(), opts.probes);
    const probe = named ?? guess?.probe;
    if (!probe) throw new UsageError('cannot tell which provider the key on standard input belongs to; add --provider ID');
    return {
      targets: [{
        name: 'stdin',
        probe,
        defs: [{ kind: 'stdin', file: 'standard input', value: opts.stdinKey, trust: 'flag' }],
        ...(guess ? { inferred: `its format (${guess.format})` } : {}),
      }],
      notices: [],
    };
  }

  if (opts.envVars.length) {
    return {
      targets: opts.envVars.map((name) => {
        const defs = definitionsOf(project, name);
        if (!defs.length) {
          throw new UsageError(`${name} is not set in the process environment nor in ${dotenvList(project)}`);
        }
        if (named) return { name, probe: named, defs };
        const byName = probeForEnvVar(name, opts.probes);
        if (byName) return { name, probe: byName, defs };
        const byValue = probeForValue(defs[0]!.value.trim(), opts.probes);
        if (byValue) return { name, probe: byValue.probe, defs, inferred: `its format (${byValue.format})` };
        throw new UsageError(`cannot tell which provider ${name} belongs to; add --provider ID (see \`keydoctor providers\`)`);
      }),
      notices: [],
    };
  }

  if (opts.declared?.length) {
    return {
      targets: opts.declared.filter((d) => !named || (d.provider ?? probeForEnvVar(d.env, opts.probes)?.id) === named.id).map((d) => {
        const defs = definitionsOf(project, d.env);
        const declaredAt = `${opts.configFile ?? '.keydoctor.yml'}${d.line ? `:${d.line}` : ''}`;
        const probe = d.provider ? probeById(d.provider, opts.probes) : probeForEnvVar(d.env, opts.probes) ?? (defs[0] ? probeForValue(defs[0].value.trim(), opts.probes)?.probe : undefined);
        if (!probe) {
          throw new UsageError(`${declaredAt}: ${d.provider ? `unknown provider "${d.provider}"` : `cannot tell which provider ${d.env} belongs to; add provider:`}`);
        }
        return { name: d.env, probe, defs, declaredAt, ...(d.expect ? { expect: d.expect } : {}) };
      }),
      notices: [],
    };
  }

  const probes = named ? [named] : opts.probes;
  const targets: KeyTarget[] = [];
  for (const probe of probes) {
    for (const name of probe.envVars) {
      const defs = definitionsOf(project, name);
      if (defs.length) targets.push({ name, probe, defs });
    }
  }
  const notices: string[] = [];
  if (!targets.length) {
    const vars = probes.flatMap((p) => p.envVars);
    if (named) {
      throw new UsageError(`no ${named.name} key found: none of ${vars.join(', ')} is set in the process environment or ${dotenvList(project)}`);
    }
    const looked = vars.length <= 12
      ? vars.join(', ')
      : `${vars.length} variables of ${probes.length} providers (${['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'STRIPE_SECRET_KEY', 'GITHUB_TOKEN'].filter((v) => vars.includes(v)).join(', ')}, …; \`keydoctor providers\` lists them)`;
    notices.push(
      `No API key found. Looked for ${looked} in the process environment and ${dotenvList(project)}.`,
      'Point keydoctor at a key with --env-var NAME, --provider ID, or pipe one in with --key-stdin.',
    );
  }
  return { targets, notices };
}

function dotenvList(project: Project): string {
  return project.files.length ? project.files.map((f) => f.file).join(', ') : 'the .env files (none found)';
}
