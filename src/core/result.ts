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
  source: { kind: string; file: string; line?: number };
  summary: string;
  fixes: string[];
  live?: LiveCall;
  classification?: { rule: string; evidence: string[]; providerCode?: string; providerMessage?: string };
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
  exitCode: number;
}

export const EXIT = { OK: 0, PROBLEM: 1, USAGE: 2, INCONCLUSIVE: 3 } as const;

export function isKeyProblem(k: KeyResult): boolean {
  return k.category !== 'ok' && !INCONCLUSIVE.has(k.category);
}

export function exitCodeFor(keys: KeyResult[], failOn: Severity): number {
  const threshold = SEVERITY_RANK[failOn];
  const problem = keys.some((k) => isKeyProblem(k) ||
    k.steps.some((s) => s.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)));
  if (problem) return EXIT.PROBLEM;
  if (keys.some((k) => k.verdict !== 'not_checked' && INCONCLUSIVE.has(k.category))) return EXIT.INCONCLUSIVE;
  return EXIT.OK;
}
