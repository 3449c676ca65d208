// The five steps, in order, for every key (DESIGN.md). Steps return findings
// and never print; progress is reported through `onProgress` so the CLI can
// drive a spinner.
import { CATEGORY_SUMMARY } from './core/categories.js';
import { exitCodeFor, SCHEMA_VERSION, type CheckResult, type KeyResult } from './core/result.js';
import type { Category, Finding, Severity, StepResult, StepStatus, Verdict } from './core/types.js';
import { PROBES } from './probes/index.js';
import type { Probe } from './probes/types.js';
import { fingerprint, redactValue } from './redact/fingerprint.js';
import { Redactor } from './redact/redactor.js';
import { registerProjectSecrets } from './redact/secrets.js';
import { loadProject, type Project } from './sources/project.js';
import { bundlePointer } from './steps/bundle.js';
import { classifyOutcome } from './steps/classify.js';
import { discover, type KeyTarget } from './steps/discover.js';
import { checkFormat } from './steps/format.js';
import { chooseBaseUrl } from './net/target.js';
import { liveCall } from './steps/live.js';
import { traceSources, withTrace } from './steps/sources.js';
import { traceVariables, type TraceVariable } from './trace/index.js';
import { checkExpectations, expectedEnv } from './steps/expect.js';
import { keyPrevention, projectPrevention } from './prevent/index.js';
import { isCI } from './core/ci.js';
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

  // Prevention that reads the project once (mode files, git), per variable.
  const prevention = targets.length
    ? (await projectPrevention({ root: opts.cwd, keys: targets.map((t) => ({ name: t.name, values: t.defs.map((d) => d.value) })), env: opts.env, commits: opts.historyCommits })).byName
    : new Map<string, Finding[]>();
  const keys = await Promise.all(targets.map((t) => checkKey(t, project, opts, mode, probes, prevention.get(t.name) ?? [], tracedByName.get(t.name))));
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

function status(findings: Finding[]): StepStatus {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}

/** A key declared in .keydoctor.yml that is set nowhere: in CI, the unset-secret case. */
function notSet(t: KeyTarget, project: Project): KeyResult {
  const finding: Finding = {
    code: 'sources.not_set',
    severity: 'error',
    category: 'malformed_key',
    message: `${t.name} is declared in ${t.declaredAt} but set neither in the process environment nor in ${project.files.map((f) => f.file).join(', ') || 'a .env file'}.`,
    fix: `Set ${t.name}; in CI, check the secret's name and that the job may read it (forks get no secrets).`,
    ...(t.declaredAt ? { location: { file: t.declaredAt.replace(/:\d+$/, ''), line: Number(/:(\d+)$/.exec(t.declaredAt)?.[1]) || undefined } } : {}),
  };
  return {
    name: t.name, provider: t.probe.id, providerName: t.probe.name, category: 'malformed_key', verdict: 'invalid',
    fingerprint: null, redacted: '(not set)', length: 0, source: { kind: 'none', file: 'not set' },
    summary: finding.message, fixes: [finding.fix!], definitions: [],
    steps: [
      { step: 'format', status: 'skipped', findings: [], reason: 'no value' },
      { step: 'sources', status: 'fail', findings: [finding] },
      { step: 'live', status: 'skipped', findings: [], reason: 'no value' },
      { step: 'classify', status: 'skipped', findings: [], reason: 'no live answer' },
      { step: 'bundle', status: 'pass', findings: [bundlePointer(t.name)] },
    ],
  };
}

/** The tracer over the project; a failure of it is a notice, never the end of the check. */
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

