// Dockerfile ENV and ARG (https://docs.docker.com/reference/dockerfile/#env).
// ENV persists into the running container of the final stage (and of stages
// built FROM it); ARG exists at build time only. Both are readable by anyone
// holding the image (`docker history`), which is why Docker's build check
// SecretsUsedInArgOrEnv warns about secrets in them
// (https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/).
import { interpolate, hasInterpolation } from '../../text/interpolate.js';
import { emptyExtract, type Extract, type RawDef } from '../types.js';

export const DOCKERFILE_NAME = /^(?:(?:Dockerfile|Containerfile)(?:\..+)?|.+\.(?:Dockerfile|dockerfile|containerfile))$/;
const RULE = 'docker run: the image\'s ENV applies unless `docker run -e` / --env-file sets the variable; ARG is build-time only';

interface Instruction { line: number; op: string; args: string }
interface Stage { name?: string; parent?: number; env: RawDef[] }

export function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let cur: Instruction | undefined;
  lines.forEach((raw, i) => {
    if (!cur && /^\s*#/.test(raw)) return;
    if (cur && /^\s*#/.test(raw)) return; // comments inside a continuation are dropped
    const cont = /\\\s*$/.test(raw);
    const body = cont ? raw.replace(/\\\s*$/, '') : raw;
    if (cur) cur.args += ' ' + body.trim();
    else {
      const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(body);
      if (m) cur = { line: i + 1, op: m[1]!.toUpperCase(), args: m[2]!.trim() };
    }
    if (!cont && cur) {
      out.push(cur);
      cur = undefined;
    }
  });
  if (cur) out.push(cur);
  return out;
}

/** `A=1 B="two words"` pairs, or the legacy `NAME value with spaces` form. */
function pairs(args: string, legacyAllowed: boolean): [string, string | undefined][] {
  const legacy = /^([A-Za-z_][\w.-]*)\s+([^=].*)$/.exec(args);
  if (legacyAllowed && legacy && !/^\S+=/.test(args)) return [[legacy[1]!, legacy[2]!.trim()]];
  const out: [string, string | undefined][] = [];
  const re = /([A-Za-z_][\w.-]*)(?:=("(?:\\.|[^"\\])*"|'[^']*'|(?:\\.|[^\s\\])*))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(args)) !== null) {
    if (m[0] === '') { re.lastIndex++; continue; }
    const v = m[2];
    out.push([m[1]!, v === undefined ? undefined : unquote(v)]);
  }
  return out;
}

function unquote(v: string): string {
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) return v.slice(1, -1).replace(/\\(.)/g, '$1');
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1);
  return v.replace(/\\(.)/g, '$1');
}

export interface DockerfileRead extends Extract {
  /** ENV definitions that reach the final image, later first (for compose services built from it). */
  finalEnv: RawDef[];
}

export function readDockerfile(rel: string, text: string, names: ReadonlySet<string>): DockerfileRead {
  const out: DockerfileRead = { ...emptyExtract(), finalEnv: [] };
  const stages: Stage[] = [];
  const scope = new Map<string, { value?: string; from: string }>();
  for (const ins of instructions(text)) {
    if (ins.op === 'FROM') {
      const m = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(ins.args);
      const parent = stages.findIndex((s) => s.name && s.name === m?.[1]);
      stages.push({ ...(m?.[2] ? { name: m[2] } : {}), ...(parent >= 0 ? { parent } : {}), env: [] });
      scope.clear();
      continue;
    }
    if (ins.op !== 'ENV' && ins.op !== 'ARG') continue;
    const stage = stages[stages.length - 1] ?? (stages.push({ env: [] }), stages[0]!);
    for (const [name, raw] of pairs(ins.args, ins.op === 'ENV')) {
      const resolved = raw === undefined ? undefined : hasInterpolation(raw)
        ? interpolate(raw, (n) => { const s = scope.get(n); return s?.value !== undefined ? { value: s.value, from: s.from } : undefined; })
        : { value: raw, refs: [], unresolved: [] };
      if (resolved?.value !== undefined || raw === undefined) scope.set(name, { ...(resolved?.value !== undefined ? { value: resolved.value } : {}), from: `${rel}:${ins.line}` });
      if (!names.has(name)) continue;
      const def: RawDef = { name, kind: ins.op === 'ENV' ? 'dockerfile-env' : 'dockerfile-arg', file: rel, line: ins.line };
      if (raw === undefined) def.reference = 'docker build --build-arg';
      else if (resolved?.unresolved.length) def.reference = `build arg ${resolved.unresolved.join(', ')} (docker build --build-arg)`;
      else {
        def.value = resolved!.value!;
        if (!resolved?.refs.length) def.committedLiteral = true;
        else def.remark = `from ${resolved.refs.map((r) => r.name).join(', ')}`;
      }
      if (ins.op === 'ARG') def.notLoaded = 'build-time only: not in the running container unless an ENV copies it';
      else stage.env.push(def);
      out.defs.push(def);
    }
  }
  for (const name of new Set(out.defs.map((d) => d.name))) {
    const mine = out.defs.filter((d) => d.name === name);
    out.findings.push({ name, finding: {
      code: 'trace.secret_in_image', severity: 'warning',
      message: `${rel}:${mine.map((d) => d.line).join(', ')} put${mine.length === 1 ? 's' : ''} ${name} in the image (${[...new Set(mine.map((d) => (d.kind === 'dockerfile-arg' ? 'ARG' : 'ENV')))].join(', ')}): anyone who has the image can read it with docker history or docker inspect.`,
      fix: 'Pass it when the container starts (docker run -e, compose environment:, a Kubernetes Secret), or use a BuildKit secret mount (RUN --mount=type=secret) for build-time use.',
      location: { file: rel, line: mine[0]!.line! },
    } });
  }
  // Stages the final one is built FROM, final first.
  const lineage: number[] = [];
  for (let i: number | undefined = stages.length - 1; i !== undefined && i >= 0; i = stages[i]!.parent) lineage.push(i);
  for (const [i, s] of stages.entries()) {
    if (!lineage.includes(i)) for (const d of s.env) d.notLoaded = `in build stage ${s.name ?? i + 1}, not in the final image`;
  }
  out.finalEnv = lineage.flatMap((i) => [...stages[i]!.env].reverse());
  for (const name of new Set(out.finalEnv.map((d) => d.name))) {
    out.chains.push({ context: `docker image (${rel})`, rule: RULE, defs: out.finalEnv.filter((d) => d.name === name) });
  }
  return out;
}
