// `providers:` in .keydoctor.yml, validated strictly: every mistake is one
// line naming the file, the line and the field (exit 2), never a stack trace.
// A pattern's lint (./safe-regex.ts) is a notice in the same form.
import { UsageError } from '../core/errors.js';
import { CATEGORIES, type Category } from '../core/types.js';
import { checkUrl, identityPath, type IdentityPath } from './fields.js';
import { BODY_PATTERN, HEADER_PATTERN, KEY_PATTERN, compileUserRegex, type RegexLimits, type UserRegex } from './safe-regex.js';

export type { IdentityPath } from './fields.js';

export interface RuleSpec {
  id: string;
  status?: number[];
  body?: UserRegex;
  headers: [name: string, pattern: UserRegex][];
  category: Category;
  fix?: string;
}

export interface ProviderSpec {
  id: string;
  name: string;
  docs?: string;
  envVars: string[];
  keyFormat?: UserRegex;
  method: 'GET' | 'POST';
  url: URL;
  auth: { header: string; template: string };
  headers: Record<string, string>;
  identity: [field: string, path: IdentityPath][];
  rules: RuleSpec[];
  line?: number;
}

/** The line of a path in the file (`['providers', 0, 'request', 'url']`), or of the nearest parent found. */
export type LineOf = (path: (string | number)[]) => number | undefined;

/** Ids and variables already in use (the built-ins'), and whose they are. */
export interface Taken {
  ids: Map<string, string>;
  envVars: Map<string, string>;
}

