// The one YAML loader: every YAML text keydoctor reads (project files, the
// project's .keydoctor.yml, the user's config) goes through `parseYaml`, with
// line numbers and the limits a hostile file needs (DESIGN.md: "a project is
// untrusted input").
//
// Line numbers: js-yaml (safe default schema) returns plain values without
// positions; its `listener` option reports every node's open and close with the
// parser's line, which is enough to know the line of each mapping key.
//
// Limits: js-yaml shares an anchored value between its aliases, so parsing a
// "billion laughs" (anchors made of aliases of anchors) is cheap, but anything
// that walks the value visits the shared nodes once per path to them. The
// listener therefore counts what the text expands to (an alias counts as the
// whole node it names) and stops at YAML_LIMITS.nodes, so no traversal of a
// value it returns can visit more; it also caps aliases, depth and size.
//
// A document that does not parse, or goes over a limit, is a problem with a
// line, never a throw; the message is js-yaml's short `reason` with anything
// quoted removed, never its source snippet (the snippet could quote a secret).
import yaml from 'js-yaml';
import type { Finding } from '../core/types.js';

/** The most one YAML text (all of its documents) may hold. */
export const YAML_LIMITS = {
  /** Characters. The trace reads files of up to 1 MiB and .keydoctor.yml up to 256 KiB; this holds for any other caller. */
  chars: 1024 * 1024,
  /** `*alias` uses. Hand-written compose and CI files use a few dozen; a bomb needs few, the node cap below catches it. */
  aliases: 1000,
  /** Nesting levels. Kubernetes manifests and Helm values go 10-20 deep. */
  depth: 64,
  /**
   * Nodes the documents expand to with every alias counted as a copy of the
   * node it names: the most any walk over the returned values can visit. A
   * 1 MiB text without aliases has at most about half a million nodes.
   */
  nodes: 1_000_000,
  /** Keys copied by `<<` merge keys (js-yaml's own limit, set here so it is stated). */
  mergeKeys: 10_000,
} as const;

export interface YamlDoc {
  value: unknown;
  /** The 1-based line of `key` in mapping `obj` (or item `key` of a sequence), else of `obj` itself. */
  lineOf(obj: object, key?: string | number): number | undefined;
}

/** Why a text was not read. */
export interface YamlProblem {
  /** 1-based, when the problem has a place. */
  line?: number;
  /** Short and quoting nothing from the text. */
  reason: string;
  /** True when a limit was hit (the text may well be valid YAML). */
  limit: boolean;
}

interface Child {
  line: number;
  result: unknown;
  /** Nodes it expands to. */
  size: number;
  alias: boolean;
}

interface Frame {
  line: number;
  size: number;
  children: Child[];
}

class LimitHit extends Error {
  constructor(readonly line: number | undefined, readonly reason: string) {
    super(reason);
  }
}

/**
 * Parse every document of `text` within YAML_LIMITS; on a problem, no documents.
 * `single`: a second document is a problem (a config file is one document).
 */
export function parseYaml(text: string, opts: { single?: boolean } = {}): { docs: YamlDoc[]; problem?: YamlProblem } {
  if (text.length > YAML_LIMITS.chars) return { docs: [], problem: { reason: `larger than ${YAML_LIMITS.chars / 1024 / 1024} MiB`, limit: true } };
  const keyLines = new WeakMap<object, Map<string, number>>();
  const itemLines = new WeakMap<object, number[]>();
  const starts = new WeakMap<object, number>();
  const sizes = new WeakMap<object, number>();
  const stack: Frame[] = [];
  const values: unknown[] = [];
  const docLines: number[] = [];
  let aliases = 0;
  let total = 0;
  const tooBig = (line: number, docs: string) => new LimitHit(line, `${docs} to over ${YAML_LIMITS.nodes} nodes through aliases`);
  const listener = (event: 'open' | 'close', state: { line: number; result: unknown; kind: string | null }) => {
    if (event === 'open') {
      if (!stack.length) docLines.push(state.line + 1);
      if (stack.length >= YAML_LIMITS.depth) throw new LimitHit(state.line + 1, `nested more than ${YAML_LIMITS.depth} levels deep`);
      stack.push({ line: state.line + 1, size: 1, children: [] });
      return;
    }
    const frame = stack.pop();
    if (!frame) return;
    const result = state.result;
    const isObject = !!result && typeof result === 'object';
    let size = frame.size;
    let alias = false;
    const only = frame.children.length === 1 ? frame.children[0]! : undefined;
    if (only && Object.is(only.result, result)) {
      // js-yaml first tries a block node as the key of a compact mapping: the node
      // it read is then the only child of a wrapper with the same result.
      size = only.size;
      alias = only.alias;
    } else if (state.kind === null && result !== null && result !== undefined) {
      // An alias is the one node with a result but no kind (an alias of a null value is not seen: it expands to nothing).
      if (++aliases > YAML_LIMITS.aliases) throw new LimitHit(frame.line, `too many aliases (over ${YAML_LIMITS.aliases})`);
      size = isObject ? sizes.get(result) ?? 1 : 1;
      alias = true;
    }
    if (size > YAML_LIMITS.nodes) throw tooBig(frame.line, 'the document expands');
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size += size;
      parent.children.push({ line: frame.line, result, size, alias });
    } else if ((total += size) > YAML_LIMITS.nodes) {
      throw tooBig(frame.line, 'the documents expand');
    }
    if (isObject) {
      if (!sizes.has(result)) sizes.set(result, size);
      if (!starts.has(result)) starts.set(result, frame.line);
      if (state.kind === 'mapping' && !keyLines.has(result)) keyLines.set(result, mappingLines(result, frame.children, keyLines));
      if (state.kind === 'sequence' && !itemLines.has(result)) itemLines.set(result, frame.children.map((c) => c.line));
    }
  };
  try {
    const options = { listener, maxDepth: YAML_LIMITS.depth + 1, maxTotalMergeKeys: YAML_LIMITS.mergeKeys };
    yaml.loadAll(text, (d) => values.push(d), options as yaml.LoadOptions);
  } catch (err) {
    return { docs: [], problem: problemOf(err) };
  }
  if (opts.single && values.length > 1) return { docs: [], problem: { ...(docLines[1] ? { line: docLines[1] } : {}), reason: 'a second YAML document (the file must hold one)', limit: true } };
  const lineOf = (obj: object, key?: string | number) =>
    (typeof key === 'number' ? itemLines.get(obj)?.[key] : key !== undefined ? keyLines.get(obj)?.get(key) : undefined) ?? starts.get(obj);
  return { docs: values.map((value) => ({ value, lineOf })) };
}

