// A custom provider (validated by ./schema.ts) as a Probe like the built-ins:
// its URL's host is its only official host, the request is built on the base
// URL in force (so KEYDOCTOR_<ID>_BASE_URL and --base-url work), the user's
// rules classify first and the generic HTTP rules apply underneath.
import { own } from '../core/own.js';
import { INCONCLUSIVE, type Identity } from '../core/types.js';
import { joinUrl, result, str } from '../probes/kit.js';
import type { Answer, Classification } from '../probes/types.js';
import type { IdentityPath, ProviderSpec, RuleSpec } from './schema.js';
import type { CustomProbe } from './types.js';

/** How far into a body `bodyMatches` looks (see ./safe-regex.ts). */
const BODY_WINDOW = 4096;

export function customProbe(spec: ProviderSpec, file: string): CustomProbe {
  const path = `${spec.url.pathname}${spec.url.search}`;
  return {
    id: spec.id,
    name: spec.name,
    docs: spec.docs ?? `${file} (custom provider ${spec.id})`,
    envVars: spec.envVars,
    // The origin alone: a path-less override (KEYDOCTOR_<ID>_BASE_URL=http://127.0.0.1:8080) keeps the whole path.
    defaultBaseUrl: spec.url.origin,
    officialHosts: [spec.url.hostname.toLowerCase()],
    keyFormats: spec.keyFormat ? [{ id: 'custom', pattern: spec.keyFormat, description: `${spec.name} key` }] : [],
    requestIdHeaders: ['x-request-id', 'x-correlation-id', 'request-id'],
    origin: { kind: 'custom', trust: 'project', file, ...(spec.line ? { line: spec.line } : {}) },
    request(key, ctx) {
      return {
        method: spec.method,
        url: joinUrl(ctx.baseUrl, path),
        headers: { ...spec.headers, [spec.auth.header]: spec.auth.template.split('{key}').join(key) },
      };
    },
    classify(a) {
      const i = spec.rules.findIndex((r) => matches(r, a));
      const rule = spec.rules[i];
      if (!rule) return undefined;
      const verdict: Classification['verdict'] = rule.category === 'ok' ? 'valid' : INCONCLUSIVE.has(rule.category) ? 'indeterminate' : 'invalid';
      const providerMessage = message(a);
      return result({
        category: rule.category,
        verdict,
        rule: `${spec.id}.${rule.id}`,
        evidence: [`status ${a.status}, matched rule ${rule.id} of ${file}${spec.line ? `:${spec.line}` : ''}`],
        fixes: rule.fix ? [rule.fix] : [],
        ...(providerMessage ? { providerMessage } : {}),
      });
    },
    identity(a) {
      if (!spec.identity.length) return undefined;
      const out: Identity = {};
      for (const [field, path] of spec.identity) {
        const v = read(a, path);
        if (v !== undefined) out[field] = v;
      }
      return Object.keys(out).length ? out : undefined;
    },
  };
}

function matches(rule: RuleSpec, a: Answer): boolean {
  if (rule.status && !rule.status.includes(a.status)) return false;
  if (rule.body && !rule.body.test(a.text.slice(0, BODY_WINDOW))) return false;
  return rule.headers.every(([name, re]) => re.test(own(a.headers, name) ?? ''));
}

/** The provider's own message from the usual error envelopes, for display. */
function message(a: Answer): string | undefined {
  return str(a.json, 'error.message') ?? str(a.json, 'message') ?? str(a.json, 'error_description') ?? str(a.json, 'detail') ?? str(a.json, 'error');
}

function read(a: Answer, path: IdentityPath): string | string[] | undefined {
  if ('header' in path) return own(a.headers, path.header) || undefined;
  let cur: unknown = a.json;
  for (const seg of path.json) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  if (typeof cur === 'string') return cur;
  if (typeof cur === 'number' || typeof cur === 'boolean') return String(cur);
  if (Array.isArray(cur) && cur.every((x) => typeof x === 'string' || typeof x === 'number')) return cur.map(String);
  return undefined;
}
