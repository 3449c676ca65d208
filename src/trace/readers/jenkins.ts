// Jenkinsfile (declarative pipeline) `environment { NAME = value }` blocks, at
// pipeline level and inside a stage; the stage's block wins inside that stage
// (https://www.jenkins.io/doc/book/pipeline/syntax/#environment).
// `credentials('id')` is a reference to the Jenkins credential store.
import { referenceFinding } from './kubernetes.js';
import { emptyExtract, type Extract, type RawDef } from '../types.js';

export const JENKINS_NAME = /^(?:Jenkinsfile(?:\..+)?|.+\.jenkinsfile)$/;
const RULE = 'Jenkins: stage environment {} > pipeline environment {} > node and global properties';

interface Block { stage?: string; start: number; end: number }

/** `environment {…}` blocks with the stage (if any) that encloses each. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  const open: { stage?: string; env: boolean; start: number }[] = [];
  let pendingStage: string | undefined;
  let pendingEnv = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') { i = text.indexOf('\n', i); if (i === -1) break; continue; }
    if (c === '"' || c === "'") { // skip string literals
      const q = c;
      for (i++; i < text.length && text[i] !== q; i++) if (text[i] === '\\') i++;
      continue;
    }
    const rest = text.slice(i, i + 64);
    const stage = /^stage\s*\(\s*['"]([^'"]+)['"]\s*\)/.exec(rest);
    if (stage) { pendingStage = stage[1]; i += stage[0].length - 1; continue; }
    if (/^environment\s*\{/.test(rest) && !/\w/.test(text[i - 1] ?? '')) { pendingEnv = true; i += rest.indexOf('{') - 1; continue; }
    if (c === '{') {
      const enclosing = [...open].reverse().find((o) => o.stage)?.stage;
      open.push({ ...(pendingStage ? { stage: pendingStage } : enclosing ? { stage: enclosing } : {}), env: pendingEnv, start: i });
      pendingStage = undefined;
      pendingEnv = false;
    } else if (c === '}') {
      const o = open.pop();
      if (o?.env) out.push({ ...(o.stage ? { stage: o.stage } : {}), start: o.start, end: i });
    }
  }
  return out;
}

export function readJenkinsfile(rel: string, text: string, names: ReadonlySet<string>): Extract {
  const out = emptyExtract();
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const pipeline: RawDef[] = [];
  const staged: { stage: string; def: RawDef }[] = [];
  for (const b of blocks(text)) {
    const body = text.slice(b.start + 1, b.end);
    for (const m of body.matchAll(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+?)\s*$/gm)) {
      const name = m[1]!;
      if (!names.has(name)) continue;
      const line = lineOf(b.start + 1 + m.index! + m[0].indexOf(name));
      const def: RawDef = { name, kind: 'jenkins', file: rel, line, remark: b.stage ? `stage ${b.stage} environment` : 'pipeline environment' };
      const raw = m[2]!;
      const cred = /^credentials\(\s*['"]([^'"]+)['"]\s*\)/.exec(raw);
      const literal = /^(['"])(.*)\1$/.exec(raw);
      if (cred) {
        def.reference = `Jenkins credential ${cred[1]}`;
        out.findings.push({ name, finding: referenceFinding(name, def, `It lives in the Jenkins credential store (Manage Jenkins > Credentials, id "${cred[1]}") and cannot be read here.`) });
      } else if (literal && !(literal[1] === '"' && /\$/.test(literal[2]!))) {
        def.value = literal[2]!;
        def.committedLiteral = true;
      } else {
        def.reference = 'a Groovy expression evaluated by Jenkins';
      }
      out.defs.push(def);
      if (b.stage) staged.push({ stage: b.stage, def });
      else pipeline.push(def);
    }
  }
  for (const s of staged) out.chains.push({ context: `jenkins ${rel} stage ${s.stage}`, rule: RULE, defs: [s.def, ...pipeline.filter((p) => p.name === s.def.name).reverse()] });
  for (const n of new Set(pipeline.map((d) => d.name))) out.chains.push({ context: `jenkins ${rel} pipeline`, rule: RULE, defs: pipeline.filter((p) => p.name === n).reverse() });
  return out;
}
