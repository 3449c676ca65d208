// GitHub Actions workflows. `env:` at workflow, job and step level: the most
// specific wins while that step runs (GitHub Docs, "Store information in
// variables"). `${{ secrets.X }}` is a reference to a repository, environment
// or organization secret (environment > repository > organization); an unset
// secret is an empty string, and pull requests from forks get no secrets
// (GitHub Docs, "Using secrets in GitHub Actions").
import { referenceFinding } from './kubernetes.js';
import { emptyExtract, type Chain, type Extract, type RawDef } from '../types.js';
import { isRecord, scalar, type YamlDoc } from '../../text/yaml-lines.js';

export const WORKFLOW_PATH = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const RULE = 'GitHub Actions: step env > job env > workflow env';

export function readWorkflow(rel: string, doc: YamlDoc, names: ReadonlySet<string>): Extract {
  const out = emptyExtract();
  const wf = doc.value;
  if (!isRecord(wf)) return out;
  const prTrigger = triggers(wf.on ?? wf.true).some((t) => t === 'pull_request' || t === 'pull_request_target');
  const read = (env: unknown, scope: string, environment?: string): RawDef[] => {
    if (!isRecord(env)) return [];
    const defs: RawDef[] = [];
    for (const [name, v] of Object.entries(env)) {
      if (!names.has(name)) continue;
      const line = doc.lineOf(env, name);
      const def: RawDef = { name, kind: 'github-actions', file: rel, ...(line ? { line } : {}), remark: scope };
      const text = scalar(v) ?? '';
      if (text.includes('${{')) {
        def.reference = expression(text);
        const secret = /secrets\.([A-Za-z_][A-Za-z0-9_]*)/.exec(text)?.[1];
        const where = secret === 'GITHUB_TOKEN'
          ? 'That is the token GitHub creates for each workflow run; what it may do is set by the workflow\'s `permissions:`.'
          : secret
          ? `It is a GitHub secret, looked up in ${environment ? `the "${environment}" environment, then the repository, then the organization` : 'the repository, then the organization'}, and cannot be read here. An unset or misspelled secret is an empty string${prTrigger ? ', and pull requests from forks get no secrets at all' : ''}.`
          : 'It is a GitHub expression, evaluated when the workflow runs.';
        out.findings.push({ name, finding: referenceFinding(name, def, where) });
      } else {
        def.value = text;
        def.committedLiteral = true;
      }
      defs.push(def);
    }
    return defs;
  };
  const workflowDefs = read(wf.env, 'workflow env');
  out.defs.push(...workflowDefs);
  const jobs = isRecord(wf.jobs) ? wf.jobs : {};
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isRecord(job)) continue;
    const environment = scalar(job.environment) ?? (isRecord(job.environment) ? scalar(job.environment.name) : undefined);
    const jobDefs = read(job.env, `job ${jobId} env`, environment);
    out.defs.push(...jobDefs);
    const chain = (context: string, defs: RawDef[]) => {
      for (const n of new Set(defs.map((d) => d.name))) out.chains.push({ context, rule: RULE, defs: defs.filter((d) => d.name === n) } satisfies Chain);
    };
    chain(`github-actions ${rel} job ${jobId}`, [...jobDefs, ...workflowDefs]);
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((step, i) => {
      if (!isRecord(step)) return;
      const label = scalar(step.name) ?? scalar(step.id) ?? `#${i + 1}`;
      const stepDefs = read(step.env, `step ${label} env`, environment);
      out.defs.push(...stepDefs);
      chain(`github-actions ${rel} job ${jobId} step ${label}`, [...stepDefs, ...jobDefs.filter((d) => stepDefs.some((s) => s.name === d.name)), ...workflowDefs.filter((d) => stepDefs.some((s) => s.name === d.name))]);
    });
  }
  return out;
}

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (isRecord(on)) return Object.keys(on);
  return [];
}

function expression(text: string): string {
  const secrets = [...text.matchAll(/\b(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => `${m[1]}.${m[2]}`);
  return secrets.length ? secrets.join(', ') : 'a ${{ }} expression';
}
