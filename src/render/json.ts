import type { CheckResult } from '../core/result.js';

/** One JSON document: the documented, versioned result. */
export function renderJson(result: CheckResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
