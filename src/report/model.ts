// Step 5 in full: the support-ticket bundle as data. Built from a check
// result and the environment; rendered to Markdown and JSON by src/render/.
import { isKeyProblem, type CheckResult, type KeyResult } from '../core/result.js';
import { CATEGORY_SUMMARY } from '../core/categories.js';
import type { EnvironmentInfo } from './environment.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface FailureSummary {
  name: string;
  provider: string;
  category: string;
  providerMessage?: string;
  providerCode?: string;
  endpoint?: string;
  status?: number;
  /** UTC times of the failing calls in this run (first and last are equal for a single call). */
  firstFailure?: string;
  lastFailure?: string;
  requestIds: string[];
}

export interface Report {
  schemaVersion: number;
  kind: 'keydoctor-report';
  generatedAt: string;
  /** The paragraph to paste as the ticket's first. */
  summary: string;
  failures: FailureSummary[];
  keys: KeyResult[];
  environment: EnvironmentInfo;
  alreadyChecked: string[];
  nextSteps: string[];
  redaction: string;
}

export const REDACTION_NOTE =
  'Keys and other secret values read from the environment, .env files and answers are replaced by a short form and a sha256 fingerprint; ' +
  'Authorization/Cookie/x-api-key header values, URL credentials and key-like query parameters are masked. Read the bundle before sending it: redaction is careful, not omniscient.';

function failureOf(k: KeyResult): FailureSummary {
  return {
    name: k.name,
    provider: k.providerName,
    category: k.category,
    ...(k.live?.providerMessage ? { providerMessage: k.live.providerMessage } : {}),
    ...(k.live?.providerCode ? { providerCode: k.live.providerCode } : {}),
    ...(k.live ? { endpoint: `${k.live.method} ${k.live.url}`, firstFailure: k.live.startedAt, lastFailure: k.live.startedAt } : {}),
    ...(k.live?.status !== undefined ? { status: k.live.status } : {}),
    requestIds: k.live?.requestId ? [k.live.requestId] : [],
  };
}

/** The summary is one sentence a line: a line break in a name or a provider's message becomes a space. */
const inline = (s: string) => s.replace(/\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g, ' ');

function sentence(f: FailureSummary): string {
  const parts = [`${f.name} (${f.provider}) fails as ${f.category}: ${CATEGORY_SUMMARY[f.category as keyof typeof CATEGORY_SUMMARY] ?? ''}`.trim()];
  if (f.endpoint) {
    parts.push(`${f.provider} answered ${f.endpoint} with ${f.status ?? 'no HTTP status'}${f.providerMessage ? ` "${f.providerMessage}"` : ''} at ${f.firstFailure}${f.requestIds.length ? ` (request id ${f.requestIds.join(', ')})` : ''}.`);
  }
  return inline(parts.join(' '));
}

function checked(k: KeyResult): string[] {
  const out: string[] = [];
  const step = (name: string) => k.steps.find((s) => s.step === name);
  if (step('format')?.status === 'pass') out.push(`${k.name}: the value is well-formed${k.keyType ? ` (${k.keyType}, ${k.length} characters)` : ''}: no whitespace, quotes, hidden characters or placeholder.`);
  if (step('sources')?.status === 'pass') out.push(`${k.name}: one value is loaded (${k.source.file}${k.source.line ? ':' + k.source.line : ''}); no other definition differs.`);
  if (k.live?.status !== undefined) out.push(`${k.name}: a live call reached ${k.providerName} (${k.live.method} ${k.live.url} → ${k.live.status} in ${k.live.latencyMs} ms).`);
  if (k.category === 'ok') out.push(`${k.name}: ${k.providerName} accepts the key.`);
  return out;
}

/**
 * A key nothing was proven of: not sent (--offline, a variable the probe never sends) and no problem in its value. It
 * did not fail, and a ticket that said it "fails as unknown" would send support after a failure that never happened.
 */
const unjudged = (k: KeyResult) => k.verdict === 'not_checked' && k.category === 'unknown';

export function buildReport(result: CheckResult, environment: EnvironmentInfo): Report {
  const failing = result.keys.filter((k) => k.category !== 'ok' && !unjudged(k));
  const failures = failing.map(failureOf);
  const notSent = result.keys.filter(unjudged).map((k) => inline(`${k.name} (${k.providerName}): ${k.summary}`));
  const summary = result.keys.length === 0
    ? 'keydoctor found no API key to check.'
    : failures.length === 0 && !notSent.length
      ? `All ${result.keys.length} key(s) checked work${result.offline ? ' as far as an offline check can tell' : ''}.`
      : [...failures.map(sentence), ...notSent].join('\n');
  // A key not judged keeps its fixes here (an unrecognised format's "compare the key's length"): only the headline spares it.
  const nextSteps = [...new Set(result.keys.filter((k) => k.category !== 'ok' && (isKeyProblem(k) || k.fixes.length)).flatMap((k) => k.fixes.map((f) => `${k.name}: ${f}`)))];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'keydoctor-report',
    generatedAt: result.generatedAt,
    summary,
    failures,
    keys: result.keys,
    environment,
    alreadyChecked: result.keys.flatMap(checked),
    nextSteps,
    redaction: REDACTION_NOTE,
  };
}
