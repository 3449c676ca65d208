// One key of the comparison through steps 1, 3 and 4: the same runKeySteps and
// the same verdict rule as `check` (src/check), so both describe a key alike.
import { CATEGORY_SUMMARY } from '../core/categories.js';
import type { Trust } from '../core/types.js';
import type { Probe } from '../probes/types.js';
import type { SourceView } from '../sources/model.js';
import { runKeySteps } from '../check/key-steps.js';
import { verdictOf } from '../check/verdict.js';
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
  /** The variable compared: the fresh key stands in for its value, so both are sent as that variable's key is. */
  variable?: string;
  /** Told every secret the live step obtains (an exchanged access token), for the comparison's redactor. */
  onSecret: (value: string) => void;
}

export async function checkSide(probe: Probe, raw: string, source: CompareSide['source'], view: SourceView, opts: SideOptions): Promise<CompareSide> {
  const ks = await runKeySteps(probe, raw, opts.trust, view, {
    probes: opts.probes, expectEnv: opts.expectEnv, baseUrl: opts.baseUrl, trustProjectConfig: opts.trustProjectConfig, timeoutMs: opts.timeoutMs,
    ...(opts.variable ? { variable: opts.variable } : {}), onSecret: opts.onSecret,
  });
  const v = verdictOf(ks.fmt, ks.liveVerdict, ks.liveCategory);
  const side: CompareSide = {
    category: v.category,
    verdict: v.verdict,
    ...ks.facts,
    source,
    ...(ks.call ? { live: ks.call } : {}),
    ...(ks.classification ? { classification: ks.classification } : {}),
    ...(ks.identity ? { identity: ks.identity } : {}),
    summary: '',
    fixes: [...v.formatFixes, ...ks.fixes.filter((f) => !v.formatFixes.includes(f))],
    findings: [...ks.format.findings, ...ks.live.findings, ...ks.classify.findings],
    ...(ks.notSent ? { liveSkipped: ks.notSent } : {}),
  };
  side.summary = side.category === 'ok'
    ? `${probe.name} accepted the key.`
    : v.formatError && side.category === v.formatError.category ? v.formatError.message
      : side.liveSkipped && side.category === 'unknown' ? `Not sent: ${side.liveSkipped.replace(/^Not sent: /, '')}`
        : CATEGORY_SUMMARY[side.category];
  return side;
}
