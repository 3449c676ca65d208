// Pass 1: read every file that can define a variable, by what it is, and hand
// it to its source module. Files are classified by name and path; YAML and
// JSON files of no known kind are parsed only when a byte search finds one of
// the variable's spellings (or a Kubernetes Secret/ConfigMap) in them.
import { posix } from 'node:path';
import type { Finding } from '../core/types.js';
import { readCircleci, CIRCLECI_PATH } from './readers/ci-circleci.js';
import { readWorkflow, WORKFLOW_PATH } from './readers/ci-github.js';
import { readGitlab, GITLAB_NAME } from './readers/ci-gitlab.js';
import { composeLookup, COMPOSE_NAME, readCompose, type ComposeInput } from './readers/compose.js';
import { readConfigFields, spellings } from './readers/config-fields.js';
import { jsonLines, parseJson } from '../text/json-lines.js';
import { DOCKERFILE_NAME, readDockerfile } from './readers/dockerfile.js';
import { chartOf, readHelmTemplate, type ChartValues } from './readers/helm.js';
import { readJenkinsfile, JENKINS_NAME } from './readers/jenkins.js';
import { isManifest, readKubernetes, type K8sDoc } from './readers/kubernetes.js';
import { readPackageScripts } from './readers/package-scripts.js';
import { readWalkedFile, text as decode, type ProjectRoot, type ReadOutcome } from '../io/files.js';
import type { Extract, RawDef } from './types.js';
import { DOTENV_NAME, notReadFinding, type WalkedFile } from './walk.js';
import { loadYaml } from '../text/yaml-lines.js';

const YAML = /\.ya?ml$/;
const K8S_STORE = /kind:\s*["']?(?:Secret|ConfigMap)\b/;

export interface Collected {
  extracts: Extract[];
  dotenvFiles: { file: WalkedFile; text: string }[];
  packages: Map<string, unknown>;
  problems: Finding[];
  tooLarge: number;
  binary: number;
  /** Files pass 1 read (their size and binary counts are in). */
  read: Set<string>;
}

export function collect(files: WalkedFile[], root: ProjectRoot, env: Record<string, string | undefined>, names: ReadonlySet<string>, maxBytes: number): Collected {
  const c: Collected = { extracts: [], dotenvFiles: [], packages: new Map(), problems: [], tooLarge: 0, binary: 0, read: new Set() };
  const spelled = [...names].flatMap(spellings);
  const text = (f: WalkedFile): string | undefined => {
    const r = readWalkedFile(root, f.abs, maxBytes);
    c.read.add(f.rel);
    if (r.kind === 'text') return decode(r);
    if (r.kind === 'too-large') c.tooLarge++;
    else if (r.kind === 'binary') c.binary++;
    const finding = notRead(f, r, maxBytes);
    if (finding) c.problems.push(finding);
    return undefined;
  };
  const yaml = (f: WalkedFile, t: string) => {
    const { docs, error } = loadYaml(t, f.rel);
    if (error) c.problems.push(error);
    return docs;
  };
  const scripts: Extract[] = [];
  const dockerfiles: Extract[] = [];
  const dockerEnv = new Map<string, RawDef[]>();
  const compose: Omit<ComposeInput, 'dockerfileEnv'>[] = [];
  const k8s: K8sDoc[] = [];
  const templates: { f: WalkedFile; t: string }[] = [];
  const values = new Map<string, ChartValues>();
  const ci: Extract[] = [];
  const config: Extract[] = [];

  for (const f of files) {
    const { name, rel } = f;
    if (DOTENV_NAME.test(name)) {
      const t = text(f);
      if (t !== undefined) c.dotenvFiles.push({ file: f, text: t });
      continue;
    }
    const isYaml = YAML.test(name);
    if (!(isYaml || name.endsWith('.json') || DOCKERFILE_NAME.test(name) || JENKINS_NAME.test(name))) continue;
    if (name === 'package-lock.json') continue;
    const t = text(f);
    if (t === undefined) continue;
    const mentions = () => spelled.some((s) => t.includes(s));
    if (name === 'package.json') {
      const p = parseJson(t);
      if (p.error) c.problems.push(malformedJson(rel, p.error));
      else {
        c.packages.set(posix.dirname(rel), p.value);
        scripts.push(readPackageScripts(rel, p.value, t, names));
      }
    } else if (DOCKERFILE_NAME.test(name)) {
      const d = readDockerfile(rel, t, names);
      dockerfiles.push(d);
      dockerEnv.set(rel, d.finalEnv);
    } else if (JENKINS_NAME.test(name)) {
      ci.push(readJenkinsfile(rel, t, names));
    } else if (isYaml && COMPOSE_NAME.test(name)) {
      for (const doc of yaml(f, t)) compose.push({ rel, root, doc, names, lookup: composeLookup(env, root, rel) });
    } else if (isYaml && WORKFLOW_PATH.test(rel)) {
      for (const doc of yaml(f, t)) ci.push(readWorkflow(rel, doc, names));
    } else if (isYaml && GITLAB_NAME.test(name)) {
      for (const doc of yaml(f, t)) ci.push(readGitlab(rel, doc, names));
    } else if (isYaml && CIRCLECI_PATH.test(rel)) {
      for (const doc of yaml(f, t)) ci.push(readCircleci(rel, doc, names));
    } else if (isYaml && chartOf(rel) !== undefined && t.includes('{{')) {
      if (mentions()) templates.push({ f, t });
    } else if (isYaml) {
      const chartValues = /^values(?:[-.][\w.-]+)?\.ya?ml$/.test(name);
      if (!chartValues && !mentions() && !K8S_STORE.test(t)) continue;
      const docs = yaml(f, t);
      if (chartValues && name.replace(/\.yml$/, '.yaml') === 'values.yaml') values.set(posix.dirname(rel), { rel, doc: docs[0] ?? { value: undefined, lineOf: () => undefined } });
      for (const doc of docs) {
        if (isManifest(doc.value)) k8s.push({ rel, doc });
        else if (mentions()) config.push(readConfigFields(rel, chartValues ? 'helm-values' : 'config', doc.value, doc.lineOf, names));
      }
    } else if (name.endsWith('.json') && mentions()) {
      const p = parseJson(t);
      if (p.error) c.problems.push(malformedJson(rel, p.error));
      else config.push(readConfigFields(rel, 'config', p.value, jsonLines(t), names));
    }
  }
  const helm = templates.map(({ f, t }) => readHelmTemplate(f.rel, t, names, values.get(chartOf(f.rel)!)));
  c.extracts.push(...scripts, ...dockerfiles, readCompose(compose.map((x) => ({ ...x, dockerfileEnv: dockerEnv }))), readKubernetes(k8s, names), ...helm, ...ci, ...config);
  return c;
}

/**
 * A file not read, as a finding: always for a link out of the project, a
 * device or FIFO, or an error; for size or binary content only when it is a
 * .env file (the app's loader reads it, so what it defines is unknown).
 */
export function notRead(f: WalkedFile, r: Exclude<ReadOutcome, { kind: 'text' }>, maxBytes: number): Finding | undefined {
  if ((r.kind === 'too-large' || r.kind === 'binary') && !DOTENV_NAME.test(f.name)) return undefined;
  return notReadFinding(f.rel, r, maxBytes);
}

function malformedJson(rel: string, e: { line?: number; reason: string }): Finding {
  return {
    code: 'trace.malformed', severity: 'warning',
    message: `${rel}${e.line ? `:${e.line}` : ''} is not valid JSON (${e.reason}); definitions in it are not shown.`,
    location: { file: rel, ...(e.line ? { line: e.line } : {}) },
  };
}
