// Secrets committed to git: a dotenv or config file that git tracks and that
// holds a key's value, or the value anywhere in the last N commits' diffs.
// `git log -S<value>` would put the key on git's command line (visible in the
// process list); instead `git log -p` is streamed and searched in-process.
import { existsSync } from 'node:fs';
import { projectRoot, readProjectFile, text as decode } from '../io/files.js';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from '../core/types.js';
import { fingerprint } from '../redact/fingerprint.js';
import { gitLines, gitOutput } from './git.js';

export const DEFAULT_HISTORY_COMMITS = 50;
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_FILES = 5000;
const MAX_LOG_BYTES = 64 * 1024 * 1024;

/** Dotenv and configuration files: where keys end up committed by mistake. */
const CONFIG_FILE = /(^|\/)(\.env(\.[^/]*)?|[^/]*\.(json|ya?ml|toml|ini|cfg|conf|config|properties|xml|tfvars|env|plist)|Dockerfile[^/]*|\.npmrc|\.pypirc|\.netrc|credentials)$/i;

export interface SecretValue {
  name: string;
  value: string;
}

export interface GitSearchOptions {
  env: Record<string, string | undefined>;
  /** How many commits back from HEAD to search (default 50). */
  commits?: number;
  timeoutMs?: number;
}

export interface GitSearch {
  repository: boolean;
  /** Tracked dotenv/config files read. */
  filesSearched: number;
  commitsSearched: number;
  commitLimit: number;
  /** Commits in HEAD's history, when git said. */
  commitsTotal?: number;
  stoppedEarly?: string;
  /** Findings per variable name (every searched name has at least the info one). */
  byName: Map<string, Finding[]>;
}

interface HistoryHit { commit: string; date: string; file: string; added: boolean }

