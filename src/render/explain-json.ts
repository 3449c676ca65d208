import type { ExplainResult } from '../explain/types.js';
import { toJson } from './sanitize.js';

/** One JSON document: at least category, provider (or null), summary, evidence[] and fixes[]. */
export function renderExplainJson(result: ExplainResult): string {
  return toJson(result);
}
