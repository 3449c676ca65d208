// `keydoctor trace --format json`: variables[] with definitions[] and
// findings[]. Fields are picked one by one, so the tracer's internal `value`
// can never reach the output.
import type { TraceDefinition, TraceResult } from '../trace/types.js';
import { toJson } from './sanitize.js';

export const TRACE_SCHEMA_VERSION = 1;

export function traceJson(result: TraceResult, exitCode: number, notices: string[] = []) {
  return {
    schemaVersion: TRACE_SCHEMA_VERSION,
    notices,
    mode: result.mode,
    loader: result.loader,
    variables: result.variables.map((v) => ({
      name: v.name,
      definitions: v.definitions.map(publicDefinition),
      findings: v.findings,
      contexts: v.contexts.map((c) => ({ context: c.context, rule: c.rule })),
    })),
    findings: result.findings,
    stats: result.stats,
    exitCode,
  };
}

export function publicDefinition(d: TraceDefinition) {
  return {
    kind: d.kind,
    file: d.file,
    line: d.line ?? null,
    ...(d.section !== undefined ? { section: d.section } : {}),
    fingerprint: d.fingerprint,
    redacted: d.redacted,
    wins: d.wins,
    ...(d.context ? { context: d.context } : {}),
    ...(d.note ? { note: d.note } : {}),
    ...(d.reference ? { reference: d.reference } : {}),
  };
}

export function renderTraceJson(result: TraceResult, exitCode: number, notices: string[] = []): string {
  return toJson(traceJson(result, exitCode, notices));
}
