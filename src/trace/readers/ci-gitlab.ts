// GitLab CI `.gitlab-ci.yml`: global and job `variables:` (a string or
// `{ value, description, expand }`). Job variables beat global ones, and a
// project, group or instance CI/CD variable of the same name beats both
// (https://docs.gitlab.com/ci/variables/#cicd-variable-precedence).
import { referenceFinding } from './kubernetes.js';
import { emptyExtract, type Extract, type RawDef } from '../types.js';
import { isRecord, scalar, type YamlDoc } from '../../text/yaml-lines.js';

export const GITLAB_NAME = /^\.gitlab-ci\.ya?ml$/;
const RULE = 'GitLab CI: project/group CI/CD settings > job variables > global variables';
const RESERVED = new Set(['variables', 'stages', 'include', 'default', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache', 'pages']);

export function readGitlab(rel: string, doc: YamlDoc, names: ReadonlySet<string>): Extract {
  const out = emptyExtract();
  const top = doc.value;
  if (!isRecord(top)) return out;
  const read = (vars: unknown, scope: string): RawDef[] => {
    if (!isRecord(vars)) return [];
    const defs: RawDef[] = [];
    for (const [name, v] of Object.entries(vars)) {
      if (!names.has(name)) continue;
      const line = doc.lineOf(vars, name);
      const text = isRecord(v) ? scalar(v.value) ?? '' : scalar(v) ?? '';
      const def: RawDef = { name, kind: 'gitlab-ci', file: rel, ...(line ? { line } : {}), remark: `${scope}; a CI/CD settings variable of the same name overrides it` };
      const ref = /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(text)?.[1];
      if (ref && !(isRecord(v) && v.expand === false)) {
        def.reference = `GitLab CI/CD variable ${ref}`;
        out.findings.push({ name, finding: referenceFinding(name, def, 'It lives in the project or group CI/CD settings (Settings > CI/CD > Variables) and cannot be read here; a protected variable is empty on unprotected branches.') });
      } else {
        def.value = text;
        def.committedLiteral = true;
      }
      defs.push(def);
    }
    return defs;
  };
  const global = read(top.variables, 'global variables');
  out.defs.push(...global);
  const jobs = Object.entries(top).filter(([id, job]) => !RESERVED.has(id) && isRecord(job)) as [string, Record<string, unknown>][];
  const owners = new Set<string>();
  for (const [jobId, job] of jobs) {
    const own = read(job.variables, `job ${jobId} variables`);
    out.defs.push(...own);
    for (const d of own) {
      owners.add(`${jobId}\0${d.name}`);
      out.chains.push({ context: `gitlab-ci ${rel} job ${jobId}`, rule: RULE, defs: [d, ...global.filter((g) => g.name === d.name)] });
    }
  }
  for (const g of global) {
    const users = jobs.filter(([id]) => !owners.has(`${id}\0${g.name}`)).map(([id]) => id);
    if (users.length || !jobs.length) out.chains.push({ context: `gitlab-ci ${rel} job${users.length > 1 ? 's' : ''} ${users.join(', ') || '(none)'}`, rule: RULE, defs: [g] });
  }
  return out;
}
