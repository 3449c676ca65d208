// The human screen: one block per key, verdict first, then where the value
// came from, what the provider said and what to do. The only chalk user.
import { Chalk, type ChalkInstance } from 'chalk';
import { isKeyProblem, isLimited, keyExitCode, notFinishedReason, type CheckResult, type KeyResult } from '../core/result.js';
import type { Finding, Identity, Severity } from '../core/types.js';
import { plural } from '../core/grammar.js';
import { where } from '../core/location.js';
import { cleanDeep, guardText, oneLine } from './sanitize.js';

export interface PrettyOptions {
  color: boolean;
  verbose: boolean;
  /** Only keys with problems (and the closing line). */
  quiet?: boolean;
}

const LABEL = 10;

export function renderPretty(dirty: CheckResult, opts: PrettyOptions): string {
  // Every string from the project or a provider is one inert line before any is placed.
  const result = cleanDeep(dirty, oneLine);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  for (const n of result.notices) out.push(c.yellow('! ') + n);
  if (result.notices.length && result.keys.length) out.push('');
  const failOn = result.failOn ?? 'error';
  const shown = opts.quiet ? result.keys.filter((k) => keyExitCode(k, failOn) !== 0) : result.keys;
  for (const k of shown) out.push(renderKey(k, c, opts, result.offline, failOn), '');
  const files = result.findings ?? [];
  if (files.length && !opts.quiet) {
    out.push(c.bold('files'));
    for (const f of files.slice(0, opts.verbose ? files.length : 5)) out.push(`  ${c.yellow('!')} ${f.message}`);
    if (!opts.verbose && files.length > 5) out.push(c.dim(`  and ${files.length - 5} more (-v, or \`keydoctor trace\`, lists them)`));
    out.push('');
  }
  out.push(footer(result, c));
  return guardText(out.join('\n') + '\n', 'terminal');
}

/**
 * The mark agrees with what the key does to the exit code: ✗ a problem (1),
 * ? not checked to the end (3), ✓ works, ! works with a warning, · not
 * checked live (--offline) and nothing wrong with the value (0).
 */
function mark(k: KeyResult, failOn: Severity, c: ChalkInstance): string {
  const code = keyExitCode(k, failOn);
  if (code === 1) return c.red('✗');
  if (code === 3) return c.yellow('?');
  if (k.verdict === 'not_checked') return c.dim('·');
  return warningsOf(k).length || isLimited(k) ? c.yellow('!') : c.green('✓');
}

/** The word after the provider: the category, or why the key was not judged. */
function verdictWord(k: KeyResult, failOn: Severity, c: ChalkInstance): string {
  const code = keyExitCode(k, failOn);
  if (isKeyProblem(k)) return c.red(k.category);
  if (code === 1) return c.red(`${k.category === 'ok' ? 'works, but ' : ''}fails --fail-on ${failOn}`);
  if (code === 3) return c.yellow(k.category === 'unknown' ? notFinishedReason(k) : k.category);
  if (k.verdict === 'not_checked') return c.dim('not checked live');
  return k.category === 'ok' ? c.green(k.category) : c.yellow(`${k.category} (works, limited)`);
}

/**
 * The other definitions in a few words: how many lose to the tested one, how
 * many this run does not load at all, how many hold another value. Calling a
 * file Next.js never reads in this mode "shadowed" told people it was read.
 */
function otherDefinitions(others: KeyResult['definitions'], differs: number): string {
  const shadowed = others.filter((d) => /^shadowed/.test(d.note ?? '')).length;
  const notLoaded = others.filter((d) => /^not loaded/.test(d.note ?? '')).length;
  const origin = others.filter((d) => /^likely origin/.test(d.note ?? '')).length;
  const rest = others.length - shadowed - notLoaded - origin;
  const parts = [
    shadowed && `${shadowed} shadowed`,
    origin && `${origin} likely origin`,
    notLoaded && `${notLoaded} not loaded here`,
    rest && `${rest} elsewhere`,
  ].filter(Boolean);
  return `+${plural(others.length, 'other definition')}: ${parts.join(', ')}${differs ? `; ${differs} with another value` : ''}`;
}

