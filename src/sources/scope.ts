// How far a run may read: the project it was started in, or, outside any
// project, only the folder itself. People run keydoctor in a home folder or at
// `/`; a walk of the whole file system there took minutes and found nothing
// that any app loads (issue 15).
//
// A folder is inside a project when it, or a folder above it, holds a project
// marker: a git work tree (`.git`, a folder or a worktree's file) or a
// package or build manifest. The walk starts at the folder given (`--cwd`, or
// the current one) and never climbs above it: `--cwd apps/web` narrows a run
// to that package. HOME and `/` are never a project, whatever they hold (a
// stray package.json in HOME is common), so a run there reads only the
// folder's own files and the shell start-up files.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Files and folders whose presence makes a folder a project's root. */
export const PROJECT_MARKERS: readonly string[] = [
  '.git', 'package.json', 'deno.json', 'deno.jsonc', 'bun.lockb',
  'pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt', 'Pipfile',
  'go.mod', 'Cargo.toml', 'Gemfile', 'composer.json', 'mix.exs',
  'pom.xml', 'build.gradle', 'build.gradle.kts', 'settings.gradle',
  'compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml', 'Dockerfile',
  '.keydoctor.yml', '.keydoctor.yaml', 'Chart.yaml', 'serverless.yml', 'vercel.json', 'netlify.toml',
];

export interface Scope {
  /** The folder the walk starts at (absolute). */
  root: string;
  /** Whether the root is inside a project: the walk descends into sub-folders. */
  recursive: boolean;
  /** The project folder and the marker that made it one, when there is one. */
  project?: { dir: string; marker: string };
}

/**
 * The first marker `dir` holds, if any: a stat per marker that does not throw
 * when the name is absent (an exception per miss, or one read of a folder such
 * as /tmp with thousands of entries, cost more than the whole check).
 */
export function markerIn(dir: string): string | undefined {
  return PROJECT_MARKERS.find((m) => statSync(join(dir, m), { throwIfNoEntry: false }) !== undefined);
}

export function resolveScope(start: string, home: string | undefined): Scope {
  const root = resolve(start);
  const homeDir = home ? resolve(home) : undefined;
  for (let dir = root; ; dir = dirname(dir)) {
    if (dir === homeDir || dir === dirname(dir)) break; // HOME and / are never a project
    const marker = markerIn(dir);
    if (marker) return { root, recursive: true, project: { dir, marker } };
  }
  return { root, recursive: false };
}

/** What a run that did not read the whole tree says about it: outside a project, or past the file budget. */
export function scopeNotices(stats: { notDescended?: number; budget?: { maxFiles: number; skippedDirectories: string[] } }): string[] {
  const out: string[] = [];
  const left = stats.notDescended ?? 0;
  if (left) {
    out.push(`Not inside a project (no ${PROJECT_MARKERS.slice(0, 3).join(', ')}, … here or in a folder above): read this folder's own files and your shell start-up files, not its ${left} sub-folder${left === 1 ? '' : 's'}.`);
  }
  if (stats.budget) {
    const dirs = stats.budget.skippedDirectories;
    out.push(`Stopped listing files at ${stats.budget.maxFiles.toLocaleString('en-US')}: ${dirs.length} folder${dirs.length === 1 ? '' : 's'} not read (${dirs.slice(0, 3).join(', ')}${dirs.length > 3 ? ', …' : ''}). Run keydoctor in the app's own folder, or pass --cwd.`);
  }
  return out;
}
