// Kubernetes manifests (multi-document YAML). A container's variable comes
// from `env` (a literal, or valueFrom.secretKeyRef / configMapKeyRef) or from
// `envFrom` (every key of a Secret / ConfigMap, with an optional prefix).
// `env` beats `envFrom`, the last envFrom source wins, and a later env entry
// of the same name wins (Kubernetes API reference, Container.envFrom).
// Secret `data` is base64: a value encoded with `echo` instead of `echo -n`
// carries a trailing newline into the variable (kubernetes/kubernetes #23404).
import type { Finding } from '../../core/types.js';
import { emptyExtract, type Extract, type RawDef } from '../types.js';
import { isRecord, scalar, type YamlDoc } from '../../text/yaml-lines.js';

const RULE = 'Kubernetes: env beats envFrom; the last envFrom source and the last env entry of a name win';
const WORKLOADS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);

interface StoreEntry { value?: string; file: string; line?: number; problem?: Finding }
type Store = Map<string, Map<string, StoreEntry>>;

export interface K8sDoc { rel: string; doc: YamlDoc }

export function isManifest(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && typeof v.kind === 'string' && typeof v.apiVersion === 'string';
}

export function readKubernetes(docs: K8sDoc[], names: ReadonlySet<string>): Extract {
  const out = emptyExtract();
  const secrets: Store = new Map();
  const configMaps: Store = new Map();
  for (const { rel, doc } of docs) {
    const m = doc.value;
    if (!isManifest(m)) continue;
    const name = isRecord(m.metadata) ? scalar(m.metadata.name) ?? '' : '';
    if (m.kind === 'Secret' || m.kind === 'ConfigMap') {
      const store = m.kind === 'Secret' ? secrets : configMaps;
      const entries = store.get(name) ?? new Map<string, StoreEntry>();
      store.set(name, entries);
      for (const field of ['data', 'stringData']) {
        const data = m[field];
        if (!isRecord(data)) continue;
        for (const [k, v] of Object.entries(data)) {
          const line = doc.lineOf(data, k);
          const text = scalar(v) ?? '';
          const entry: StoreEntry = { file: rel, ...(line ? { line } : {}) };
          if (m.kind === 'Secret' && field === 'data') decode(entry, text, `${rel}:${line ?? '?'}`, `Secret ${name} key ${k}`);
          else entry.value = text;
          entries.set(k, entry);
          if (names.has(k)) {
            out.defs.push({ name: k, kind: m.kind === 'Secret' ? 'kubernetes-secret' : 'kubernetes-configmap', file: rel, ...(line ? { line } : {}), ...(entry.value !== undefined ? { value: entry.value } : {}), committedLiteral: true, remark: `${m.kind} ${name}` });
            if (entry.problem) out.findings.push({ name: k, finding: entry.problem });
          }
        }
      }
    }
  }
  for (const { rel, doc } of docs) {
    const m = doc.value;
    if (!isManifest(m) || !WORKLOADS.has(m.kind as string)) continue;
    const wname = isRecord(m.metadata) ? scalar(m.metadata.name) ?? '' : '';
    for (const c of containers(m)) {
      const cname = scalar(c.name) ?? '?';
      const env: RawDef[] = [];
      const from: RawDef[] = [];
      if (Array.isArray(c.env)) {
        for (const e of c.env) {
          if (!isRecord(e) || !names.has(scalar(e.name) ?? '')) continue;
          const n = scalar(e.name)!;
          const line = doc.lineOf(e, 'name');
          const def: RawDef = { name: n, kind: 'kubernetes', file: rel, ...(line ? { line } : {}) };
          const vf = isRecord(e.valueFrom) ? e.valueFrom : undefined;
          const ref = vf && (isRecord(vf.secretKeyRef) ? ['Secret', vf.secretKeyRef] as const : isRecord(vf.configMapKeyRef) ? ['ConfigMap', vf.configMapKeyRef] as const : undefined);
          if (ref) {
            const [kind, r] = ref;
            const sname = scalar(r.name) ?? '?';
            const key = scalar(r.key) ?? '?';
            def.reference = `${kind} ${sname} key ${key}`;
            const hit = (kind === 'Secret' ? secrets : configMaps).get(sname)?.get(key);
            if (hit) {
              if (hit.value !== undefined) def.value = hit.value;
              def.resolvedAt = `${hit.file}${hit.line ? `:${hit.line}` : ''}`;
              def.remark = `resolved from ${def.resolvedAt}`;
              if (hit.problem && !names.has(key)) out.findings.push({ name: n, finding: hit.problem });
            } else {
              def.remark = `not in this repository: the ${kind} lives in the cluster`;
              out.findings.push({ name: n, finding: referenceFinding(n, def, `That ${kind} is not in this repository; it must exist in the cluster, in the pod's namespace (\`kubectl get ${kind.toLowerCase()} ${sname} -o yaml\`).`) });
            }
          } else if (vf) {
            def.reference = `valueFrom ${Object.keys(vf).join(', ')}`;
          } else {
            def.value = scalar(e.value) ?? '';
            def.committedLiteral = true;
          }
          env.push(def);
        }
      }
      if (Array.isArray(c.envFrom)) {
        for (const src of c.envFrom) {
          if (!isRecord(src)) continue;
          const prefix = scalar(src.prefix) ?? '';
          const ref = isRecord(src.secretRef) ? ['Secret', src.secretRef] as const : isRecord(src.configMapRef) ? ['ConfigMap', src.configMapRef] as const : undefined;
          if (!ref) continue;
          const sname = scalar(ref[1].name) ?? '?';
          const store = (ref[0] === 'Secret' ? secrets : configMaps).get(sname);
          for (const [key, hit] of store ?? []) {
            const n = prefix + key;
            if (!names.has(n)) continue;
            const line = doc.lineOf(src, ref[0] === 'Secret' ? 'secretRef' : 'configMapRef');
            from.push({ name: n, kind: 'kubernetes', file: rel, ...(line ? { line } : {}), reference: `envFrom ${ref[0]} ${sname}${prefix ? ` (prefix ${prefix})` : ''}`, ...(hit.value !== undefined ? { value: hit.value } : {}), resolvedAt: loc2(hit), remark: `resolved from ${loc2(hit)}` });
          }
        }
      }
      const defs = [...env.reverse(), ...from.reverse()];
      out.defs.push(...defs);
      for (const n of new Set(defs.map((d) => d.name))) {
        out.chains.push({ context: `kubernetes ${m.kind}/${wname} container ${cname}`, rule: RULE, defs: defs.filter((d) => d.name === n) });
      }
    }
  }
  return out;
}

