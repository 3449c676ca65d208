// The result of `keydoctor compare`: the configured key and a freshly issued
// one, sent the same live call side by side, and what the difference proves.
// JSON output is this object (redacted); `schemaVersion` changes only when a
// field is removed or renamed.
import type { KeyResult } from '../core/result.js';
import type { Finding } from '../core/types.js';

export const COMPARE_SCHEMA_VERSION = 1;

/** One of the two keys: the fields a checked key has (KeyResult), plus its findings in one list. */
export interface CompareSide
  extends Pick<KeyResult, 'category' | 'verdict' | 'fingerprint' | 'redacted' | 'length' | 'keyType' | 'mode' | 'source' | 'live' | 'classification' | 'identity' | 'summary' | 'fixes'> {
  /** Why the live call was not made, when it was not. */
  liveSkipped?: string;
  /** Format, live and classify findings for this key. */
  findings: Finding[];
}

/** The four outcomes the issue names, plus "nothing was sent". */
export type ConclusionCode =
  | 'both_ok'
  | 'old_fails_fresh_ok'
  | 'fresh_fails_old_ok'
  | 'both_fail_alike'
  | 'both_fail_differently'
  | 'not_sent';

/** What the comparison puts the blame on. */
export type Blame =
  | 'none'
  | 'old_key'
  | 'old_account'
  | 'fresh_key'
  | 'network'
  | 'provider'
  | 'base_url'
  | 'settings'
  | 'account'
  | 'environment'
  | 'unknown';

export interface Conclusion {
  code: ConclusionCode;
  blame: Blame;
  summary: string;
  /** What differs between the two answers (key type, status, provider code, identity). */
  differences: string[];
  nextSteps: string[];
}

export interface CompareResult {
  schemaVersion: number;
  tool: { name: 'keydoctor'; version: string };
  generatedAt: string;
  variable: string;
  provider: string;
  providerName: string;
  old: CompareSide;
  fresh: CompareSide;
  conclusion: Conclusion;
  exitCode: number;
}
