// A local run: the process environment, the shell start-up files that export
// into it, and the .env family in the loader's order. Loaders never override
// a variable already in the environment, so the process (or, in a new
// terminal, the shell's export) beats every .env file (research/ux-anchors.md §2).
// Each folder with .env files gets two contexts: `local` (this process, then
// the files) and, when a shell file exports the variable, `new shell` (the
// exports, then the files).
import { posix } from 'node:path';
import { own } from '../../core/own.js';
import { fingerprint } from '../../redact/fingerprint.js';
import { LOADER_LABEL, modeReading, scanDotenv, skippedLineFindings, TEMPLATE_SUFFIX } from './dotenv-family.js';
import { readShellFiles } from './shell.js';
import { emptyExtract, type CredentialLayer, type Extract, type LoaderChoice, type RawDef } from '../types.js';
import type { WalkedFile } from '../walk.js';

export interface LocalInput {
  env: Record<string, string | undefined>;
  home: string | undefined;
  names: ReadonlySet<string>;
  dotenvFiles: { file: WalkedFile; text: string }[];
  mode: string;
  loaderFor(dir: string): LoaderChoice;
  onValue?: (name: string, value: string) => void;
  /** The CLIs' credential files (./credentials.ts): ranked into every local context by their runtime's rule. */
  credentials?: CredentialLayer;
}

export function readLocal(input: LocalInput): Extract {
  const out = emptyExtract();
  const { names } = input;
  const proc: RawDef[] = [];
  for (const name of names) {
    const v = own(input.env, name);
    if (v !== undefined) proc.push({ name, kind: 'process', file: 'process environment', value: v });
  }
  const shell = readShellFiles(input.home, input.env.SHELL, names);
  // The export a new terminal would make is the likely origin of a process
  // variable with the same value; if it differs, the process got its value elsewhere.
  for (const p of proc) {
    const top = shell.active.find((s) => s.name === p.name);
    if (top && top.value !== undefined && top.value === p.value) top.origin = 'likely origin of the process value (same fingerprint)';
  }
  out.defs.push(...proc, ...shell.active, ...shell.other);
  const shellActive = shell.active;

  const dirs = new Map<string, { file: WalkedFile; text: string }[]>();
  for (const f of input.dotenvFiles) {
    const dir = posix.dirname(f.file.rel);
    dirs.set(dir, [...(dirs.get(dir) ?? []), f]);
  }
  if (!dirs.has('.')) dirs.set('.', []);
  for (const [dir, files] of [...dirs].sort(([a], [b]) => (a === '.' ? -1 : b === '.' ? 1 : a.localeCompare(b)))) {
    const choice = input.loaderFor(dir);
    const loaded: RawDef[] = [];
    const rank = (rel: string) => choice.order.indexOf(posix.basename(rel));
    for (const { file, text } of [...files].sort((a, b) => rankOrLast(rank(a.file.rel)) - rankOrLast(rank(b.file.rel)) || a.file.rel.localeCompare(b.file.rel))) {
      const all = scanDotenv(text, null);
      if (input.onValue) for (const o of all.occurrences) input.onValue(o.name, o.value);
      const scan = { ...all, occurrences: all.occurrences.filter((o) => names.has(o.name)) };
      for (const f of skippedLineFindings(file.rel, scan, names)) {
        if (f.name) out.findings.push({ name: f.name, finding: f.finding });
        else out.problems.push(f.finding);
      }
      const template = TEMPLATE_SUFFIX.test(file.name);
      const notLoaded = template ? 'a template: no loader reads it'
        : rank(file.rel) === -1 ? `${LOADER_LABEL[choice.name]} does not read ${file.name} in mode ${input.mode}` : undefined;
      const readInMode = notLoaded && !template ? modeReading(choice.name, file.name) : undefined;
      // Inside one file the later line wins (dotenv assigns into an object).
      for (const o of [...scan.occurrences].reverse()) {
        const def: RawDef = {
          name: o.name, kind: template ? 'dotenv-template' : 'dotenv', file: file.rel, line: o.line, value: o.value,
          ...(notLoaded ? { notLoaded } : {}),
          ...(readInMode ? { readInMode } : {}),
          ...(file.ignored ? { remark: 'gitignored' } : {}),
        };
        out.defs.push(def);
        if (!notLoaded) loaded.push(def);
        else if (template && fingerprint(o.value) && proc.concat(loaded).some((d) => d.name === o.name && d.value === o.value)) {
          out.findings.push({ name: o.name, finding: {
            code: 'trace.hardcoded', severity: 'error',
            message: `${file.rel}:${o.line} is a committed template, and it holds the real value of ${o.name}.`,
            fix: `Replace it with a placeholder and rotate the key.`, location: { file: file.rel, line: o.line },
          } });
        }
      }
    }
    const where = dir === '.' ? '' : ` (${dir})`;
    const cred = input.credentials;
    const defines = (extra: RawDef[]) => (n: string) => [...extra, ...loaded].some((d) => d.name === n && d.value !== undefined && d.value !== '');
    if (dir === '.' && cred?.notes) out.findings.push(...cred.notes(defines(proc)));
    /** The environment's definitions with the credential files' put where the runtime ranks them. */
    const withFiles = (name: string, env: RawDef[], extra: RawDef[]) => {
      const files = cred?.loaded.get(name) ?? [];
      if (!files.length) return { defs: env, rule: '' };
      const rule = cred!.rule(name);
      return { defs: cred!.first(name, defines(extra)) ? [...files, ...env] : [...env, ...files], rule: rule ? `; ${rule}` : '' };
    };
    for (const name of names) {
      const p = proc.find((d) => d.name === name);
      const sh = shell.active.filter((d) => d.name === name);
      const files = loaded.filter((d) => d.name === name);
      if (p && !p.origin && !sh.some((s) => s.origin)) {
        const twin = files.find((f) => f.value === p.value);
        if (twin && !p.remark) p.remark = `same value as ${twin.file}:${twin.line}: the process may have loaded that file (dotenv-cli, a preload)`;
      }
      // Two views of a local run. `local`: a program started now, from this
      // process's environment (an `unset` counts), then the loader's files.
      // `new shell`: a terminal opened now, whose start-up files export first.
      const local = withFiles(name, [...(p ? [p] : []), ...files], proc);
      const rule = `${LOADER_LABEL[choice.name]} order for mode ${input.mode}`;
      if (local.defs.length) out.chains.push({ context: `local${where}`, rule: `${rule}: ${['process environment', ...choice.order].join(' > ')}${local.rule}`, defs: local.defs });
      if (sh.length) {
        const shell = withFiles(name, [...sh, ...files], shellActive);
        out.chains.push({
          context: `new shell${where}`, rule: `${rule}, in a terminal opened now: ${['shell exports', ...choice.order].join(' > ')}${shell.rule}`,
          defs: shell.defs, besideLocal: `local${where}`,
        });
      }
    }
  }
  return out;
}

function rankOrLast(r: number): number {
  return r === -1 ? 1e9 : r;
}
