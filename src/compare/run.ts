// `compare`: the configured key (resolved exactly as `check` resolves it) and
// a freshly issued key from standard input, the same live call for both, from
// the same process, network path and base URL.
import { UsageError } from '../core/errors.js';
import { keyLabel, sourcesFor } from '../check/run.js';
import { PROBES } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import { fingerprint } from '../redact/fingerprint.js';
import { Redactor } from '../redact/redactor.js';
import { discover } from '../steps/discover.js';
import { VERSION } from '../version.js';
import { conclude, exitCodeOf } from './conclude.js';
import { checkSide } from './side.js';
import { COMPARE_SCHEMA_VERSION, type CompareResult } from './types.js';

export interface CompareOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** The variable holding the configured key. */
  variable: string;
  provider?: string;
  /** The freshly issued key, read from standard input; it lives in memory only. */
  freshKey: string;
  timeoutMs: number;
  baseUrl?: string;
  trustProjectConfig: boolean;
  expectEnv?: string;
  probes?: readonly Probe[];
  onProgress?: (phase: 'live-start' | 'live-end') => void;
}

export interface CompareRun {
  result: CompareResult;
  redactor: Redactor;
}

export async function runCompare(opts: CompareOptions): Promise<CompareRun> {
  const redactor = new Redactor();
  redactor.add(opts.freshKey);
  // Spaces and newlines around a pasted key are the clipboard's, not the key's.
  const freshKey = opts.freshKey.trim();
  if (!freshKey) throw new UsageError('standard input held no key: pipe or paste the newly issued key');
  const probes = opts.probes ?? PROBES;
  const model = sourcesFor({ cwd: opts.cwd, env: opts.env, envVars: [opts.variable], expectEnv: opts.expectEnv }, redactor, probes);
  const { targets } = discover(model, { envVars: [opts.variable], provider: opts.provider, probes });
  if (targets.length > 1) {
    throw new UsageError(`${opts.variable} is defined in ${targets.length} folders (${targets.map((t) => keyLabel({ name: t.name, ...(t.folder.package ? { package: t.folder.dir } : {}) })).join(', ')}): compare one at a time with --cwd DIR`);
  }
  const target = targets[0]!;
  const winner = target.tested!;
  const view = model.view(target.folder.dir);
  if (winner.value.trim() === freshKey) {
    throw new UsageError(`the key on standard input is the configured ${opts.variable} itself (${fingerprint(winner.value) ?? 'same value'}): pipe in a newly issued key`);
  }

  const expectEnv = opts.expectEnv ?? (opts.env.NODE_ENV === 'production' ? 'production' : undefined);
  const sideOpts = { probes, expectEnv, baseUrl: opts.baseUrl, trustProjectConfig: opts.trustProjectConfig, timeoutMs: opts.timeoutMs, trust: 'flag' as const, variable: target.name, onSecret: (v: string) => redactor.add(v) };
  opts.onProgress?.('live-start');
  // One after the other, the configured key first: the same path, and no race between the two calls for a rate limit.
  const old = await checkSide(target.probe, winner.value, { kind: winner.kind, file: winner.file, ...(winner.line ? { line: winner.line } : {}) }, view, sideOpts);
  const fresh = await checkSide(target.probe, freshKey, { kind: 'stdin', file: 'standard input' }, view, sideOpts);
  opts.onProgress?.('live-end');

  const conclusion = conclude(old, fresh, { variable: opts.variable, probe: target.probe });
  const result: CompareResult = {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    tool: { name: 'keydoctor', version: VERSION },
    generatedAt: new Date().toISOString(),
    variable: opts.variable,
    provider: target.probe.id,
    providerName: target.probe.name,
    old,
    fresh,
    conclusion,
    exitCode: exitCodeOf(conclusion, old, fresh),
  };
  return { result, redactor };
}
