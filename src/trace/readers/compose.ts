// docker compose files. Precedence for a container variable, highest first
// (https://docs.docker.com/compose/how-tos/environment-variables/envvars-precedence/):
// `environment:` (interpolated from the shell or the project .env, or literal),
// then `env_file:` (the last file listed wins), then the image's Dockerfile ENV.
// An override file's `environment:` beats the base file's.
import { notReadBecause, readProjectFile, text as decode, type ProjectRoot } from '../../io/files.js';
import { posix } from 'node:path';
import { own } from '../../core/own.js';
import { scanDotenv } from './dotenv-family.js';
import { interpolate, hasInterpolation, type Lookup } from '../../text/interpolate.js';
import { emptyExtract, type Chain, type Extract, type RawDef } from '../types.js';
import { isRecord, scalar, type YamlDoc } from '../../text/yaml-lines.js';

export const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[\w.-]+)?\.ya?ml$/;
const RULE = 'Compose: environment: > env_file: (the last file listed wins) > Dockerfile ENV';

export interface ComposeInput {
  rel: string;
  root: ProjectRoot;
  doc: YamlDoc;
  names: ReadonlySet<string>;
  /** Interpolation: the process environment, then the .env next to the compose file. */
  lookup: Lookup;
  /** Dockerfile ENV definitions by project-relative path. */
  dockerfileEnv: ReadonlyMap<string, RawDef[]>;
}

interface ServiceDefs { env: RawDef[]; envFile: RawDef[]; image: RawDef[] }

export function readCompose(inputs: ComposeInput[]): Extract {
  const out = emptyExtract();
  // Group base and override files of one directory by service name.
  const services = new Map<string, ServiceDefs & { label: string }>();
  const ordered = [...inputs].sort((a, b) => Number(/override/.test(b.rel)) - Number(/override/.test(a.rel)));
  for (const input of ordered) {
    const top = input.doc.value;
    if (!isRecord(top) || !isRecord(top.services)) continue;
    for (const [svc, body] of Object.entries(top.services)) {
      if (!isRecord(body)) continue;
      const key = `${posix.dirname(input.rel)}\0${svc}`;
      const entry = services.get(key) ?? { env: [], envFile: [], image: [], label: '' };
      if (!entry.label || !/override/.test(input.rel)) entry.label = `compose service ${svc} (${input.rel})`;
      services.set(key, entry);
      entry.env.push(...environment(input, body, out));
      entry.envFile.push(...envFiles(input, body, out));
      if (!entry.image.length) entry.image.push(...imageEnv(input, body));
    }
  }
  for (const s of services.values()) {
    const defs = [...s.env, ...s.envFile, ...s.image];
    out.defs.push(...s.env, ...s.envFile);
    for (const name of new Set(defs.map((d) => d.name))) {
      out.chains.push({ context: s.label, rule: RULE, defs: defs.filter((d) => d.name === name) } satisfies Chain);
    }
  }
  return out;
}

function environment(input: ComposeInput, body: Record<string, unknown>, out: Extract): RawDef[] {
  const env = body.environment;
  const entries: { name: string; raw: string | null; line?: number }[] = [];
  if (isRecord(env)) {
    for (const [k, v] of Object.entries(env)) entries.push({ name: k, raw: v === null ? null : scalar(v) ?? '', line: input.doc.lineOf(env, k) });
  } else if (Array.isArray(env)) {
    env.forEach((item, i) => {
      const s = scalar(item);
      if (s === undefined) return;
      const eq = s.indexOf('=');
      entries.push({ name: eq === -1 ? s : s.slice(0, eq), raw: eq === -1 ? null : s.slice(eq + 1), line: input.doc.lineOf(env, i) });
    });
  }
  const defs: RawDef[] = [];
  for (const e of entries) {
    if (!input.names.has(e.name)) continue;
    const base = { name: e.name, kind: 'compose' as const, file: input.rel, ...(e.line ? { line: e.line } : {}) };
    if (e.raw === null) {
      // `- NAME` / `NAME:` passes the shell's value through, or leaves it unset.
      const hit = input.lookup(e.name);
      defs.push({ ...base, reference: `${e.name} from the shell running docker compose`, ...(hit ? { value: hit.value, remark: `resolved from ${hit.from}` } : { remark: 'unset here: the container gets no such variable' }) });
    } else if (hasInterpolation(e.raw)) {
      const r = interpolate(e.raw, input.lookup);
      const from = r.refs.map((x) => `\${${x.name}} ${x.from ? `from ${x.from}` : 'unset, its default'}`).join(', ');
      const fromFileOnly = r.refs.every((x) => !x.from) && !!r.value;
      defs.push({
        ...base, reference: r.refs.map((x) => `\${${x.name}}`).join(' ') + ' (the shell, then .env)', value: r.value ?? '',
        remark: r.unresolved.length ? `unresolved: Compose substitutes an empty string for ${r.unresolved.map((n) => `\${${n}}`).join(', ')}` : `resolved: ${from}`,
        ...(fromFileOnly ? { committedLiteral: true } : {}),
      });
      if (r.unresolved.length) {
        out.findings.push({ name: e.name, finding: {
          code: 'trace.unresolved', severity: 'warning',
          message: `${input.rel}:${e.line ?? '?'} sets ${e.name} from ${r.unresolved.map((n) => `\${${n}}`).join(', ')}, which neither the shell nor the .env next to it sets: Compose substitutes an empty string.`,
          fix: `Export ${r.unresolved[0]} before \`docker compose up\`, add it to .env next to ${posix.basename(input.rel)}, or give a default: \${${r.unresolved[0]}:-…}.`,
          location: { file: input.rel, ...(e.line ? { line: e.line } : {}) },
        } });
      }
    } else {
      defs.push({ ...base, value: e.raw.replace(/\$\$/g, '$'), committedLiteral: true });
    }
  }
  return defs.reverse(); // a later list entry of the same name wins
}

