// One key through the five steps: format, sources, live, classify, bundle,
// then expectations and prevention, then the verdict (./verdict.ts).
import type { KeyResult } from '../core/result.js';
import type { StepResult } from '../core/types.js';
import { isCI } from '../core/ci.js';
import { where } from '../core/location.js';
import { keyPrevention } from '../prevent/index.js';
import type { Probe } from '../probes/types.js';
import type { SourceModel } from '../sources/model.js';
import { bundlePointer } from '../steps/bundle.js';
import type { KeyTarget } from '../steps/discover.js';
import { checkExpectations, expectedEnv } from '../steps/expect.js';
import type { LiveOptions } from '../steps/live.js';
import { runKeySteps } from './key-steps.js';
import { sourcesStep } from '../steps/sources.js';
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
  const raw = tested.value;
  const view = model?.view(t.folder.dir) ?? { root: '.', dir: '.', env: opts.env, lookup: () => undefined };

  // 1. format, 3. live, 4. classify (./key-steps.ts, shared with compare)
  const expectEnv = opts.expectEnv ?? expectedEnv(t.expect) ?? (opts.env.NODE_ENV === 'production' ? 'production' : undefined);
  const ks = await runKeySteps(t.probe, raw, tested.trust, view, {
    ...opts, probes, expectEnv, variable: t.name, ...(t.inferred ? { inferred: t.inferred } : {}),
    onLive: (phase) => opts.onProgress?.({ key: t.name, phase }),
  });
  const fmt = ks.fmt;

  // 2. sources
  const src = model ? sourcesStep(t, model) : { definitions: [], findings: [] };
  const steps: StepResult[] = [ks.format, { step: 'sources', status: status(src.findings), findings: src.findings }, ks.live, ks.classify];
  const base: KeyResult = {
    name: t.name,
    ...(t.folder.package ? { package: t.folder.dir } : {}),
    provider: t.probe.id,
    providerName: t.probe.name,
    category: 'unknown',
    verdict: 'not_checked',
    ...ks.facts,
    source: { kind: tested.kind, file: tested.file, ...(tested.line ? { line: tested.line } : {}), ...(tested.section !== undefined ? { section: tested.section } : {}) },
    summary: '',
    fixes: [...ks.fixes],
    ...(ks.call ? { live: ks.call } : {}),
    ...(ks.classification ? { classification: ks.classification } : {}),
    ...(ks.identity ? { identity: ks.identity } : {}),
    definitions: src.definitions,
    steps,
  };
  let liveVerdict = ks.liveVerdict;
  let liveCategory = ks.liveCategory;

  // Expectations from .keydoctor.yml, on a key the provider accepted: an unmet one turns it into a problem of that kind.
  if (t.expect && liveVerdict === 'valid') {
    const unmet = checkExpectations(t.expect, fmt.format, ks.identity, t.declaredAt ?? '.keydoctor.yml');
    ks.classify.findings.push(...unmet);
    ks.classify.status = status(ks.classify.findings);
    const error = unmet.find((f) => f.severity === 'error');
    if (error) {
      liveVerdict = 'invalid';
      liveCategory = error.category!;
      if (error.fix) base.fixes.unshift(error.fix);
    }
  }

  // Prevention: what makes a working key fail tomorrow (over-privileged, expiring, tied to a person).
  const later = keyPrevention({
    name: t.name, provider: t.probe.id, providerName: t.probe.name, formatId: fmt.format?.id, identity: base.identity,
    ci: isCI(opts.env), value: raw, warnDays: opts.expiryWarnDays, expectedScopes: t.expect?.scopes,
    settings: Object.fromEntries((t.probe.settingsEnv ?? []).map((n) => [n, view.lookup(n)?.value])),
  });
  if (later.length) {
    const into = ks.classify.status !== 'skipped' ? ks.classify : ks.format;
    into.findings.push(...later);
    into.status = status(into.findings);
  }

  // 5. bundle (in check: a pointer to `keydoctor report`)
  steps.push({ step: 'bundle', status: 'pass', findings: [bundlePointer(t.name)] });

  // The settings sent with the key (OPENAI_ORG_ID) and where they were read: a mismatch is fixed there.
  const settings = (t.probe.settingsEnv ?? []).flatMap((name) => {
    const r = view.lookup(name);
    return r ? [{ name, at: where({ file: r.def.file, ...(r.def.line ? { line: r.def.line } : {}) }) }] : [];
  });
  decideVerdict(base, fmt, liveVerdict, liveCategory, opts.env, settings);
  return { key: base, ...(ks.requestKey ? { requestKey: ks.requestKey } : {}) };
}
