// Keys set only where no run here loads them: a .env.local that plain dotenv never
// reads, an export in another shell's rc file, a value left in .env.example. The
// app sees no key and says so; check used to say nothing of them ("No API key
// found", or one key checked and the other never named), while trace knew why.
import { posix } from 'node:path';
import { where } from '../core/location.js';
import type { SourceModel } from '../sources/model.js';
import type { TraceDefinition, TraceResult } from '../trace/types.js';

export interface Unloaded {
  name: string;
  /** Where it is set, and why that place is not loaded (the tracer's words, TraceDefinition.notLoaded). */
  at: string;
  why: string;
  /** Only in a template (.env.example): a list of the keys the app wants, not a value. */
  template: boolean;
  /** In another shell's rc file, not a file of the project. */
  shell: boolean;
  /** The mode whose run reads it (.env.production under Next.js), when that is why this run does not (the tracer's). */
  mode?: string;
}

/** The kinds a person puts a real key in by hand and expects the app to read (a template lists keys; it holds none). */
const BY_HAND: ReadonlySet<TraceDefinition['kind']> = new Set(['dotenv', 'shell']);

/**
 * The variables of `names` with no value any run here loads, and set by hand in a place nothing reads: in a file of
 * the root or of a workspace package, or in another shell's rc file. A variable
 * defined for another run (CI, compose) is not here: its definitions carry that run's context, and check says so
 * itself.
 */
export function unloadedKeys(model: SourceModel, names: Iterable<string>, checked: ReadonlySet<string>): Unloaded[] {
  // Only the folders whose runs check looks at (the root, workspace packages): a sub-folder's .env is another run's,
  // which check leaves alone (examples/demo/.env.local beside an examples/demo/.env it does not check either).
  const runs = new Set(model.folders.map((f) => f.dir));
  const out: Unloaded[] = [];
  for (const name of new Set(names)) {
    if (checked.has(name)) continue;
    const defs = model.variable(name)?.definitions ?? [];
    if (defs.some((d) => d.context !== undefined && !d.notLoaded)) continue;
    const mine = defs.filter((d) => d.kind === 'shell' || runs.has(posix.dirname(d.file)));
    const real = mine.find((d) => BY_HAND.has(d.kind) && d.notLoaded);
    const d = real ?? mine.find((x) => x.kind === 'dotenv-template');
    if (!d) continue;
    out.push({
      name, at: where(d), why: d.notLoaded ?? '',
      template: !real, shell: d.kind === 'shell', ...(d.readInMode ? { mode: d.readInMode } : {}),
    });
  }
  return out;
}

/**
 * One sentence for the keys set only where nothing loads them: which, where, why. `beside`: other keys were checked,
 * and the sentence says these were not.
 */
export function unloadedSentence(keys: readonly Unloaded[], beside = false): string {
  const shown = keys.slice(0, 3).map((k) => `${k.name} (${k.at}: ${k.why})`).join(', ');
  const more = keys.length > 3 ? `, and ${keys.length - 3} more` : '';
  const one = keys.length === 1 ? keys[0]! : undefined;
  if (beside) {
    return one
      ? `Not checked: ${one.name}, set only at ${one.at}, which no run here loads: ${one.why}.`
      : `Not checked, set only where no run here loads them: ${shown}${more}.`;
  }
  return one ? `${one.name} is set only at ${one.at}, which no run here loads: ${one.why}.` : `Set only where no run here loads them: ${shown}${more}.`;
}

/** The one mode whose run reads all of them (.env.production under Next.js), if there is one. */
function readingMode(keys: readonly Unloaded[]): string | undefined {
  const modes = new Set(keys.map((k) => k.mode));
  return modes.size === 1 ? keys[0]!.mode : undefined;
}

/** What a refused file's finding says of it, by its code (a finding's code is stable; its wording is not). */
const REFUSED: ReadonlyMap<string, string> = new Map([
  ['trace.outside_link', 'is a symbolic link to a file outside the project and was not read'],
  ['trace.unreadable', 'keydoctor could not read'],
]);

/**
 * The files this run loads, in the loader's order, each the walk refused to read (a link outside the project, a FIFO)
 * saying so: "move it to .env" read oddly where .env is a link to /etc/passwd that keydoctor did not open.
 */
export function loadedFiles(trace: Pick<TraceResult, 'loader' | 'findings'>): string[] {
  const refused = new Map(trace.findings.flatMap((f) => {
    const why = REFUSED.get(f.code);
    return f.location?.file && why ? [[f.location.file, why] as const] : [];
  }));
  return trace.loader.order.map((f) => (refused.has(f) ? `${f}, which ${refused.get(f)}` : f));
}

/** What to do about keys set only where nothing loads them, by where they are. */
export function unloadedFix(keys: readonly Unloaded[], loads: readonly string[]): string {
  const it = keys.length === 1 ? 'it' : 'them';
  const files = `a file this run loads (${loads.join(', ')})`;
  const mode = readingMode(keys);
  if (mode) return `${keys.length === 1 ? 'It is' : 'They are'} read in mode ${mode}: \`keydoctor check --mode ${mode}\` checks that run; for this one, put ${it} in ${files}`;
  return keys.every((k) => k.shell)
    ? `Export ${it} in the rc file of the shell you run the app from (then open a new terminal), or put ${it} in ${files}`
    : `Move ${it} to ${files}, or have the app load that file`;
}

/**
 * The one command to run next, beside checked keys: the run that reads them where one mode does (a `.env.production`
 * under Next.js), else the trace that shows every definition.
 */
export function unloadedNext(keys: readonly Unloaded[]): string {
  const mode = readingMode(keys);
  if (mode) return `\`keydoctor check --mode ${mode}\` checks the run that reads ${keys.length === 1 ? 'it' : 'them'}.`;
  return `\`keydoctor trace ${keys[0]!.name}\` shows every definition.`;
}
