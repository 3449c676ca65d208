// `--format sarif`: SARIF 2.1.0 for GitHub code scanning. Only findings that sit
// on a line of a project file become results (a malformed or conflicting
// definition in .env, a hard-coded key): whether a key works is not a property
// of a line, so it belongs to JSON, JUnit and annotations (ux-anchors §4.6).
// GitHub needs stable rule ids, repo-relative paths and partialFingerprints to
// keep an alert the same across runs:
// https://docs.github.com/en/code-security/reference/code-scanning/sarif-files/sarif-support-for-code-scanning
import { createHash } from 'node:crypto';
import { findingInfo } from '../core/findings.js';
import type { CheckResult, KeyResult } from '../core/result.js';
import type { Finding, Location, Severity } from '../core/types.js';
import { cleanDeep, dataText, toJson } from './sanitize.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/keydoctor';
/** The partialFingerprints key: bump the suffix only if the recipe below changes. */
export const FINGERPRINT_KEY = 'keydoctor/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The repository-relative path (forward slashes) of a location inside the
 * project, or undefined for labels such as "process environment",
 * "standard input", "shell: ~/.zshrc" and paths outside the project.
 */
export function projectPath(file: string): string | undefined {
  const p = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (!p || p === 'process environment' || p === 'standard input') return undefined;
  if (/^[a-z][a-z -]*: /i.test(p)) return undefined; // "shell: ~/.zshrc", "user config: …"
  if (/^(\/|~|[a-z]:\/|\.\.(\/|$))/i.test(p) || p.includes('\0')) return undefined;
  if (/\s/.test(p) && !/[./]/.test(p)) return undefined; // a label, not a file name
  return p;
}

interface Located {
  key: KeyResult;
  finding: Finding;
  uri: string;
  line?: number;
  column?: number;
}

/** Where a finding points in the project: its own location, or for a finding about the value, the definition that won. */
function locate(k: KeyResult, f: Finding): Omit<Located, 'key' | 'finding'> | undefined {
  const own: Location | undefined = f.location ?? (f.code.startsWith('format.') ? k.source : undefined);
  const uri = own && projectPath(own.file);
  if (!own || !uri) return undefined;
  return { uri, ...(own.line ? { line: own.line } : {}), ...(own.column ? { column: own.column } : {}) };
}

function located(result: CheckResult): Located[] {
  const out: Located[] = [];
  const seen = new Set<string>();
  for (const key of result.keys) {
    for (const finding of key.steps.flatMap((s) => s.findings)) {
      // A note ("loaded from", "well-formed") is no problem; a code that is sometimes one (an empty value that wins) keeps its notes.
      if (finding.severity === 'info' && findingInfo(finding.code)?.severity !== 'varies') continue;
      const at = locate(key, finding);
      if (!at) continue;
      const id = `${finding.code}\n${at.uri}\n${at.line ?? ''}\n${key.name}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ key, finding, ...at });
    }
  }
  return out;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** Percent-encode each path segment so the URI is valid whatever the file is called. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function renderSarif(dirty: CheckResult): string {
  // Shown by code scanning as text: no control or bidi character from the project or a provider.
  const result = cleanDeep(dirty, dataText);
  const items = located(result);
  const ruleIds = [...new Set(items.map((i) => i.finding.code))].sort();
  const rules = ruleIds.map((id) => {
    const first = items.find((i) => i.finding.code === id)!.finding;
    const info = findingInfo(id);
    const short = info?.title ?? `keydoctor ${id}`;
    const help = info?.fix ?? first.fix ?? first.message;
    return {
      id,
      name: id.replace(/[._-]+(\w)/g, (_m, c: string) => c.toUpperCase()),
      shortDescription: { text: short },
      fullDescription: { text: short + '.' },
      help: { text: help },
      defaultConfiguration: { level: LEVEL[first.severity] },
      properties: { tags: info?.security ? ['security', 'secrets'] : ['configuration', 'api-keys'] },
    };
  });

  // The nth result of one rule, file and variable gets ordinal n (by line), so two
  // hits in one file stay two alerts while an edit above them moves neither.
  const ordinals = new Map<string, number>();
  const byLine = [...items].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const ordinalOf = new Map<Located, number>();
  for (const i of byLine) {
    const base = `${i.finding.code}\n${i.uri}\n${i.key.name}`;
    const n = ordinals.get(base) ?? 0;
    ordinals.set(base, n + 1);
    ordinalOf.set(i, n);
  }

  const results = items.map((i) => {
    const region = i.line ? { region: { startLine: i.line, ...(i.column ? { startColumn: i.column } : {}) } } : {};
    const fix = i.finding.fix ? ` Fix: ${i.finding.fix}` : '';
    return {
      ruleId: i.finding.code,
      ruleIndex: ruleIds.indexOf(i.finding.code),
      level: LEVEL[i.finding.severity],
      message: { text: `${i.key.name}: ${i.finding.message}${fix}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(i.uri), uriBaseId: '%SRCROOT%' }, ...region } }],
      partialFingerprints: { [FINGERPRINT_KEY]: hash(`${i.finding.code}\n${i.uri}\n${i.key.name}\n${ordinalOf.get(i) ?? 0}`) },
      properties: { variable: i.key.name, provider: i.key.provider, ...(i.finding.category ? { category: i.finding.category } : {}) },
    };
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'keydoctor', version: result.tool.version, semanticVersion: result.tool.version, informationUri: INFORMATION_URI, rules } },
      originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the project keydoctor checked.' } } },
      results,
      properties: { keydoctorSchemaVersion: result.schemaVersion, offline: result.offline, exitCode: result.exitCode },
    }],
  };
  return toJson(log);
}
