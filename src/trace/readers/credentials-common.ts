// What the credential-file readers (credentials-*.ts) share: their input and
// output, reading a file of the user's, and naming it as people write it.
import { readUserFile, notReadBecause, text as decode } from '../../io/files.js';
import type { Finding } from '../../core/types.js';
import type { Extract, RawDef } from '../types.js';

export interface CredentialInput {
  home: string | undefined;
  env: Record<string, string | undefined>;
  names: ReadonlySet<string>;
  dependencies: readonly string[];
  now: Date;
  onSecret?: (value: string) => void;
}

/** One reader's part: its definitions and the rule it adds to a context. */
export interface CredentialPart {
  extract: Extract;
  /** Per variable, the definitions a runtime loads, highest first. */
  loaded: Map<string, RawDef[]>;
  rule?: string;
}

/** The user's own file at a fixed path, as text; undefined when absent. Other failures are a finding. */
export function readCredentialFile(path: string, label: string, problems: Finding[]): string | undefined {
  const r = readUserFile(path, 256 * 1024);
  if (r.kind === 'text') return decode(r);
  if (r.kind === 'error' && ['ENOENT', 'ENOTDIR'].includes((r.error as NodeJS.ErrnoException).code ?? '')) return undefined;
  problems.push({
    code: 'trace.unreadable', severity: 'warning',
    message: `${label} ${notReadBecause(r, 256 * 1024)}; not read, so the credentials in it are not shown.`,
    location: { file: label },
  });
  return undefined;
}

/** A parse problem as a finding naming the file and line. */
export function malformedLine(label: string, p: { line: number; reason: string }): Finding {
  return {
    code: 'trace.malformed', severity: 'warning',
    message: `${label}:${p.line} is ${p.reason}; the CLI that owns the file may refuse it too.`,
    fix: `Fix or remove line ${p.line} of ${label}.`,
    location: { file: label, line: p.line },
  };
}

/** `~/.aws/credentials` for a path under the home folder, else the path itself. */
export function homeLabel(path: string, home: string): string {
  const h = home.endsWith('/') ? home.slice(0, -1) : home;
  return path.startsWith(h + '/') ? `~${path.slice(h.length)}` : path;
}