function envFiles(input: ComposeInput, body: Record<string, unknown>, out: Extract): RawDef[] {
  const raw = body.env_file;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const perFile: RawDef[][] = [];
  list.forEach((item, i) => {
    const path = typeof item === 'string' ? item : isRecord(item) ? scalar(item.path) : undefined;
    if (!path) return;
    const required = !(isRecord(item) && item.required === false);
    const rel = posix.normalize(posix.join(posix.dirname(input.rel), path));
    // Through the project reader: an env_file of `../../.aws/credentials`, or a link out, is not read.
    const r = readProjectFile(input.root, rel);
    let text: string;
    if (r.kind === 'text') text = decode(r);
    else if (r.kind !== 'error') {
      out.problems.push({ code: r.kind === 'outside' ? 'trace.outside_link' : 'trace.unreadable', severity: 'warning', message: `${input.rel} lists env_file ${path}, which ${notReadBecause(r).replace('is a symbolic link to a file', 'is')}; not read.`, location: { file: input.rel } });
      return;
    } else {
      const line = Array.isArray(raw) ? input.doc.lineOf(raw, i) : input.doc.lineOf(body, 'env_file');
      if (required) out.problems.push({
        code: 'trace.missing_file', severity: 'warning',
        message: `${input.rel}${line ? `:${line}` : ''} lists env_file ${path}, which does not exist: docker compose up fails.`,
        location: { file: input.rel, ...(line ? { line } : {}) },
      });
      return;
    }
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    perFile.push(scanDotenv(text, input.names).occurrences.map((o) => {
      // Compose keeps a `#` with no space before it in an unquoted value; dotenv cuts there
      // (https://docs.docker.com/compose/env-file/).
      const line = lines[o.line - 1] ?? '';
      const after = line.slice(line.indexOf(o.name) + o.name.length).replace(/^\s*[=:]\s*/, '');
      const kept = !/^["'`]/.test(after) && /[^\s]#/.test(after) ? after.split(/\s+#/)[0]!.trim() : undefined;
      return {
        name: o.name, kind: 'compose-env-file' as const, file: rel, line: o.line, value: kept ?? o.value,
        remark: `env_file of ${input.rel}${kept !== undefined ? '; Compose keeps the text after # that dotenv cuts' : ''}`,
      };
    }));
  });
  // Later files win; inside a file the later line wins.
  return perFile.reverse().flatMap((defs) => defs.reverse());
}

function imageEnv(input: ComposeInput, body: Record<string, unknown>): RawDef[] {
  const build = body.build;
  if (build === undefined) return [];
  const context = typeof build === 'string' ? build : isRecord(build) ? scalar(build.context) ?? '.' : '.';
  const dockerfile = isRecord(build) ? scalar(build.dockerfile) ?? 'Dockerfile' : 'Dockerfile';
  const rel = posix.normalize(posix.join(posix.dirname(input.rel), context, dockerfile));
  return (input.dockerfileEnv.get(rel) ?? []).filter((d) => input.names.has(d.name));
}

/** Interpolation lookup for a compose file: process environment first, then its directory's .env. */
export function composeLookup(env: Record<string, string | undefined>, root: ProjectRoot, rel: string): Lookup {
  const dir = posix.dirname(rel);
  const dotenvRel = dir === '.' ? '.env' : `${dir}/.env`;
  let file: Map<string, { value: string; line: number }> | undefined;
  return (name) => {
    const v = own(env, name);
    if (v !== undefined) return { value: v, from: 'the process environment' };
    if (!file) {
      file = new Map();
      const r = readProjectFile(root, dotenvRel);
      // No .env (or one the reader refuses, reported where the walk lists it): nothing to interpolate from.
      if (r.kind === 'text') for (const o of scanDotenv(decode(r), null).occurrences) file.set(o.name, o);
    }
    const hit = file.get(name);
    return hit ? { value: hit.value, from: `${dotenvRel}:${hit.line}` } : undefined;
  };
}
