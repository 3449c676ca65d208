// `keydoctor trace`: one table per variable, in the spirit of `aws configure
// list` (value, type, location), plus whether the definition wins and why,
// then the findings. Never a value: the redacted form and the fingerprint.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding } from '../core/types.js';
import { where } from '../core/location.js';
import { listed } from '../core/grammar.js';
import { LOADER_LABEL, type TraceDefinition, type TraceResult, type TraceVariable } from '../trace/types.js';
import { cleanDeep, guardText, oneLine } from './sanitize.js';

export interface TracePrettyOptions {
  color: boolean;
  /** What the run did not read (outside a project, past the file budget). */
  notices?: string[];
}

const HEAD = ['VALUE', 'FINGERPRINT', 'TYPE', 'LOCATION', 'WINS / WHY'] as const;

export function renderTracePretty(dirty: TraceResult, opts: TracePrettyOptions): string {
  // Service, Secret, job and file names come from the project: each one inert line before any is placed.
  // Only what is printed is cleaned (the walk's file list can be long).
  const result = { ...dirty, ...cleanDeep({ variables: dirty.variables, findings: dirty.findings, loader: dirty.loader, mode: dirty.mode }, oneLine) };
  const notices = (opts.notices ?? []).map(oneLine);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  for (const n of notices) out.push(c.yellow('! ') + n);
  if (notices.length) out.push('');
  const l = result.loader;
  out.push(c.dim(`loader ${LOADER_LABEL[l.name]} (${l.reason}) · mode ${result.mode} · .env order ${l.order.join(' > ')}`), '');
  for (const v of result.variables) out.push(variable(v, c), '');
  if (!result.variables.length) out.push('No variable to trace: none of the probes\' variables is defined anywhere here. Name one: keydoctor trace NAME', '');
  if (result.findings.length) {
    out.push(c.bold('files'));
    for (const f of result.findings) out.push(finding(f, c));
    out.push('');
  }
  out.push(footer(result, c));
  return guardText(out.join('\n') + '\n', 'terminal');
}

const location = (d: TraceDefinition): string => where(d);

function variable(v: TraceVariable, c: ChalkInstance): string {
  const rows: string[][] = v.definitions.map((d) => [
    d.redacted,
    d.fingerprint ?? '-',
    d.kind,
    location(d),
    [d.reference ? `→ ${d.reference}` : '', d.note ?? ''].filter(Boolean).join('; '),
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: readonly string[]) => cells.map((x, i) => (i === cells.length - 1 ? x : x.padEnd(widths[i]!))).join('  ').trimEnd();
  const lines = [c.bold(v.name), ...(rows.length ? ['    ' + c.dim(fmt(HEAD))] : [])];
  v.definitions.forEach((d, i) => {
    const mark = d.wins ? c.green('→ ') : '  ';
    const text = fmt(rows[i]!);
    lines.push('  ' + mark + (d.wins ? text : c.dim(text)));
  });
  if (!v.definitions.length) lines.push('    ' + c.dim('(no definition found)'));
  for (const x of v.contexts) lines.push('    ' + c.dim(`order  ${x.context}: ${x.rule}`));
  for (const f of v.findings) lines.push(finding(f, c));
  return lines.join('\n');
}

function finding(f: Finding, c: ChalkInstance): string {
  const tag = f.code.replace(/^trace\./, '');
  const head = f.severity === 'error' ? c.red(`✗ ${tag}`) : f.severity === 'warning' ? c.yellow(`! ${tag}`) : c.dim(`· ${tag}`);
  return `  ${head}  ${f.message}${f.fix && f.severity !== 'info' ? '\n      ' + c.dim('fix: ' + f.fix) : ''}`;
}

function footer(r: TraceResult, c: ChalkInstance): string {
  const all = [...r.findings, ...r.variables.flatMap((v) => v.findings)];
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const n = r.variables.length;
  const summary = `${n} variable${n === 1 ? '' : 's'} traced in ${r.stats.files} file${r.stats.files === 1 ? '' : 's'}`;
  // A variable every definition of which no run loads is no value at all for the app: not "no problem found" (check
  // says the same of it: "set only where no run here loads it").
  const unread = r.variables.filter((v) => v.definitions.length && v.definitions.every((d) => d.notLoaded)).map((v) => v.name);
  const parts = [
    errors ? c.red(`${errors} error${errors > 1 ? 's' : ''}`) : '',
    warnings ? c.yellow(`${warnings} warning${warnings > 1 ? 's' : ''}`) : '',
    unread.length ? c.yellow(`${listed(unread)} loaded by no run here`) : '',
  ].filter(Boolean);
  return `${summary}${parts.length ? ': ' + parts.join(', ') : ', no problem found'}.`;
}
