// Every file keydoctor writes goes through here: `check --output`, the two
// files of `keydoctor report`. A repository can plant a symbolic link where a
// user is likely to write (`report.txt -> ~/.bashrc`): `check --output
// report.txt` then overwrote the user's shell start-up file with lines the
// repository's answers chose. So inside the project a link on the way (the
// file itself or any folder of its path) is refused, and the file is opened
// with O_NOFOLLOW. Outside the project a path is the user's own choice
// (`/dev/stdout`, a link in their home folder) and is written as given.
// New files are created 0600: a report is for a ticket, not for everyone on
// the machine; a new folder for them, 0700.
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import { projectRoot, within } from './files.js';

export interface WriteOptions {
  /** The project's folder: inside it, no symbolic link may be on the way. None outside any project. */
  projectDir: string | undefined;
  /** Refuse an existing file (O_EXCL) instead of replacing it. */
  exclusive?: boolean;
  /** How the path is named in messages (the flag's value). */
  shown?: string;
}

/** The first symbolic link on the way from the project's folder to `path`, if any. */
function linkOnTheWay(path: string, projectDir: string): string | undefined {
  const rel = relative(projectDir, path);
  let at = projectDir;
  for (const part of rel.split(sep)) {
    at = resolve(at, part);
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (!st) return undefined; // not there yet: nothing below it exists either
    if (st.isSymbolicLink()) return at;
  }
  return undefined;
}

/** Whether `path` is inside the project (by its name or through the project's real path). */
function insideProject(path: string, projectDir: string): boolean {
  const root = projectRoot(projectDir);
  return within(path, root.abs) || within(path, root.real);
}

/** Checks a path keydoctor is about to write: a link the project holds is refused. */
export function checkWritable(path: string, opts: WriteOptions): { path: string; inside: boolean } {
  const abs = resolve(path);
  const inside = !!opts.projectDir && insideProject(abs, opts.projectDir);
  if (inside && opts.projectDir) {
    const link = linkOnTheWay(abs, resolve(opts.projectDir));
    if (link) {
      const shown = relative(resolve(opts.projectDir), link) || '.';
      throw new UsageError(`not writing ${opts.shown ?? path}: ${shown} is a symbolic link inside the project, and a repository's link may point anywhere (~/.bashrc); remove it or write elsewhere`);
    }
  }
  return { path: abs, inside };
}

/** Write `text` to a file (created 0600), refusing a link the project holds. */
export function writeOutputFile(path: string, text: string, opts: WriteOptions): void {
  const { path: abs, inside } = checkWritable(path, opts);
  const flags = constants.O_WRONLY | constants.O_CREAT | (opts.exclusive ? constants.O_EXCL : constants.O_TRUNC) | (inside ? constants.O_NOFOLLOW : 0);
  let fd: number;
  try {
    fd = openSync(abs, flags, 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${opts.shown ?? path} exists; pass --force to overwrite it`);
    if (code === 'ELOOP') throw new UsageError(`not writing ${opts.shown ?? path}: it is a symbolic link inside the project`);
    throw new UsageError(`cannot write ${opts.shown ?? path} (${code ?? 'error'})`);
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** A folder to write into, created (0700, with its parents) when missing; a link the project holds is refused. */
export function ensureOutputDir(dir: string, opts: WriteOptions): string {
  const { path: abs } = checkWritable(dir, opts);
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (st && !st.isDirectory()) throw new UsageError(`${opts.shown ?? dir} is not a folder`);
  if (!st) {
    try {
      mkdirSync(abs, { recursive: true, mode: 0o700 });
    } catch (err) {
      throw new UsageError(`cannot create ${opts.shown ?? dir} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return abs;
}

