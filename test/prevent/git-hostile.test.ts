// A repository is untrusted input: no setting in its .git/config, nor in a
// file that config includes (include.path, includeIf), may start a program
// when `keydoctor check` searches its history. Each repository built here sets
// every program-valued setting to a script that only leaves a marker file;
// the built CLI runs on it and no marker may appear.
//
// The signatures are made by hand (a gpgsig header in a commit object): git
// runs the verifier for any signature it finds, valid or not, so no gpg or
// ssh-keygen is needed. The missing blob in a partial clone makes `git log -p`
// fetch it from the promisor remotes, which is where the transport settings
// (core.sshCommand, core.gitProxy, remote.*.uploadpack, ext::) come in.
// A pager needs a terminal, credential.helper and core.askPass a server asking
// for a password, core.alternateRefsCommand a fetch that gets that far: they
// are set here too, and their overrides were checked by hand (src/prevent/git.ts).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';

const KEY = FAKE.openaiProject;
const HOME = mkdtempSync(join(tmpdir(), 'keydoctor-hostile-home-'));
const PLAIN = { PATH: process.env.PATH ?? '', HOME, GIT_CONFIG_NOSYSTEM: '1' };

beforeAll(() => ensureBuilt(), 60_000);

function git(dir: string, args: string[], input?: string): string {
  const r = spawnSync('git', args, {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { ...PLAIN, GIT_AUTHOR_NAME: 'Fake Tester', GIT_AUTHOR_EMAIL: 'fake@example.com', GIT_COMMITTER_NAME: 'Fake Tester', GIT_COMMITTER_EMAIL: 'fake@example.com', GIT_AUTHOR_DATE: '2026-11-01T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-01T10:00:00Z' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Every program-valued setting the fixtures point at a marker script (the marker is named after the setting). */
const PROGRAMS = [
  'gpg.program', 'gpg.openpgp.program', 'gpg.x509.program', 'gpg.ssh.program', 'gpg.ssh.defaultKeyCommand',
  'diff.external', 'diff.hostile.command', 'diff.hostile.textconv',
  'filter.hostile.clean', 'filter.hostile.smudge', 'filter.hostile.process',
  'core.fsmonitor', 'core.pager', 'pager.log', 'core.editor', 'core.sshCommand', 'core.gitProxy', 'core.askPass',
  'credential.helper', 'core.alternateRefsCommand', 'remote.c.uploadpack', 'ext',
] as const;
type Program = (typeof PROGRAMS)[number];

/** A signed commit of each format keydoctor's git could be made to verify. */
const SIGNATURES = [
  ['PGP SIGNATURE', 'openpgp'],
  ['SIGNED MESSAGE', 'x509'],
  ['SSH SIGNATURE', 'ssh'],
] as const;

interface Hostile {
  dir: string;
  /** The marker files present now: the settings whose program ran. */
  seen(): string[];
}

/**
 * A repository whose configuration, written where `where` says, tries every way
 * to start a program; its history: a key added to .env and removed, three
 * signed commits on top, and at the bottom a commit whose blob is missing.
 */
function hostileRepository(where: 'config' | 'include.path' | 'includeIf', openpgpKey: 'gpg.program' | 'gpg.openpgp.program'): Hostile {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'keydoctor-hostile-')));
  const markers = mkdtempSync(join(tmpdir(), 'keydoctor-hostile-markers-'));
  const bin = join(dir, '.hostile');
  mkdirSync(join(bin, 'hooks'), { recursive: true });
  const script = (file: string, marker: string) => {
    writeFileSync(file, `#!/bin/sh\ntouch '${join(markers, marker)}'\nexit 1\n`);
    chmodSync(file, 0o755);
  };
  for (const p of PROGRAMS) script(join(bin, p), p);
  for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'fsmonitor-watchman']) script(join(bin, 'hooks', hook), `hook.${hook}`);
  const run = (p: Program) => join(bin, p);

  git(dir, ['init', '-q', '-b', 'main']);
  writeFileSync(join(dir, '.gitattributes'), '* diff=hostile filter=hostile\n');
  writeFileSync(join(dir, 'README.md'), 'app\n');
  git(dir, ['add', '.gitattributes', 'README.md']);
  git(dir, ['commit', '-q', '-m', 'base']);
  const commit = (tree: string, parent: string, message: string) => git(dir, ['commit-tree', '-p', parent, '-m', message, tree]);
  // A blob the repository does not have: reading it is a lazy fetch from a promisor remote.
  const absent = git(dir, ['hash-object', '--stdin'], 'never stored\n');
  const missing = commit(git(dir, ['mktree', '--missing'], `${git(dir, ['ls-tree', 'HEAD'])}\n100644 blob ${absent}\tmissing.json\n`), 'HEAD', 'a file whose blob is not here');
  git(dir, ['read-tree', missing]);
  writeFileSync(join(dir, '.env'), `OPENAI_API_KEY=${KEY}\n`);
  git(dir, ['add', '.env']);
  const added = commit(git(dir, ['write-tree', '--missing-ok']), missing, 'add .env');
  git(dir, ['rm', '-q', '--cached', '.env']);
  const tree = git(dir, ['write-tree', '--missing-ok']);
  let head = commit(tree, added, 'remove .env');
  for (const [armor, format] of SIGNATURES) {
    const object = `tree ${tree}\nparent ${head}\nauthor Fake Tester <fake@example.com> 1793527200 +0000\ncommitter Fake Tester <fake@example.com> 1793527200 +0000\ngpgsig -----BEGIN ${armor}-----\n FAKE\n -----END ${armor}-----\n\nsigned (${format}, fake)\n`;
    head = git(dir, ['hash-object', '-t', 'commit', '-w', '--stdin'], object);
  }
  git(dir, ['update-ref', 'refs/heads/main', head]);
  // An alternate object store, for core.alternateRefsCommand.
  const alternate = mkdtempSync(join(tmpdir(), 'keydoctor-hostile-alt-'));
  git(alternate, ['init', '-q', '--bare']);
  writeFileSync(join(dir, '.git', 'objects', 'info', 'alternates'), `${join(alternate, 'objects')}\n`);

  const config = `[core]
	repositoryformatversion = 1
	fsmonitor = ${run('core.fsmonitor')}
	hooksPath = ${join(bin, 'hooks')}
	pager = ${run('core.pager')}
	editor = ${run('core.editor')}
	sshCommand = ${run('core.sshCommand')}
	gitProxy = ${run('core.gitProxy')}
	askPass = ${run('core.askPass')}
	alternateRefsCommand = ${run('core.alternateRefsCommand')}
[extensions]
	partialClone = a
[log]
	showSignature = true
${openpgpKey === 'gpg.program' ? '[gpg]' : '[gpg "openpgp"]'}
	program = ${run(openpgpKey)}
[gpg "x509"]
	program = ${run('gpg.x509.program')}
[gpg "ssh"]
	program = ${run('gpg.ssh.program')}
	allowedSignersFile = ${join(bin, 'allowed_signers')}
	defaultKeyCommand = ${run('gpg.ssh.defaultKeyCommand')}
[diff]
	external = ${run('diff.external')}
[diff "hostile"]
	command = ${run('diff.hostile.command')}
	textconv = ${run('diff.hostile.textconv')}
[filter "hostile"]
	clean = ${run('filter.hostile.clean')}
	smudge = ${run('filter.hostile.smudge')}
	process = ${run('filter.hostile.process')}
[pager]
	log = ${run('pager.log')}
[credential]
	helper = !${run('credential.helper')}
[protocol]
	allow = always
[protocol "ext"]
	allow = always
[protocol "file"]
	allow = always
[remote "a"]
	url = ssh://example.invalid/x
	promisor = true
[remote "b"]
	url = git://example.invalid/x
	promisor = true
[remote "c"]
	url = ${alternate}
	uploadpack = ${run('remote.c.uploadpack')}
	promisor = true
[remote "d"]
	url = ext::${run('ext')}
	promisor = true
`;
  if (where === 'config') writeFileSync(join(dir, '.git', 'config'), config, { flag: 'a' });
  else {
    writeFileSync(join(bin, 'config'), config);
    writeFileSync(join(dir, '.git', 'config'), where === 'include.path' ? '[include]\n\tpath = ../.hostile/config\n' : `[includeIf "gitdir:${dir}/"]\n\tpath = ${join(bin, 'config')}\n`, { flag: 'a' });
  }
  // Arm core.fsmonitor: an index that carries fsmonitor data makes even `git ls-files` ask the hook.
  git(dir, ['update-index', '--fsmonitor']);
  rmSync(markers, { recursive: true, force: true });
  mkdirSync(markers);
  // The key the CLI checks: in .env again, now untracked, as a developer would have it.
  writeFileSync(join(dir, '.env'), `OPENAI_API_KEY=${KEY}\n`);
  return { dir, seen: () => readdirSync(markers).sort() };
}