function containers(m: Record<string, unknown>): Record<string, unknown>[] {
  let spec: unknown = m.spec;
  if (m.kind === 'CronJob') spec = isRecord(spec) && isRecord(spec.jobTemplate) ? spec.jobTemplate.spec : undefined;
  if (m.kind !== 'Pod') spec = isRecord(spec) && isRecord(spec.template) ? spec.template.spec : undefined;
  if (!isRecord(spec)) return [];
  return [spec.initContainers, spec.containers].flatMap((l) => (Array.isArray(l) ? l.filter(isRecord) : []));
}

function decode(entry: StoreEntry, b64: string, at: string, what: string): void {
  const clean = b64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    entry.problem = { code: 'trace.secret_bad_base64', severity: 'warning', message: `${at}: ${what} is not valid base64, so Kubernetes rejects the Secret.`, location: loc(entry) };
    return;
  }
  entry.value = Buffer.from(clean, 'base64').toString('utf8');
  if (/\r?\n$/.test(entry.value)) {
    entry.problem = {
      code: 'trace.secret_trailing_newline', severity: 'error',
      message: `${at}: ${what} decodes to a value ending in a newline; the variable carries it and the provider sees a different key.`,
      fix: 'Encode without the newline: printf %s "$KEY" | base64 (or echo -n), or use stringData.',
      location: loc(entry),
      category: 'malformed_key',
    };
  }
}

function loc2(e: StoreEntry): string {
  return `${e.file}${e.line ? `:${e.line}` : ''}`;
}

function loc(e: StoreEntry) {
  return { file: e.file, ...(e.line ? { line: e.line } : {}) };
}

export function referenceFinding(name: string, def: RawDef, text: string): Finding {
  return {
    code: 'trace.reference', severity: 'info',
    // A period, not a colon, after the reference: `key api-key: …` would read as a credential header to the redactor.
    message: `${def.file}${def.line ? `:${def.line}` : ''} takes ${name} from ${def.reference}. ${text}`,
    location: { file: def.file, ...(def.line ? { line: def.line } : {}) },
  };
}
