// The .env family: which files a loader reads for a mode, in which order, and
// every definition in them. Values come from `dotenv.parse` (the package, so
// quotes, `export`, comments and multi-line values are read exactly as the
// app reads them); lines come from the same LINE expression dotenv 17 uses
// (lib/main.js), which also shows the lines dotenv silently skips.
import { parse } from 'dotenv';
import { own } from '../../core/own.js';
import type { Finding } from '../../core/types.js';
import { lineAt } from '../../text/lines.js';
import type { LoaderChoice, LoaderName } from '../types.js';
export { LOADER_LABEL } from '../types.js';

// Copied from dotenv 17.4 lib/main.js, so that occurrence i here is match i there.
const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;

export const TEMPLATE_SUFFIX = /^\.env\.(?:example|sample|template|dist|defaults|schema|vault|keys)$/;

/**
 * Files read, highest priority first (research/ux-anchors.md §2.3):
 * plain dotenv `config()` reads `.env` only; Next.js (packages/next-env)
 * `.env.[mode].local > .env.local > .env.[mode] > .env`, no `.env.local` in
 * test; Vite (loadEnv) `.env.[mode].local > .env.[mode] > .env.local > .env`;
 * dotenv-flow `.env.[mode].local > .env.[mode] > .env.local > .env`, mode files
 * only when NODE_ENV (or a mode) is set, no `.env.local` in test.
 */
export function loaderOrder(loader: LoaderName, mode: string | undefined): string[] {
  const m = mode ?? 'development';
  switch (loader) {
    case 'dotenv':
      return ['.env'];
    case 'nextjs':
      return [`.env.${m}.local`, ...(m === 'test' ? [] : ['.env.local']), `.env.${m}`, '.env'];
    case 'vite':
      return [`.env.${m}.local`, `.env.${m}`, '.env.local', '.env'];
    case 'dotenv-flow':
      return [...(mode ? [`.env.${mode}.local`, `.env.${mode}`] : []), ...(mode === 'test' ? [] : ['.env.local']), '.env'];
  }
}

const DETECT: [LoaderName, string[]][] = [
  ['nextjs', ['next']],
  ['vite', ['vite', '@sveltejs/kit', 'astro']],
  ['dotenv-flow', ['dotenv-flow']],
  ['dotenv', ['dotenv', 'dotenv-cli', '@dotenvx/dotenvx']],
];

/** `.env.production` and `.env.production.local` are production's mode files; `.env.local` and templates are no mode's. */
const MODE_FILE = /^\.env\.(?!local$)([\w-]{1,40})(?:\.local)?$/;

/** The mode in which `loader` reads `file` (Next.js reads .env.production in mode production); none for plain dotenv. */
export function modeReading(loader: LoaderName, file: string): string | undefined {
  const mode = TEMPLATE_SUFFIX.test(file) ? undefined : MODE_FILE.exec(file)?.[1];
  return mode && loaderOrder(loader, mode).includes(file) ? mode : undefined;
}

/** The loader a package.json says the project uses, with the reason. */
export function detectLoader(pkg: unknown, where = 'package.json'): { name: LoaderName; reason: string } {
  const p = (pkg && typeof pkg === 'object' ? pkg : {}) as Record<string, unknown>;
  const deps = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const d = p[field];
    if (d && typeof d === 'object') for (const k of Object.keys(d)) deps.add(k);
  }
  for (const [name, pkgs] of DETECT) {
    const hit = pkgs.find((x) => deps.has(x));
    if (hit) return { name, reason: `${where} depends on ${hit}` };
  }
  return { name: 'dotenv', reason: pkg === undefined ? 'no package.json; plain dotenv reads .env only' : `no known loader in ${where}; plain dotenv reads .env only` };
}

export function loaderChoice(name: LoaderName, reason: string, mode: string | undefined): LoaderChoice {
  return { name, reason, order: loaderOrder(name, mode) };
}

export interface Occurrence {
  name: string;
  line: number;
  value: string;
  /** The text after `=` as written, for dialect checks. */
  raw: string;
}

export interface DotenvScan {
  occurrences: Occurrence[];
  /** Lines dotenv skips: neither blank, comment nor KEY=VALUE. */
  skipped: { line: number; text: string }[];
}

export function scanDotenv(text: string, names: ReadonlySet<string> | null): DotenvScan {
  const src = text.replace(/\r\n?/g, '\n');
  const occurrences: Occurrence[] = [];
  const covered = new Set<number>();
  LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE.exec(src)) !== null) {
    if (m[0].length === 0) {
      LINE.lastIndex++;
      continue;
    }
    const lead = /^\s*(?:export\s+)?/.exec(m[0])![0].length;
    const first = lineAt(src, m.index + lead);
    const last = lineAt(src, m.index + m[0].length - 1);
    for (let l = first; l <= last; l++) covered.add(l);
    const name = m[1]!;
    if (names && !names.has(name)) continue;
    const value = own(parse(m[0]), name) ?? '';
    occurrences.push({ name, line: first, value, raw: (m[2] ?? '').trim() });
  }
  const skipped: { line: number; text: string }[] = [];
  src.split('\n').forEach((t, i) => {
    const s = t.trim();
    if (s && !s.startsWith('#') && !covered.has(i + 1)) skipped.push({ line: i + 1, text: s });
  });
  return { occurrences, skipped };
}

/** Findings for lines dotenv skips: on the variable when it names one, else on the file. */
export function skippedLineFindings(file: string, scan: DotenvScan, names: ReadonlySet<string>): { name?: string; finding: Finding }[] {
  const out: { name?: string; finding: Finding }[] = [];
  for (const s of scan.skipped.slice(0, 5)) {
    const named = /^(?:export\s+)?([A-Za-z_][\w.-]*)/.exec(s.text)?.[1];
    if (named && names.has(named)) {
      out.push({ name: named, finding: {
        code: 'trace.dotenv_skipped_line', severity: 'warning',
        message: `${file}:${s.line} looks like a definition of ${named}, but dotenv skips the line (it is not NAME=value).`,
        fix: `Write it as ${named}=value (no spaces around a bare value; quote values containing #).`,
        location: { file, line: s.line },
      } });
    } else {
      out.push({ finding: {
        code: 'trace.malformed', severity: 'warning',
        message: `${file}:${s.line} is not a NAME=value line; dotenv skips it.`,
        location: { file, line: s.line },
      } });
    }
  }
  return out;
}

