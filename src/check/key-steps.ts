// Steps 1, 3 and 4 for one value: format, the live call, and what the answer
// means. check runs them for every key it finds (./key.ts, which adds step 2's
// sources, prevention, expectations and the verdict), and compare for the two
// keys it puts side by side: one implementation, so both describe a key alike.
import type { KeyResult } from '../core/result.js';
import type { Category, Identity, LiveCall, StepResult, Trust, Verdict } from '../core/types.js';
import { ownSummary } from '../probes/kit.js';
import type { Probe } from '../probes/types.js';
import type { SourceView } from '../sources/model.js';
import { classifyOutcome } from '../steps/classify.js';
import { checkFormat, type FormatResult } from '../steps/format.js';
import { liveCall, type LiveOptions } from '../steps/live.js';
import { liveHost, valueFacts, type ValueFacts } from './value.js';
import { status } from './verdict.js';

export interface KeyStepsOptions extends LiveOptions {
  /** Every probe in force (the format step recognises another provider's key by them). */
  probes: readonly Probe[];
  /** `production` when live keys are expected. */
  expectEnv?: string;
  offline?: boolean;
  /** Make the live call even when the format step proved the key cannot work. */
  forceLive?: boolean;
  /** How the provider was recognised when nobody named it (`its format (project)`). */
  inferred?: string;
  onLive?: (phase: 'live-start' | 'live-end') => void;
}

export interface KeySteps {
  fmt: FormatResult;
  facts: ValueFacts;
  format: StepResult;
  live: StepResult;
  classify: StepResult;
  call?: LiveCall;
  classification?: NonNullable<KeyResult['classification']>;
  identity?: Identity;
  /** The live answer's fixes (or the refusal's way out). */
  fixes: string[];
  liveVerdict: Verdict;
  liveCategory?: Category;
  /** Why the live call was not made, in a sentence, when it was not. */
  notSent?: string;
  /** INTERNAL: the request's identity, shared by every key that sent the same request (it holds the key: never output). */
  requestKey?: string;
}

const skipped = (step: 'live' | 'classify', reason: string): StepResult => ({ step, status: 'skipped', findings: [], reason });

export async function runKeySteps(probe: Probe, raw: string, trust: Trust, view: SourceView, opts: KeyStepsOptions): Promise<KeySteps> {
  // 1. format
  const fmt = checkFormat(raw, probe, { expectEnv: opts.expectEnv, others: opts.probes, baseUrlHost: liveHost(probe, view, opts.baseUrl), ...(opts.variable ? { variable: opts.variable } : {}) });
  if (opts.inferred) fmt.findings.unshift({ code: 'format.provider_inferred', severity: 'info', message: `Checked as ${probe.name}, recognised by ${opts.inferred}.` });
  const out: KeySteps = {
    fmt,
    facts: valueFacts(raw, fmt.format),
    format: { step: 'format', status: status(fmt.findings), findings: fmt.findings },
    live: skipped('live', '--offline'),
    classify: skipped('classify', 'no live answer'),
    fixes: [],
    liveVerdict: 'not_checked',
  };
  if (opts.offline) return out;
  const unsent = opts.variable ? probe.unsentVars?.[opts.variable] : undefined;
  if (unsent) {
    out.live = skipped('live', unsent);
    out.notSent = unsent;
    return out;
  }
  if (fmt.blocking && !opts.forceLive) {
    out.live = skipped('live', 'the format step proved the key cannot work (--force-live to call anyway)');
    out.notSent = 'the format step proved the key cannot work';
    return out;
  }

  // 3. live
  opts.onLive?.('live-start');
  const live = await liveCall(probe, opts.forceLive ? raw : fmt.sendable, trust, view, opts);
  opts.onLive?.('live-end');
  if (live.call) out.call = live.call;
  if (live.requestKey) out.requestKey = live.requestKey;
  if (live.outcome.kind === 'refused') {
    out.live = { step: 'live', status: 'error', findings: live.findings };
    out.fixes.push(...live.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    out.notSent = live.findings.find((f) => f.message.startsWith('Not sent: '))?.message ?? 'not sent';
    out.liveVerdict = 'indeterminate';
    out.liveCategory = 'unknown';
    return out;
  }

  // 4. classify: a gateway of the user's own (a base URL not the provider's) is told apart from the provider.
  const called = live.call ? new URL(live.call.url) : undefined;
  const gateway = called && live.findings.some((f) => f.code === 'live.custom_base_url') ? called.host : undefined;
  const cls = classifyOutcome(probe, live.outcome, called?.hostname, gateway);
  out.live = { step: 'live', status: live.outcome.kind === 'net_error' ? 'error' : status(live.findings), findings: [...live.findings] };
  out.classify = { step: 'classify', status: status(cls.findings), findings: cls.findings };
  const c = cls.classification;
  const summary = ownSummary(c);
  out.liveVerdict = c.verdict;
  out.liveCategory = c.category;
  out.classification = {
    rule: c.rule,
    evidence: c.evidence,
    ...(c.providerCode ? { providerCode: c.providerCode } : {}),
    ...(c.providerMessage ? { providerMessage: c.providerMessage } : {}),
    ...(summary ? { summary } : {}),
  };
  if (out.call && c.providerCode) out.call.providerCode = c.providerCode;
  if (out.call && c.providerMessage) out.call.providerMessage = c.providerMessage;
  if (cls.identity) out.identity = cls.identity;
  out.fixes.push(...c.fixes);
  return out;
}
