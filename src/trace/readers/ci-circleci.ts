// CircleCI `.circleci/config.yml`: `environment:` on a run step, on a job and
// on a job's docker image. A run step's environment beats the job's, and both
// beat contexts and project settings
// (https://circleci.com/docs/guides/security/env-vars/#order-of-precedence).
import { emptyExtract, type Extract, type RawDef } from '../types.js';
import { isRecord, scalar, type YamlDoc } from '../../text/yaml-lines.js';

export const CIRCLECI_PATH = /(?:^|\/)\.circleci\/config\.ya?ml$/;
const RULE = 'CircleCI: run-step environment > job environment > primary image environment > contexts > project settings';

export function readCircleci(rel: string, doc: YamlDoc, names: ReadonlySet<string>): Extract {
  const out = emptyExtract();
  const top = doc.value;
  if (!isRecord(top) || !isRecord(top.jobs)) return out;
  const read = (env: unknown, scope: string): RawDef[] => {
    // A map, or a list of one-key maps.
    const maps = Array.isArray(env) ? env.filter(isRecord) : isRecord(env) ? [env] : [];
    const defs: RawDef[] = [];
    for (const m of maps) {
      for (const [name, v] of Object.entries(m)) {
        if (!names.has(name)) continue;
        const line = doc.lineOf(m, name);
        defs.push({ name, kind: 'circleci', file: rel, ...(line ? { line } : {}), value: scalar(v) ?? '', committedLiteral: true, remark: scope });
      }
    }
    return defs.reverse();
  };
  for (const [jobId, job] of Object.entries(top.jobs)) {
    if (!isRecord(job)) continue;
    const image = Array.isArray(job.docker) && isRecord(job.docker[0]) ? read(job.docker[0].environment, `job ${jobId} image environment`) : [];
    const own = read(job.environment, `job ${jobId} environment`);
    out.defs.push(...own, ...image);
    const base = [...own, ...image];
    for (const n of new Set(base.map((d) => d.name))) out.chains.push({ context: `circleci job ${jobId}`, rule: RULE, defs: base.filter((d) => d.name === n) });
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((step, i) => {
      const run = isRecord(step) && isRecord(step.run) ? step.run : undefined;
      if (!run) return;
      const label = scalar(run.name) ?? `#${i + 1}`;
      const defs = read(run.environment, `job ${jobId} step ${label} environment`);
      out.defs.push(...defs);
      for (const d of defs) out.chains.push({ context: `circleci job ${jobId} step ${label}`, rule: RULE, defs: [d, ...base.filter((b) => b.name === d.name)] });
    });
  }
  return out;
}
