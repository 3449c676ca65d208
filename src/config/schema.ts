// .keydoctor.yml: which keys to check and what to expect of them. Validated
// strictly: an unknown field or a wrong type is a one-line error naming the
// file and line (exit 2), never a stack trace.
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import type { Severity } from '../core/types.js';

export interface KeyExpectation {
  /** production/live expects live keys; test/development/sandbox expects test keys. */
  environment?: string;
  organization?: string;
  project?: string;
  account?: string;
  scopes?: string[];
}

export interface DeclaredKey {
  env: string;
  provider?: string;
  expect?: KeyExpectation;
  /** Where it is declared, for findings. */
  line?: number;
}

export interface Config {
  file: string;
  /** The text it was read from (the custom-provider loader maps its fields to lines from it). */
  text?: string;
  keys: DeclaredKey[];
  failOn?: Severity;
  timeout?: number;
  /** Custom providers and plugins (issue 5): kept raw for their own validation. */
  providers?: unknown[];
  plugins?: string[];
}

const TOP = ['keys', 'failOn', 'timeout', 'providers', 'plugins'] as const;
const KEY = ['env', 'provider', 'expect'] as const;
const EXPECT = ['environment', 'organization', 'project', 'account', 'scopes'] as const;

/** The line where `name:` first appears at or after `from` (1-based), for error messages. */
export function lineOf(text: string, name: string, from = 1): number | undefined {
  const lines = text.split(/\r?\n/);
  const re = new RegExp(`^\\s*(?:-\\s*)?["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (re.test(lines[i]!)) return i + 1;
  return undefined;
}

function fail(file: string, text: string, field: string, what: string, from?: number): never {
  // Flow style (`keys: [{env: A}]`) puts a field where lineOf cannot see it: fall back to the entry's line, then the first.
  const line = lineOf(text, field.split('.').pop()!.replace(/\[\d+\]$/, ''), from) ?? from ?? 1;
  throw new UsageError(`${file}:${line}: ${field}: ${what}`);
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function unknownFields(obj: Record<string, unknown>, allowed: readonly string[], at: string, file: string, text: string, from?: number): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) fail(file, text, `${at}${k}`, `unknown field${didYouMean(k, allowed) ? didYouMean(k, allowed).replace(/^; /, ', ') : ''} (allowed: ${allowed.join(', ')})`, from);
  }
}

/** The environments a key may be meant for (`expect.environment`, `--expect-env`): live ones, then test ones. */
export const ENVIRONMENTS = ['production', 'prod', 'live', 'staging', 'preview', 'test', 'testing', 'development', 'dev', 'sandbox', 'local'] as const;

/** `undefined` when `env` is one of ENVIRONMENTS, else why not (with a suggestion). */
export function badEnvironment(env: string): string | undefined {
  return (ENVIRONMENTS as readonly string[]).includes(env) ? undefined : `"${env}" is not an environment${didYouMean(env, ENVIRONMENTS)} (one of: ${ENVIRONMENTS.join(', ')})`;
}

export function validateConfig(raw: unknown, file: string, text: string): Config {
  if (raw === undefined || raw === null) return { file, text, keys: [] };
  if (!isObj(raw)) throw new UsageError(`${file}:1: the file must be a mapping (keys:, failOn:, timeout:)`);
  unknownFields(raw, TOP, '', file, text);
  const config: Config = { file, text, keys: [] };

  if (raw.failOn !== undefined) {
    if (raw.failOn !== 'error' && raw.failOn !== 'warning') fail(file, text, 'failOn', 'must be error or warning');
    config.failOn = raw.failOn;
  }
  if (raw.timeout !== undefined) {
    if (typeof raw.timeout !== 'number' || !Number.isInteger(raw.timeout) || raw.timeout < 1 || raw.timeout > 600_000) fail(file, text, 'timeout', 'must be a whole number of milliseconds from 1 to 600000');
    config.timeout = raw.timeout;
  }
  if (raw.plugins !== undefined) {
    if (!Array.isArray(raw.plugins) || raw.plugins.some((p) => typeof p !== 'string')) fail(file, text, 'plugins', 'must be a list of package names');
    config.plugins = raw.plugins as string[];
  }
  if (raw.providers !== undefined) {
    if (!Array.isArray(raw.providers)) fail(file, text, 'providers', 'must be a list');
    config.providers = raw.providers;
  }
  if (raw.keys !== undefined) {
    if (!Array.isArray(raw.keys)) fail(file, text, 'keys', 'must be a list of { env, provider, expect }');
    let cursor = lineOf(text, 'keys') ?? 1;
    raw.keys.forEach((k, i) => {
      const at = `keys[${i}].`;
      if (typeof k === 'string') k = { env: k };
      if (!isObj(k)) fail(file, text, `keys[${i}]`, 'must be a mapping with env:', cursor);
      const line = lineOf(text, 'env', cursor) ?? cursor;
      unknownFields(k, KEY, at, file, text, line);
      if (typeof k.env !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k.env)) fail(file, text, `${at}env`, 'must be an environment variable name', line);
      if (k.provider !== undefined && typeof k.provider !== 'string') fail(file, text, `${at}provider`, 'must be a provider id (see `keydoctor providers`)', line);
      const key: DeclaredKey = { env: k.env, line, ...(k.provider ? { provider: k.provider as string } : {}) };
      if (k.expect !== undefined) {
        if (!isObj(k.expect)) fail(file, text, `${at}expect`, 'must be a mapping', line);
        unknownFields(k.expect, EXPECT, `${at}expect.`, file, text, line);
        const e = k.expect;
        for (const f of ['environment', 'organization', 'project', 'account'] as const) {
          if (e[f] !== undefined && typeof e[f] !== 'string') fail(file, text, `${at}expect.${f}`, 'must be a string', line);
        }
        const bad = typeof e.environment === 'string' ? badEnvironment(e.environment) : undefined;
        if (bad) fail(file, text, `${at}expect.environment`, bad, line);
        if (e.scopes !== undefined && (!Array.isArray(e.scopes) || e.scopes.some((s) => typeof s !== 'string'))) fail(file, text, `${at}expect.scopes`, 'must be a list of strings', line);
        key.expect = e as KeyExpectation;
      }
      config.keys.push(key);
      cursor = line + 1;
    });
  }
  return config;
}
