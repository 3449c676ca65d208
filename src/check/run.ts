// The check pipeline (DESIGN.md): step 2's source model read once, the keys
// to check found in it, then every key through the five steps (./key.ts),
// their live calls shared where they are the same request, and the result.
// Steps return findings and never print; progress is reported through
// `onProgress` and `onWalk` so the CLI can drive a spinner.
import { exitCodeFor, SCHEMA_VERSION, type CheckResult, type KeyResult } from '../core/result.js';
import { status } from './verdict.js';
import type { Finding } from '../core/types.js';
import type { CheckOptions } from './options.js';
import { where } from '../core/location.js';
import { listed } from '../core/grammar.js';
import { PROBES } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import { Redactor } from '../redact/redactor.js';
import { UsageError } from '../core/errors.js';
import { registerSecret, registerEnvSecrets } from '../redact/secrets.js';
import { loadSources, type SourceModel } from '../sources/model.js';
import { CI_KINDS, CONTAINER_KINDS, type TraceDefinition } from '../trace/types.js';
import { scopeNotices } from '../sources/scope.js';
import { discover, type KeyTarget } from '../steps/discover.js';
import { loadedFiles, unloadedFix, unloadedKeys, unloadedSentence } from '../steps/unloaded.js';
import { projectPrevention } from '../prevent/index.js';
import { modeFilesFrom } from '../prevent/environments.js';
import { checkKey, type CheckedKey } from './key.js';
import type { NetResult } from '../net/client.js';
import { VERSION } from '../version.js';

export interface CheckRun {
  result: CheckResult;
  /** Every secret value read, for the one redaction pass at the output edge. */
  redactor: Redactor;
}

export async function runCheck(opts: CheckOptions): Promise<CheckRun> {
  const redactor = new Redactor();
  if (opts.stdinKey) redactor.add(opts.stdinKey);
  try {
    return await checkAll(opts, redactor);
  } catch (err) {
    // Whatever fails below (a plugin probe, a parser), its message leaves redacted by what was read:
    // the CLI's last-resort redactor knows only the process environment, not the .env files.
    throw redactedError(err, redactor);
  }
}

function redactedError(err: unknown, redactor: Redactor): Error {
  const message = redactor.redact(err instanceof Error ? err.message : String(err));
  if (err instanceof UsageError) return new UsageError(message);
  const safe = new Error(message);
  if (err instanceof Error && err.stack) safe.stack = redactor.redact(err.stack);
  return safe;
}

/** Step 2's model of the project, read once for the run (check, report and compare alike). */
export function sourcesFor(
  opts: Pick<CheckOptions, 'cwd' | 'env' | 'home' | 'envVars' | 'declared' | 'mode' | 'expectEnv' | 'loader' | 'maxFiles' | 'onWalk'>,
  redactor: Redactor,
  probes: readonly Probe[],
): SourceModel {
  registerEnvSecrets(opts.env, redactor, probes);
  const keys = opts.envVars.length ? opts.envVars : [...new Set([...probes.flatMap((p) => p.envVars), ...(opts.declared ?? []).map((d) => d.env)])];
  return loadSources({
    cwd: opts.cwd,
    env: opts.env,
    ...(opts.home ? { home: opts.home } : {}),
    // Only a mode asked for: without one the tracer applies NODE_ENV, else each loader's default
    // (dotenv-flow reads no mode file without NODE_ENV), exactly as `keydoctor trace` does.
    ...(opts.mode ?? opts.expectEnv ? { mode: opts.mode ?? opts.expectEnv } : {}),
    ...(opts.loader ? { loader: opts.loader } : {}),
    probes,
    keys,
    onSecret: (v) => redactor.add(v),
    onValue: (name, v) => registerSecret(name, v, redactor, probes),
    ...(opts.maxFiles ? { maxFiles: opts.maxFiles } : {}),
    ...(opts.onWalk ? { onProgress: opts.onWalk } : {}),
  });
}

