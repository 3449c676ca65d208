// Text helpers for the tracer. Reading a file is src/io/files.ts's job: the
// one reader of project files (regular files inside the project only, bounded).
export { DEFAULT_MAX_FILE_BYTES } from '../io/files.js';

/** Where a key of a parsed object sits in its file (1-based), when known. */
export type LineOf = (obj: object, key: string) => number | undefined;

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