export async function searchGit(root: string, secrets: SecretValue[], opts: GitSearchOptions): Promise<GitSearch> {
  const limit = opts.commits ?? DEFAULT_HISTORY_COMMITS;
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const search: GitSearch = { repository: false, filesSearched: 0, commitsSearched: 0, commitLimit: limit, byName: new Map() };
  // Only values long enough to be keys (the fingerprint rule); one entry per distinct value.
  const values = new Map<string, string[]>();
  for (const s of secrets) {
    const v = s.value.trim();
    if (fingerprint(v) === null) continue;
    values.set(v, [...new Set([...(values.get(v) ?? []), s.name])]);
  }
  // No .git above the project: no repository, and no git process to start (it costs a cold start ~20 ms).
  if (!values.size || (!opts.env.GIT_DIR && !hasGitDir(root))) return search;
  const inside = await gitOutput(['rev-parse', '--is-inside-work-tree'], root, opts.env);
  if (!inside.ok || inside.lines[0] !== 'true') return search;
  search.repository = true;

  // 1. Tracked files, as they are in the working tree; 2. the last `limit` commits' diffs, newest first. The two gits run
  // side by side: each start of git is a few milliseconds of every check in a repository.
  const tracked = new Map<string, { file: string; line: number }[]>();
  const history = new Map<string, HistoryHit[]>();
  let commit = '';
  let date = '';
  let file = '';
  const [ls, log] = await Promise.all([
    gitOutput(['ls-files', '-z', '--cached'], root, opts.env),
    gitLines(['log', '-p', `-n${limit}`, '--no-color', '--no-renames', '--format=%x01%h %as'], root, opts.env, (line) => {
      if (line.startsWith('\x01')) {
        [commit = '', date = ''] = line.slice(1).split(' ');
        search.commitsSearched++;
        return;
      }
      if (line.startsWith('diff --git ')) {
        file = / b\/(.*)$/.exec(line)?.[1] ?? file;
        return;
      }
      const sign = line[0];
      if (sign !== '+' && sign !== '-') return;
      for (const v of values.keys()) {
        if (line.includes(v)) history.set(v, [...(history.get(v) ?? []), { commit, date, file, added: sign === '+' }]);
      }
    }, { maxBytes: MAX_LOG_BYTES, timeoutMs }),
  ]);
  const files = ls.lines.join('\n').split('\0').filter((f) => f && CONFIG_FILE.test(f)).slice(0, MAX_FILES);
  const fsRoot = projectRoot(root);
  for (const file of files) {
    // Through the project reader: a tracked link out of the project, a FIFO or a device is not read.
    // Deleted in the working tree, or unreadable: the history search still sees it.
    const r = readProjectFile(fsRoot, file, MAX_FILE_BYTES);
    if (r.kind !== 'text') continue;
    const text = decode(r);
    search.filesSearched++;
    for (const v of values.keys()) {
      const i = text.indexOf(v);
      if (i >= 0) tracked.set(v, [...(tracked.get(v) ?? []), { file, line: text.slice(0, i).split('\n').length }]);
    }
  }

  if (log.stopped) search.stoppedEarly = log.stopped;
  // A log that ended by itself before its limit has seen every commit: no third git to count them.
  if (log.ok && !log.stopped && search.commitsSearched < limit) search.commitsTotal = search.commitsSearched;
  else {
    const count = await gitOutput(['rev-list', '--count', 'HEAD'], root, opts.env);
    if (count.ok && /^\d+$/.test(count.lines[0] ?? '')) search.commitsTotal = Number(count.lines[0]);
  }

  const searched = `the last ${search.commitsSearched} commit${search.commitsSearched === 1 ? '' : 's'}${search.commitsTotal !== undefined && search.commitsTotal > search.commitsSearched ? ` of ${search.commitsTotal}` : ''} (limit ${limit}${search.stoppedEarly ? `; stopped early: ${search.stoppedEarly}` : ''})`;
  const ignored = await ignoredFiles(root, [...tracked.values()].flat().map((t) => t.file), opts.env);
  for (const [v, names] of values) {
    const fp = fingerprint(v)!;
    const hits = history.get(v) ?? [];
    const added = hits.filter((h) => h.added).at(-1);
    const removed = hits.find((h) => !h.added);
    for (const name of names) {
      const findings: Finding[] = [];
      for (const t of tracked.get(v) ?? []) {
        findings.push({
          code: 'prevent.committed_secret',
          severity: 'warning',
          message: `${name}'s value (${fp}) is in ${t.file}:${t.line}, which git tracks${ignored.has(t.file) ? ' although .gitignore names it (ignoring does not untrack a committed file)' : ''}${added ? `; committed since ${added.commit} (${added.date})` : ''}: everyone with the repository has the key.`,
          fix: `Rotate the key first (it is in the history), then \`git rm --cached ${t.file}\`, add it to .gitignore and commit a template without values (.env.example).`,
          location: { file: t.file, line: t.line },
        });
      }
      if (!findings.length && hits.length) {
        const at = added ?? hits[hits.length - 1]!;
        findings.push({
          code: 'prevent.secret_in_history',
          severity: 'warning',
          message: `${name}'s value (${fp}) is in the git history: ${added ? `added to ${added.file} in ${added.commit} (${added.date})${removed ? `, removed in ${removed.commit} (${removed.date})` : ''}` : `removed from ${at.file} in ${at.commit} (${at.date}), added in an older commit`}. Searched ${searched}.`,
          fix: 'Rotate the key: removing a file does not remove it from history, and every clone has it. Rewrite history (git filter-repo) only after rotating, if at all.',
          location: { file: at.file },
        });
      }
      search.byName.set(name, [...(search.byName.get(name) ?? []), ...findings]);
    }
  }
  // Once per variable, and only when none of its values was found: beside a
  // "… is in .env:1, which git tracks" it would read as a contradiction.
  for (const name of new Set([...values.values()].flat())) {
    if (search.byName.get(name)?.length) continue;
    const n = [...values].filter(([, names]) => names.includes(name)).length;
    const message = n === 1
      ? `${name}'s value is in none of the ${search.filesSearched} tracked config files nor in ${searched}.`
      : `None of the ${n} values of ${name} is in any of the ${search.filesSearched} tracked config files or in ${searched}.`;
    search.byName.set(name, [{ code: 'prevent.git_searched', severity: 'info', message }]);
  }
  return search;
}

/** Which of these tracked files a .gitignore also names (git check-ignore --no-index; paths on argv are not secrets). */
async function ignoredFiles(root: string, files: string[], env: Record<string, string | undefined>): Promise<Set<string>> {
  const out = new Set<string>();
  const unique = [...new Set(files)];
  if (!unique.length) return out;
  const r = await gitOutput(['check-ignore', '--no-index', '--', ...unique], root, env);
  for (const l of r.lines) if (unique.includes(l)) out.add(l);
  return out;
}

/** Whether `dir` or one of its parents holds a .git (a directory, or a worktree's file). */
function hasGitDir(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
}