/** parseYaml for a file in the user's project: a problem is a finding naming the file and line. */
export function loadYaml(text: string, file: string): { docs: YamlDoc[]; error?: Finding } {
  const { docs, problem } = parseYaml(text);
  if (!problem) return { docs };
  const at = `${file}${problem.line ? `:${problem.line}` : ''}`;
  return {
    docs: [],
    error: {
      code: 'trace.malformed',
      severity: 'warning',
      message: problem.limit
        ? `${at} is not read: ${problem.reason}, a limit against hostile YAML; definitions in it are not shown.`
        : `${at} is not valid YAML (${problem.reason}); definitions in it are not shown.`,
      location: { file, ...(problem.line ? { line: problem.line } : {}) },
    },
  };
}

/**
 * The line of each key of a mapping. Its children are its key and value nodes
 * in order (a key without a value may have no value node), so each key is the
 * next child at or after the previous key's whose text is the key. A key that
 * a `<<` merge brought in is on the line that writes it in the merged mapping.
 */
function mappingLines(obj: object, kids: Child[], known: WeakMap<object, Map<string, number>>): Map<string, number> {
  const at = new Map<string, number[]>();
  const sources: object[] = [];
  kids.forEach((kid, i) => {
    const text = keyText(kid);
    if (text === undefined) return;
    const list = at.get(text);
    if (list) list.push(i);
    else at.set(text, [i]);
    if (text === '<<' && kids[i + 1]) {
      const v = kids[i + 1]!.result;
      for (const s of Array.isArray(v) ? v : [v]) if (s && typeof s === 'object') sources.push(s);
    }
  });
  const lines = new Map<string, number>();
  let next = 0;
  for (const key of Object.keys(obj)) {
    const list = at.get(key);
    const i = list ? firstAtLeast(list, next) : undefined;
    if (i !== undefined) {
      lines.set(key, kids[i]!.line);
      next = i + 1;
      continue;
    }
    const merged = sources.length ? sources.map((s) => known.get(s)?.get(key)).find((l) => l !== undefined) : undefined;
    const line = merged ?? (list ? kids[list[0]!]!.line : undefined);
    if (line !== undefined) lines.set(key, line);
  }
  return lines;
}

/** A key node's text as js-yaml makes it a property name; undefined for a value no key can be (never stringify a large one). */
function keyText(kid: Child): string | undefined {
  const r = kid.result;
  if (r === null || typeof r !== 'object') return String(r);
  if (kid.size > 64) return undefined;
  // A mapping used as a key becomes its text; one with its own `toString` (a key named so in the YAML)
  // cannot be turned into text at all, and is no key a lookup asks for.
  try {
    return String(r);
  } catch {
    return undefined;
  }
}

function firstAtLeast(sorted: number[], min: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

function problemOf(err: unknown): YamlProblem {
  if (err instanceof LimitHit) return { ...(err.line ? { line: err.line } : {}), reason: err.reason, limit: true };
  const e = err as { reason?: string; mark?: { line?: number } };
  const line = typeof e.mark?.line === 'number' ? e.mark.line + 1 : undefined;
  const at = line ? { line } : {};
  if (/maxTotalMergeKeys/.test(e.reason ?? '')) return { ...at, reason: `too many merged keys (over ${YAML_LIMITS.mergeKeys})`, limit: true };
  if (/maxDepth/.test(e.reason ?? '')) return { ...at, reason: `nested more than ${YAML_LIMITS.depth} levels deep`, limit: true };
  // Some reasons quote the text (`unidentified alias "…"`, `unknown tag !<…>`):
  // keep the words, drop what is quoted and anything long enough to be a key.
  const reason = (e.reason ?? 'parse error').replace(/"[^"]*"|'[^']*'|<[^>]*>/g, '"…"').replace(/\S{16,}/g, '…').slice(0, 120);
  return { ...at, reason, limit: false };
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
