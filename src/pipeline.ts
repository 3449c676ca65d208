// The five steps, in order, for every key (DESIGN.md). Steps return findings
// and never print; progress is reported through `onProgress` so the CLI can
// drive a spinner.
import { exitCodeFor, SCHEMA_VERSION, type CheckResult, type KeyResult } from './core/result.js';
import { status } from './check/verdict.js';
import type { Finding, Severity } from './core/types.js';
import { PROBES } from './probes/index.js';
import type { Probe } from './probes/types.js';
import { Redactor } from './redact/redactor.js';
import { UsageError } from './core/errors.js';
import { registerProjectSecrets } from './redact/secrets.js';
import { loadProject } from './sources/project.js';
import { discover } from './steps/discover.js';
import { traceVariables, type TraceVariable } from './trace/index.js';
import { projectPrevention } from './prevent/index.js';
import { checkKey } from './check/key.js';
import type { DeclaredKey } from './config/schema.js';
import { VERSION } from './version.js';

export interface CheckOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  envVars: string[];
  provider?: string;
  stdinKey?: string;
  offline: boolean;
  forceLive: boolean;
  timeoutMs: number;
  /** How many times a 429 may be asked again; none unless given (the CLI gives src/net/retry.ts MAX_RETRIES). */
  retries?: number;
  baseUrl?: string;
  trustProjectConfig: boolean;
  expectEnv?: string;
  failOn: Severity;
  /** The probes in force; the built-in registry unless given. */
  probes?: readonly Probe[];
  /** Keys declared in .keydoctor.yml, and the file's name. */
  declared?: DeclaredKey[];
  configFile?: string;
  /** Things to say before any key: skipped plugins, say. */
  notices?: string[];
  /** Warn this many days before a key expires (default 14). */
  expiryWarnDays?: number;
  /** How many commits of git history to search for committed keys (default 50; 0 skips it). */
  historyCommits?: number;
  onProgress?: (event: { key: string; phase: 'live-start' | 'live-end' }) => void;
}

export interface CheckRun {
  result: CheckResult;
  /** Every secret value read, for the one redaction pass at the output edge. */
  redactor: Redactor;
}

export function modeOf(opts: Pick<CheckOptions, 'expectEnv' | 'env'>): string {
  return opts.expectEnv ?? opts.env.NODE_ENV ?? 'development';
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

async function checkAll(opts: CheckOptions, redactor: Redactor): Promise<CheckRun> {
  const mode = modeOf(opts);
  const project = loadProject(opts.cwd, mode, opts.env);
  const probes = opts.probes ?? PROBES;
  registerProjectSecrets(project, redactor, probes);
  const { targets, notices } = discover(project, {
    envVars: opts.envVars, provider: opts.provider, stdinKey: opts.stdinKey, probes, declared: opts.declared, configFile: opts.configFile,
  });
  for (const f of project.files) if (f.error) notices.push(`${f.file} ${f.error}.`);
  notices.unshift(...(opts.notices ?? []));

  // Step 2's full tracer, once for every variable checked (stdin keys have no definitions to trace).
  const tracedByName = traceAll(opts, targets.map((t) => t.name).filter((n) => n !== 'stdin'), mode, probes, redactor, notices);

  // Prevention that reads the project once (mode files, git) runs while the keys are checked:
  // its git processes overlap the live calls.
  const prevention = targets.length
    ? projectPrevention({ root: opts.cwd, keys: targets.map((t) => ({ name: t.name, values: t.defs.map((d) => d.value) })), env: opts.env, commits: opts.historyCommits })
    : undefined;
  const keys = await Promise.all(targets.map((t) => checkKey(t, project, opts, mode, probes, tracedByName.get(t.name))));
  const byName = (await prevention)?.byName;
  for (const k of keys) addToSources(k, byName?.get(k.name) ?? []);
  const result: CheckResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'keydoctor', version: VERSION },
    generatedAt: new Date().toISOString(),
    offline: opts.offline,
    keys,
    notices,
    exitCode: exitCodeFor(keys, opts.failOn),
  };
  return { result, redactor };
}

/** The tracer over the project; a failure of it is a notice, never the end of the check. */
/** Project-wide prevention findings join the key's sources step (once each). */
function addToSources(k: KeyResult, findings: Finding[]): void {
  const step = k.steps.find((s) => s.step === 'sources');
  if (!step || !findings.length) return;
  for (const f of findings) if (!step.findings.some((g) => g.code === f.code && g.message === f.message)) step.findings.push(f);
  step.status = status(step.findings);
}

function traceAll(opts: CheckOptions, names: string[], mode: string, probes: readonly Probe[], redactor: Redactor, notices: string[]): Map<string, TraceVariable> {
  if (!names.length) return new Map();
  try {
    const r = traceVariables({ root: opts.cwd, env: opts.env, names, mode, probes, onSecret: (v) => redactor.add(v) });
    return new Map(r.variables.map((v) => [v.name, v]));
  } catch (err) {
    notices.push(`The source tracer stopped (${err instanceof Error ? err.message : String(err)}); definitions are from the environment and .env files only.`);
    return new Map();
  }
}

