// The verdict for one key: what proves most about it wins. A format error
// proves a key problem whatever the live answer; an invalid live answer
// outranks a non-blocking format error; an inconclusive answer only decides
// when nothing else does.
import { CATEGORY_SUMMARY } from '../core/categories.js';
import { ciSecretPage, placeFixes, type SentSetting } from './fix-place.js';
import { isLimited, type KeyResult } from '../core/result.js';
import type { Category, Finding, StepStatus, Verdict } from '../core/types.js';
import type { SourceModel } from '../sources/model.js';
import { dotenvList } from '../steps/discover.js';
import { bundlePointer } from '../steps/bundle.js';
import type { KeyTarget } from '../steps/discover.js';
import type { FormatResult } from '../steps/format.js';

export function status(findings: Finding[]): StepStatus {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}

/**
 * The rule both check and compare decide by: what proves most about the key
 * wins. A blocking format error first, then an invalid live answer, then any
 * format error, then whatever the live answer said. A format error proves a
 * key problem whatever the live answer was.
 */
export function verdictOf(fmt: FormatResult, liveVerdict: Verdict, liveCategory: Category | undefined): { category: Category; verdict: Verdict; formatError?: Finding; formatFixes: string[] } {
  const formatErrors = fmt.findings.filter((f) => f.severity === 'error' && f.category);
  const blockingCategory = fmt.blocking ? formatErrors[0]?.category : undefined;
  const category: Category =
    blockingCategory ??
    (liveVerdict === 'invalid' ? liveCategory : undefined) ??
    formatErrors[0]?.category ??
    liveCategory ??
    'unknown';
  return {
    category,
    verdict: formatErrors.length ? 'invalid' : liveVerdict,
    ...(formatErrors[0] ? { formatError: formatErrors[0] } : {}),
    formatFixes: fmt.findings.filter((f) => f.severity !== 'info' && f.fix).map((f) => f.fix!),
  };
}

/** Sets category, verdict, fixes (the place to change first, then format's) and summary on a key's result. */
export function decideVerdict(base: KeyResult, fmt: FormatResult, liveVerdict: Verdict, liveCategory: Category | undefined, env: Record<string, string | undefined> = {}, settings: readonly SentSetting[] = []): void {
  const v = verdictOf(fmt, liveVerdict, liveCategory);
  base.category = v.category;
  base.verdict = v.verdict;
  const place = placeFixes(base, env, settings);
  base.fixes = [...new Set([...place.first, ...v.formatFixes, ...base.fixes, ...place.after])];
  base.summary = summarise(base, liveVerdict, v.formatError, liveCategory);
}

function summarise(k: KeyResult, liveVerdict: Verdict, formatError: Finding | undefined, liveCategory: Category | undefined): string {
  if (k.category === 'ok') return `${k.providerName} accepted the key.`;
  if (isLimited(k)) return `${k.providerName} accepted the key, but it lacks the scope, role or access this call needs: calls that need it will fail.`;
  if (formatError && liveVerdict === 'valid') return `${formatError.message} ${k.providerName} accepts the key once that is fixed.`;
  if (formatError && (k.category === formatError.category)) return formatError.message;
  if (k.verdict === 'not_checked') {
    // --offline, or a variable the probe never sends (its reason is on the live line).
    const why = k.steps.find((s) => s.step === 'live')?.reason === '--offline' ? ' (--offline)' : '';
    return k.keyType ? `Well-formed ${k.keyType}; not checked live${why}.` : `Not checked live${why}.`;
  }
  const notSent = k.steps.find((s) => s.step === 'live')?.findings.find((f) => f.code.startsWith('live.') && f.message.startsWith('Not sent: '));
  if (!k.live && k.category === 'unknown') return notSent?.message ?? 'The live call was not made (see the live step).';
  // The provider's answer decided, and its rule has a sentence of its own for it.
  if (k.classification?.summary && liveCategory === k.category) return k.classification.summary;
  return CATEGORY_SUMMARY[k.category];
}

export /** A key declared in .keydoctor.yml that is set nowhere: in CI, the unset-secret case. */
function notSet(t: KeyTarget, model: SourceModel | undefined, env: Record<string, string | undefined> = {}): KeyResult {
  const ciPage = ciSecretPage(t.name, env);
  const finding: Finding = {
    code: 'sources.not_set',
    severity: 'error',
    category: 'malformed_key',
    message: `${t.name} is declared in ${t.declaredAt} but set neither in the process environment nor in ${model ? dotenvList(model) : 'a .env file'}.`,
    fix: `Set ${t.name}; in CI, check the secret's name and that the job may read it (forks get no secrets)${ciPage ? `: ${ciPage}` : ''}.`,
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
