// Every file keydoctor reads goes through here. A project is untrusted input:
// people run keydoctor in repositories they just cloned, with real keys in
// their shell. A `.env.local` that is a symbolic link to ~/.aws/credentials
// made a plain `check` read the AWS secret as a project value (and send it to
// a host the project named); `.env -> /proc/self/pagemap` grew the process
// to 8 GB. So a project file is read only when it is a regular file whose
// real path stays inside the project, never a device, FIFO or socket, and at
// most a bounded number of bytes. A symbolic link that leaves the project is
// a finding that names it, not an error. The user's own files (shell start-up
// files, keydoctor's user config) are fixed paths under HOME where dotfile
// managers make symbolic links normal: they are followed, with the same
// regular-file and size rules.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const SNIFF = 8000;

export type ReadOutcome =
  | { kind: 'text'; buf: Buffer; length: number }
  | { kind: 'binary' }
  | { kind: 'too-large' }
  /** Not a regular file: a FIFO, a device, a socket, a directory. */
  | { kind: 'not-regular' }
  /** A symbolic link (or a path through one) whose target is outside the project. */
  | { kind: 'outside' }
  | { kind: 'error'; error: unknown };

/** A project's root as the reader checks containment against it. */
export interface ProjectRoot {
  /** The root as given (absolute). */
  abs: string;
  /** Its real path (symbolic links resolved). */
  real: string;
}

export function projectRoot(root: string): ProjectRoot {
  const abs = resolve(root);
  let real = abs;
  try {
    real = realpathSync(abs);
  } catch {
    /* a root that does not resolve reads nothing anyway */
  }
  return { abs, real };
}

/** Whether `path` is `dir` or inside it. */
export function within(path: string, dir: string): boolean {
  if (path === dir) return true;
  return path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

// One buffer for every read: a walk reads tens of thousands of files, and
// most callers decode or copy what they keep before the next read.
let shared = Buffer.allocUnsafe(DEFAULT_MAX_FILE_BYTES + 1);
const TOO_LARGE: ReadOutcome = { kind: 'too-large' };
const BINARY: ReadOutcome = { kind: 'binary' };
const NOT_REGULAR: ReadOutcome = { kind: 'not-regular' };
const OUTSIDE: ReadOutcome = { kind: 'outside' };

// O_NOFOLLOW: the last component may not be a symbolic link (checked before,
// or not allowed). O_NONBLOCK: opening a FIFO must not wait for a writer.
const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Open, check it is a regular file, read at most `max` bytes (+1 to know it is more). */
function readOpen(path: string, flags: number, max: number): ReadOutcome | 'link' {
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return 'link';
    return { kind: 'error', error };
  }
  try {
    if (!fstatSync(fd).isFile()) return NOT_REGULAR;
    if (shared.length < max + 1) shared = Buffer.allocUnsafe(max + 1);
    let n = 0;
    while (n <= max) {
      const want = max + 1 - n;
      const got = readSync(fd, shared, n, want, null);
      n += got;
      // A short read of a regular file is its end: no second call to learn it.
      if (got === 0 || got < want) break;
    }
    if (n > max) return TOO_LARGE;
    // Binary: a NUL byte in the first 8000 bytes (git's heuristic, xdiff-interface.c buffer_is_binary).
    if (n > 0 && shared.lastIndexOf(0, Math.min(n, SNIFF) - 1) !== -1) return BINARY;
    return { kind: 'text', buf: shared, length: n };
  } catch (error) {
    return { kind: 'error', error };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file inside the project, by a path relative to its root (or absolute).
 * The path is resolved and its real path must stay inside the root: a
 * `../` in a compose `env_file:`, a symbolic link at any level, are refused
 * as `outside`. `buf` is shared: decode or copy before the next read.
 */
export function readProjectFile(root: ProjectRoot, path: string, max = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  const abs = isAbsolute(path) ? path : resolve(root.abs, path);
  if (!within(abs, root.abs) && !within(abs, root.real)) return OUTSIDE;
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (error) {
    return { kind: 'error', error };
  }
  if (!within(real, root.real)) return OUTSIDE;
  const r = readOpen(real, FLAGS, max);
  return r === 'link' ? OUTSIDE : r; // swapped for a link since: refuse
}

/**
 * A file the walk listed: reached through real folders inside the root, so
 * only its last component can be a link. The common case costs one open:
 * O_NOFOLLOW refuses a link (ELOOP), and only then is its target resolved.
 */
export function readWalkedFile(root: ProjectRoot, abs: string, max = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  const r = readOpen(abs, FLAGS, max);
  return r === 'link' ? readProjectFile(root, abs, max) : r;
}

/**
 * One of the user's own files at a fixed path (a shell start-up file,
 * ~/.config/keydoctor/config.yml): links followed, as dotfile managers make
 * them, but only to a regular file, and at most `max` bytes.
 */
export function readUserFile(path: string, max = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  const r = readOpen(path, constants.O_RDONLY | constants.O_NONBLOCK, max);
  return r === 'link' ? OUTSIDE : r;
}

export function text(r: { buf: Buffer; length: number }): string {
  return r.buf.toString('utf8', 0, r.length);
}

/** Why a file was not read, in words for a finding. */
export function notReadBecause(r: Exclude<ReadOutcome, { kind: 'text' }>, max = DEFAULT_MAX_FILE_BYTES): string {
  switch (r.kind) {
    case 'binary': return 'holds binary data';
    case 'too-large': return `is larger than ${max >= 1048576 ? `${Math.round(max / 1048576)} MiB` : `${Math.round(max / 1024)} KiB`}`;
    case 'not-regular': return 'is not a regular file (a device, FIFO or socket)';
    case 'outside': return 'is a symbolic link to a file outside the project';
    case 'error': return `could not be read (${(r.error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
}

/** A project-relative name for messages, whatever form the path came in. */
export function shownPath(root: ProjectRoot, path: string): string {
  const rel = relative(root.abs, isAbsolute(path) ? path : resolve(root.abs, path));
  return rel.split(sep).join('/') || '.';
}
