// The result of `check`, as every renderer receives it. JSON output is this
// object (redacted); `schemaVersion` changes only when a field is removed or renamed.
import { INCONCLUSIVE, SEVERITY_RANK, type Category, type Definition, type Finding, type Identity, type LiveCall, type Severity, type StepResult, type Verdict } from './types.js';

export const SCHEMA_VERSION = 1;

export interface KeyResult {
  name: string;
  /** The workspace package whose run it is (its folder), at a monorepo root; absent for the project root. */
  package?: string;
  provider: string;
  providerName: string;
  category: Category;
  verdict: Verdict;
  fingerprint: string | null;
  redacted: string;
  length: number;
  keyType?: string;
  mode?: 'test' | 'live';
  /** Where the tested value is defined; `section` is a credential file's profile, host or registry. */
  source: { kind: string; file: string; line?: number; section?: string };
  summary: string;
  fixes: string[];
  live?: LiveCall;
  classification?: { rule: string; evidence: string[]; providerCode?: string; providerMessage?: string; /** The rule's own sentence for its reading (Classification.summary). */ summary?: string };
  identity?: Identity;
  definitions: Definition[];
  steps: StepResult[];
  /** Other keys (`apps/api: OPENAI_API_KEY`) whose live call was this one: the same key is sent once per run. */
  sharedCall?: string[];
}

export interface CheckResult {
  schemaVersion: number;
  tool: { name: 'keydoctor'; version: string };
  generatedAt: string;
  offline: boolean;
  keys: KeyResult[];
  /** Things to say that belong to no key: "no key found", what was not read. */
  notices: string[];
  /** Problems of files rather than of a key (a .env line dotenv skips, a compose file that is not YAML): reported, never a reason for the exit code. */
  findings?: Finding[];
  /** The --fail-on severity the exit code was decided with. */
  failOn?: Severity;
  exitCode: number;
}

export const EXIT = { OK: 0, PROBLEM: 1, USAGE: 2, INCONCLUSIVE: 3 } as const;

/**
 * A key that authenticates but lacks a permission the probe's own read call
 * needs (DESIGN "Categories"): valid (limited), a warning, not a problem,
 * unless `.keydoctor.yml`'s `expect.scopes` requires the permission.
 */
export function isLimited(k: Pick<KeyResult, 'category' | 'verdict'>): boolean {
  return k.category === 'insufficient_permissions' && k.verdict === 'valid';
}

export function isKeyProblem(k: KeyResult): boolean {
  return k.category !== 'ok' && !INCONCLUSIVE.has(k.category) && !isLimited(k);
}

/**
 * Findings that say a check could not finish, not that the key is bad: a
 * key not sent because of the trust rule, or a probe that built a request
 * for another host. They make a run inconclusive (exit 3), whatever --fail-on.
 */
export const NOT_FINISHED: ReadonlySet<string> = new Set(['live.base_url_refused', 'live.host_mismatch']);

/** What one key contributes to the exit code: 0 usable, 1 a problem, 3 not checked to the end. */
export function keyExitCode(k: KeyResult, failOn: Severity): 0 | 1 | 3 {
  const threshold = SEVERITY_RANK[failOn];
  if (isKeyProblem(k) || k.steps.some((s) => s.findings.some((f) => !NOT_FINISHED.has(f.code) && SEVERITY_RANK[f.severity] >= threshold))) return EXIT.PROBLEM;
  if (k.verdict !== 'not_checked' && INCONCLUSIVE.has(k.category)) return EXIT.INCONCLUSIVE;
  return EXIT.OK;
}

export function exitCodeFor(keys: KeyResult[], failOn: Severity): number {
  const codes = keys.map((k) => keyExitCode(k, failOn));
  if (codes.includes(EXIT.PROBLEM)) return EXIT.PROBLEM;
  if (codes.includes(EXIT.INCONCLUSIVE)) return EXIT.INCONCLUSIVE;
  return EXIT.OK;
}

/** Why a key was not checked to the end, in a few words: `not sent (trust rule)`, `not checked (network)`. */
export function notFinishedReason(k: KeyResult): string {
  const refused = k.steps.flatMap((s) => s.findings).find((f) => NOT_FINISHED.has(f.code));
  if (refused) return refused.code === 'live.base_url_refused' ? 'not sent (trust rule)' : 'not sent (probe error)';
  const words: Partial<Record<Category, string>> = {
    network_error: 'not checked (network)', proxy_error: 'not checked (proxy)', tls_error: 'not checked (TLS)',
    provider_outage: 'not checked (provider outage)', rate_limited: 'not checked (rate limited)',
  };
  return words[k.category] ?? (k.live ? 'not judged (unexpected answer)' : 'not checked');
}
