// Which SDK reads the credential files: the root's dependencies from
// package.json, requirements*.txt and pyproject.toml. The SDKs disagree on
// the order of environment keys and profiles (./credentials-aws.ts), so the
// order shown is the one of the runtime the project uses.
import { posix } from 'node:path';
import { isRecord } from '../../text/yaml-lines.js';

const PY_FILE = /^(?:requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|setup\.cfg)$/;

/** Python requirement files at the root, worth reading for dependency names. */
export function isPythonManifest(rel: string): boolean {
  return posix.dirname(rel) === '.' && PY_FILE.test(rel);
}

/** Dependency names of a package.json (every dependency field). */
export function npmDependencies(manifest: unknown): string[] {
  if (!isRecord(manifest)) return [];
  const out: string[] = [];
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = manifest[field];
    if (isRecord(deps)) out.push(...Object.keys(deps));
  }
  return out;
}

/**
 * Package names a Python requirement file mentions: a line's first word in
 * requirements.txt, a quoted requirement in pyproject.toml (`"boto3>=1.34"`),
 * a `name = "…"` key in Pipfile or Poetry tables. Names only, lower-cased.
 */
export function pythonDependencies(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/).slice(0, 5000)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    for (const m of t.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;@ ]|["'])/g)) out.add(m[1]!.toLowerCase());
    const bare = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;@]|$)/.exec(t);
    if (bare) out.add(bare[1]!.toLowerCase());
    const key = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*=/.exec(t);
    if (key) out.add(key[1]!.toLowerCase());
  }
  return [...out];
}

export interface AwsRuntime {
  id: 'js-v3' | 'js-v2' | 'boto3' | 'cli';
  label: string;
  reason: string;
}

/** The AWS runtime whose credential order applies. */
export function awsRuntime(deps: readonly string[]): AwsRuntime {
  const v3 = deps.find((d) => d.startsWith('@aws-sdk/'));
  if (v3) return { id: 'js-v3', label: 'AWS SDK for JavaScript v3', reason: `the project depends on ${v3}` };
  if (deps.includes('aws-sdk')) return { id: 'js-v2', label: 'AWS SDK for JavaScript v2', reason: 'the project depends on aws-sdk' };
  const py = deps.find((d) => d === 'boto3' || d === 'botocore' || d === 'aioboto3');
  if (py) return { id: 'boto3', label: 'boto3', reason: `the project depends on ${py}` };
  return { id: 'cli', label: 'the AWS CLI', reason: 'no AWS SDK among the project\'s dependencies' };
}
