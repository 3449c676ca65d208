// The tree walk: every file a trace should look at, respecting .gitignore
// files (nested ones too), skipping dependency and build directories, binary
// files by extension, and symlink loops. The .env family is the exception to
// .gitignore: loaders read those files at runtime, and they are ignored
// precisely because they hold secrets, so they are listed (marked `ignored`).
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { notReadBecause, readWalkedFile, text, within, type ProjectRoot, type ReadOutcome } from '../io/files.js';
import type { Finding } from '../core/types.js';
import { isIgnored, parseGitignore, type IgnoreFile } from '../text/gitignore.js';

/** Dependency, VCS and build-output directories: never project configuration. */
export const SKIP_DIRS: ReadonlySet<string> = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', '.next', '.nuxt', '.svelte-kit',
  '.output', 'coverage', '.turbo', '.cache', '.parcel-cache', '.vercel', '.yarn', '.pnpm-store',
  'bower_components', '.venv', 'venv', '__pycache__', 'target', '.terraform',
]);

const BINARY_EXT: ReadonlySet<string> = new Set(('png jpg jpeg gif bmp ico webp avif tif tiff psd pdf zip gz tgz bz2 xz 7z rar jar war class '
  + 'woff woff2 ttf otf eot mp3 mp4 mov avi webm ogg wav flac wasm exe dll so dylib a o obj bin dat db sqlite sqlite3 pyc node iso dmg').split(' '));

function binaryByName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && BINARY_EXT.has(name.slice(dot + 1).toLowerCase());
}
/** The .env family by name: `.env`, `.env.local`, `.env.production`, `.env.example`, ... */
export const DOTENV_NAME = /^\.env(?:\..+)?$/;

/** A file to read. Small on purpose: 50,000 of them live through the whole trace. */
export class WalkedFile {
  constructor(
    /** The walk root, absolute. */
    readonly root: string,
    /** `/`-separated path relative to the root. */
    readonly rel: string,
    /** Listed although .gitignore matches it (the .env family only). */
    readonly ignored = false,
  ) {}

  get abs(): string {
    return this.root + '/' + this.rel;
  }

  get name(): string {
    return this.rel.slice(this.rel.lastIndexOf('/') + 1);
  }
}

export interface WalkResult {
  files: WalkedFile[];
  problems: Finding[];
  directories: number;
  ignored: number;
  binary: number;
  /** Folders not read because the file budget ran out (project-relative), when it did. */
  skipped?: string[];
  /** Sub-folders a walk that does not descend (outside a project) left unread. */
  notDescended: number;
}

export interface WalkOptions {
  /** Descend into sub-folders (default true). */
  recursive?: boolean;
  /** Stop listing after this many files; the folders left are in `skipped`. */
  maxFiles?: number;
  /** Called every few thousand entries with the files listed so far and the folder being read. */
  onProgress?: (files: number, dir: string) => void;
}

/** The walk's file budget: a monorepo holds tens of thousands of files, a home folder millions. */
export const DEFAULT_MAX_FILES = 100_000;
const MAX_GITIGNORE_BYTES = 256 * 1024;
const PROGRESS_EVERY = 4096;

interface WalkState {
  out: WalkResult;
  base: string;
  root: ProjectRoot;
  recursive: boolean;
  maxFiles: number;
  seen: number;
  onProgress?: (files: number, dir: string) => void;
}

export function walk(root: ProjectRoot, opts: WalkOptions = {}): WalkResult {
  const out: WalkResult = { files: [], problems: [], directories: 0, ignored: 0, binary: 0, notDescended: 0 };
  const base = root.abs.replace(/\/+$/, '');
  const state: WalkState = { out, base, root, recursive: opts.recursive ?? true, maxFiles: opts.maxFiles ?? DEFAULT_MAX_FILES, seen: 0, onProgress: opts.onProgress };
  visit(base || '/', '', [], state);
  return out;
}

