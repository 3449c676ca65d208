import { statSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { UsageError } from '../core/errors.js';
import { badEnvironment } from '../config/schema.js';
import { didYouMean } from '../core/suggest.js';

export function parseTimeout(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 600_000) throw new InvalidArgumentError('a whole number of milliseconds from 1 to 600000');
  return n;
}

export function oneOf<T extends string>(values: readonly T[]) {
  return (v: string): T => {
    if (!(values as readonly string[]).includes(v)) throw new InvalidArgumentError(`one of ${values.join(', ')}${didYouMean(v, values)}`);
    return v as T;
  };
}

export function wholeNumber(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} takes a whole number from ${min} to ${max}`);
    return n;
  };
}

/** A mode name as loaders spell it (`development`, `staging`): it becomes part of a file name (`.env.<mode>`). */
export function modeName(v: string): string {
  if (!/^[\w.-]+$/.test(v) || v.startsWith('.')) throw new InvalidArgumentError('a mode name like development, production or test');
  return v;
}

/** An environment a key is meant for (`--expect-env`): one keydoctor knows, or a suggestion. */
export function environmentName(v: string): string {
  const bad = badEnvironment(v);
  if (bad) throw new InvalidArgumentError(bad);
  return v;
}

/** The folder `--cwd` names, which must be one: a one-line usage error otherwise (check, report, trace, explain). */
export function requireDirectory(path: string): string {
  let dir = false;
  try {
    dir = statSync(path).isDirectory();
  } catch {
    /* reported below */
  }
  if (!dir) throw new UsageError(`--cwd ${path} is not a directory`);
  return path;
}