async function checkAll(opts: CheckOptions, redactor: Redactor): Promise<CheckRun> {
  const probes = opts.probes ?? PROBES;
  const model = sourcesFor(opts, redactor, probes);
  const { targets, notices } = discover(model, {
    envVars: opts.envVars, provider: opts.provider, stdinKey: opts.stdinKey, probes, declared: opts.declared, configFile: opts.configFile,
    ...(opts.packageName ? { packageName: opts.packageName } : {}),
  });
  // Keys discover listed but did not send (a CLI's own credential file the project does not use): those notices say it all.
  const discoverSaid = notices.length > 0;
  notices.unshift(...(opts.notices ?? []), ...scopeNotices(model.trace.stats));
  let uncheckable = false;
  if (!targets.length && opts.stdinKey === undefined && !discoverSaid) {
    const why = nothingToCheck(model, probes);
    notices.push(...why.notices);
    uncheckable = why.defined;
  }

  // Prevention that reads the project once (mode files, git) runs while the keys are checked:
  // its git processes overlap the live calls.
  const names = [...new Set(targets.filter((t) => t.tested && t.name !== 'stdin').map((t) => t.name))];
  const prevention = names.length
    ? projectPrevention({
      root: model.scope.root,
      keys: names.map((name) => ({ name, values: (model.variable(name)?.definitions ?? []).flatMap((d) => (d.value !== undefined ? [d.value] : [])) })),
      modeFiles: modeFilesFrom(model.trace.variables.filter((v) => names.includes(v.name))),
      env: opts.env,
      commits: model.scope.project?.marker === '.git' || model.scope.recursive ? opts.historyCommits : 0,
    })
    : undefined;
  const inFlight = new Map<string, Promise<NetResult>>();
  const checked = await Promise.all(targets.map((t) => checkKey(t, model, { ...opts, inFlight, onSecret: (v) => redactor.add(v) }, probes)));
  const byName = (await prevention)?.byName;
  const keys = checked.map((c) => c.key);
  for (const k of keys) if (!k.package) addToSources(k, byName?.get(k.name) ?? []);
  markShared(checked, targets);
  const unreachable = unreachableNotice(keys);
  if (unreachable) notices.push(unreachable);
  const result: CheckResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'keydoctor', version: VERSION },
    generatedAt: new Date().toISOString(),
    offline: opts.offline,
    keys,
    notices,
    ...(model.trace.findings.length ? { findings: model.trace.findings } : {}),
    failOn: opts.failOn,
    exitCode: uncheckable ? 3 : exitCodeFor(keys, opts.failOn),
  };
  return { result, redactor };
}

/** Project-wide prevention findings join the key's sources step (once each). */
function addToSources(k: KeyResult, findings: Finding[]): void {
  const step = k.steps.find((s) => s.step === 'sources');
  if (!step || !findings.length) return;
  for (const f of findings) if (!step.findings.some((g) => g.code === f.code && g.message === f.message)) step.findings.push(f);
  step.status = status(step.findings);
}

/** A label for a key on the screen: `apps/web: OPENAI_API_KEY`, or the name alone at the root. */
export function keyLabel(k: { name: string; package?: string }): string {
  return k.package ? `${k.package}: ${k.name}` : k.name;
}

