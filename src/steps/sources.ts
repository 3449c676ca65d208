// Step 2: where does the value come from, and which definition wins?
// First version: the process environment and the project's dotenv files.
import type { Definition, Finding } from '../core/types.js';
import { fingerprint, redactValue } from '../redact/fingerprint.js';
import type { ValueSource } from '../sources/project.js';
import type { TraceVariable } from '../trace/types.js';
import { where } from '../core/location.js';

export interface SourcesResult {
  definitions: Definition[];
  findings: Finding[];
}


export function traceSources(name: string, defs: ValueSource[], mode: string): SourcesResult {
  const definitions: Definition[] = defs.map((d, i) => ({
    kind: d.kind,
    location: { file: d.file, ...(d.line ? { line: d.line } : {}) },
    fingerprint: fingerprint(d.value),
    redacted: redactValue(d.value),
    wins: i === 0,
    ...(i === 0 ? {} : { note: d.kind === 'dotenv' && defs[0]?.kind === 'process'
      ? 'shadowed: dotenv never overrides a variable already in the process environment'
      : `shadowed by ${where(defs[0]!)}` }),
  }));
  const findings: Finding[] = [];
  const winner = defs[0];
  if (!winner) return { definitions, findings };

  findings.push({
    code: 'sources.winner',
    severity: 'info',
    message: `${name} is loaded from ${where(winner)}${defs.length > 1 ? ` (${defs.length} definitions; .env files read for mode "${mode}")` : ''}.`,
    location: { file: winner.file, ...(winner.line ? { line: winner.line } : {}) },
  });

  const differing = defs.slice(1).filter((d) => d.value !== winner.value);
  for (const d of differing) {
    findings.push({
      code: 'sources.conflict',
      severity: 'warning',
      message: `${where(d)} defines ${name} with another value (${fingerprint(d.value) ?? redactValue(d.value)}), shadowed by ${where(winner)} (${fingerprint(winner.value) ?? redactValue(winner.value)}).`,
      fix: winner.kind === 'process'
        ? `If the file holds the right key, remove the stale export (check ~/.bashrc, ~/.zshrc, ~/.profile) or run \`unset ${name}\`.`
        : `Remove or update the definition that should not be used.`,
      location: { file: d.file, ...(d.line ? { line: d.line } : {}) },
    });
  }
  for (const d of defs.slice(1)) {
    if (d.value.trim() === '' && winner.value.trim() !== '') {
      findings.push({
        code: 'sources.empty_definition',
        severity: 'info',
        message: `${where(d)} defines ${name} as empty (shadowed, so harmless here).`,
        location: { file: d.file, ...(d.line ? { line: d.line } : {}) },
      });
    }
  }
  return { definitions, findings };
}

/** Tracer findings that the local view above already says in its own words. */
const SAID_LOCALLY = new Set(['trace.conflict', 'trace.shadowed', 'trace.empty', 'trace.not_defined']);

/**
 * Step 2 with the full tracer (src/trace): every place the variable is defined
 * (shell start-up files, compose, Kubernetes, CI workflows, hard-coded copies),
 * added to the local view of what this process loads. The value checked stays
 * the one this process would load.
 */
export function withTrace(local: SourcesResult, traced: TraceVariable | undefined): SourcesResult {
  if (!traced) return local;
  // The winner is the value this check loads (the local view's), so the table and the check agree.
  const won = local.definitions.find((d) => d.wins)?.location;
  const definitions: Definition[] = traced.definitions.map((d) => {
    const context = d.context ?? 'local';
    return {
      kind: d.kind,
      location: { file: d.file, ...(d.line ? { line: d.line } : {}) },
      fingerprint: d.fingerprint,
      redacted: d.redacted,
      wins: !!won && d.file === won.file && (d.line ?? 0) === (won.line ?? 0) && context === 'local',
      ...(d.note || context !== 'local' ? { note: [context !== 'local' ? `in ${context}` : '', d.note ?? ''].filter(Boolean).join(': ') } : {}),
      ...(d.reference ? { reference: d.reference } : {}),
    };
  });
  // Keep the local view's definitions when the tracer found none of them (a key from stdin).
  const findings = [...local.findings, ...traced.findings.filter((f) => !SAID_LOCALLY.has(f.code))];
  return { definitions: definitions.length ? definitions : local.definitions, findings };
}
