import type { Location } from './types.js';

/** `file:line`, or the file (or label, such as "process environment") alone. */
export function where(l: Pick<Location, 'file' | 'line'>): string {
  return l.line ? `${l.file}:${l.line}` : l.file;
}