/** A labelled row. The label is padded on its visible width: a coloured one ("! format") kept its escapes' length and ran into the text. */
function line(label: string, text: string, c: ChalkInstance): string {
  const width = label.replace(/\u001b\[\d+m/g, '').length;
  return '  ' + c.dim(label + ' '.repeat(Math.max(label ? 1 : 0, LABEL - width))) + text;
}


function renderKey(k: KeyResult, c: ChalkInstance, opts: PrettyOptions, offline: boolean, failOn: Severity): string {
  const rows: string[] = [];
  rows.push(`${mark(k, failOn, c)} ${k.package ? c.bold(k.package + ': ') : ''}${c.bold(k.name)}  ${k.providerName}  ${verdictWord(k, failOn, c)}`);
  rows.push(line('summary', k.summary, c));
  // A value too short to show a part of is shown as its length alone: no second "15 chars".
  const keyBits = [k.redacted, k.fingerprint ?? '', k.keyType ?? '', k.redacted.includes(`${k.length} chars`) ? '' : `${k.length} chars`].filter(Boolean);
  rows.push(line('key', keyBits.join('  '), c));
  const others = k.definitions.filter((d) => !d.wins);
  const differs = others.filter((d) => d.fingerprint !== k.fingerprint).length;
  rows.push(line('from', where(k.source) + (others.length ? c.dim(`  (${otherDefinitions(others, differs)})`) : ''), c));
  if (opts.verbose || differs) {
    for (const d of k.definitions) {
      rows.push(line('', `${d.wins ? c.green('→') : ' '} ${where(d.location)}  ${d.redacted}  ${d.fingerprint ?? ''}${d.note ? c.dim('  ' + d.note) : ''}`, c));
    }
  }
  if (k.live) {
    const l = k.live;
    const st = l.status !== undefined ? `${l.status}` : (l.errorCode ?? 'no answer');
    rows.push(line('live', `${l.method} ${l.url} → ${st} in ${l.latencyMs} ms${l.requestId ? c.dim(`  request-id ${l.requestId}`) : ''}`, c));
    if (k.sharedCall?.length) rows.push(line('', c.dim(`one call for the same key, shared with ${k.sharedCall.join(', ')}`), c));
  } else {
    const skipped = k.steps.find((s) => s.step === 'live');
    if (skipped?.reason && !offline) rows.push(line('live', c.dim(`skipped: ${skipped.reason}`), c));
  }
  if (k.live?.providerMessage) {
    rows.push(line('provider', `"${k.live.providerMessage}"${k.live.providerCode ? c.dim(` (${k.live.providerCode})`) : ''}`, c));
  }
  if (k.identity) rows.push(line('identity', identity(k.identity), c));
  for (const f of problems(k, opts.verbose)) rows.push(line(f.severity === 'error' ? c.red('✗ ' + f.code.split('.')[0]) : f.severity === 'warning' ? c.yellow('! ' + f.code.split('.')[0]) : '· ' + f.code.split('.')[0], f.message, c));
  if (k.fixes.length && k.category !== 'ok') {
    k.fixes.forEach((f, i) => rows.push(line(i === 0 ? 'fix' : '', `${k.fixes.length > 1 ? `${i + 1}. ` : ''}${f}`, c)));
  }
  return rows.join('\n');
}

/** Findings worth a line: warnings and errors not already said by the summary and fixes. */
function problems(k: KeyResult, verbose: boolean): Finding[] {
  return k.steps.flatMap((s) => s.findings).filter((f) => {
    if (f.code.startsWith('classify.')) return false;
    if (f.message === k.summary) return false;
    return verbose || f.severity !== 'info' || f.code === 'live.custom_base_url' || f.code === 'format.provider_inferred' || f.code === 'trace.new_shell';
  }).filter((f) => verbose || f.code !== 'bundle.pointer');
}

/** The warnings a key's block shows (the footer counts these, never one the screen does not show). */
function warningsOf(k: KeyResult): Finding[] {
  return problems(k, false).filter((f) => f.severity === 'warning');
}

function identity(id: Identity): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(id)) {
    if (v === undefined) continue;
    parts.push(`${k} ${Array.isArray(v) ? (v.length ? v.join(', ') : '(none)') : v}`);
  }
  return parts.join(' · ');
}


/**
 * The closing line says what failed, in the exit code's terms: the keys with
 * a problem by category, the keys not checked to the end by reason, the ones
 * that work; never a line that contradicts a mark above it.
 */
function footer(r: CheckResult, c: ChalkInstance): string {
  if (!r.keys.length) return r.exitCode === 3 ? c.yellow('Nothing checked: see above.') : c.dim('Nothing checked.');
  const failOn = r.failOn ?? 'error';
  const counts = (labels: string[]) => [...labels.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>())].map(([l, n]) => `${n} ${l}`);
  const bad = r.keys.filter((k) => keyExitCode(k, failOn) === 1);
  const unsure = r.keys.filter((k) => keyExitCode(k, failOn) === 3);
  const fine = r.keys.filter((k) => keyExitCode(k, failOn) === 0);
  const parts: string[] = [];
  if (bad.length) parts.push(c.red(counts(bad.map((k) => (isKeyProblem(k) ? k.category : `fails --fail-on ${failOn}`))).join(', ')));
  if (unsure.length) parts.push(c.yellow(counts(unsure.map(notFinishedReason)).join(', ')));
  if (fine.length) {
    const limited = fine.filter(isLimited).length;
    const live = fine.filter((k) => k.verdict !== 'not_checked').length - limited;
    // "well-formed" only for values the format step passed: one it could not place has a warning above.
    const notLive = fine.filter((k) => k.verdict === 'not_checked');
    const formed = notLive.filter((k) => k.steps.find((s) => s.step === 'format')?.status === 'pass').length;
    const unplaced = notLive.length - formed;
    const why = r.offline ? ' (--offline)' : '';
    if (live) parts.push(c.green(`${live} work${live === 1 ? 's' : ''}`));
    if (limited) parts.push(c.yellow(`${limited} work${limited === 1 ? 's' : ''} with a permission missing`));
    if (formed && unplaced) parts.push(c.dim(`${formed} well-formed and ${unplaced} of no known format, not checked live${why}`));
    else if (formed) parts.push(c.green(`${formed} well-formed, not checked live${why}`));
    else if (unplaced) parts.push(c.dim(`${unplaced} not checked live${why}`));
  }
  const warnings = r.keys.reduce((n, k) => n + warningsOf(k).length, 0);
  // One key: its outcome alone ("1 key: not sent (trust rule)"); several: counted.
  const head = r.keys.length === 1 ? `1 key: ${parts.join('').replace(/^(\u001b\[\d+m)?1 /, '$1')}` : `${plural(r.keys.length, 'key')}: ${parts.join(', ')}`;
  const tail = warnings ? c.yellow(`; ${plural(warnings, 'warning')}`) : '';
  // Support can help with what the provider said, not with a refusal made here or a network that is down.
  const unreachable = r.notices.some((n) => n.startsWith('No provider could be reached'));
  const helpable = unsure.some((k) => !k.steps.some((s) => s.findings.some((f) => f.code === 'live.base_url_refused')));
  const support = bad.length || (helpable && !unreachable) ? c.dim('  For a support ticket: keydoctor report') : '';
  return `${head}${tail}.${support}`;
}
