// `--format github`: workflow commands that annotate the line where a failing
// key is defined, and a Markdown step summary for $GITHUB_STEP_SUMMARY (the CLI
// writes the file; this only returns text).
// Commands and escaping: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
// and actions/toolkit packages/core/src/command.ts (escapeData, escapeProperty).
// GitHub keeps at most 10 error and 10 warning annotations per step (REST
// checks-runs `output.annotations`): the most important go first, and the
// summary lists everything and says how many were left out (ux-anchors §4.5).
import { isKeyProblem, notFinishedReason, type CheckResult, type KeyResult } from '../core/result.js';
import { INCONCLUSIVE, type Finding, type Location } from '../core/types.js';
import { projectPath } from './sarif.js';
import { where } from '../core/location.js';
import { dataText, guardText, markdownCode, markdownText } from './sanitize.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export interface GithubOptions {
  /** Annotations kept per level (error, warning, notice); GitHub shows 10. */
  maxAnnotations?: number;
}

export interface GithubOutput {
  /** Workflow commands, one a line, for the log (stdout). */
  commands: string;
  /** Markdown for $GITHUB_STEP_SUMMARY. */
  summary: string;
}

type Level = 'error' | 'warning' | 'notice';
interface Annotation {
  level: Level;
  /** Lower is more important; sorts within a level. */
  rank: number;
  title: string;
  message: string;
  at?: { file: string; line?: number; col?: number };
}

/** The message part: % CR LF (actions/toolkit escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: escapeData plus : and , (actions/toolkit escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// Control characters from the project or a provider's answer must not reach the
// log: removed one by one (the rest of a sequence stays as inert text), CR and LF
// kept for escapeData/escapeProperty to encode, so no data can end the line.
const clean = dataText;

function at(loc: Location | undefined): Annotation['at'] {
  const file = loc && projectPath(loc.file);
  if (!loc || !file) return undefined;
  return { file, ...(loc.line ? { line: loc.line } : {}), ...(loc.column ? { col: loc.column } : {}) };
}

/** The project line where the failing value is defined: the winner, or a project definition of the same value. */
function keyAt(k: KeyResult): Annotation['at'] {
  const same = k.fingerprint ? k.definitions.find((d) => d.fingerprint === k.fingerprint && projectPath(d.location.file)) : undefined;
  return at(k.source) ?? at(same?.location);
}

const findingsOf = (k: KeyResult): Finding[] => k.steps.flatMap((s) => s.findings);
const said = (k: KeyResult): string[] =>
  k.live?.providerMessage ? [`${k.providerName} said: "${k.live.providerMessage}"${k.live.providerCode ? ` (${k.live.providerCode})` : ''}`] : [];

function annotations(result: CheckResult): Annotation[] {
  const out: Annotation[] = [];
  for (const k of result.keys) {
    const all = findingsOf(k).filter((f) => f.severity === 'error' && !f.code.startsWith('classify.'));
    // An error with a line of its own (a hard-coded key) is annotated there; the rest are about the key.
    let own = all.filter((f) => at(f.location));
    const errors = all.filter((f) => !at(f.location));
    if (isKeyProblem(k) || errors.length) {
      // One annotation per problem per key: an error on the very line the key's
      // annotation marks (`.env:1 sets it to an empty value`) is part of it.
      const here = keyAt(k);
      const sameLine = (f: Finding) => !!here && at(f.location)?.file === here.file && at(f.location)?.line === here.line;
      errors.push(...own.filter(sameLine));
      own = own.filter((f) => !sameLine(f));
      const problem = isKeyProblem(k);
      const head = problem ? k.summary : errors[0]!.message;
      // Where to change it, and what to do: the first two fixes (the place comes first: src/check/fix-place.ts).
      const fix = problem ? k.fixes.slice(0, 2).join(' ') || undefined : errors[0]!.fix;
      out.push({
        level: 'error',
        rank: problem ? 0 : 1,
        title: `${k.name} (${k.providerName}): ${problem ? k.category : errors[0]!.code}`,
        message: [head, ...errors.map((f) => f.message).filter((m) => m !== head), ...said(k), ...(fix ? [`Fix: ${fix}`] : [])].join('\n'),
        at: keyAt(k),
      });
    } else if (k.verdict !== 'not_checked' && INCONCLUSIVE.has(k.category)) {
      out.push({
        level: 'warning',
        rank: 0,
        title: `${k.name} (${k.providerName}): ${notFinishedReason(k)}`,
        message: [k.summary, ...(k.classification?.evidence.slice(0, 1) ?? []), ...(k.fixes[0] ? [`Fix: ${k.fixes[0]}`] : [])].join('\n'),
        at: keyAt(k),
      });
    }
    for (const f of own) {
      out.push({ level: 'error', rank: 1, title: `${k.name}: ${f.code}`, message: f.fix ? `${f.message}\nFix: ${f.fix}` : f.message, at: at(f.location) });
    }
    for (const f of findingsOf(k)) {
      // Once per fact: a warning the key's own annotation already says (its summary) is not repeated.
      if (f.severity !== 'warning' || f.code.startsWith('classify.') || f.message === k.summary) continue;
      out.push({ level: 'warning', rank: 1, title: `${k.name}: ${f.code}`, message: f.fix ? `${f.message}\nFix: ${f.fix}` : f.message, at: at(f.location) ?? keyAt(k) });
    }
  }
  // Files that could not be read as the app reads them: on their own line, after the keys' own warnings.
  for (const f of result.findings ?? []) out.push({ level: 'warning', rank: 2, title: f.code, message: f.fix ? `${f.message}\nFix: ${f.fix}` : f.message, at: at(f.location) });
  // A run that checked nothing and still fails (exit 3: keys defined, none checkable) fails for what its notices say:
  // they are the job's warnings, not side notes a reader may skip.
  const why: Level = !result.keys.length && result.exitCode !== 0 ? 'warning' : 'notice';
  for (const n of result.notices) out.push({ level: why, rank: 0, title: 'keydoctor', message: n });
  const order: Record<Level, number> = { error: 0, warning: 1, notice: 2 };
  return out.sort((a, b) => order[a.level] - order[b.level] || a.rank - b.rank);
}

