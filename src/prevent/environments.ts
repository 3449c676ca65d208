// One key across environments: the same value in `.env.development` and
// `.env.production` (or any mode file and a production one) means a leak from a
// laptop is a production leak, and revoking it for one breaks the other.
// Mode files follow the loaders' naming (`.env.[mode]`, `.env.[mode].local`:
// Next.js, Vite, dotenv-flow); templates (`.env.example`, …) hold no real keys.
import { own } from '../core/own.js';
import type { Finding } from '../core/types.js';
import { fingerprint } from '../redact/fingerprint.js';
import type { TraceVariable } from '../trace/types.js';

const MODE_FILE = /^\.env\.([\w-]+?)(\.local)?$/;
const TEMPLATE = /^(example|sample|template|dist|defaults?|schema|vault|keys|local)$/i;
const PRODUCTION = /^(production|prod|live)$/i;

export interface ModeFile {
  /** Path relative to the project root. */
  file: string;
  mode: string;
  values: Record<string, string>;
  /** Line of the definition that wins inside the file (the last one). */
  lines: Record<string, number>;
}

/** The mode-specific .env files at the project root, from the definitions the source model read. */
export function modeFilesFrom(variables: readonly TraceVariable[]): ModeFile[] {
  const files = new Map<string, ModeFile>();
  for (const v of variables) {
    for (const d of v.definitions) {
      if (d.kind !== 'dotenv' || d.value === undefined || d.file.includes('/')) continue;
      const m = MODE_FILE.exec(d.file);
      if (!m || TEMPLATE.test(m[1]!)) continue;
      const f = files.get(d.file) ?? { file: d.file, mode: m[1]!.toLowerCase(), values: Object.create(null) as Record<string, string>, lines: Object.create(null) as Record<string, number> };
      files.set(d.file, f);
      // Inside one file the later line wins (dotenv assigns into an object).
      if ((f.lines[v.name] ?? 0) < (d.line ?? 0)) {
        f.values[v.name] = d.value;
        f.lines[v.name] = d.line ?? 0;
      }
    }
  }
  return [...files.values()].sort((a, b) => a.file.localeCompare(b.file));
}

const at = (f: ModeFile, name: string) => (own(f.lines, name) ? `${f.file}:${own(f.lines, name)}` : f.file);

/** Pure: per variable, the values shared between a production mode file and another mode's file. */
export function sharedAcrossEnvironments(files: ModeFile[], names: string[]): Map<string, Finding[]> {
  const byName = new Map<string, Finding[]>();
  for (const name of names) {
    const out: Finding[] = [];
    const byValue = new Map<string, ModeFile[]>();
    for (const f of files) {
      const v = own(f.values, name)?.trim();
      if (!v) continue;
      byValue.set(v, [...(byValue.get(v) ?? []), f]);
    }
    for (const [value, holders] of byValue) {
      const modes = [...new Set(holders.map((f) => f.mode))];
      const prod = holders.find((f) => PRODUCTION.test(f.mode));
      const others = modes.filter((m) => !PRODUCTION.test(m));
      if (!prod || !others.length) continue;
      out.push({
        code: 'prevent.shared_across_environments',
        severity: 'warning',
        message: `${name} has the same value (${fingerprint(value) ?? 'a short value'}) in ${holders.map((f) => at(f, name)).join(' and ')}: ${[...others, prod.mode].join(' and ')} share one key.`,
        fix: `Issue a separate key per environment, so a key leaked from ${others[0]} is not a production key and one can be revoked without breaking the other.`,
        location: { file: prod.file, ...(own(prod.lines, name) ? { line: own(prod.lines, name) } : {}) },
      });
    }
    if (out.length) byName.set(name, out);
  }
  return byName;
}