async function checkKey(
  t: KeyTarget, project: Project, opts: CheckOptions, mode: string, probes: readonly Probe[], projectFindings: Finding[], traced: TraceVariable | undefined,
): Promise<KeyResult> {
  const winner = t.defs[0];
  if (!winner) return notSet(t, project);
  const raw = winner.value;
  const steps: StepResult[] = [];

  // 1. format
  const expectEnv = opts.expectEnv ?? expectedEnv(t.expect) ?? (opts.env.NODE_ENV === 'production' ? 'production' : undefined);
  const fmt = checkFormat(raw, t.probe, { expectEnv, others: probes, baseUrlHost: hostOf(chooseBaseUrl(t.probe, project, opts.baseUrl).url) });
  if (t.inferred) fmt.findings.unshift({ code: 'format.provider_inferred', severity: 'info', message: `Checked as ${t.probe.name}, recognised by ${t.inferred}.` });
  steps.push({ step: 'format', status: status(fmt.findings), findings: fmt.findings });

  // 2. sources
  const src = withTrace(traceSources(t.name, t.defs, mode), traced);
  src.findings.push(...projectFindings.filter((f, i, all) => all.findIndex((g) => g.code === f.code && g.message === f.message) === i));
  steps.push({ step: 'sources', status: status(src.findings), findings: src.findings });

  // 3. live, 4. classify
  const base: KeyResult = {
    name: t.name,
    provider: t.probe.id,
    providerName: t.probe.name,
    category: 'unknown',
    verdict: 'not_checked',
    fingerprint: fingerprint(raw),
    redacted: redactValue(raw),
    length: raw.length,
    ...(fmt.format ? { keyType: fmt.format.description } : {}),
    ...(fmt.format?.environment ? { mode: fmt.format.environment } : {}),
    source: { kind: winner.kind, file: winner.file, ...(winner.line ? { line: winner.line } : {}) },
    summary: '',
    fixes: [],
    definitions: src.definitions,
    steps,
  };

  let liveCategory: Category | undefined;
  let liveVerdict: Verdict = 'not_checked';
  let liveVerdictOverride: { category: Category; fix?: string } | undefined;
  if (opts.offline) {
    steps.push({ step: 'live', status: 'skipped', findings: [], reason: '--offline' });
    steps.push({ step: 'classify', status: 'skipped', findings: [], reason: 'no live answer' });
  } else if (fmt.blocking && !opts.forceLive) {
    steps.push({ step: 'live', status: 'skipped', findings: [], reason: 'the format step proved the key cannot work (--force-live to call anyway)' });
    steps.push({ step: 'classify', status: 'skipped', findings: [], reason: 'no live answer' });
  } else {
    opts.onProgress?.({ key: t.name, phase: 'live-start' });
    const live = await liveCall(t.probe, opts.forceLive ? raw : fmt.sendable, winner.trust, project, {
      baseUrl: opts.baseUrl,
      trustProjectConfig: opts.trustProjectConfig,
      timeoutMs: opts.timeoutMs,
      retries: opts.retries,
    });
    opts.onProgress?.({ key: t.name, phase: 'live-end' });
    if (live.call) base.live = live.call;
    if (live.outcome.kind === 'refused') {
      steps.push({ step: 'live', status: 'error', findings: live.findings });
      steps.push({ step: 'classify', status: 'skipped', findings: [], reason: 'no live answer' });
      liveVerdict = 'indeterminate';
      liveCategory = 'unknown';
    } else {
      const cls = classifyOutcome(t.probe, live.outcome);
      const liveFindings = [...live.findings];
      steps.push({ step: 'live', status: live.outcome.kind === 'net_error' ? 'error' : status(liveFindings), findings: liveFindings });
      if (t.expect && cls.classification.verdict === 'valid') {
        cls.findings.push(...checkExpectations(t.expect, fmt.format, cls.identity, t.declaredAt ?? '.keydoctor.yml'));
      }
      steps.push({ step: 'classify', status: status(cls.findings), findings: cls.findings });
      const unmet = cls.findings.find((f) => f.code.startsWith('expect.') && f.severity === 'error');
      if (unmet) {
        liveVerdictOverride = { category: unmet.category!, fix: unmet.fix };
      }
      liveVerdict = cls.classification.verdict;
      liveCategory = cls.classification.category;
      base.classification = {
        rule: cls.classification.rule,
        evidence: cls.classification.evidence,
        ...(cls.classification.providerCode ? { providerCode: cls.classification.providerCode } : {}),
        ...(cls.classification.providerMessage ? { providerMessage: cls.classification.providerMessage } : {}),
      };
      if (cls.classification.providerCode) base.live!.providerCode = cls.classification.providerCode;
      if (cls.classification.providerMessage) base.live!.providerMessage = cls.classification.providerMessage;
      if (cls.identity) base.identity = cls.identity;
      base.fixes.push(...cls.classification.fixes);
    }
  }

  // Prevention: what makes a working key fail tomorrow (over-privileged, expiring, tied to a person).
  const later = keyPrevention({
    name: t.name, provider: t.probe.id, providerName: t.probe.name, formatId: fmt.format?.id, identity: base.identity,
    ci: isCI(opts.env), value: raw, warnDays: opts.expiryWarnDays, expectedScopes: t.expect?.scopes,
  });
  if (later.length) {
    const into = steps.find((s) => s.step === 'classify' && s.status !== 'skipped') ?? steps.find((s) => s.step === 'format')!;
    into.findings.push(...later);
    into.status = status(into.findings);
  }

  // An unmet expectation turns a working key into a problem of the expected kind.
  if (liveVerdictOverride) {
    liveVerdict = 'invalid';
    liveCategory = liveVerdictOverride.category;
    if (liveVerdictOverride.fix) base.fixes.unshift(liveVerdictOverride.fix);
  }

  // 5. bundle (in check: a pointer to `keydoctor report`)
  steps.push({ step: 'bundle', status: 'pass', findings: [bundlePointer(t.name)] });

  // The verdict: what proves most about the key wins.
  const formatErrors = fmt.findings.filter((f) => f.severity === 'error' && f.category);
  const blockingCategory = fmt.blocking ? formatErrors[0]?.category : undefined;
  const category: Category =
    blockingCategory ??
    (liveVerdict === 'invalid' ? liveCategory : undefined) ??
    formatErrors[0]?.category ??
    liveCategory ??
    'unknown';
  base.category = category;
  // A format error proves a key problem whatever the live answer was.
  base.verdict = formatErrors.length ? 'invalid' : liveVerdict;
  const formatFixes = fmt.findings.filter((f) => f.severity !== 'info' && f.fix).map((f) => f.fix!);
  base.fixes = [...formatFixes, ...base.fixes.filter((f) => !formatFixes.includes(f))];
  base.summary = summarise(base, liveVerdict, formatErrors[0]);
  return base;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

function summarise(k: KeyResult, liveVerdict: Verdict, formatError: Finding | undefined): string {
  if (k.category === 'ok') return `${k.providerName} accepted the key.`;
  if (formatError && liveVerdict === 'valid') return `${formatError.message} ${k.providerName} accepts the key once that is fixed.`;
  if (formatError && (k.category === formatError.category)) return formatError.message;
  if (k.verdict === 'not_checked') return k.keyType ? `Well-formed ${k.keyType}; not checked live (--offline).` : 'Not checked live (--offline).';
  if (!k.live && k.category === 'unknown') return 'The live call was not made (see the live step).';
  return CATEGORY_SUMMARY[k.category];
}
