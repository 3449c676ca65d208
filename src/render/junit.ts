// `--format junit`: one test case per key and step, for GitLab's
// `artifacts:reports:junit` and Jenkins' junit step (ux-anchors §4.6). A step
// that proves a key problem is a <failure type="category">, a check that could
// not finish (network, proxy, TLS, outage, rate limit) an <error>, a step not
// run <skipped/>. The report does not decide the job's status: the exit code does.
import { CATEGORY_SUMMARY } from '../core/categories.js';
import { isLimited, type CheckResult, type KeyResult } from '../core/result.js';
import { INCONCLUSIVE, type Finding, type StepResult } from '../core/types.js';
import { where } from '../core/location.js';
import { cleanDeep, dataText, guardText } from './sanitize.js';

type Outcome =
  | { kind: 'pass' }
  | { kind: 'skipped'; message: string }
  | { kind: 'failure' | 'error'; message: string; type: string };

interface Case {
  classname: string;
  name: string;
  seconds: number;
  outcome: Outcome;
  /** What the step found, for the report's detail view. */
  detail: string[];
}

// XML 1.0 §2.2 Char: everything else (C0 controls but tab/LF/CR, lone surrogates,
// U+FFFE/U+FFFF) makes the document ill-formed even when escaped, so it is removed.
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(s: string): string {
  return s.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: also quotes, and whitespace as references so attribute normalisation keeps it. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}


function describe(f: Finding): string {
  const lines = [`${f.severity} ${f.code}: ${f.message}`];
  if (f.location) lines.push(`  at ${where(f.location)}`);
  if (f.fix) lines.push(`  fix: ${f.fix}`);
  return lines.join('\n');
}

/** The category a finding proves, or its code when it proves none. */
const typeOf = (f: Finding | undefined, k: KeyResult): string => f?.category ?? f?.code ?? k.category;

function outcome(k: KeyResult, s: StepResult): Outcome {
  if (s.status === 'skipped') return { kind: 'skipped', message: s.reason ?? 'not run' };
  if (s.step === 'classify') {
    const f = s.findings.find((x) => x.category);
    const category = f?.category ?? k.category;
    // A key that works, limited (a permission its read call lacks), passes: the warning is in its output.
    if (category === 'ok' || isLimited(k)) return { kind: 'pass' };
    const evidence = k.classification?.evidence.join('; ');
    const message = evidence ? `${CATEGORY_SUMMARY[category]} Evidence: ${evidence}` : (f?.message ?? k.summary);
    return INCONCLUSIVE.has(category) ? { kind: 'error', message, type: category } : { kind: 'failure', message, type: category };
  }
  const first = s.findings.find((x) => x.severity === 'error');
  if (s.status === 'fail') return { kind: 'failure', message: first?.message ?? k.summary, type: typeOf(first, k) };
  if (s.status === 'error') {
    const message = first?.message ?? (k.live?.errorCode ? `${k.live.method} ${k.live.url} failed: ${k.live.errorCode}` : k.summary);
    return { kind: 'error', message, type: typeOf(first, k) };
  }
  return { kind: 'pass' };
}

function detail(k: KeyResult, s: StepResult): string[] {
  const lines = s.findings.filter((f) => f.severity !== 'info' || s.status !== 'pass').map(describe);
  if (s.step === 'sources') lines.unshift(`value from ${where(k.source)} (${k.redacted}${k.fingerprint ? `, ${k.fingerprint}` : ''})`);
  if (s.step === 'live' && k.live) {
    const l = k.live;
    lines.unshift(`${l.method} ${l.url} → ${l.status ?? l.errorCode ?? 'no answer'} in ${l.latencyMs} ms${l.requestId ? `, request id ${l.requestId}` : ''}`);
    if (l.providerMessage) lines.push(`${k.providerName} said: "${l.providerMessage}"${l.providerCode ? ` (${l.providerCode})` : ''}`);
  }
  return lines;
}

function cases(result: CheckResult): Case[] {
  return result.keys.flatMap((k) => k.steps.map((s) => ({
    classname: `${k.name}/${k.provider}`,
    name: s.step,
    seconds: s.step === 'live' && k.live ? k.live.latencyMs / 1000 : 0,
    outcome: outcome(k, s),
    detail: detail(k, s),
  })));
}

const secs = (n: number): string => n.toFixed(3);

function testcase(c: Case): string {
  const open = `    <testcase classname="${xmlAttr(c.classname)}" name="${xmlAttr(c.name)}" time="${secs(c.seconds)}"`;
  const body: string[] = [];
  const o = c.outcome;
  if (o.kind === 'skipped') body.push(`      <skipped message="${xmlAttr(o.message)}"/>`);
  if (o.kind === 'failure' || o.kind === 'error') {
    body.push(`      <${o.kind} message="${xmlAttr(o.message)}" type="${xmlAttr(o.type)}">${xmlText(c.detail.join('\n'))}</${o.kind}>`);
  } else if (c.detail.length) {
    body.push(`      <system-out>${xmlText(c.detail.join('\n'))}</system-out>`);
  }
  return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
}

export function renderJunit(dirty: CheckResult): string {
  // Data keeps its line breaks (XML holds them); control characters and bidi controls go. The last pass
  // writes CR, C1 and a line that would be a workflow command as character references.
  const result = cleanDeep(dirty, dataText);
  const all = cases(result);
  const count = (kind: Outcome['kind']) => all.filter((c) => c.outcome.kind === kind).length;
  const totals = `tests="${all.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${secs(all.reduce((t, c) => t + c.seconds, 0))}"`;
  // The Ant JUnit schema's timestamp has no zone; ours is UTC.
  const timestamp = result.generatedAt.slice(0, 19);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="keydoctor" ${totals}>`,
    `  <testsuite name="keydoctor" ${totals} timestamp="${xmlAttr(timestamp)}">`,
    '    <properties>',
    `      <property name="keydoctor.version" value="${xmlAttr(result.tool.version)}"/>`,
    `      <property name="keydoctor.schemaVersion" value="${result.schemaVersion}"/>`,
    `      <property name="keydoctor.offline" value="${result.offline}"/>`,
    `      <property name="keydoctor.exitCode" value="${result.exitCode}"/>`,
    '    </properties>',
    ...all.map(testcase),
  ];
  if (result.notices.length) out.push(`    <system-out>${xmlText(result.notices.join('\n'))}</system-out>`);
  out.push('  </testsuite>', '</testsuites>');
  return guardText(out.join('\n') + '\n', 'xml');
}
