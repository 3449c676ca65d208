// Shell start-up files in $HOME that export a variable: the usual origin of a
// process variable, and the usual stale one ("a stale export in ~/.zshrc
// shadows .env"). bash/zsh/sh: `export NAME=value`, `declare -x` / `typeset -x`;
// fish: `set -x NAME value` (and -gx, -Ux, --export). A value built from
// `$OTHER` or `$(command)` is a reference: the shell resolves it, we cannot.
import { readUserFile, text as decode } from '../../io/files.js';
import { join } from 'node:path';
import { own } from '../../core/own.js';
import type { RawDef } from '../types.js';

/** Start-up files per shell, the one read last (whose export wins) first. */
export const SHELL_FILES: Record<string, string[]> = {
  zsh: ['.zshrc', '.zshenv'],
  bash: ['.bashrc', '.bash_profile', '.profile'],
  sh: ['.profile'],
  fish: ['.config/fish/config.fish'],
};
/** Every start-up file read, relative to the home folder. */
export const ALL = ['.zshrc', '.zshenv', '.bashrc', '.bash_profile', '.profile', '.config/fish/config.fish'];

const POSIX = /^\s*(?:export|declare\s+-x|typeset\s+-x)\s+([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
const FISH = /^\s*set\s+(?:-[a-zA-Z]*x[a-zA-Z]*|--export)(?:\s+-[a-zA-Z]+)*\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+(.*))?$/;

export interface ShellDefs {
  /** Definitions in the login shell's files, winning first. */
  active: RawDef[];
  /** Definitions in other shells' files: listed, not loaded. */
  other: RawDef[];
}

export function readShellFiles(home: string | undefined, shellPath: string | undefined, names: ReadonlySet<string>): ShellDefs {
  const out: ShellDefs = { active: [], other: [] };
  if (!home) return out;
  const shell = shellPath ? shellPath.slice(shellPath.lastIndexOf('/') + 1) : '';
  const mine = own(SHELL_FILES, shell) ?? ALL;
  for (const rc of [...mine, ...ALL.filter((f) => !mine.includes(f))]) {
    // The user's own files: links followed (dotfile managers), regular files only, bounded (src/io/files.ts).
    const r = readUserFile(join(home, rc));
    if (r.kind !== 'text') continue;
    const text = decode(r);
    const defs = parseShellFile(text, `shell: ~/${rc}`, rc.endsWith('.fish'), names);
    if (mine.includes(rc)) out.active.push(...defs.reverse());
    else out.other.push(...defs.reverse().map((d) => ({ ...d, notLoaded: `read by another shell than yours (${shell || 'unknown'})` })));
  }
  return out;
}

export function parseShellFile(text: string, label: string, fish: boolean, names: ReadonlySet<string>): RawDef[] {
  const defs: RawDef[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = (fish ? FISH : POSIX).exec(line);
    if (!m || !names.has(m[1]!)) return;
    const { value, reference } = shellValue(m[2] ?? '', fish);
    defs.push({ name: m[1]!, kind: 'shell', file: label, line: i + 1, ...(reference ? { reference } : { value }) });
  });
  return defs;
}

/** The value a shell assigns, for the simple forms; anything it must evaluate is a reference. */
export function shellValue(raw: string, fish: boolean): { value?: string; reference?: string } {
  const s = raw.trim();
  if (s.startsWith("'")) {
    const end = s.indexOf("'", 1);
    return { value: end === -1 ? s.slice(1) : s.slice(1, end) };
  }
  if (s.startsWith('"')) {
    let out = '';
    for (let i = 1; i < s.length; i++) {
      const c = s[i]!;
      if (c === '\\' && i + 1 < s.length && '"\\$`'.includes(s[i + 1]!)) out += s[++i];
      else if (c === '"') break;
      else if (c === '$' || c === '`') return { reference: reference(s) };
      else out += c;
    }
    return { value: out };
  }
  const word = (fish ? s : s.split(/\s+#/)[0]!).split(/\s+/)[0] ?? '';
  if (/[$`]/.test(word)) return { reference: reference(word) };
  return { value: word.replace(/\\(.)/g, '$1') };
}

function reference(s: string): string {
  if (/\$\(|`/.test(s)) return 'the output of a command, run by the shell';
  const v = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(s)?.[1];
  return v ? `shell variable $${v}` : 'a shell expansion';
}
