// Helm charts: templates are Go templates, not YAML, so a container's
// `- name: VAR` entry is read line by line; its `value: {{ .Values.a.b }}`
// is resolved in the chart's values.yaml (the lowest layer: `-f` files and
// `--set` override it, https://helm.sh/docs/chart_template_guide/values_files/).
import { referenceFinding } from './kubernetes.js';
import { emptyExtract, type Extract, type RawDef } from '../types.js';
import { isRecord, scalar, type YamlDoc } from '../../text/yaml-lines.js';

const RULE = 'Helm: --set > -f values files (the last wins) > the chart\'s values.yaml';

export interface ChartValues { rel: string; doc: YamlDoc }

/** The chart directory of a template path (`charts/api/templates/x.yaml` → `charts/api`), if it is one. */
export function chartOf(rel: string): string | undefined {
  const m = /^(?:(.*)\/)?templates\/[^/]+$/.exec(rel);
  return m ? (m[1] ?? '.') : undefined;
}

export function lookupValues(values: ChartValues | undefined, path: string[]): { value?: string; file: string; line?: number } | undefined {
  if (!values) return undefined;
  let node: unknown = values.doc.value;
  let parent: object | undefined;
  for (const k of path) {
    if (!isRecord(node) || !Object.hasOwn(node, k)) return undefined;
    parent = node;
    node = node[k];
  }
  const line = parent ? values.doc.lineOf(parent, path[path.length - 1]) : undefined;
  const v = scalar(node);
  return { ...(v !== undefined ? { value: v } : {}), file: values.rel, ...(line ? { line } : {}) };
}

export function readHelmTemplate(rel: string, text: string, names: ReadonlySet<string>, values: ChartValues | undefined): Extract {
  const out = emptyExtract();
  const lines = text.split(/\r?\n/);
  lines.forEach((l, i) => {
    const m = /^(\s*)-\s+name:\s*["']?([\w.-]+)["']?\s*$/.exec(l);
    if (!m || !names.has(m[2]!)) return;
    const name = m[2]!;
    const indent = m[1]!.length;
    const def: RawDef = { name, kind: 'helm', file: rel, line: i + 1 };
    const body: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]!;
      const ind = /^\s*/.exec(t)![0].length;
      if (t.trim() && (ind <= indent || /^\s*-\s/.test(t) && ind <= indent + 2)) break;
      body.push(t);
    }
    const block = body.join('\n');
    const valuePath = /\.Values((?:\.[\w-]+)+)/.exec(block)?.[1]?.slice(1).split('.');
    const literal = /^\s*value:\s*(.*)$/m.exec(block)?.[1]?.trim();
    const secret = /secretKeyRef:[\s\S]*?name:\s*["']?([^"'\s]+)["']?[\s\S]*?key:\s*["']?([^"'\s]+)/.exec(block);
    if (valuePath) {
      def.reference = `.Values.${valuePath.join('.')}`;
      const hit = lookupValues(values, valuePath);
      if (hit?.value !== undefined) {
        def.value = hit.value;
        def.committedLiteral = true;
        def.resolvedAt = `${hit.file}${hit.line ? `:${hit.line}` : ''}`;
        def.remark = `resolved from ${def.resolvedAt} (the chart default)`;
      } else {
        out.findings.push({ name, finding: referenceFinding(name, def, `The chart's values.yaml does not set it, so it must come from \`helm install -f FILE\` or \`--set ${valuePath.join('.')}=…\`.`) });
      }
    } else if (secret) {
      def.reference = `Secret ${secret[1]} key ${secret[2]}`;
      out.findings.push({ name, finding: referenceFinding(name, def, 'That Secret is not in this chart; it must exist in the cluster.') });
    } else if (literal !== undefined && !literal.includes('{{')) {
      def.value = literal.replace(/^(["'])(.*)\1$/, '$2');
      def.committedLiteral = true;
    } else {
      def.reference = 'a template expression';
    }
    out.defs.push(def);
    out.chains.push({ context: `helm chart ${chartOf(rel) ?? '.'} (${rel})`, rule: RULE, defs: [def] });
  });
  return out;
}
