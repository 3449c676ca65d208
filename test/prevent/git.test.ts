// Secrets committed to git, on repositories the tests build in temp
// directories: a key committed then removed (history), a key still tracked,
// the commit bound, and proof that no key ever reaches git's command line.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modeFilesFrom } from '../../src/prevent/environments.js';
import { loadSources } from '../../src/sources/model.js';
import { PROBES } from '../../src/probes/index.js';
import { describe, expect, it } from 'vitest';
import { searchGit } from '../../src/prevent/committed.js';
import { projectPrevention } from '../../src/prevent/index.js';
import { FAKE } from '../helpers/keys.js';

const KEY = FAKE.openaiProject;
const HOME = mkdtempSync(join(tmpdir(), 'keydoctor-git-home-'));
const ENV = { PATH: process.env.PATH ?? '', HOME, GIT_CONFIG_NOSYSTEM: '1' };

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...ENV, GIT_AUTHOR_NAME: 'Fake Tester', GIT_AUTHOR_EMAIL: 'fake@example.com', GIT_COMMITTER_NAME: 'Fake Tester', GIT_COMMITTER_EMAIL: 'fake@example.com', GIT_AUTHOR_DATE: '2026-11-01T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-01T10:00:00Z' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A repository; each step writes files (null deletes) and commits them. Returns the dir and the short hashes. */
function repo(steps: Record<string, string | null>[]): { dir: string; commits: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'keydoctor-git-'));
  git(dir, 'init', '-q', '-b', 'main');
  const commits: string[] = [];
  steps.forEach((files, i) => {
    for (const [name, text] of Object.entries(files)) {
      if (text === null) rmSync(join(dir, name));
      else writeFileSync(join(dir, name), text);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', `step ${i + 1}`);
    commits.push(git(dir, 'rev-parse', '--short', 'HEAD'));
  });
  return { dir, commits };
}

const COMMITTED_THEN_REMOVED: Record<string, string | null>[] = [
  { '.env': `OPENAI_API_KEY=${KEY}\n`, 'README.md': 'app\n' },
  { '.env': null, '.gitignore': '.env\n', '.env.example': 'OPENAI_API_KEY=\n' },
  { 'README.md': 'app, now without a key\n' },
];