function visit(abs: string, rel: string, stack: IgnoreFile[], state: WalkState): void {
  const { out, base } = state;
  if (out.files.length >= state.maxFiles) {
    (out.skipped ??= []).push(rel || '.');
    return;
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch (err) {
    out.problems.push(unreadable(rel || '.', err));
    return;
  }
  out.directories++;
  if (state.onProgress && Math.floor(state.seen / PROGRESS_EVERY) !== Math.floor((state.seen + entries.length) / PROGRESS_EVERY)) state.onProgress(out.files.length, rel || '.');
  state.seen += entries.length;
  const gi = entries.find((e) => e.name === '.gitignore' && !e.isDirectory());
  if (gi) {
    const giRel = rel ? rel + '/.gitignore' : '.gitignore';
    const r = readWalkedFile(state.root, abs + '/.gitignore', MAX_GITIGNORE_BYTES);
    if (r.kind === 'text') stack = [...stack, parseGitignore(rel, text(r))];
    else out.problems.push({ code: r.kind === 'outside' ? 'trace.outside_link' : 'trace.unreadable', severity: 'warning', message: `${giRel} ${r.kind === 'error' ? notReadBecause(r) : notReadBecause(r, MAX_GITIGNORE_BYTES)}; its rules are not applied.`, location: { file: giRel } });
  }
  // String concatenation, not path.join: this loop runs for every entry of the tree.
  const prefix = rel ? rel + '/' : '';
  for (const e of entries) {
    const name = e.name;
    const childRel = prefix + name;
    const childAbs = abs + '/' + name;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // A linked folder is never walked: one inside the project is walked where it is, and one
      // outside it is not the project's (a link to ~/.aws is how a repository reaches a secret).
      // A linked file is listed; the reader follows it only to a file inside the project.
      let real: string;
      try {
        real = realpathSync(childAbs);
        const st = statSync(real);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link points at nothing to read
      }
      if (isDir) {
        if (within(real, state.root.real)) out.ignored++;
        else out.problems.push({ code: 'trace.outside_link', severity: 'warning', message: `${childRel} is a symbolic link to a folder outside the project; not walked.`, location: { file: childRel } });
        continue;
      }
    }
    if (isDir) {
      // A directory named .env is a Python virtualenv, never a dotenv file.
      if (SKIP_DIRS.has(name) || DOTENV_NAME.test(name) || isIgnored(stack, childRel, true)) {
        out.ignored++;
        continue;
      }
      if (!state.recursive) {
        out.notDescended++;
        continue;
      }
      visit(childAbs, childRel, stack, state);
    } else if (isFile) {
      if (binaryByName(name)) {
        out.binary++;
        continue;
      }
      if (stack.length && isIgnored(stack, childRel, false)) {
        if (DOTENV_NAME.test(name)) out.files.push(new WalkedFile(base, childRel, true));
        else out.ignored++;
        continue;
      }
      out.files.push(new WalkedFile(base, childRel));
    } else if (DOTENV_NAME.test(name)) {
      // A FIFO, socket or device named like a .env file: never opened (a FIFO blocks its reader), but the app's loader
      // would try it, so it is said rather than skipped in silence.
      out.problems.push(notReadFinding(childRel, { kind: 'not-regular' }));
    }
  }
}

/** A file not read, as a finding: a link out of the project, a device or FIFO, a size or content the app may not share. */
export function notReadFinding(rel: string, r: Exclude<ReadOutcome, { kind: 'text' }>, maxBytes?: number): Finding {
  return { code: r.kind === 'outside' ? 'trace.outside_link' : 'trace.unreadable', severity: 'warning', message: `${rel} ${notReadBecause(r, maxBytes)}; not read, so definitions in it are not shown.`, location: { file: rel } };
}

export function unreadable(rel: string, err: unknown): Finding {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  return {
    code: 'trace.unreadable',
    severity: 'warning',
    message: `${rel} could not be read (${code}); definitions in it are not shown.`,
    location: { file: rel },
  };
}
