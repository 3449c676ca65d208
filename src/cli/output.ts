// Process edges: colour and spinner decisions, stdin, and the one place where
// text leaves the process (always through the sanitiser and the redactor).
import { fstatSync } from 'node:fs';
import type { Redactor } from '../redact/redactor.js';
import { guardText, type OutputKind } from '../render/sanitize.js';

export type { OutputKind } from '../render/sanitize.js';

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Set when stderr is the process's own (file descriptor 2): see stderrIsTTY. */
  stderrFd?: number;
}

/**
 * Whether stderr is a terminal. For the process's own stderr a pipe or a file
 * is told by fstat, before Node builds process.stderr: for a pipe that builds a
 * socket and loads node:net, about 5 ms of a start, for a check that may
 * never write to stderr.
 */
export function stderrIsTTY(io: Streams): boolean {
  if (io.stderrFd !== undefined) {
    try {
      if (!fstatSync(io.stderrFd).isCharacterDevice()) return false;
    } catch {
      return false;
    }
  }
  return !!io.stderr.isTTY;
}

/** NO_COLOR wins over everything but an explicit flag; chalk ignores it, so we decide (no-color.org). */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return !!isTTY;
}

export { isCI } from '../core/ci.js';

/**
 * The last pass over a text before it reaches a stream or a file: the
 * sanitiser's guard for its kind (on a terminal, nothing but keydoctor's own
 * colours and newlines; no line a workflow command), then the redactor, then
 * the guard again.
 *
 * Sanitise first, then redact: stripping removes characters, so it can join
 * the two halves of a secret that a control character kept apart
 * (`sk-pr<NUL>oj-…`), which the redactor, run after, sees whole. The other
 * way round the redactor would look at the halves, find neither, and the
 * stripping would hand the whole secret to the output. Redacting cannot undo
 * the sanitiser (its labels hold no control character), but it rewrites text,
 * so the guard, idempotent and cheap, runs once more after it. For JSON and
 * XML the guard only escapes (reversibly; the redactor reads through \uXXXX
 * and %XX escapes), so either order would do; the same one is used.
 */
export function finish(text: string, kind: OutputKind, redactor: Redactor): string {
  return guardText(redactor.redact(guardText(text, kind)), kind);
}

/** Text to a stream, through finish(); terminal text unless said otherwise. */
export function write(stream: NodeJS.WritableStream, text: string, redactor: Redactor, kind: OutputKind = 'terminal'): void {
  stream.write(finish(text, kind, redactor));
}

/** One key from standard input; the newline `echo` adds is not part of it. */
export async function readStdinKey(stdin: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = Buffer.from(chunk as Buffer);
    size += b.length;
    if (size > 64 * 1024) break;
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}