/** Keys that sent the same request share one call: say which. */
function markShared(checked: CheckedKey[], targets: KeyTarget[]): void {
  const groups = new Map<string, number[]>();
  checked.forEach((c, i) => {
    if (c.requestKey) groups.set(c.requestKey, [...(groups.get(c.requestKey) ?? []), i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const i of members) {
      checked[i]!.key.sharedCall = members.filter((j) => j !== i).map((j) => keyLabel({ name: targets[j]!.name, ...(targets[j]!.folder.package ? { package: targets[j]!.folder.dir } : {}) }));
    }
  }
}

/**
 * What to do about keys defined only for other runs, by the run: a CI job's are checked by a step of that job (where its
 * secrets are set), a container's or a cluster's where it runs or with the value exported here, a sub-folder's with --cwd.
 */
function elsewhereNext(elsewhere: ReadonlyArray<{ name: string; d: TraceDefinition }>): string {
  const first = elsewhere[0]!;
  const they = new Set(elsewhere.map((e) => e.name)).size === 1 ? 'It is' : 'They are';
  if (elsewhere.every((e) => CI_KINDS.has(e.d.kind))) {
    return `${they} set in CI: add \`npx keydoctor check\` as a step of that job, where its secrets are set (under GitHub Actions it annotates the run)`;
  }
  if (elsewhere.every((e) => CONTAINER_KINDS.has(e.d.kind))) {
    return `${they} set for a container or cluster: run keydoctor where it runs, or export the value in this shell and run \`keydoctor check --env-var ${first.name}\``;
  }
  return `Check a folder that loads them with --cwd DIR, or export the value in this shell and run \`keydoctor check --env-var ${first.name}\``;
}

/**
 * Why no key was checked. A project that defines no key at all is a pass
 * (exit 0). One that defines keys only for other runs (a CI job, a compose
 * service, a sub-folder that is not a workspace package) is not: nothing was
 * verified, and saying "nothing checked" with exit 0 turned a monorepo root
 * into a green build with broken keys.
 */
function nothingToCheck(model: SourceModel, probes: readonly Probe[]): { notices: string[]; defined: boolean } {
  // A CLI's own credential file is the user's, not a run of the project: listed by discover, not "elsewhere".
  const elsewhere = model.trace.variables.flatMap((v) => v.definitions.filter((d) => d.context !== undefined && d.kind !== 'credential-file').map((d) => ({ name: v.name, d })));
  if (elsewhere.length) {
    const names = [...new Set(elsewhere.map((e) => e.name))];
    // The context without the file it repeats: "docker-compose.yml:5 (compose service app)"; a compose service's env_file
    // keeps the compose file it names.
    const places = elsewhere.slice(0, 4).map((e) => `${where(e.d)} (${e.d.context!.replace(` (${e.d.file})`, '')})`);
    return {
      defined: true,
      notices: [
        `${listed(names)} ${names.length === 1 ? 'is' : 'are'} defined only for other runs than one started here: ${places.join(', ')}${elsewhere.length > 4 ? `, and ${elsewhere.length - 4} more` : ''}. Nothing could be checked.`,
        `${elsewhereNext(elsewhere)}; \`keydoctor trace\` shows every definition.`,
      ],
    };
  }
  const vars = probes.flatMap((p) => p.envVars);
  const unloaded = unloadedKeys(model, vars, new Set());
  const real = unloaded.filter((k) => !k.template);
  if (real.length) {
    return {
      defined: true,
      notices: [
        `${unloadedSentence(real)} Nothing could be checked.`,
        `${unloadedFix(real, loadedFiles(model.trace))}; \`keydoctor trace ${real[0]!.name}\` shows every definition.`,
      ],
    };
  }
  if (unloaded.length) {
    const names = unloaded.map((k) => k.name);
    const files = [...new Set(unloaded.map((k) => k.at.replace(/:\d+$/, '')))];
    return {
      defined: false,
      notices: [
        `No API key is set where this run loads it. ${listed(names)} ${names.length === 1 ? 'appears' : 'appear'} only in ${files.join(', ')}, a template no loader reads.`,
        `Copy it to ${model.trace.loader.order.at(-1) ?? '.env'} and put the real ${names.length === 1 ? 'key' : 'keys'} in the copy (never in the template), or point keydoctor at a key with --env-var NAME or --key-stdin.`,
      ],
    };
  }
  const looked = vars.length <= 12
    ? vars.join(', ')
    : `${vars.length} variables of ${probes.length} providers (${['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'STRIPE_SECRET_KEY', 'GITHUB_TOKEN'].filter((v) => vars.includes(v)).join(', ')}, …; \`keydoctor providers\` lists them)`;
  return {
    defined: false,
    notices: [
      `No API key found. Looked for ${looked} in the process environment and the .env files (${model.trace.loader.order.join(', ')}).`,
      'Point keydoctor at a key with --env-var NAME, --provider ID, or pipe one in with --key-stdin.',
    ],
  };
}

const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'ECONNREFUSED', 'ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH']);

/** When no provider could be reached at all, one line says so (rather than a block of network advice per key). */
function unreachableNotice(keys: KeyResult[]): string | undefined {
  const sent = keys.filter((k) => k.live);
  if (!sent.length || !sent.every((k) => k.live!.errorCode && UNREACHABLE.has(k.live!.errorCode))) return undefined;
  const hosts = [...new Set(sent.map((k) => new URL(k.live!.url).host))];
  const codes = [...new Set(sent.map((k) => k.live!.errorCode!))];
  const why = codes.every((c) => c.startsWith('EAI') || c === 'ENOTFOUND') ? `the host name${hosts.length > 1 ? 's' : ''} could not be resolved (${codes.join(', ')})`
    : codes.every((c) => c === 'ECONNREFUSED') ? `the connection was refused (${codes.join(', ')})` : `the network is unreachable (${codes.join(', ')})`;
  return `No provider could be reached: ${hosts.join(', ')}: ${why}. If this machine is offline, \`keydoctor check --offline\` checks formats and sources without a network.`;
}
