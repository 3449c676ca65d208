// One key of the comparison through steps 1, 3 and 4 of the pipeline, with the
// same modules `check` uses (format, live, classify) and the same rule for the
// verdict: a format error proves a key problem; a live answer decides otherwise.
import { CATEGORY_SUMMARY } from '../core/categories.js';
import type { Category, Finding, Trust, Verdict } from '../core/types.js';
import type { Probe } from '../probes/types.js';
import type { SourceView } from '../sources/model.js';
import { classifyOutcome } from '../steps/classify.js';
import { checkFormat } from '../steps/format.js';
import { liveCall } from '../steps/live.js';
import { liveHost, valueFacts } from '../check/value.js';
import type { CompareSide } from './types.js';

export interface SideOptions {
  probes: readonly Probe[];
  expectEnv?: string;
  baseUrl?: string;
  trustProjectConfig: boolean;
  timeoutMs: number;
  /**
   * The trust both calls are made under. The fresh key comes from standard
   * input, the most trusted place there is, and both keys must go to the same
   * host: so the base URL decision is the one the fresh key allows, for both.
   */
  trust: Trust;
}

export async function checkSide(probe: Probe, raw: string, source: CompareSide['source'], view: SourceView, opts: SideOptions): Promise<CompareSide> {
  const fmt = checkFormat(raw, probe, { expectEnv: opts.expectEnv, others: opts.probes, baseUrlHost: liveHost(probe, view, opts.baseUrl) });
  const findings: Finding[] = [...fmt.findings];
  const side: CompareSide = {
    category: 'unknown',
    verdict: 'not_checked',
    ...valueFacts(raw, fmt.format),
    source,
    summary: '',
    fixes: [],
    findings,
  };

  let liveCategory: Category | undefined;
  let liveVerdict: Verdict = 'not_checked';
  if (fmt.blocking) {
    side.liveSkipped = 'the format step proved the key cannot work';
  } else {
    const live = await liveCall(probe, fmt.sendable, opts.trust, view, {
      baseUrl: opts.baseUrl, trustProjectConfig: opts.trustProjectConfig, timeoutMs: opts.timeoutMs,
    });
    findings.push(...live.findings);
    if (live.call) side.live = live.call;
    if (live.outcome.kind === 'refused') {
      side.liveSkipped = live.findings.find((f) => f.message.startsWith('Not sent: '))?.message ?? 'not sent';
      liveVerdict = 'indeterminate';
      liveCategory = 'unknown';
    } else {
      const cls = classifyOutcome(probe, live.outcome);
      findings.push(...cls.findings);
      const c = cls.classification;
      liveVerdict = c.verdict;
      liveCategory = c.category;
      side.classification = {
        rule: c.rule,
        evidence: c.evidence,
        ...(c.providerCode ? { providerCode: c.providerCode } : {}),
        ...(c.providerMessage ? { providerMessage: c.providerMessage } : {}),
      };
      if (side.live && c.providerCode) side.live.providerCode = c.providerCode;
      if (side.live && c.providerMessage) side.live.providerMessage = c.providerMessage;
      if (cls.identity) side.identity = cls.identity;
      side.fixes.push(...c.fixes);
    }
  }

  // The verdict, as the pipeline decides it: what proves most about the key wins.
  const formatErrors = fmt.findings.filter((f) => f.severity === 'error' && f.category);
  const blockingCategory = fmt.blocking ? formatErrors[0]?.category : undefined;
  side.category = blockingCategory ?? (liveVerdict === 'invalid' ? liveCategory : undefined) ?? formatErrors[0]?.category ?? liveCategory ?? 'unknown';
  side.verdict = formatErrors.length ? 'invalid' : liveVerdict;
  const formatFixes = fmt.findings.filter((f) => f.severity !== 'info' && f.fix).map((f) => f.fix!);
  side.fixes = [...formatFixes, ...side.fixes.filter((f) => !formatFixes.includes(f))];
  side.summary = side.category === 'ok'
    ? `${probe.name} accepted the key.`
    : formatErrors[0] && side.category === formatErrors[0].category ? formatErrors[0].message
      : side.liveSkipped && side.category === 'unknown' ? `Not sent: ${side.liveSkipped.replace(/^Not sent: /, '')}`
        : CATEGORY_SUMMARY[side.category];
  return side;
}
