import type { CheckResult } from '../core/result.js';
import { toJson } from './sanitize.js';

/** One JSON document: the documented, versioned result; the data as read, the printed text inert. */
export function renderJson(result: CheckResult): string {
  return toJson(result);
}
