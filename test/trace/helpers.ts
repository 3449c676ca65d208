// Helpers for the trace tests: run the tracer on a fixture (or a temporary
// copy with extra files), and project its result onto compact, exact rows.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint } from '../../src/redact/fingerprint.js';
import { traceVariables, type TraceConfig } from '../../src/trace/index.js';
import type { TraceOptions, TraceResult } from '../../src/trace/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'trace');
export const fp = (v: string) => fingerprint(v)!;

/** Trace a fixture project with a clean environment (no HOME: no shell files) unless given. */
export function trace(fixture: string, opts: Partial<TraceOptions> & TraceConfig = {}): TraceResult {
  return traceVariables({ root: fixture.startsWith('/') ? fixture : join(FIXTURES, fixture), env: {}, home: '/nonexistent', ...opts });
}

/** A temporary copy of a fixture plus files that git would not keep (ignored paths, binaries). */
export function copyWith(fixture: string, files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keydoctor-trace-'));
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

/** One line per definition: winner mark, kind, location, fingerprint (or redacted form). */
export function rows(r: TraceResult, name: string): string[] {
  const v = r.variables.find((x) => x.name === name);
  if (!v) throw new Error(`${name} not traced; traced: ${r.variables.map((x) => x.name).join(', ')}`);
  return v.definitions.map((d) => `${d.wins ? '→' : ' '} ${d.kind} ${d.line ? `${d.file}:${d.line}` : d.file} ${d.fingerprint ?? d.redacted}${d.reference ? ` ref ${d.reference}` : ''}`);
}

/** One line per finding of a variable: severity, code, location. */
export function findings(r: TraceResult, name: string): string[] {
  const v = r.variables.find((x) => x.name === name)!;
  return v.findings.map((f) => `${f.severity} ${f.code}${f.location ? ` ${f.location.file}${f.location.line ? `:${f.location.line}` : ''}` : ''}`);
}

export function notes(r: TraceResult, name: string): string[] {
  return r.variables.find((x) => x.name === name)!.definitions.map((d) => d.note ?? '');
}
