// The report as a ready ticket: summary first, then per key, environment,
// what was already checked and what to do next. Every string from the
// project, the environment or a provider goes through the sanitiser's Markdown
// rules (./sanitize.ts): as text (`md`) or as a code span (`code`), so it can
// open no HTML, link, code span or table column, and start no line.
import type { KeyResult } from '../core/result.js';
import type { Report } from '../report/model.js';
import { where } from '../core/location.js';
import { block, guardText, markdownCode, markdownText, toJson } from './sanitize.js';

/** Data as inline text; `cell` escapes | too. */
const md = (s: string, cell = false) => markdownText(s, cell);
/** Data as a code span. */
const code = (s: string, cell = false) => markdownCode(s, cell);

/** A table of data cells: each escaped here, or Markdown already when `own` (keydoctor's own markup around escaped data). */
function table(head: string[], rows: (string | { own: string })[][]): string {
  const cell = (c: string | { own: string }) => (typeof c === 'string' ? md(c, true) : c.own);
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** A response body in a code block: pretty JSON when it is JSON; the fence longer than any run of backticks in it. */
function fence(text: string): string {
  const lang = /^\s*[{[]/.test(text) ? 'json' : '';
  let body = text;
  if (lang) {
    try {
      body = JSON.stringify(JSON.parse(text), null, 2);
    } catch { /* keep as is */ }
  }
  body = block(body);
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${body}\n${f}`;
}

function keySection(k: KeyResult): string {
  const out: string[] = [`### ${md(k.name)} — ${md(k.providerName)} — ${code(k.category)}`, ''];
  out.push(`- Key: ${code(k.redacted)} ${md(k.fingerprint ?? '(no fingerprint: short value)')}, ${k.length} characters${k.keyType ? `, ${md(k.keyType)}` : ''}${k.mode ? `, ${md(k.mode)} mode` : ''}`);
  out.push(`- Verdict: ${md(k.verdict)}. ${md(k.summary)}`, '');
  out.push('#### Where it is defined', '');
  out.push(table(['', 'location', 'kind', 'fingerprint', 'short form', 'note'],
    k.definitions.map((d) => [{ own: d.wins ? '**wins**' : '' }, where(d.location), d.kind, d.fingerprint ?? '-', { own: code(d.redacted, true) }, d.note ?? ''])), '');
  const findings = k.steps.filter((s) => s.step !== 'bundle').flatMap((s) => s.findings.map((f) => [s.step, f.severity, f.code, f.message]));
  if (findings.length) out.push('#### Findings', '', table(['step', 'severity', 'code', 'message'], findings), '');
  if (k.live) {
    const l = k.live;
    out.push('#### Live call', '');
    out.push(`- Request: ${code(`${l.method} ${l.url}`)}`);
    out.push(`- Answer: ${md(l.status !== undefined ? String(l.status) : `no HTTP answer (${l.errorCode ?? 'error'})`)} in ${l.latencyMs} ms`);
    out.push(`- Local time (UTC): ${md(l.startedAt)}${l.headers.date ? `; server time: ${md(l.headers.date)}` : ''}`);
    if (l.requestId) out.push(`- Request id: ${code(l.requestId)}`);
    if (Object.keys(l.headers).length) out.push('', table(['response header', 'value'], Object.entries(l.headers).map(([h, v]) => [h, v])));
    if (l.bodyExcerpt) out.push('', 'Body (redacted):', '', fence(l.bodyExcerpt));
    out.push('');
  }
  if (k.classification) {
    out.push('#### Classification', '', `- Category: ${code(k.category)} (rule ${code(k.classification.rule)})`);
    for (const e of k.classification.evidence) out.push(`- Evidence: ${md(e)}`);
    out.push('');
  }
  if (k.identity) {
    out.push('#### Identity', '', ...Object.entries(k.identity).map(([n, v]) => `- ${md(n)}: ${md(Array.isArray(v) ? v.join(', ') || '(none)' : String(v))}`), '');
  }
  return out.join('\n');
}

export function renderReportMarkdown(r: Report): string {
  const env = r.environment;
  const out: string[] = [`# keydoctor report — ${md(r.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))}`, '', r.summary.split('\n').map((l) => `> ${md(l)}`).join('\n>\n'), ''];
  if (r.failures.length) {
    out.push('## Summary', '', table(['variable', 'provider', 'category', 'provider message', 'endpoint', 'time (UTC)', 'request ids'],
      r.failures.map((f) => [f.name, f.provider, { own: code(f.category, true) }, f.providerMessage ? `${f.providerMessage}${f.providerCode ? ` (${f.providerCode})` : ''}` : '-', f.endpoint ?? '-', f.firstFailure ?? '-', f.requestIds.join(', ') || '-'])), '');
  }
  out.push('## Keys', '', ...r.keys.map(keySection));
  out.push('## Environment', '');
  out.push(`- keydoctor ${md(env.keydoctor)}, Node ${md(env.node)}, ${md(env.os)}`);
  out.push(`- CI: ${md(env.ci ?? 'none detected')}`);
  out.push(`- Proxy: ${Object.keys(env.proxy).length ? Object.entries(env.proxy).map(([k, v]) => code(`${k}=${v}`)).join(', ') : 'none set'}`);
  out.push(`- NODE_EXTRA_CA_CERTS: ${env.nodeExtraCaCerts ? 'set' : 'not set'}`);
  for (const d of env.dns) out.push(`- DNS ${md(d.host)}: ${md(d.addresses.length ? d.addresses.join(', ') : `failed (${d.error})`)}`);
  out.push('', '## Already checked', '', ...(r.alreadyChecked.length ? r.alreadyChecked.map((c) => `- ${md(c)}`) : ['- nothing passed']), '');
  out.push('## Suggested next steps', '', ...(r.nextSteps.length ? r.nextSteps.map((s, i) => `${i + 1}. ${md(s)}`) : ['Nothing to do.']), '');
  out.push('---', '', `_${md(r.redaction)}_`, '');
  return guardText(out.join('\n'), 'markdown');
}

export function renderReportJson(r: Report): string {
  return toJson(r);
}
