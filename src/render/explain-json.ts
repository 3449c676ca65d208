import type { ExplainResult } from '../explain/types.js';

/** One JSON document: at least category, provider (or null), summary, evidence[] and fixes[]. */
export function renderExplainJson(result: ExplainResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
