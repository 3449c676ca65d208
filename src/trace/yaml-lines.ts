// YAML with line numbers. js-yaml (safe default schema) returns plain values
// without positions; its `listener` option reports every node's open and close
// with the parser's line, which is enough to know the line of each mapping key.
// A document that does not parse is a finding with the mark's line, never a
// throw; the message is js-yaml's short `reason`, never its source snippet
// (the snippet could quote a secret).
import yaml from 'js-yaml';
import type { Finding } from '../core/types.js';

export interface YamlDoc {
  value: unknown;
  /** The 1-based line of `key` in mapping `obj` (or item `key` of a sequence), else of `obj` itself. */
  lineOf(obj: object, key?: string | number): number | undefined;
}

interface Frame {
  line: number;
  children: { line: number; result: unknown }[];
}

export function loadYaml(text: string, file: string): { docs: YamlDoc[]; error?: Finding } {
  const keyLines = new WeakMap<object, Map<string, number>>();
  const itemLines = new WeakMap<object, number[]>();
  const starts = new WeakMap<object, number>();
  const stack: Frame[] = [];
  const values: unknown[] = [];
  const listener = (event: 'open' | 'close', state: { line: number; result: unknown; kind: string | null }) => {
    if (event === 'open') {
      stack.push({ line: state.line + 1, children: [] });
      return;
    }
    const frame = stack.pop();
    if (!frame) return;
    const result = state.result;
    stack[stack.length - 1]?.children.push({ line: frame.line, result });
    if (result && typeof result === 'object') {
      if (!starts.has(result)) starts.set(result, frame.line);
      if (state.kind === 'mapping' && !keyLines.has(result)) {
        const lines = new Map<string, number>();
        const keys = Object.keys(result);
        let c = 0;
        for (const k of keys) {
          // The key node is the next child whose value reads as this key.
          while (c < frame.children.length && String(frame.children[c]!.result) !== k) c++;
          if (c < frame.children.length) lines.set(k, frame.children[c++]!.line);
        }
        keyLines.set(result, lines);
      }
      if (state.kind === 'sequence' && !itemLines.has(result)) itemLines.set(result, frame.children.map((c) => c.line));
    }
  };
  try {
    yaml.loadAll(text, (d) => values.push(d), { filename: file, listener } as yaml.LoadOptions);
  } catch (err) {
    return { docs: [], error: malformed(file, err) };
  }
  const lineOf = (obj: object, key?: string | number) =>
    (typeof key === 'number' ? itemLines.get(obj)?.[key] : key !== undefined ? keyLines.get(obj)?.get(key) : undefined) ?? starts.get(obj);
  return { docs: values.map((value) => ({ value, lineOf })) };
}

function malformed(file: string, err: unknown): Finding {
  const e = err as { reason?: string; mark?: { line?: number } };
  const line = typeof e.mark?.line === 'number' ? e.mark.line + 1 : undefined;
  // Some reasons quote the text (`unidentified alias "…"`, `unknown tag !<…>`):
  // keep the words, drop what is quoted and anything long enough to be a key.
  const reason = (e.reason ?? 'parse error').replace(/"[^"]*"|'[^']*'|<[^>]*>/g, '"…"').replace(/\S{16,}/g, '…').slice(0, 120);
  return {
    code: 'trace.malformed',
    severity: 'warning',
    message: `${file}${line ? `:${line}` : ''} is not valid YAML (${reason}); definitions in it are not shown.`,
    location: { file, ...(line ? { line } : {}) },
  };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** A scalar as the string a loader would see (YAML `true`, `8080` become text), or undefined. */
export function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return '';
  return undefined;
}
