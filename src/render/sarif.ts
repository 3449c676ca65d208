// `--format sarif`: SARIF 2.1.0 for GitHub code scanning. Only findings that sit
// on a line of a project file become results (a malformed or conflicting
// definition in .env, a hard-coded key): whether a key works is not a property
// of a line, so it belongs to JSON, JUnit and annotations (ux-anchors §4.6).
// GitHub needs stable rule ids, repo-relative paths and partialFingerprints to
// keep an alert the same across runs:
// https://docs.github.com/en/code-security/reference/code-scanning/sarif-files/sarif-support-for-code-scanning
import { createHash } from 'node:crypto';
import type { CheckResult, KeyResult } from '../core/result.js';
import type { Finding, Location, Severity } from '../core/types.js';
import { cleanDeep, dataText, toJson } from './sanitize.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/keydoctor';
/** The partialFingerprints key: bump the suffix only if the recipe below changes. */
export const FINGERPRINT_KEY = 'keydoctor/v1';

/** Rules keydoctor documents as tied to a line: [shortDescription, help]. Ids are finding codes. */
const RULES: Record<string, [string, string]> = {
  'format.empty': ['The key is empty', 'Set the variable to the key itself; an unset CI secret reads as an empty string.'],
  'format.whitespace': ['Whitespace around the key', 'Remove the spaces or newline around the value where it is defined.'],
  'format.quotes': ['Quote characters became part of the key', 'Remove the quotes: `docker run --env-file` and some CI settings keep them literally.'],
  'format.auth_scheme': ['An Authorization scheme pasted with the key', 'Keep only the key; the client adds "Bearer " itself.'],
  'format.hidden_characters': ['Characters no key has (invisible or non-ASCII)', 'Re-copy the key from the provider\'s console, not from a PDF, chat or rich-text document.'],
  'format.placeholder': ['A placeholder instead of a key', 'Replace the placeholder with a real key from the provider\'s console.'],
  'format.unusable_key_type': ['A kind of key this API does not accept', 'Use an API key of the kind the provider\'s API expects.'],
  'format.wrong_provider': ['A key of another provider', 'Put this provider\'s key here, and the other key in its own variable.'],
  'format.unrecognised': ['A value that matches none of the provider\'s key formats', 'Compare the key\'s length and start with the one shown in the provider\'s console.'],
  'format.test_key_in_production': ['A test-mode key where production expects a live key', 'Use the live-mode key in production.'],
  'format.live_key_outside_production': ['A live key outside production', 'Use a test-mode key outside production.'],
  'trace.conflict': ['Another definition of the variable holds a different value', 'Remove or update the definition that should not be used.'],
  'trace.empty': ['An empty definition', 'Put the key in it, or remove it so it cannot win in another environment.'],
  'trace.new_shell': ['A shell start-up file exports another value than this process loads', 'Keep one definition: remove or update the export, or the file.'],
  'trace.hardcoded': ['A key hard-coded in a project file', 'Read the key from the environment, and rotate it: it is in the project files and likely in the git history.'],
  'trace.hardcoded_other_key': ['A key of a known format hard-coded in a project file', 'If it is a real key, revoke it; read keys from the environment, never from source files.'],
  'trace.malformed': ['A line the loader cannot read', 'Fix the line so the loader reads it as NAME=value.'],
};
const SECURITY_RULES = new Set(['trace.hardcoded', 'trace.hardcoded_other_key']);

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
      if (finding.severity === 'info' && !RULES[finding.code]) continue; // "loaded from", "well-formed": not problems
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
    const [short, help] = RULES[id] ?? [`keydoctor ${id}`, first.fix ?? first.message];
    return {
      id,
      name: id.replace(/[._-]+(\w)/g, (_m, c: string) => c.toUpperCase()),
      shortDescription: { text: short },
      fullDescription: { text: short + '.' },
      help: { text: help },
      defaultConfiguration: { level: LEVEL[first.severity] },
      properties: { tags: SECURITY_RULES.has(id) ? ['security', 'secrets'] : ['configuration', 'api-keys'] },
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