function command(a: Annotation): string {
  const props: string[] = [];
  if (a.at) {
    props.push(`file=${escapeProperty(clean(a.at.file))}`);
    if (a.at.line) props.push(`line=${a.at.line}`);
    if (a.at.col) props.push(`col=${a.at.col}`);
  }
  props.push(`title=${escapeProperty(clean(a.title))}`);
  return `::${a.level} ${props.join(',')}::${escapeData(clean(a.message))}`;
}

export function renderGithub(result: CheckResult, opts: GithubOptions = {}): GithubOutput {
  const cap = Math.max(0, opts.maxAnnotations ?? ANNOTATIONS_PER_LEVEL);
  const kept: string[] = [];
  const left: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const used: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const a of annotations(result)) {
    if (used[a.level] < cap) {
      used[a.level]++;
      kept.push(command(a));
    } else left[a.level]++;
  }
  // The last pass: every line is one of the annotations above (escaped data can start none).
  return { commands: kept.length ? guardText(kept.join('\n') + '\n', 'github') : '', summary: guardText(summary(result, left, cap), 'markdown') };
}

// ---- the step summary ---------------------------------------------------

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function icon(k: KeyResult): string {
  if (k.category === 'ok') return '✅';
  if (isKeyProblem(k)) return '❌';
  return k.verdict === 'not_checked' ? '➖' : '⚠️';
}

function shortFix(k: KeyResult): string {
  const fix = k.category === 'ok' ? undefined : k.fixes[0];
  if (!fix) return '';
  return fix.length > 140 ? fix.slice(0, 139).replace(/\s+\S*$/, '') + '…' : fix;
}

function headline(r: CheckResult): string {
  if (!r.keys.length) return 'nothing checked';
  const bad = r.keys.filter(isKeyProblem).length;
  const unsure = r.keys.filter((k) => k.verdict !== 'not_checked' && INCONCLUSIVE.has(k.category)).length;
  const parts: string[] = [];
  if (bad) parts.push(`${plural(bad, 'key has', 'keys have')} a problem`);
  if (unsure) parts.push(`${unsure} could not be checked to the end`);
  if (!parts.length) parts.push(r.offline ? `${plural(r.keys.length, 'key', 'keys')} checked offline, no problem found` : `all ${plural(r.keys.length, 'key works', 'keys work')}`);
  return parts.join(', ');
}

function summary(r: CheckResult, left: Record<Level, number>, cap: number): string {
  const out: string[] = [`## keydoctor: ${headline(r)}`, ''];
  for (const n of r.notices) out.push(`> ${markdownText(n, false)}`, '');
  if (r.keys.length) {
    out.push('| | Variable | Provider | Category | Verdict | Source | Fix |', '|---|---|---|---|---|---|---|');
    for (const k of r.keys) {
      out.push(`| ${icon(k)} | ${markdownCode(k.name)} | ${markdownText(k.providerName)} | ${markdownCode(k.category)} | ${k.verdict} | ${markdownText(where(k.source))} | ${markdownText(shortFix(k))} |`);
    }
    out.push('');
  }
  const findings = r.keys.flatMap((k) => findingsOf(k).filter((f) => f.severity !== 'info').map((f) => ({ k, f })));
  if (findings.length) {
    out.push('### Findings', '');
    for (const { k, f } of findings) {
      const loc = at(f.location) ?? (f.code.startsWith('format.') ? keyAt(k) : undefined);
      out.push(`- ${f.severity === 'error' ? '❌' : '⚠️'} ${markdownCode(k.name)} ${markdownCode(f.code)}${loc ? ` at ${markdownText(where(loc), false)}` : ''}: ${markdownText(f.message, false)}`);
    }
    out.push('');
  }
  const dropped = [left.error && plural(left.error, 'error', 'errors'), left.warning && plural(left.warning, 'warning', 'warnings'), left.notice && plural(left.notice, 'notice', 'notices')].filter(Boolean);
  if (dropped.length) {
    out.push(`> **Note:** ${dropped.join(', ')} left out of the annotations (at most ${cap} of each kind are annotated; GitHub shows ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step); all are listed above.`, '');
  }
  out.push(`<sub>keydoctor ${markdownText(r.tool.version)} · exit code ${r.exitCode}${r.offline ? ' · offline' : ''} · ${markdownText(r.generatedAt)}</sub>`);
  return out.join('\n') + '\n';
}
