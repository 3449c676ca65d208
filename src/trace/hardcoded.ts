// Keys hard-coded in files: by exact value (every definition's value of 16+
// characters) and by fingerprint (tokens shaped like the variable's provider
// keys, hashed and compared with every definition's fingerprint: a match is
// the same key, a miss is another key of that provider, often an old one).
// One pass over each file's bytes finds the long tokens; values that are not
// a single token fall back to a byte search. Only file:line and fingerprints
// are reported.
import { withArticle } from '../core/grammar.js';
import type { Finding } from '../core/types.js';
import type { KeyFormat, KeyPattern } from '../probes/types.js';
import { fingerprint, MIN_FINGERPRINT_LENGTH } from '../redact/fingerprint.js';
import { lineAt } from '../text/lines.js';
import { where, type RawDef, type VarFinding } from './types.js';

const MAX_HITS_PER_NAME = 50;

export interface Shape { name: string; provider: string; format: KeyFormat; prefix: string }

interface Owner { name: string; def: RawDef; fp: string }

/** Bytes of a key-like token: letters, digits, `_` and `-`. */
const TOKEN = new Uint8Array(256);
for (let b = 0; b < 256; b++) TOKEN[b] = /[A-Za-z0-9_-]/.test(String.fromCharCode(b)) ? 1 : 0;

export class HardcodedScan {
  /** Values that are one token: found by a single pass over each file's tokens. */
  private tokens = new Map<string, Owner[]>();
  /** Values with other characters (`=`, `.`, `/`): found with a byte search. */
  private needles: { value: string; bytes: Buffer; owners: Owner[] }[] = [];
  private prefixes = new Map<string, Shape[]>();
  private known = new Set<string>();
  private counts = new Map<string, number>();
  /** Definitions by file: a hit on (or just below) a definition's own line is that definition. */
  private definedAt = new Map<string, { line: number; value?: string }[]>();
  readonly findings: VarFinding[] = [];

  constructor(defs: RawDef[], shapes: Shape[], private exclude: ReadonlySet<string>) {
    for (const d of defs) {
      if (d.line) {
        const list = this.definedAt.get(d.file) ?? [];
        list.push({ line: d.line, ...(d.value !== undefined ? { value: d.value.trim() } : {}) });
        this.definedAt.set(d.file, list);
      }
      if (d.value === undefined || d.value.trim().length < MIN_FINGERPRINT_LENGTH) continue;
      const v = d.value.trim();
      const fp = fingerprint(v)!;
      this.known.add(fp);
      const single = [...Buffer.from(v)].every((b) => TOKEN[b]);
      let owners = single ? this.tokens.get(v) : this.needles.find((n) => n.value === v)?.owners;
      if (!owners) {
        owners = [];
        if (single) this.tokens.set(v, owners);
        else this.needles.push({ value: v, bytes: Buffer.from(v), owners });
      }
      if (!owners.some((o) => o.name === d.name)) owners.push({ name: d.name, def: d, fp });
    }
    for (const s of shapes) this.prefixes.set(s.prefix, [...(this.prefixes.get(s.prefix) ?? []), s]);
  }

  get empty(): boolean {
    return this.tokens.size === 0 && this.needles.length === 0 && this.prefixes.size === 0;
  }

  /** Scan the first `len` bytes of `buf` (a reused buffer may hold more). */
  scan(rel: string, buf: Buffer, len = buf.length): void {
    // A view of the file's bytes: a search of the whole shared buffer would read up to 1 MiB per file.
    const bytes = len === buf.length ? buf : buf.subarray(0, len);
    for (const n of this.needles) {
      for (let i = bytes.indexOf(n.bytes); i !== -1; i = bytes.indexOf(n.bytes, i + n.bytes.length)) this.exact(rel, buf, i, n.value, n.owners);
    }
    // Every run of token bytes long enough to be a key, without visiting every
    // byte: if the last byte of a window as long as a key is not a token byte,
    // no key fits in that window, and the search jumps past it (most runs in
    // source text are short words). Otherwise widen the run around that byte.
    // The byte before `i` is never a token byte, so a run never starts before `i`.
    const min = MIN_FINGERPRINT_LENGTH;
    let i = 0;
    while (i + min <= len) {
      const p = i + min - 1;
      if (TOKEN[buf[p]!] === 0) {
        i = p + 1;
        continue;
      }
      let start = p;
      while (start > i && TOKEN[buf[start - 1]!] === 1) start--;
      let end = p + 1;
      while (end < len && TOKEN[buf[end]!] === 1) end++;
      if (end - start >= min) this.token(rel, buf, start, buf.toString('latin1', start, end));
      i = end + 1;
    }
  }

  private token(rel: string, buf: Buffer, at: number, token: string): void {
    const owners = this.tokens.get(token);
    if (owners) return this.exact(rel, buf, at, token, owners);
    let shapes: Shape[] | undefined;
    for (const [prefix, list] of this.prefixes) if (token.startsWith(prefix)) (shapes ??= []).push(...list);
    if (!shapes) return;
    const matching = shapes.filter((s) => s.format.pattern.test(token));
    if (!matching.length) return;
    const fp = fingerprint(token)!;
    if (this.known.has(fp)) return;
    const line = lineAt(buf, at);
    if (this.exclude.has(`${rel}:${line}`)) return;
    for (const s of matching) {
      this.add(s.name, {
        code: 'trace.hardcoded_other_key', severity: 'warning',
        message: `${rel}:${line} hard-codes ${withArticle(s.provider)} ${s.format.description} (${fp}) that no definition of ${s.name} holds: an old key, or another account's?`,
        fix: 'If it is a real key, revoke it; read keys from the environment, never from source files.',
        location: { file: rel, line },
      });
    }
  }

  private exact(rel: string, buf: Buffer, at: number, value: string, owners: Owner[]): void {
    const line = lineAt(buf, at);
    if (this.isDefinition(rel, line, value)) return;
    for (const o of owners) {
      this.add(o.name, {
        code: 'trace.hardcoded', severity: 'error',
        message: `${rel}:${line} hard-codes the value of ${o.name} that ${where(o.def)} holds (${o.fp}).`,
        fix: `Read ${o.name} from the environment instead, and rotate the key: it is in the project files, and likely in the git history.`,
        location: { file: rel, line },
      });
    }
  }

  /** On the definition's line, or within the next three (a YAML `value:` key or block scalar) with the same value. */
  private isDefinition(rel: string, line: number, value: string): boolean {
    if (this.exclude.has(`${rel}:${line}`)) return true;
    return (this.definedAt.get(rel) ?? []).some((d) => d.value === value && line >= d.line && line <= d.line + 3);
  }

  private add(name: string, finding: Finding): void {
    const n = this.counts.get(name) ?? 0;
    this.counts.set(name, n + 1);
    if (n < MAX_HITS_PER_NAME) this.findings.push({ name, finding });
  }
}

/** The literal text a key format's anchored pattern starts with (`sk-proj-`), if 3+ characters. */
export function literalPrefix(pattern: KeyPattern): string | undefined {
  const src = pattern.source;
  if (!src.startsWith('^')) return undefined;
  let out = '';
  for (let i = 1; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && /[-_./]/.test(src[i + 1] ?? '')) { out += src[++i]; continue; }
    if (/[\\[\](){}.*+?|^$]/.test(c)) {
      // A quantifier applies to the previous character: it is not literal.
      if (/[*+?{]/.test(c)) out = out.slice(0, -1);
      break;
    }
    out += c;
  }
  return out.length >= 3 ? out : undefined;
}
