// What the app would see: the process environment plus the project's dotenv
// files, in the precedence the loaders apply (an existing process variable is
// never overridden; among files the first in load order wins).
import { own } from '../core/own.js';
import type { Trust } from '../core/types.js';
import { dotenvOrder, readDotenv, type DotenvFile } from './dotenv.js';

export interface ValueSource {
  kind: 'process' | 'stdin' | 'dotenv';
  /** A project-relative path, or a label for non-file sources. */
  file: string;
  line?: number;
  value: string;
  trust: Trust;
}

export interface Project {
  root: string;
  mode: string;
  env: Record<string, string | undefined>;
  files: DotenvFile[];
}

export function loadProject(root: string, mode: string, env: Record<string, string | undefined>): Project {
  const files: DotenvFile[] = [];
  for (const name of dotenvOrder(mode)) {
    const f = readDotenv(root, name);
    if (f) files.push(f);
  }
  return { root, mode, env, files };
}

/** Every definition of `name`, highest precedence first. */
export function definitionsOf(project: Project, name: string): ValueSource[] {
  const defs: ValueSource[] = [];
  const fromEnv = own(project.env, name);
  if (fromEnv !== undefined) defs.push({ kind: 'process', file: 'process environment', value: fromEnv, trust: 'env' });
  for (const f of project.files) {
    const v = own(f.values, name);
    if (v !== undefined) defs.push({ kind: 'dotenv', file: f.file, line: own(f.lines, name), value: v, trust: 'project' });
  }
  return defs;
}

/** The value the app would load for `name`, with its source. */
export function lookup(project: Project, name: string): ValueSource | undefined {
  return definitionsOf(project, name)[0];
}
