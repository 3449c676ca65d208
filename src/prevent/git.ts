// Running git for the prevention checks, safely: arguments never carry a
// secret (values are searched in-process, in git's output), the child gets no
// secret in its environment either, no setting of the repository's own
// configuration (nor of a file it includes) can start a program, and output
// is bounded.

/** Variables git itself needs; nothing else from the environment, which holds the keys. */
const PASS = /^(PATH|HOME|USERPROFILE|SYSTEMROOT|TMPDIR|TEMP|TMP|XDG_CONFIG_HOME|LANG|GIT_DIR|GIT_WORK_TREE|GIT_CEILING_DIRECTORIES|GIT_CONFIG_GLOBAL|GIT_INDEX_FILE|GIT_OBJECT_DIRECTORY|GIT_ALTERNATE_OBJECT_DIRECTORIES)$/;

/*
 * A repository's .git/config, and every file it pulls in through include.path
 * or includeIf, belongs to the project: untrusted. Whatever in it names a
 * program is overridden here, in the one list of what keydoctor's git runs
 * with. `-c` is read after every configuration file, so it wins over the
 * repository's and the user's own (~/.gitconfig, which may stay); /etc/gitconfig
 * is skipped (GIT_CONFIG_NOSYSTEM below). Source of the settings: git-config(1)
 * of git 2.39, every key whose value is a command, program, helper or hook.
 * An empty program (`gpg.program=`) makes git report "cannot run" and start
 * nothing; each override was checked against a repository that sets the key to
 * a script (test/prevent/git-hostile.test.ts, and by hand for the ones that need a
 * terminal or a server).
 */
const SAFE = [
  // core.pager, pager.<cmd>: never page (git(1) --no-pager; GIT_PAGER=cat below as well).
  '--no-pager',
  // core.fsmonitor: a hook git asks on reading the index; `git ls-files` does.
  '-c', 'core.fsmonitor=false',
  // core.hooksPath: no hook runs for log, ls-files, rev-parse or check-ignore; no hook directory either.
  '-c', 'core.hooksPath=/dev/null',
  // log.showSignature: `git log` verifies every signed commit with gpg.*.program (and --no-show-signature in SAFE_HISTORY).
  '-c', 'log.showSignature=false',
  // gpg.program (a synonym of gpg.openpgp.program), gpg.<format>.program: the signature verifiers.
  '-c', 'gpg.program=', '-c', 'gpg.openpgp.program=', '-c', 'gpg.x509.program=', '-c', 'gpg.ssh.program=',
  // gpg.ssh.allowedSignersFile: handed to the ssh verifier; gpg.ssh.defaultKeyCommand: run to sign.
  '-c', 'gpg.ssh.allowedSignersFile=/dev/null', '-c', 'gpg.ssh.defaultKeyCommand=',
  // diff.external (diff.<driver>.command and .textconv have per-driver names: --no-ext-diff, --no-textconv in SAFE_HISTORY).
  '-c', 'diff.external=',
  // Transports, reached by a partial clone's lazy fetch of a missing blob (all blocked by GIT_ALLOW_PROTOCOL below):
  // core.sshCommand; core.askPass (empty: no askpass, SSH_ASKPASS not consulted either); credential.helper
  // (empty resets the list, gitcredentials(7)); core.alternateRefsCommand (run by fetch for an alternate).
  '-c', 'core.sshCommand=', '-c', 'core.askPass=', '-c', 'credential.helper=', '-c', 'core.alternateRefsCommand=',
  // protocol.allow: the default policy only; a repository's protocol.<name>.allow beats it, GIT_ALLOW_PROTOCOL does not.
  '-c', 'protocol.allow=never',
  // Not hardening: paths as they are, for the parsers.
  '-c', 'core.quotepath=off',
];

/**
 * Options of the commands that show history (log and diff alike), put right
 * after the subcommand so that no caller can forget them. filter.<driver>.*
 * run only to make a worktree copy: for an external diff or a textconv, both
 * off here, or for checkout, add and worktree diffs, which keydoctor never runs.
 */
const HISTORY = new Set(['log', 'show', 'diff', 'whatchanged']);
const SAFE_HISTORY = ['--no-show-signature', '--no-ext-diff', '--no-textconv'];

/** The arguments git is started with: the overrides, the subcommand, its own overrides, the rest. */
function gitArgs(args: string[]): string[] {
  const [command, ...rest] = args;
  return command !== undefined && HISTORY.has(command) ? [...SAFE, command, ...SAFE_HISTORY, ...rest] : [...SAFE, ...args];
}

export function gitEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && PASS.test(k)) out[k] = v;
  return {
    ...out,
    // Only the user's own configuration besides the command line: no /etc/gitconfig.
    GIT_CONFIG_NOSYSTEM: '1',
    // No transport at all (an empty list allows none), whatever protocol.<name>.allow says: no
    // remote.<name>.uploadpack, ext:: command, core.gitProxy or remote helper, and no socket (--offline).
    GIT_ALLOW_PROTOCOL: '',
    // core.gitProxy: first match wins, so `-c` cannot override it; an empty variable does.
    GIT_PROXY_COMMAND: '',
    // git 2.45 and later: no lazy fetch of a partial clone's missing objects at all (older gits ignore it).
    GIT_NO_LAZY_FETCH: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
  };
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
    const child = spawn('git', gitArgs(args), { cwd, env: gitEnv(env), stdio: ['ignore', 'pipe', 'ignore'] });
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