/** git with the environment keydoctor gave it before this hardening, and only the options given here. */
function gitAsBefore(dir: string, args: string[]): void {
  spawnSync('git', args, { cwd: dir, env: { PATH: PLAIN.PATH, HOME, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }, stdio: 'ignore', timeout: 20_000 });
}

const WHERE = [
  ['.git/config', 'config', 'gpg.program'],
  ['a file inside the repository named by include.path', 'include.path', 'gpg.openpgp.program'],
  ['a file named by includeIf "gitdir:"', 'includeIf', 'gpg.program'],
] as const;

describe('a repository configuration that tries to start programs', () => {
  it.each(WHERE)('settings in %s are live: the history search as it was runs the verifiers and the transports, a plain ls-files the fsmonitor hook', (_, where, openpgp) => {
    const repo = hostileRepository(where, openpgp);
    expect(repo.seen()).toEqual([]);
    // The history search exactly as it was: only core.fsmonitor was turned off.
    gitAsBefore(repo.dir, ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', '--no-pager', 'log', '-p', '-n50', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--format=%x01%h %as']);
    gitAsBefore(repo.dir, ['ls-files', '-z', '--cached']);
    expect(repo.seen()).toEqual(expect.arrayContaining([openpgp, 'gpg.x509.program', 'gpg.ssh.program', 'core.sshCommand', 'core.gitProxy', 'remote.c.uploadpack', 'ext', 'core.fsmonitor']));
  }, 60_000);

  it.each(WHERE)('keydoctor check --offline starts none of them from %s, and still finds the key in the history', async (_, where, openpgp) => {
    const repo = hostileRepository(where, openpgp);
    const r = await runCli(['check', '--offline', '--history-commits', '50', '--format', 'json'], { cwd: repo.dir, env: { HOME } });
    expect(repo.seen()).toEqual([]);
    expect(r.stdout + r.stderr).not.toContain(KEY);
    expect(r.stdout).toContain('prevent.secret_in_history');
  }, 60_000);
});
