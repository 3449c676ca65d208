// Runs one screen scenario as a user would: the built CLI in a child process,
// a home folder and a project of the scenario's own, the provider answers
// replayed on 127.0.0.1, output through a pipe. What differs from run to run
// (temporary paths, ports, timings) is normalised so the text can be
// committed and compared.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { closedPort, loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { runCli } from '../helpers/cli.js';
import type { Screen } from './scenarios.js';

export interface ScreenRun {
  code: number;
  /** The screen as committed: `$ keydoctor ARGS`, then what stdout and stderr showed. */
  text: string;
  /** Everything printed, before normalisation (for the leak check). */
  raw: string;
}

/** The port a stand-in is shown on: the n-th of a scenario gets 8790 + n. */
export const SHOWN_PORT = 8790;

function writeTree(root: string, files: Record<string, string>, fill: (s: string) => string): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), fill(text));
  }
}

export async function runScreen(s: Screen): Promise<ScreenRun> {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'keydoctor-screen-')));
  const home = join(base, 'home', 'dev');
  const project = join(home, 'acme');
  mkdirSync(project, { recursive: true });
  const fakes: FakeProvider[] = [];
  const urls: string[] = [];
  try {
    for (const a of s.answers ?? []) {
      if (a === 'closed') {
        urls.push(`http://127.0.0.1:${await closedPort()}`);
      } else {
        const main = loadAnswer(a.probe, a.answer).response;
        const other = a.otherwise ? loadAnswer(a.probe, a.otherwise).response : main;
        const f = await startFakeProvider((req) => (!a.forKey || JSON.stringify(req.headers).includes(a.forKey) ? main : other));
        fakes.push(f);
        urls.push(f.url);
      }
    }
    const fill = (t: string) => t.replace(/\{fake(\d)\}/g, (_m, i: string) => urls[Number(i)]!);
    if (s.commits) commitAll(project, s.commits);
    writeTree(project, s.files ?? {}, fill);
    writeTree(home, s.home ?? {}, fill);
    const env = Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, fill(v)]));
    const cwd = s.cwd === 'home' ? home : join(project, s.cwd ?? '');
    const r = await runCli(s.args.map(fill), { cwd, env: { HOME: home, SHELL: '/bin/zsh', ...env }, ...(s.stdin !== undefined ? { stdin: s.stdin } : {}), killAfterMs: 30_000 });
    const raw = r.stdout + r.stderr;
    let text = `$ ${fill(s.shown ?? `keydoctor ${s.args.join(' ')}`)}\n${r.stdout}${r.stderr ? (r.stdout.endsWith('\n') || !r.stdout ? '' : '\n') + r.stderr : ''}`;
    urls.forEach((u, i) => {
      const port = new URL(u).port;
      text = text.split(`127.0.0.1:${port}`).join(`127.0.0.1:${SHOWN_PORT + i}`);
    });
    text = normalise(text, { home, base });
    return { code: r.code, text: text.replace(/\n*$/, '\n'), raw };
  } finally {
    await Promise.all(fakes.map((f) => f.close()));
    rmSync(base, { recursive: true, force: true });
  }
}

/** What changes from run to run, made constant. */
export function normalise(text: string, where: { home: string; base: string }): string {
  return text
    .split(where.home).join('~')
    .split(where.base).join('/tmp/screen')
    .replace(/\b\d+ ms\b/g, '31 ms')
    .replace(/\b\d+(\.\d+)? s\b/g, '0.4 s')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '2026-12-05T09:00:00.000Z')
    .replace(/keydoctor-report-\d{8}T\d{6}Z/g, 'keydoctor-report-20261205T090000Z');
}

/** A git history made the same way every time (fixed names and dates), so its commit ids are too. */
function commitAll(dir: string, commits: Record<string, string | null>[]): void {
  const env = {
    PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.com',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  commits.forEach((files, i) => {
    for (const [rel, text] of Object.entries(files)) {
      if (text === null) rmSync(join(dir, rel));
      else {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), text);
      }
    }
    const date = `2026-11-28T0${8 + i}:00:00Z`;
    execFileSync('git', ['add', '-A'], { cwd: dir, env, stdio: 'ignore' });
    execFileSync('git', ['commit', '-q', '-m', `commit ${i + 1}`], { cwd: dir, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'ignore' });
  });
}
