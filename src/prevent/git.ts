// Running git for the prevention checks, safely: arguments never carry a
// secret (values are searched in-process, in git's output), the child gets no
// secret in its environment either, repository configuration cannot run
// commands (fsmonitor, external diff, textconv are off), and output is bounded.

/** Variables git itself needs; nothing else from the environment, which holds the keys. */
const PASS = /^(PATH|HOME|USERPROFILE|SYSTEMROOT|TMPDIR|TEMP|TMP|XDG_CONFIG_HOME|LANG|GIT_DIR|GIT_WORK_TREE|GIT_CEILING_DIRECTORIES|GIT_CONFIG_NOSYSTEM|GIT_CONFIG_GLOBAL|GIT_INDEX_FILE|GIT_OBJECT_DIRECTORY|GIT_ALTERNATE_OBJECT_DIRECTORIES)$/;
const SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', '--no-pager'];

export function gitEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = { GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
  for (const [k, v] of Object.entries(env)) if (v !== undefined && PASS.test(k)) out[k] = v;
  return out;
}

export interface GitLinesResult {
  /** git ran and exited 0 (or was stopped by us at a bound). */
  ok: boolean;
  /** git is not installed. */
  missing: boolean;
  /** Why reading stopped before git finished, when it did. */
  stopped?: string;
}

export interface GitLimits {
  maxBytes: number;
  timeoutMs: number;
}

/** Run git and hand every output line to `onLine`; `false` from it stops git. */
export async function gitLines(args: string[], cwd: string, env: Record<string, string | undefined>, onLine: (line: string) => boolean | void, limits: GitLimits): Promise<GitLinesResult> {
  // Loaded here, not at the top: outside a git repository no check ever starts
  // git, and child_process with what it pulls in is a measurable part of start-up.
  const [{ spawn }, { createInterface }] = await Promise.all([import('node:child_process'), import('node:readline')]);
  return new Promise((resolve) => {
    let stopped: string | undefined;
    let bytes = 0;
    let missing = false;
    const child = spawn('git', [...SAFE, ...args], { cwd, env: gitEnv(env), stdio: ['ignore', 'pipe', 'ignore'] });
    const stop = (why: string) => {
      if (stopped) return;
      stopped = why;
      child.kill();
    };
    const timer = setTimeout(() => stop(`git took longer than ${limits.timeoutMs} ms`), limits.timeoutMs);
    child.on('error', (err: NodeJS.ErrnoException) => {
      missing = err.code === 'ENOENT';
    });
    child.stdout.on('data', (d: Buffer) => {
      bytes += d.length;
      if (bytes > limits.maxBytes) stop(`output passed ${Math.round(limits.maxBytes / 1048576)} MiB`);
    });
    const rl = createInterface({ input: child.stdout, crlfDelay: Infinity });
    rl.on('line', (line) => {
      if (stopped) return;
      if (onLine(line) === false) stop('done');
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      rl.close();
      resolve({ ok: !missing && (code === 0 || !!stopped), missing, ...(stopped && stopped !== 'done' ? { stopped } : {}) });
    });
  });
}

/** Run git and collect its output (bounded). */
export async function gitOutput(args: string[], cwd: string, env: Record<string, string | undefined>, limits: GitLimits = { maxBytes: 16 * 1048576, timeoutMs: 20_000 }): Promise<{ ok: boolean; missing: boolean; lines: string[] }> {
  const lines: string[] = [];
  const r = await gitLines(args, cwd, env, (l) => void lines.push(l), limits);
  return { ok: r.ok && !r.stopped, missing: r.missing, lines };
}
