// Step 4: what does the answer mean? The probe's own rules first, then the
// generic HTTP and network rules (a probe's rule wins over a generic one).
import type { Finding, Identity } from '../core/types.js';
import { classifyHttp } from '../classify/http.js';
import { classifyNetError } from '../classify/network.js';
import type { Classification, Probe } from '../probes/types.js';
import type { LiveOutcome } from './live.js';

export interface ClassifyResult {
  classification: Classification;
  identity?: Identity;
  findings: Finding[];
}

/**
 * `host`: the host name the call went to (named in network fixes); `gateway`: the host (and port) when
 * it is not the provider's own, so a gateway's own error page is not taken for the provider's answer.
 */
export function classifyOutcome(probe: Probe, outcome: Exclude<LiveOutcome, { kind: 'refused' }>, host?: string, gateway?: string): ClassifyResult {
  const said = outcome.kind === 'net_error'
    ? classifyNetError(outcome.code, outcome.message, host)
    : probe.classify(outcome.answer) ?? classifyHttp(outcome.answer, gateway ? { gateway } : {});
  // A permission the probe's own read call lacks proves the key authenticates (DESIGN
  // "Categories"): valid, limited, a warning naming what is missing. A probe's rule says
  // `invalid` for the call it refused; this is the one place that reads it for the key, and it
  // takes a rule that already wrote `valid` the same way (five rules of four probes did, and
  // printed a plain "accepted" line with no warning).
  const limited = said.category === 'insufficient_permissions' && (said.verdict === 'invalid' || said.verdict === 'valid') && !said.everyCall;
  const classification: Classification = limited ? { ...said, verdict: 'valid' } : said;
  // Identity is read from any answer: a 200 that says "no credits left" still names the account.
  let identity: Identity | undefined;
  if (outcome.kind === 'answer') {
    try {
      identity = probe.identity?.(outcome.answer);
    } catch {
      identity = undefined; // an odd body must not break the verdict
    }
  }
  const finding: Finding = {
    code: `classify.${classification.rule}`,
    severity: limited ? 'warning' : classification.verdict === 'valid' ? 'info' : classification.verdict === 'invalid' ? 'error' : 'warning',
    message: limited
      ? `${probe.name} accepted the key, but it lacks a permission the read call needs (${classification.evidence.join('; ')}): calls that need it will fail.`
      : classification.verdict === 'valid'
      ? `${probe.name} accepted the key (${classification.evidence.join('; ')}).`
      : `${classification.category}: ${classification.evidence.join('; ')}`,
    category: classification.category,
    ...(classification.fixes[0] ? { fix: classification.fixes.join(' ') } : {}),
  };
  return { classification, identity: identity && clean(identity), findings: [finding] };
}

function clean(id: Identity): Identity | undefined {
  const out: Identity = {};
  for (const [k, v] of Object.entries(id)) if (v !== undefined && v !== '') out[k] = v;
  return Object.keys(out).length ? out : undefined;
}
