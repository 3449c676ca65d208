import type { Location } from './types.js';

/** `file:line`, or the file (or label, such as "process environment") alone; a credential file's section after it: `~/.aws/credentials:3 [work]`. */
export function where(l: Pick<Location, 'file' | 'line'> & { section?: string }): string {
  const at = l.line ? `${l.file}:${l.line}` : l.file;
  return l.section !== undefined ? `${at} [${l.section}]` : at;
}
