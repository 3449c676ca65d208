// The human screen of `keydoctor explain`: verdict first, then why and what to do.
import { Chalk, type ChalkInstance } from 'chalk';
import { INCONCLUSIVE } from '../core/types.js';
import type { ExplainResult, ProjectReading } from '../explain/types.js';
import { cleanDeep, guardText, oneLine } from './sanitize.js';

export interface ExplainPrettyOptions {
  color: boolean;
}

const LABEL = 10;

function line(label: string, text: string, c: ChalkInstance): string {
  return '  ' + c.dim(label.padEnd(LABEL)) + text;
}

function headline(r: ExplainResult, c: ChalkInstance): string {
  const provider = r.providerName ? `  ${r.providerName}` : '';
  if (r.category === 'ok') return `${c.green('✓')} ${c.bold(c.green(r.category))}${provider}`;
  // A guess from the words proves nothing: it is marked as one whatever it names.
  if (r.ruleSource === 'learned') return `${c.yellow('?')} ${c.bold(c.yellow(r.category))}${provider}  ${c.dim('(a guess from the words)')}`;
  if (r.category === 'unknown') return `${c.yellow('?')} ${c.bold(c.yellow(r.category))}${provider}`;
  if (INCONCLUSIVE.has(r.category)) return `${c.yellow('!')} ${c.bold(c.yellow(r.category))}${provider}  ${c.dim('(the key was not judged)')}`;
  return `${c.red('✗')} ${c.bold(c.red(r.category))}${provider}`;
}

/** What --cwd read: each of the provider's keys the project defines, its format, and whether it is the key echoed. */
function projectRows(p: ProjectReading, c: ChalkInstance): string[] {
  const rows = [line('project', `${p.dir} ${c.dim('(read offline: format and sources; nothing sent)')}`, c)];
  for (const k of p.keys) {
    const name = `${k.package ? `${k.package}: ` : ''}${k.name}`;
    const state = k.problem ? c.red(`✗ ${k.problem.category}: ${k.problem.summary}`) : c.green('✓ format');
    const echo = k.echo === 'same' ? c.bold(' ← the key echoed') : k.echo === 'other' ? c.dim(' (not the key echoed)') : '';
    rows.push(line('', [name, k.at, k.redacted, state].filter(Boolean).join('  ') + echo, c));
  }
  if (p.echoedFrom) rows.push(line('', `${p.echoedFrom.name}  ${p.echoedFrom.at}  ${p.echoedFrom.redacted}  ${c.bold('← the key echoed')} ${c.dim('(not the value loaded here)')}`, c));
  for (const n of p.notes) rows.push(line('', n, c));
  return rows;
}

export function renderExplainPretty(dirty: ExplainResult, opts: ExplainPrettyOptions): string {
  const r = cleanDeep(dirty, oneLine);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const rows: string[] = [headline(r, c)];
  rows.push(line('summary', r.summary, c));
  if (r.provider) {
    const how = r.providerFrom === 'flag' ? 'given with --provider' : `recognised by ${r.recognisedBy.join(', ')}`;
    rows.push(line('provider', `${r.providerName} ${c.dim(`(${how})`)}`, c));
  }
  const answer = [r.status !== undefined ? `status ${r.status}` : '', r.networkCode ?? '', r.providerCode ? `code ${r.providerCode}` : ''].filter(Boolean);
  // Said in words, never "status 0": a pasted error without a status has none.
  if (answer.length && r.status === undefined && !r.networkCode) answer.unshift('no status in the text');
  if (answer.length) rows.push(line('answer', answer.join(', '), c));
  if (r.providerMessage) rows.push(line('message', `"${r.providerMessage}"`, c));
  if (r.requestId) rows.push(line('request', `${r.requestId} ${c.dim('(give it to the provider\'s support)')}`, c));
  r.evidence.forEach((e, i) => rows.push(line(i === 0 ? 'evidence' : '', e, c)));
  if (r.project) rows.push(...projectRows(r.project, c));
  rows.push(line('rule', `${r.rule} ${c.dim(`(${r.ruleSource})`)}`, c));
  r.fixes.forEach((f, i) => rows.push(line(i === 0 ? 'fix' : '', `${r.fixes.length > 1 ? `${i + 1}. ` : ''}${f}`, c)));
  for (const k of r.keysSeen) rows.push(line('key seen', `${k.redacted}  ${k.fingerprint ?? ''}${k.provider ? c.dim(`  ${k.provider}`) : ''}`, c));
  for (const n of r.notices) rows.push(c.yellow('! ') + n);
  return guardText(rows.join('\n') + '\n', 'terminal');
}
