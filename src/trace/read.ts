// Reading a file for the trace: bounded in size, binary files recognised by a
// NUL byte in the first 8000 bytes (git's own heuristic, xdiff-interface.c
// buffer_is_binary), one reusable buffer so 50,000 files cost no garbage.
import { closeSync, openSync, readSync } from 'node:fs';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const SNIFF = 8000;

export type ReadOutcome =
  | { kind: 'text'; buf: Buffer; length: number }
  | { kind: 'binary' }
  | { kind: 'too-large' }
  | { kind: 'error'; error: unknown };

let shared = Buffer.allocUnsafe(DEFAULT_MAX_FILE_BYTES + 1);
const TOO_LARGE: ReadOutcome = { kind: 'too-large' };
const BINARY: ReadOutcome = { kind: 'binary' };

/**
 * The file's bytes: `buf.subarray(0, length)`, or the first `length` bytes of
 * a buffer shared by every call (`buf` is then only valid until the next call;
 * copy or decode what must outlive it). `text` decodes for callers that want a string.
 */
export function readBounded(abs: string, max = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  if (shared.length < max + 1) shared = Buffer.allocUnsafe(max + 1);
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (error) {
    return { kind: 'error', error };
  }
  try {
    let n = 0;
    while (n <= max) {
      const want = max + 1 - n;
      const got = readSync(fd, shared, n, want, null);
      n += got;
      // A short read of a regular file is its end: no second call to learn it.
      if (got === 0 || got < want) break;
    }
    if (n > max) return TOO_LARGE;
    // lastIndexOf searches from the offset back to 0: a bounded sniff without a new view.
    if (n > 0 && shared.lastIndexOf(0, Math.min(n, SNIFF) - 1) !== -1) return BINARY;
    return { kind: 'text', buf: shared, length: n };
  } catch (error) {
    return { kind: 'error', error };
  } finally {
    closeSync(fd);
  }
}

export function text(r: { buf: Buffer; length: number }): string {
  return r.buf.toString('utf8', 0, r.length);
}

/** The 1-based line of a character (or byte) offset. */
export function lineAt(text: string | Buffer, offset: number): number {
  let line = 1;
  if (typeof text === 'string') {
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  } else {
    for (let i = text.indexOf(0x0a); i !== -1 && i < offset; i = text.indexOf(0x0a, i + 1)) line++;
  }
  return line;
}
