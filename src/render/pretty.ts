// The human screen: one block per key, verdict first, then where the value
// came from, what the provider said and what to do. The only chalk user.
import { Chalk, type ChalkInstance } from 'chalk';
import { isKeyProblem, type CheckResult, type KeyResult } from '../core/result.js';
import { INCONCLUSIVE, type Finding, type Identity } from '../core/types.js';
import { where } from '../core/location.js';
import { stripControl } from './text.js';

export interface PrettyOptions {
  color: boolean;
  verbose: boolean;
  /** Only keys with problems (and the closing line). */
  quiet?: boolean;
}

const LABEL = 10;

export function renderPretty(dirty: CheckResult, opts: PrettyOptions): string {
  const result = cleanDeep(dirty);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  for (const n of result.notices) out.push(c.yellow('! ') + n);
  if (result.notices.length && result.keys.length) out.push('');
  const shown = opts.quiet ? result.keys.filter((k) => k.category !== 'ok' && !(k.verdict === 'not_checked' && k.category === 'unknown')) : result.keys;
  for (const k of shown) out.push(renderKey(k, c, opts, result.offline), '');
  const files = result.findings ?? [];
  if (files.length && !opts.quiet) {
    out.push(c.bold('files'));
    for (const f of files.slice(0, opts.verbose ? files.length : 5)) out.push(`  ${c.yellow('!')} ${f.message}`);
    if (!opts.verbose && files.length > 5) out.push(c.dim(`  and ${files.length - 5} more (-v, or \`keydoctor trace\`, lists them)`));
    out.push('');
  }
  out.push(footer(result, c));
  return out.join('\n') + '\n';
}

function icon(k: KeyResult, c: ChalkInstance): string {
  if (k.category === 'ok') return c.green('✓');
  if (isKeyProblem(k)) return c.red('✗');
  return c.yellow('?');
}

/** Text from a provider's answer must not restyle or rewrite the terminal (a CR returns to the line's start). */
function clean(text: string): string {
  return stripControl(text).replace(/\r/g, '');
}

function cleanDeep<T>(v: T): T {
  if (typeof v === 'string') return clean(v) as T;
  if (Array.isArray(v)) return v.map(cleanDeep) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cleanDeep(x)])) as T;
  return v;
}

function line(label: string, text: string, c: ChalkInstance): string {
  return '  ' + c.dim(label.padEnd(LABEL)) + text;
}


function renderKey(k: KeyResult, c: ChalkInstance, opts: PrettyOptions, offline: boolean): string {
  const rows: string[] = [];
  const cat = k.category === 'ok' ? c.green(k.category) : isKeyProblem(k) ? c.red(k.category) : c.yellow(k.category);
  rows.push(`${icon(k, c)} ${c.bold(k.name)}  ${k.providerName}  ${k.verdict === 'not_checked' && k.category === 'unknown' ? c.dim('not checked live') : cat}`);
  rows.push(line('summary', k.summary, c));
  const keyBits = [k.redacted, k.fingerprint ?? '', k.keyType ?? '', `${k.length} chars`].filter(Boolean);
  rows.push(line('key', keyBits.join('  '), c));
  const others = k.definitions.filter((d) => !d.wins);
  const differs = others.filter((d) => d.fingerprint !== k.fingerprint).length;
  rows.push(line('from', where(k.source) + (others.length ? c.dim(`  (+${others.length} shadowed definition${others.length > 1 ? 's' : ''}${differs ? `, ${differs} with another value` : ''})`) : ''), c));
  if (opts.verbose || differs) {
    for (const d of k.definitions) {
      rows.push(line('', `${d.wins ? c.green('→') : ' '} ${where(d.location)}  ${d.redacted}  ${d.fingerprint ?? ''}${d.note ? c.dim('  ' + d.note) : ''}`, c));
    }
  }
  if (k.live) {
    const l = k.live;
    const st = l.status !== undefined ? `${l.status}` : (l.errorCode ?? 'no answer');
    rows.push(line('live', `${l.method} ${l.url} → ${st} in ${l.latencyMs} ms${l.requestId ? c.dim(`  request-id ${l.requestId}`) : ''}`, c));
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
    return verbose || f.severity !== 'info' || f.code === 'live.custom_base_url' || f.code === 'format.provider_inferred';
  }).filter((f) => verbose || f.code !== 'bundle.pointer');
}

function identity(id: Identity): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(id)) {
    if (v === undefined) continue;
    parts.push(`${k} ${Array.isArray(v) ? (v.length ? v.join(', ') : '(none)') : v}`);
  }
  return parts.join(' · ');
}

function footer(r: CheckResult, c: ChalkInstance): string {
  if (!r.keys.length) return c.dim('Nothing checked.');
  const bad = r.keys.filter(isKeyProblem).length;
  const unsure = r.keys.filter((k) => k.verdict !== 'not_checked' && INCONCLUSIVE.has(k.category)).length;
  const parts: string[] = [];
  if (bad) parts.push(c.red(`${bad} key${bad > 1 ? 's have' : ' has'} a problem`));
  if (unsure) parts.push(c.yellow(`${unsure} could not be checked to the end`));
  if (!bad && r.exitCode === 1) parts.push(c.red('a finding at or above --fail-on fails the run'));
  if (!bad && !unsure && r.exitCode !== 1) parts.push(c.green(r.offline ? `${r.keys.length} key${r.keys.length > 1 ? 's' : ''} checked offline, no key problem found` : `all ${r.keys.length} key${r.keys.length > 1 ? 's' : ''} work`));
  const warnings = r.keys.reduce((n, k) => n + k.steps.reduce((m, s) => m + s.findings.filter((f) => f.severity === 'warning').length, 0), 0);
  if (warnings) parts.push(c.yellow(`${warnings} warning${warnings > 1 ? 's' : ''}`));
  const tail = bad || unsure ? c.dim('  For a support ticket: keydoctor report') : '';
  return parts.join(', ') + '.' + tail;
}