const PROVIDER = ['id', 'name', 'docs', 'envVars', 'keyFormat', 'request', 'identity', 'classify'];
const REQUEST = ['method', 'url', 'auth', 'headers'];
const RULE = ['id', 'when', 'category', 'fix'];
const WHEN = ['status', 'bodyMatches', 'header'];
const TOKEN = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Headers the HTTP client owns; a project file must not set where or how the request goes.
const RESERVED_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'proxy-authorization']);

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function validateProviders(raw: unknown[], file: string, lineOf: LineOf, taken: Taken, lint: (notice: string) => void = () => {}): ProviderSpec[] {
  const where = (path: (string | number)[]) => {
    const line = lineOf(path);
    const shown = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
    return `${file}${line ? `:${line}` : ''}: ${shown}`;
  };
  const fail = (path: (string | number)[], what: string): never => {
    throw new UsageError(`${where(path)}: ${what}`);
  };
  const known = (obj: Record<string, unknown>, allowed: string[], at: (string | number)[]) => {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) fail([...at, k], `unknown field (allowed: ${allowed.join(', ')})`);
  };
  const text = (v: unknown, at: (string | number)[], what = 'must be a string'): string => {
    if (typeof v !== 'string' || !v.trim()) fail(at, what);
    return v as string;
  };
  const pattern = (v: unknown, at: (string | number)[], limits: RegexLimits): UserRegex => {
    const checked = compileUserRegex(text(v, at, 'must be a regular expression (a string)'), limits);
    if (typeof checked === 'string') return fail(at, `the pattern is refused: ${checked}`);
    if (checked.lint) lint(`${where(at)}: ${checked.lint}`);
    return checked.regex;
  };

  const ids = new Map(taken.ids);
  const envVars = new Map(taken.envVars);
  return raw.map((p, i): ProviderSpec => {
    const at: (string | number)[] = ['providers', i];
    if (!isObj(p)) return fail(at, 'must be a mapping with id, envVars, request, classify');
    known(p, PROVIDER, at);
    const id = text(p.id, [...at, 'id'], 'is required: a short lower-case name like billing-gateway');
    if (!/^[a-z][a-z0-9-]{1,39}$/.test(id)) fail([...at, 'id'], 'must be lower-case letters, digits and -, starting with a letter');
    if (ids.has(id)) fail([...at, 'id'], `"${id}" is already ${ids.get(id)}; choose another id`);
    ids.set(id, `the provider at ${file}:${lineOf(at) ?? '?'}`);

    if (!Array.isArray(p.envVars) || !p.envVars.length) fail([...at, 'envVars'], 'is required: a list of environment variable names');
    const vars = (p.envVars as unknown[]).map((v, j) => {
      if (typeof v !== 'string' || !ENV_NAME.test(v)) return fail([...at, 'envVars', j], 'must be an environment variable name');
      const owner = envVars.get(v);
      if (owner) fail([...at, 'envVars', j], `${v} already belongs to ${owner}; a custom provider needs variables of its own (to check that key against another host, set a base URL override instead)`);
      envVars.set(v, `the custom provider ${id}`);
      return v;
    });

    const keyFormat = p.keyFormat === undefined ? undefined : pattern(p.keyFormat, [...at, 'keyFormat'], KEY_PATTERN);
    if (p.name !== undefined) text(p.name, [...at, 'name']);
    let docs: string | undefined;
    if (p.docs !== undefined) {
      docs = text(p.docs, [...at, 'docs']);
      if (!/^https?:\/\//.test(docs)) fail([...at, 'docs'], 'must be a URL (where the key is managed)');
    }

    // request
    const r = p.request;
    if (!isObj(r)) return fail([...at, 'request'], 'is required: { method, url, auth }');
    known(r, REQUEST, [...at, 'request']);
    const method = r.method ?? 'GET';
    if (method !== 'GET' && method !== 'POST') return fail([...at, 'request', 'method'], 'must be GET or POST (a cheap, read-only call)');
    const url = checkUrl(text(r.url, [...at, 'request', 'url'], 'is required: the https URL of a cheap authenticated call'), (what) => fail([...at, 'request', 'url'], what));
    const authText = text(r.auth, [...at, 'request', 'auth'], "is required: 'Header-Name: value with {key}', e.g. 'Authorization: Bearer {key}'");
    const m = /^([^:\s]+)\s*:\s*(.*)$/.exec(authText);
    if (!m || !TOKEN.test(m[1]!)) return fail([...at, 'request', 'auth'], "must be 'Header-Name: value with {key}'");
    if (!m[2]!.includes('{key}')) fail([...at, 'request', 'auth'], 'the value must contain {key} where the key goes');
    if (/\{(?!key\})[^}]*\}/.test(m[2]!)) fail([...at, 'request', 'auth'], 'only {key} can be filled in');
    if (RESERVED_HEADERS.has(m[1]!.toLowerCase())) fail([...at, 'request', 'auth'], `${m[1]} cannot carry the key`);
    const headerList: [string, string][] = [];
    if (r.headers !== undefined) {
      if (!isObj(r.headers)) fail([...at, 'request', 'headers'], 'must be a mapping of header names to values');
      for (const [name, value] of Object.entries(r.headers as Record<string, unknown>)) {
        const hat = [...at, 'request', 'headers', name];
        if (!TOKEN.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) fail(hat, 'is not a header keydoctor may set');
        if (typeof value !== 'string' && typeof value !== 'number') fail(hat, 'must be a string');
        if (String(value).includes('{key}')) fail(hat, 'the key goes in auth: only, so there is one place it travels');
        headerList.push([name.toLowerCase(), String(value)]);
      }
    }
    // fromEntries defines each name as the object's own, `__proto__` included (an assignment would set the prototype).
    const headers: Record<string, string> = Object.fromEntries(headerList);

    // identity
    const identity: [string, IdentityPath][] = [];
    if (p.identity !== undefined) {
      if (!isObj(p.identity)) fail([...at, 'identity'], "must be a mapping like { account: '$.user.email' }");
      for (const [field, path] of Object.entries(p.identity as Record<string, unknown>)) {
        if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(field)) fail([...at, 'identity', field], 'must be a plain name (account, user, organization, project, scopes, …)');
        identity.push([field, identityPath(path, (what) => fail([...at, 'identity', field], what))]);
      }
    }

    // classify
    const rules: RuleSpec[] = [];
    if (p.classify !== undefined) {
      if (!Array.isArray(p.classify)) fail([...at, 'classify'], 'must be a list of { when, category, fix }');
      (p.classify as unknown[]).forEach((c, k) => {
        const cat = [...at, 'classify', k];
        if (!isObj(c)) return fail(cat, 'must be a mapping with when, category, fix');
        known(c, RULE, cat);
        const ruleId = c.id === undefined ? `rule${k + 1}` : text(c.id, [...cat, 'id']);
        if (!/^[A-Za-z0-9_-]+$/.test(ruleId)) fail([...cat, 'id'], 'must be letters, digits, _ and -');
        const w = c.when;
        if (!isObj(w) || !Object.keys(w).length) return fail([...cat, 'when'], 'is required: { status, bodyMatches, header }, at least one');
        known(w, WHEN, [...cat, 'when']);
        const rule: RuleSpec = { id: ruleId, headers: [], category: 'unknown' };
        if (w.status !== undefined) {
          const list = Array.isArray(w.status) ? w.status : [w.status];
          if (!list.length || list.some((s) => !Number.isInteger(s) || (s as number) < 100 || (s as number) > 599)) fail([...cat, 'when', 'status'], 'must be an HTTP status (100–599) or a list of them');
          rule.status = list as number[];
        }
        if (w.bodyMatches !== undefined) rule.body = pattern(w.bodyMatches, [...cat, 'when', 'bodyMatches'], BODY_PATTERN);
        if (w.header !== undefined) {
          if (!isObj(w.header) || !Object.keys(w.header).length) fail([...cat, 'when', 'header'], "must be a mapping like { x-user-status: 'disabled' }");
          for (const [name, v] of Object.entries(w.header as Record<string, unknown>)) {
            if (!TOKEN.test(name)) fail([...cat, 'when', 'header', name], 'is not a header name');
            rule.headers.push([name.toLowerCase(), pattern(v, [...cat, 'when', 'header', name], HEADER_PATTERN)]);
          }
        }
        if (typeof c.category !== 'string' || !(CATEGORIES as readonly string[]).includes(c.category)) {
          fail([...cat, 'category'], `must be one of ${CATEGORIES.join(', ')}`);
        }
        rule.category = c.category as Category;
        if (c.fix !== undefined) rule.fix = text(c.fix, [...cat, 'fix']);
        else if (rule.category !== 'ok') fail([...cat, 'fix'], 'is required: one sentence saying what to do');
        rules.push(rule);
      });
    }

    return {
      id, name: typeof p.name === 'string' ? p.name : id, ...(docs ? { docs } : {}), envVars: vars,
      ...(keyFormat ? { keyFormat } : {}), method, url, auth: { header: m[1]!.toLowerCase(), template: m[2]! }, headers, identity, rules,
      ...(lineOf(at) ? { line: lineOf(at) } : {}),
    };
  });
}
