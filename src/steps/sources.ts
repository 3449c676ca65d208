// Step 2: where does the value come from, and which definition wins? The
// answer is the source model's (src/sources/model.ts, on the tracer): the
// definitions a folder's run can load, the one tested marked, and each note
// in the words `keydoctor trace` uses.
import type { Definition, Finding } from '../core/types.js';
import { where } from '../core/location.js';
import { fingerprint, redactValue } from '../redact/fingerprint.js';
import { belongsTo, type SourceModel } from '../sources/model.js';
import { packageOf } from '../sources/workspaces.js';
import type { KeyTarget } from './discover.js';

export interface SourcesResult {
  definitions: Definition[];
  findings: Finding[];
}

export function sourcesStep(t: KeyTarget, model: SourceModel): SourcesResult {
  const r = t.resolved;
  if (!r || !t.tested) {
    const v = t.tested?.value ?? '';
    return {
      definitions: t.tested ? [{ kind: t.tested.kind, location: { file: t.tested.file }, fingerprint: fingerprint(v), redacted: redactValue(v), wins: true }] : [],
      findings: [],
    };
  }
  const packages = model.workspaces.packages;
  const chain = r.variable.contexts.find((c) => c.context === r.context)?.defs ?? [r.index];
  const winner = r.variable.definitions[chain[0] ?? r.index]!;
  const definitions: Definition[] = [];
  r.variable.definitions.forEach((d, i) => {
    if (!belongsTo(d, t.folder, packages)) return;
    // In the context tested, the note is relative to it; elsewhere it is the tracer's own.
    const inChain = chain.indexOf(i);
    const note = inChain === 0 ? withRemark(`wins in ${r.context}`, d.note)
      : inChain > 0 ? `shadowed in ${r.context} by ${where(winner)}`
        : d.note;
    definitions.push({
      kind: d.kind,
      location: { file: d.file, ...(d.line ? { line: d.line } : {}) },
      fingerprint: d.fingerprint,
      redacted: d.redacted,
      wins: i === r.index,
      ...(note ? { note } : {}),
      ...(d.reference ? { reference: d.reference } : {}),
    });
  });
  const findings: Finding[] = [{
    code: 'sources.winner',
    severity: 'info',
    message: `${t.name} is loaded from ${where(r.def)} (${r.context}: ${r.variable.contexts.find((c) => c.context === r.context)?.rule ?? 'the process environment'}).`,
    location: { file: r.def.file, ...(r.def.line ? { line: r.def.line } : {}) },
  }];
  // The tracer's findings about this folder's definitions (and the process and shell ones every folder shares).
  for (const f of r.variable.findings) {
    const file = f.location?.file;
    const mine = !file || file === 'process environment' || file.startsWith('shell: ') || (t.folder.dir === '.' ? !packageOf(file, packages) : packageOf(file, packages)?.dir === t.folder.dir);
    // The value's own shape is the format step's to judge (format.whitespace names the same definition).
    if (mine && f.code !== 'trace.whitespace') findings.push(f);
  }
  return { definitions, findings };
}

/** The tracer's extra words for a winner (`gitignored`), kept after ours. */
function withRemark(note: string, traceNote: string | undefined): string {
  const remark = traceNote?.split('; ').slice(1).join('; ');
  return remark ? `${note}; ${remark}` : note;
}
