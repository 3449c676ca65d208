// Whether a report file keydoctor just wrote would be committed: inside a git
// work tree and not ignored. The bundle is redacted, but it still names the
// project's files, hosts and account identifiers; it is meant for a ticket,
// not for the repository. git runs hardened (src/prevent/git.ts).
import { dirname } from 'node:path';
import { gitOutput } from '../prevent/git.js';

/** The work tree the file would be committed to, when it is in one and no .gitignore covers it. */
export async function unignoredIn(file: string, env: Record<string, string | undefined>): Promise<string | undefined> {
  const dir = dirname(file);
  const top = await gitOutput(['rev-parse', '--show-toplevel'], dir, env, { maxBytes: 64 * 1024, timeoutMs: 5000 });
  if (!top.ok || !top.lines[0]) return undefined;
  // check-ignore prints the path when a rule ignores it (exit 0), nothing when none does (exit 1).
  const ignored = await gitOutput(['check-ignore', '--', file], dir, env, { maxBytes: 64 * 1024, timeoutMs: 5000 });
  return ignored.lines.some((l) => l.trim() !== '') ? undefined : top.lines[0];
}
