// `keydoctor explain --cwd DIR`: the pasted error read beside the project whose app raised it. The text says what the
// provider answered; only the project can say which value was sent, where it is defined and whether it is sane. Many
// errors say "invalid key" where the cause is the value: a .env line with a trailing space, a variable the app never
// loaded, a key from another source winning. This reads the project with check's own offline steps (format and
// sources, no network) and compares the key the provider echoed with each definition, in memory. Values leave only
// redacted: the caller's Redactor is told every one read.
import { loadConfig } from '../config/load.js';
import { checkKey } from '../check/key.js';
import { keyLabel, sourcesFor } from '../check/run.js';
import { UsageError } from '../core/errors.js';
import { where } from '../core/location.js';
import type { KeyResult } from '../core/result.js';
import { INCONCLUSIVE, type Category } from '../core/types.js';
import { probeById } from '../probes/index.js';
import type { Redactor } from '../redact/redactor.js';
import type { SourceModelOptions } from '../sources/model.js';
import { discover, type KeyTarget } from '../steps/discover.js';
import { couldBe, echoParts, type EchoParts } from './echo-parts.js';
import { summaryFor } from './summary.js';
import type { ExplainResult, ProjectKey, ProjectReading } from './types.js';

/** The project's folder (`cwd`, resolved), environment, home, and the mode and .env order the app applied (`--mode`, `--loader`). */
export interface ProjectOptions extends Pick<SourceModelOptions, 'cwd' | 'env' | 'home' | 'mode' | 'loader' | 'probes'> {
  /** The folder as the user gave it, for what is shown. */
  dir: string;
  /** Told every value read from the project, before anything is written. */
  redactor: Redactor;
}

/** Categories the value itself may be the cause of: a value the format step proves broken explains them better. */
const VALUE_MAY_CAUSE: ReadonlySet<Category> = new Set<Category>(['invalid_key', 'malformed_key', 'unknown']);

/** Reads `provider`'s keys in the project offline and compares each with the key the text echoed (`echo`, raw). */
export async function readProject(provider: string | null, echo: string | undefined, opts: ProjectOptions): Promise<ProjectReading> {
  const redactor = opts.redactor;
  const parts = echo ? echoParts(echo) : undefined;
  const reading: ProjectReading = { dir: opts.dir, provider, keys: [], notes: [], ...(parts ? { echoSeen: true } : {}) };
  const probe = provider ? probeById(provider, opts.probes) : undefined;
  if (!probe) {
    reading.notes.push(provider
      ? `keydoctor has no probe for ${provider}: it does not know which variables hold its keys, so the project was not read.`
      : 'The text names no provider, so the project was not read: give --provider ID (`keydoctor providers` lists them).');
    return reading;
  }
  const config = loadConfig(opts.cwd);
  const model = sourcesFor({
    cwd: opts.cwd, env: opts.env, envVars: [], ...(opts.home ? { home: opts.home } : {}), ...(opts.mode ? { mode: opts.mode } : {}),
    ...(opts.loader ? { loader: opts.loader } : {}), ...(config ? { declared: config.keys } : {}),
  }, redactor, opts.probes);
  // Files that could not be read as written (a .env symlinked out of the project, a line dotenv skips): a key may hide there.
  const unread = model.trace.findings.filter((f) => f.severity !== 'info');
  reading.notes.push(...unread.slice(0, 3).map((f) => redactor.redact(f.message)));
  if (unread.length > 3) reading.notes.push(`…and ${unread.length - 3} more about the project's files (\`keydoctor check --offline --cwd ${opts.dir}\` lists them).`);
  let targets: KeyTarget[] = [];
  try {
    targets = discover(model, { envVars: [], provider: probe.id, probes: opts.probes, ...(config ? { declared: config.keys, configFile: config.file } : {}) }).targets;
  } catch (err) {
    // "no OpenAI key found: none of … is set": a fact about the project, not an error of the command.
    if (!(err instanceof UsageError)) throw err;
    reading.notes.push(`${redactor.redact(err.message)}.`);
  }
  const checked = await Promise.all(targets.map((t) => checkKey(t, model, {
    env: opts.env, offline: true, forceLive: false, timeoutMs: 0, trustProjectConfig: false, onSecret: (v) => redactor.add(v),
  }, opts.probes)));
  for (const [i, { key }] of checked.entries()) reading.keys.push(projectKey(key, targets[i]!.tested?.value, parts));
  if (parts && !reading.keys.some((k) => k.echo === 'same')) {
    // The echoed key is no value this folder loads: is it one that loses here, or one for another run (a shell export,
    // another .env file, a CI workflow, a compose service)?
    for (const name of new Set([...targets.map((t) => t.name), ...probe.envVars])) {
      const hit = (model.variable(name)?.definitions ?? []).find((d) => d.value !== undefined && couldBe(d.value, parts) === 'same');
      if (hit) {
        reading.echoedFrom = { name, at: `${where(hit)}${hit.context && !hit.context.startsWith('local') ? ` (${hit.context})` : ''}`, redacted: hit.redacted };
        break;
      }
    }
  }
  return reading;
}

