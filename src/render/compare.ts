// `keydoctor compare` on screen and as JSON: the two keys one above the other,
// then what the difference proves and what to do.
import { Chalk, type ChalkInstance } from 'chalk';
import type { CompareResult, CompareSide } from '../compare/types.js';
import { INCONCLUSIVE } from '../core/types.js';
import { cleanDeep, guardText, oneLine, toJson } from './sanitize.js';

const LABEL = 12;

export function renderCompareJson(result: CompareResult): string {
  return toJson(result);
}

function line(c: ChalkInstance, label: string, text: string): string {
  return '  ' + c.dim(label.padEnd(LABEL)) + text;
}

function mark(c: ChalkInstance, s: CompareSide, width: number): string {
  const text = s.category.padEnd(width);
  if (s.category === 'ok') return c.green(`✓ ${text}`);
  if (INCONCLUSIVE.has(s.category)) return c.yellow(`? ${text}`);
  return c.red(`✗ ${text}`);
}

function side(c: ChalkInstance, label: string, s: CompareSide, width: number): string[] {
  const from = s.source.line ? `${s.source.file}:${s.source.line}` : s.source.file;
  const key = [s.redacted, s.fingerprint ?? '', s.keyType ?? ''].filter(Boolean).join('  ');
  const rows = [line(c, label, `${mark(c, s, width)}  ${key}  ${c.dim('from ' + from)}`)];
  if (s.live) {
    const l = s.live;
    const st = l.status !== undefined ? String(l.status) : l.errorCode ?? 'no answer';
    rows.push(line(c, '', `${l.method} ${l.url} → ${st} in ${l.latencyMs} ms${l.requestId ? c.dim(`  request-id ${l.requestId}`) : ''}`));
  } else if (s.liveSkipped) {
    rows.push(line(c, '', c.dim(`not sent: ${s.liveSkipped.replace(/^Not sent: /, '')}`)));
  }
  const msg = s.classification?.providerMessage;
  if (msg) rows.push(line(c, '', `"${msg}"${s.classification?.providerCode ? c.dim(` (${s.classification.providerCode})`) : ''}`));
  if (s.identity) {
    const parts = Object.entries(s.identity).filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(', ') || '(none)' : v}`);
    rows.push(line(c, '', c.dim(parts.join(' · '))));
  }
  return rows;
}

export function renderComparePretty(dirty: CompareResult, opts: { color: boolean }): string {
  const r = cleanDeep(dirty, oneLine);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const icon = r.exitCode === 0 ? c.green('✓') : r.exitCode === 1 ? c.red('✗') : c.yellow('?');
  const out: string[] = [`${icon} ${c.bold(r.variable)}  ${r.providerName}  ${c.dim('configured key vs fresh key')}`, ''];
  const width = Math.max(r.old.category.length, r.fresh.category.length);
  out.push(...side(c, 'configured', r.old, width), ...side(c, 'fresh', r.fresh, width), '');
  out.push(line(c, 'conclusion', c.bold(r.conclusion.summary)));
  if (r.conclusion.differences.length) out.push(line(c, 'differs', r.conclusion.differences.join('; ')));
  r.conclusion.nextSteps.forEach((s, i) => out.push(line(c, i === 0 ? 'next' : '', `${r.conclusion.nextSteps.length > 1 ? `${i + 1}. ` : ''}${s}`)));
  return guardText(out.join('\n') + '\n', 'terminal');
}
