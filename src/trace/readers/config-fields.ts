// JSON and YAML configuration files that are none of the known kinds (Helm
// values, app.json, serverless.yml, vercel.json, ...): a field named like the
// variable (`OPENAI_API_KEY`, `openaiApiKey`, `openai_api_key`) with a scalar
// value, or an env-list entry `{ name: OPENAI_API_KEY, value: … }`.
import { emptyExtract, type DefinitionKind, type Extract, type RawDef } from '../types.js';
import { isRecord, scalar } from '../../text/yaml-lines.js';
import type { LineOf } from '../../text/lines.js';

const MAX_NODES = 200_000;

export function normalise(name: string): string {
  return name.replace(/[-_.]/g, '').toLowerCase();
}

/** Spellings of a variable name worth a cheap byte search before parsing a file. */
export function spellings(name: string): string[] {
  const words = name.toLowerCase().split(/[_.-]+/).filter(Boolean);
  const camel = words.map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w)).join('');
  return [...new Set([name, words.join('_'), words.join('-'), camel])];
}


export function readConfigFields(rel: string, kind: DefinitionKind, root: unknown, lineOf: LineOf, names: ReadonlySet<string>): Extract {
  const out = emptyExtract();
  const wanted = new Map<string, string>();
  for (const n of names) wanted.set(normalise(n), n);
  let nodes = 0;
  const visit = (node: unknown, path: string, depth = 0): void => {
    if (++nodes > MAX_NODES || depth > 64) return;
    if (Array.isArray(node)) {
      node.forEach((v, i) => visit(v, `${path}[${i}]`, depth + 1));
      return;
    }
    if (!isRecord(node)) return;
    const entry = typeof node.name === 'string' && names.has(node.name) ? node.name : undefined;
    if (entry && ('value' in node || 'valueFrom' in node)) {
      const line = lineOf(node, 'name');
      const v = scalar(node.value);
      add({ name: entry, kind, file: rel, ...(line ? { line } : {}), ...(v !== undefined ? { value: v, committedLiteral: true } : { reference: `valueFrom ${isRecord(node.valueFrom) ? Object.keys(node.valueFrom).join(', ') : ''}`.trim() }), remark: `entry in ${path || 'the top level'}` }, path);
    }
    for (const [k, v] of Object.entries(node)) {
      const name = names.has(k) ? k : wanted.get(normalise(k));
      const s = scalar(v);
      if (name && s !== undefined && v !== null) {
        const line = lineOf(node, k);
        // `${env:X}`, `${{ secrets.X }}`, `{{ .Values.x }}`: the tool that reads the file resolves it.
        // A fallback inside it (`${env:X, 'sk-…'}`) is a literal, so it is not repeated.
        const ref = /^(?:\$\{\{?|\{\{)[^{}]*\}\}?$/.test(s.trim()) ? s.trim().replace(/\s*[,|'"].*?(\}+)$/, ', …$1') : undefined;
        add({ name, kind, file: rel, ...(line ? { line } : {}), ...(ref ? { reference: ref } : { value: s, committedLiteral: true }), remark: `field ${path ? `${path}.` : ''}${k}` }, `${path}.${k}`);
      } else {
        visit(v, path ? `${path}.${k}` : k, depth + 1);
      }
    }
  };
  const add = (def: RawDef, path: string) => {
    out.defs.push(def);
    const label = kind === 'helm-values' ? 'helm values' : 'config';
    out.chains.push({ context: `${label} ${rel} ${path.replace(/^\./, '')}`, rule: kind === 'helm-values' ? 'Helm: --set > -f values files (the last wins) > the chart\'s values.yaml' : `read by whatever loads ${rel}`, defs: [def] });
  };
  visit(root, '');
  return out;
}
