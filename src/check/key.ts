// One key through the five steps: format, sources, live, classify, bundle,
// then prevention and expectations, then the verdict (./verdict.ts).
import type { KeyResult } from '../core/result.js';
import type { Category, StepResult, Verdict } from '../core/types.js';
import { isCI } from '../core/ci.js';
import { keyPrevention } from '../prevent/index.js';
import type { Probe } from '../probes/types.js';
import type { SourceModel } from '../sources/model.js';
import { bundlePointer } from '../steps/bundle.js';
import { classifyOutcome } from '../steps/classify.js';
import type { KeyTarget } from '../steps/discover.js';
import { checkExpectations, expectedEnv } from '../steps/expect.js';
import { checkFormat } from '../steps/format.js';
import { liveCall, type LiveOptions } from '../steps/live.js';
import { sourcesStep } from '../steps/sources.js';
import { liveHost, valueFacts } from './value.js';
import { decideVerdict, notSet, status } from './verdict.js';

/** What checkKey needs of the run's options. */
export interface KeyRunOptions extends LiveOptions {
  env: Record<string, string | undefined>;
  offline: boolean;
  forceLive: boolean;
  expectEnv?: string;
  expiryWarnDays?: number;
  onProgress?: (event: { key: string; phase: 'live-start' | 'live-end' }) => void;
}

/** A key's result, and the identity of the live request it sent (to tell which keys shared one call). */
export interface CheckedKey {
  key: KeyResult;
  requestKey?: string;
}

export async function checkKey(t: KeyTarget, model: SourceModel | undefined, opts: KeyRunOptions, probes: readonly Probe[]): Promise<CheckedKey> {
  const tested = t.tested;
  if (!tested) return { key: notSet(t, model, opts.env) };
  let requestKey: string | undefined;
  const raw = tested.value;
  const view = model?.view(t.folder.dir) ?? { root: '.', dir: '.', env: opts.env, lookup: () => undefined };
  const steps: StepResult[] = [];

  // 1. format
  const expectEnv = opts.expectEnv ?? expectedEnv(t.expect) ?? (opts.env.NODE_ENV === 'production' ? 'production' : undefined);
  const fmt = checkFormat(raw, t.probe, { expectEnv, others: probes, baseUrlHost: liveHost(t.probe, view, opts.baseUrl) });
  if (t.inferred) fmt.findings.unshift({ code: 'format.provider_inferred', severity: 'info', message: `Checked as ${t.probe.name}, recognised by ${t.inferred}.` });
  steps.push({ step: 'format', status: status(fmt.findings), findings: fmt.findings });

  // 2. sources
  const src = model ? sourcesStep(t, model) : { definitions: [], findings: [] };
  steps.push({ step: 'sources', status: status(src.findings), findings: src.findings });

  // 3. live, 4. classify
  const base: KeyResult = {
    name: t.name,
    ...(t.folder.package ? { package: t.folder.dir } : {}),
    provider: t.probe.id,
    providerName: t.probe.name,
    category: 'unknown',
    verdict: 'not_checked',
    ...valueFacts(raw, fmt.format),
    source: { kind: tested.kind, file: tested.file, ...(tested.line ? { line: tested.line } : {}) },
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
    const live = await liveCall(t.probe, opts.forceLive ? raw : fmt.sendable, tested.trust, view, opts);
    opts.onProgress?.({ key: t.name, phase: 'live-end' });
    if (live.call) base.live = live.call;
    requestKey = live.requestKey;
    if (live.outcome.kind === 'refused') {
      steps.push({ step: 'live', status: 'error', findings: live.findings });
      base.fixes.push(...live.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
      steps.push({ step: 'classify', status: 'skipped', findings: [], reason: 'no live answer' });
      liveVerdict = 'indeterminate';
      liveCategory = 'unknown';
    } else {
      const called = live.call ? new URL(live.call.url) : undefined;
      const cls = classifyOutcome(t.probe, live.outcome, called?.hostname, called && live.findings.some((f) => f.code === 'live.custom_base_url') ? called.host : undefined);
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

  decideVerdict(base, fmt, liveVerdict, liveCategory, opts.env);
  return { key: base, ...(requestKey ? { requestKey } : {}) };
}
