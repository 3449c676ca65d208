// One key through the five steps: format, sources, live, classify, bundle,
// then prevention and expectations, then the verdict (./verdict.ts).
import type { KeyResult } from '../core/result.js';
import type { Category, StepResult, Verdict } from '../core/types.js';
import { isCI } from '../core/ci.js';
import { keyPrevention } from '../prevent/index.js';
import type { Probe } from '../probes/types.js';
import type { Project } from '../sources/project.js';
import { bundlePointer } from '../steps/bundle.js';
import { classifyOutcome } from '../steps/classify.js';
import type { KeyTarget } from '../steps/discover.js';
import { checkExpectations, expectedEnv } from '../steps/expect.js';
import { checkFormat } from '../steps/format.js';
import { liveCall } from '../steps/live.js';
import { traceSources, withTrace } from '../steps/sources.js';
import type { TraceVariable } from '../trace/index.js';
import type { CheckOptions } from '../pipeline.js';
import { liveHost, valueFacts } from './value.js';
import { decideVerdict, notSet, status } from './verdict.js';

export async function checkKey(
  t: KeyTarget, project: Project, opts: CheckOptions, mode: string, probes: readonly Probe[], traced: TraceVariable | undefined,
): Promise<KeyResult> {
  const winner = t.defs[0];
  if (!winner) return notSet(t, project);
  const raw = winner.value;
  const steps: StepResult[] = [];

  // 1. format
  const expectEnv = opts.expectEnv ?? expectedEnv(t.expect) ?? (opts.env.NODE_ENV === 'production' ? 'production' : undefined);
  const fmt = checkFormat(raw, t.probe, { expectEnv, others: probes, baseUrlHost: liveHost(t.probe, project, opts.baseUrl) });
  if (t.inferred) fmt.findings.unshift({ code: 'format.provider_inferred', severity: 'info', message: `Checked as ${t.probe.name}, recognised by ${t.inferred}.` });
  steps.push({ step: 'format', status: status(fmt.findings), findings: fmt.findings });

  // 2. sources
  const src = withTrace(traceSources(t.name, t.defs, mode), traced);
  steps.push({ step: 'sources', status: status(src.findings), findings: src.findings });

  // 3. live, 4. classify
  const base: KeyResult = {
    name: t.name,
    provider: t.probe.id,
    providerName: t.probe.name,
    category: 'unknown',
    verdict: 'not_checked',
    ...valueFacts(raw, fmt.format),
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

  decideVerdict(base, fmt, liveVerdict, liveCategory);
  return base;
}
