// The report as a ready ticket: summary first, then per key, environment,
// what was already checked and what to do next.
import type { KeyResult } from '../core/result.js';
import type { Report } from '../report/model.js';
import { where } from '../core/location.js';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

function fence(text: string): string {
  const lang = /^\s*[{[]/.test(text) ? 'json' : '';
  let body = text;
  if (lang) {
    try {
      body = JSON.stringify(JSON.parse(text), null, 2);
    } catch { /* keep as is */ }
  }
  return '```' + lang + '\n' + body.replace(/```/g, "'''") + '\n```';
}

function keySection(k: KeyResult): string {
  const out: string[] = [`### ${k.name} — ${k.providerName} — \`${k.category}\``, ''];
  out.push(`- Key: \`${k.redacted}\` ${k.fingerprint ?? '(no fingerprint: short value)'}, ${k.length} characters${k.keyType ? `, ${k.keyType}` : ''}${k.mode ? `, ${k.mode} mode` : ''}`);
  out.push(`- Verdict: ${k.verdict}. ${k.summary}`, '');
  out.push('#### Where it is defined', '');
  out.push(table(['', 'location', 'kind', 'fingerprint', 'short form', 'note'],
    k.definitions.map((d) => [d.wins ? '**wins**' : '', where(d.location), d.kind, d.fingerprint ?? '-', `\`${d.redacted}\``, d.note ?? ''])), '');
  const findings = k.steps.filter((s) => s.step !== 'bundle').flatMap((s) => s.findings.map((f) => [s.step, f.severity, f.code, f.message]));
  if (findings.length) out.push('#### Findings', '', table(['step', 'severity', 'code', 'message'], findings), '');
  if (k.live) {
    const l = k.live;
    out.push('#### Live call', '');
    out.push(`- Request: \`${l.method} ${l.url}\``);
    out.push(`- Answer: ${l.status ?? `no HTTP answer (${l.errorCode ?? 'error'})`} in ${l.latencyMs} ms`);
    out.push(`- Local time (UTC): ${l.startedAt}${l.headers.date ? `; server time: ${l.headers.date}` : ''}`);
    if (l.requestId) out.push(`- Request id: \`${l.requestId}\``);
    if (Object.keys(l.headers).length) out.push('', table(['response header', 'value'], Object.entries(l.headers).map(([h, v]) => [h, v])));
    if (l.bodyExcerpt) out.push('', 'Body (redacted):', '', fence(l.bodyExcerpt));
    out.push('');
  }
  if (k.classification) {
    out.push('#### Classification', '', `- Category: \`${k.category}\` (rule \`${k.classification.rule}\`)`);
    for (const e of k.classification.evidence) out.push(`- Evidence: ${e}`);
    out.push('');
  }
  if (k.identity) {
    out.push('#### Identity', '', ...Object.entries(k.identity).map(([n, v]) => `- ${n}: ${Array.isArray(v) ? v.join(', ') || '(none)' : v}`), '');
  }
  return out.join('\n');
}

export function renderReportMarkdown(r: Report): string {
  const env = r.environment;
  const out: string[] = [`# keydoctor report — ${r.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`, '', r.summary.split('\n').map((l) => `> ${l}`).join('\n>\n'), ''];
  if (r.failures.length) {
    out.push('## Summary', '', table(['variable', 'provider', 'category', 'provider message', 'endpoint', 'time (UTC)', 'request ids'],
      r.failures.map((f) => [f.name, f.provider, `\`${f.category}\``, f.providerMessage ? `${f.providerMessage}${f.providerCode ? ` (${f.providerCode})` : ''}` : '-', f.endpoint ?? '-', f.firstFailure ?? '-', f.requestIds.join(', ') || '-'])), '');
  }
  out.push('## Keys', '', ...r.keys.map(keySection));
  out.push('## Environment', '');
  out.push(`- keydoctor ${env.keydoctor}, Node ${env.node}, ${env.os}`);
  out.push(`- CI: ${env.ci ?? 'none detected'}`);
  out.push(`- Proxy: ${Object.keys(env.proxy).length ? Object.entries(env.proxy).map(([k, v]) => `${k}=${v}`).join(', ') : 'none set'}`);
  out.push(`- NODE_EXTRA_CA_CERTS: ${env.nodeExtraCaCerts ? 'set' : 'not set'}`);
  for (const d of env.dns) out.push(`- DNS ${d.host}: ${d.addresses.length ? d.addresses.join(', ') : `failed (${d.error})`}`);
  out.push('', '## Already checked', '', ...(r.alreadyChecked.length ? r.alreadyChecked.map((c) => `- ${c}`) : ['- nothing passed']), '');
  out.push('## Suggested next steps', '', ...(r.nextSteps.length ? r.nextSteps.map((s, i) => `${i + 1}. ${s}`) : ['Nothing to do.']), '');
  out.push('---', '', `_${r.redaction}_`, '');
  return out.join('\n');
}

export function renderReportJson(r: Report): string {
  return JSON.stringify(r, null, 2) + '\n';
}