describe('secrets in git history (git log -p streamed, searched in-process)', () => {
  it('a key committed in .env and removed later is found, with both commits and how many were searched', async () => {
    const { dir, commits } = repo(COMMITTED_THEN_REMOVED);
    writeFileSync(join(dir, '.env'), `OPENAI_API_KEY=${KEY}\n`); // still used locally, now ignored
    const s = await searchGit(dir, [{ name: 'OPENAI_API_KEY', value: KEY }], { env: ENV });
    expect(s).toMatchObject({ repository: true, commitsSearched: 3, commitLimit: 50, commitsTotal: 3 });
    const f = s.byName.get('OPENAI_API_KEY')!;
    expect(f.map((x) => [x.code, x.severity])).toEqual([['prevent.secret_in_history', 'warning']]);
    expect(f[0]!.message).toContain(`added to .env in ${commits[0]} (2026-11-01), removed in ${commits[1]} (2026-11-01)`);
    expect(f[0]!.message).toContain('Searched the last 3 commits (limit 50)');
    expect(f[0]!.message).not.toContain(KEY);
  });

  it('the search is bounded to the last N commits, and says so', async () => {
    const { dir, commits } = repo(COMMITTED_THEN_REMOVED);
    const two = await searchGit(dir, [{ name: 'OPENAI_API_KEY', value: KEY }], { env: ENV, commits: 2 });
    expect(two.byName.get('OPENAI_API_KEY')![0]!.message).toContain(`removed from .env in ${commits[1]} (2026-11-01), added in an older commit. Searched the last 2 commits of 3 (limit 2)`);
    const one = await searchGit(dir, [{ name: 'OPENAI_API_KEY', value: KEY }], { env: ENV, commits: 1 });
    expect(one.byName.get('OPENAI_API_KEY')!.map((x) => [x.code, x.severity])).toEqual([['prevent.git_searched', 'info']]);
    expect(one.byName.get('OPENAI_API_KEY')![0]!.message).toContain('the last 1 commit of 3 (limit 1)');
  });

  it('a key that was never committed: only the note of what was searched', async () => {
    const { dir } = repo([{ '.gitignore': '.env\n', 'config.json': '{"port": 3000}\n' }, { 'README.md': 'app 2\n' }]);
    writeFileSync(join(dir, '.env'), `OPENAI_API_KEY=${KEY}\n`);
    const s = await searchGit(dir, [{ name: 'OPENAI_API_KEY', value: KEY }], { env: ENV });
    expect(s.byName.get('OPENAI_API_KEY')!.map((x) => x.code)).toEqual(['prevent.git_searched']);
    expect(s.byName.get('OPENAI_API_KEY')![0]!.message).toContain('none of the 1 tracked config files nor in the last 2 commits (limit 50)');
  });

  it('a tracked .env.production holding the key is a warning at its line, noting a .gitignore that cannot untrack it', async () => {
    const { dir, commits } = repo([
      { '.env.production': `# prod\nOPENAI_API_KEY=${KEY}\n` },
      { '.gitignore': '.env.production\n' },
    ]);
    const s = await searchGit(dir, [{ name: 'OPENAI_API_KEY', value: KEY }], { env: ENV });
    const f = s.byName.get('OPENAI_API_KEY')!;
    expect(f.map((x) => x.code)).toEqual(['prevent.committed_secret']);
    expect(f[0]!.location).toEqual({ file: '.env.production', line: 2 });
    expect(f[0]!.message).toContain('although .gitignore names it');
    expect(f[0]!.message).toContain(`committed since ${commits[0]}`);
    expect(f[0]!.fix).toContain('git rm --cached .env.production');
  });

  it('a directory that is not a repository: nothing searched, no finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keydoctor-nogit-'));
    writeFileSync(join(dir, '.env'), `OPENAI_API_KEY=${KEY}\n`);
    const s = await searchGit(dir, [{ name: 'OPENAI_API_KEY', value: KEY }], { env: { ...ENV, GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(s.repository).toBe(false);
    expect(s.byName.size).toBe(0);
  });

  it('short values (passwords, not keys) are not searched', async () => {
    const { dir } = repo([{ '.env': 'DB_PASSWORD=hunter2\n' }]);
    const s = await searchGit(dir, [{ name: 'DB_PASSWORD', value: 'hunter2' }], { env: ENV });
    expect(s.byName.size).toBe(0);
  });

  it('no key reaches git\'s command line or its environment', async () => {
    const { dir } = repo(COMMITTED_THEN_REMOVED);
    const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8', env: ENV }).stdout.trim();
    const bin = mkdtempSync(join(tmpdir(), 'keydoctor-spy-'));
    const log = join(bin, 'argv.log');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nenv >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const env = { ...ENV, PATH: `${bin}:${ENV.PATH}`, OPENAI_API_KEY: KEY };
    const s = await projectPrevention({ root: dir, keys: [{ name: 'OPENAI_API_KEY', values: [KEY] }], modeFiles: [], env });
    expect(s.byName.get('OPENAI_API_KEY')!.map((x) => x.code)).toEqual(['prevent.secret_in_history']);
    const seen = readFileSync(log, 'utf8');
    expect(seen).toContain('log --no-show-signature --no-ext-diff --no-textconv -p -n50');
    expect(seen).not.toContain(KEY);
    expect(seen).not.toContain('OPENAI_API_KEY');
  });

  it('projectPrevention: one key in .env.development and a tracked .env.production gives both findings, per variable', async () => {
    const { dir } = repo([{ '.env.production': `OPENAI_API_KEY=${KEY}\n`, '.gitignore': '.env.development\n' }]);
    writeFileSync(join(dir, '.env.development'), `OPENAI_API_KEY=${KEY}\n`);
    const modeFiles = modeFilesFrom(loadSources({ cwd: dir, env: {}, home: '/nonexistent', probes: PROBES }).trace.variables);
    const r = await projectPrevention({ root: dir, keys: [{ name: 'OPENAI_API_KEY', values: [KEY] }, { name: 'GH_TOKEN', values: [FAKE.githubClassic] }], modeFiles, env: ENV });
    expect(r.byName.get('OPENAI_API_KEY')!.map((x) => x.code)).toEqual(['prevent.shared_across_environments', 'prevent.committed_secret']);
    expect(r.byName.get('GH_TOKEN')!.map((x) => x.code)).toEqual(['prevent.git_searched']);
    expect(r.git.commitsSearched).toBe(1);
  });
});