function projectKey(key: KeyResult, value: string | undefined, parts: EchoParts | undefined): ProjectKey {
  // A key declared in .keydoctor.yml and set nowhere has no place.
  const at = key.source.kind === 'none' ? '' : where(key.source);
  const problem = key.verdict === 'invalid' && key.category !== 'unknown' ? { category: key.category, summary: key.summary, fixes: key.fixes } : undefined;
  return {
    name: key.name,
    ...(key.package ? { package: key.package } : {}),
    ...(at ? { at } : {}),
    redacted: key.redacted,
    fingerprint: key.fingerprint,
    ...(problem ? { problem } : {}),
    ...(value !== undefined && parts ? { echo: couldBe(value, parts) } : {}),
  };
}

/** A folder as a shell reads it back: quoted when it holds anything but a path's plain characters. */
const shellArg = (v: string) => (/^[\w@%+=:,./-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`);

const label = (k: ProjectKey) => `${keyLabel(k)}${k.at ? ` (${k.at})` : ''}`;

/** What tells two values apart without showing them. */
const valueId = (k: ProjectKey) => k.fingerprint ?? k.redacted;

/** How an app loads a .env file, in the runtime the text came from. */
function loadAdvice(runtime: string | undefined): string {
  if (runtime === 'python') return 'call `load_dotenv()` before the client is created';
  if (runtime === 'node') return "import 'dotenv/config' before the client is created, or run `node --env-file=.env`";
  return 'load the file before the client is created (dotenv, the framework\'s env loading, `--env-file`)';
}

/**
 * The explanation with what the project showed. The text's category changes only where the project proves the value
 * broken and the text's answer is one a broken value gives (invalid_key, malformed_key, unknown); the key refused is
 * the one echoed, or the only value of the provider's the project defines.
 */
export function withProject(r: ExplainResult, reading: ProjectReading): ExplainResult {
  const out: ExplainResult = { ...r, evidence: [...r.evidence], fixes: [...r.fixes], project: reading };
  const name = r.providerName ?? 'the provider';
  // The answer judged the key (an unknown one may still have); a key problem is a judgement that names a cause.
  const judged = r.category !== 'ok' && !INCONCLUSIVE.has(r.category);
  const keyProblem = judged && r.category !== 'unknown';
  // Keys declared in .keydoctor.yml and set nowhere have no value: the provider cannot have got them.
  const keys = reading.keys.filter((k) => k.at !== undefined);
  const e = reading.echoedFrom;
  if (!keys.length && e) {
    // No run started here loads a key of the provider; one for another run (a CI job, a compose service) is the key echoed.
    out.evidence.push(`the key ${name} echoed is ${e.name} at ${e.at} (${e.redacted})`);
    if (judged) out.fixes.unshift(`The key refused is ${e.name} at ${e.at}: replace it there.`);
    return out;
  }
  if (!keys.length) {
    if (!reading.provider) return out;
    if (reading.echoSeen) out.evidence.push(`this project defines no ${name} key, so the key ${name} echoed came from wherever the app runs`);
    else if (r.category === 'malformed_key') out.fixes.unshift(`Nothing in ${reading.dir} defines the key: set it where the app reads it (the .env file it loads, or its environment).`);
    return out;
  }
  const echoed = keys.filter((k) => k.echo === 'same');
  const oneValue = (ks: ProjectKey[]) => new Set(ks.map(valueId)).size === 1;
  const refused = echoed.length ? echoed : !reading.echoSeen && oneValue(keys) ? keys : [];

  if (reading.echoSeen && !echoed.length && !keys.some((k) => k.echo === 'unsure')) {
    const here = keys.map((k) => `${label(k)}: ${k.redacted}`).join('; ');
    if (e) {
      out.evidence.push(`the key ${name} echoed is ${e.name} at ${e.at} (${e.redacted}), which is not the value this folder loads (${here})`);
      out.fixes.unshift(`The app sent ${e.name} from ${e.at}, not the definition keydoctor finds winning here: remove or correct the one at ${e.at}, or make the app load the one you meant (\`keydoctor trace ${e.name}\` shows the order).`);
    } else {
      out.evidence.push(`the key ${name} echoed is none of this project's definitions (${here})`);
      out.fixes.unshift(`The app sent a key this project does not define: find where its value comes from where it runs (its environment, a secret store, a deploy setting); \`keydoctor trace ${keys[0]!.name}\` lists every definition here.`);
    }
    // The probe's own "check the value your app loads: keydoctor trace" is the fix above, said with what was found.
    out.fixes = [out.fixes[0]!, ...out.fixes.slice(1).filter((f) => !f.includes('`keydoctor trace '))];
    out.rule = `${r.rule}.project_not_this_key`;
    return out;
  }

  const broken = refused.find((k) => k.problem);
  if (broken && VALUE_MAY_CAUSE.has(r.category)) {
    const p = broken.problem!;
    const how = broken.echo === 'same' ? `the key ${name} echoed` : `the only ${name} key this project defines`;
    out.category = p.category;
    out.verdict = 'invalid';
    out.summary = summaryFor(p.category, r.providerName);
    out.evidence.push(`${label(broken)}, ${how}: ${p.summary}`);
    // The text's own fixes were for the key ("copy it again"): the value is the cause, and the key may be fine.
    out.fixes = [...p.fixes];
    out.rule = `${r.rule}.project_value`;
    out.ruleSource = 'project';
    out.exitCode = 0;
    return out;
  }
  if (!oneValue(refused)) return out;
  const k = refused[0]!;
  if (k.echo === 'same') {
    out.evidence.push(`the key ${name} echoed is ${label(k)}: ${k.redacted}`);
    if (keyProblem && r.category !== 'malformed_key') out.fixes.unshift(`The key refused is ${k.name} at ${k.at}: replace it there.`);
  } else if (r.category === 'malformed_key') {
    // The request carried no usable key, and the project defines a sane one: the app did not load it.
    out.evidence.push(`this project defines ${label(k)}, ${k.redacted}, which passes its format checks, yet the request carried no usable key`);
    out.fixes.unshift(k.at === 'process environment'
      ? `The app does not run with this shell's environment (a service, a container, an IDE's launch): set ${k.name} where it runs.`
      : `The app did not load ${k.at}: ${loadAdvice(r.runtime)}, and start it from the folder that holds the file (\`keydoctor trace ${k.name}\` shows which files load in which run).`);
  } else if (keyProblem) {
    out.evidence.push(`this project's only ${name} key, ${label(k)}, ${k.redacted}, passes its format checks; the text does not show whether it is the key refused`);
    out.fixes.push(`\`keydoctor check --cwd ${shellArg(reading.dir)} --provider ${reading.provider}\` sends it to ${name} and tells.`);
  }
  return out;
}
