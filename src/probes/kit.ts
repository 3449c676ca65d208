// Small helpers every probe uses: reading error envelopes, building results.
import type { Category, Finding } from '../core/types.js';
import type { Answer, Classification, KeyFacts, PhraseRule } from './types.js';

/** An HTML page rather than an API answer: one test for the generic rules and the probes alike. */

/** Read a dotted path (`error.code`) from parsed JSON; undefined when absent. */
export function field(json: unknown, path: string): unknown {
  let cur: unknown = json;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** A string field, or undefined. */
export function str(json: unknown, path: string): string | undefined {
  const v = field(json, path);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Join a base URL and a path without doubling or losing slashes. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}

export interface ResultSpec {
  category: Category;
  verdict: Classification['verdict'];
  rule: string;
  evidence: string | string[];
  fixes: string[];
  providerCode?: string;
  providerMessage?: string;
  everyCall?: boolean;
  ownRequest?: boolean;
}

export function result(spec: ResultSpec): Classification {
  return { ...spec, evidence: Array.isArray(spec.evidence) ? spec.evidence : [spec.evidence] };
}

/** An ordered rule table: the first rule whose test matches decides. */
export interface Rule {
  id: string;
  when: (a: Answer, err: ProviderError) => boolean;
  category: Category;
  verdict: Classification['verdict'];
  evidence: (a: Answer, err: ProviderError) => string;
  fixes: string[];
  /** A permission refusal that holds for every call of the key from here (see Classification.everyCall). */
  everyCall?: boolean;
  /** A reading that holds only for a request keydoctor made itself (see Classification.ownRequest). */
  ownRequest?: boolean;
  /** What this reading means, in place of the category's general summary (Classification.summary). */
  summary?: string;
}

export interface ProviderError {
  code?: string;
  type?: string;
  message?: string;
}

export function runRules(probeId: string, rules: Rule[], a: Answer, err: ProviderError): Classification | undefined {
  const rule = rules.find((r) => r.when(a, err));
  if (!rule) return undefined;
  return result({
    category: rule.category,
    verdict: rule.verdict,
    rule: `${probeId}.${rule.id}`,
    evidence: rule.evidence(a, err),
    fixes: rule.fixes,
    providerCode: err.code ?? err.type,
    providerMessage: err.message,
    ...(rule.everyCall ? { everyCall: true } : {}),
    ...(rule.ownRequest ? { ownRequest: true } : {}),
    ...(rule.summary ? { summary: { category: rule.category, text: rule.summary } } : {}),
  });
}

/** `status 401, error.code = invalid_api_key` */
export function said(a: Answer, err: ProviderError): string {
  const parts = [`status ${a.status}`];
  if (err.code) parts.push(`code ${err.code}`);
  else if (err.type) parts.push(`type ${err.type}`);
  if (err.message) parts.push(`"${err.message.length > 160 ? err.message.slice(0, 157) + '…' : err.message}"`);
  return parts.join(', ');
}

/** A phrase rule (see PhraseRule in ./types.ts), as probe tables write them. */
export function rule(id: string, match: RegExp, category: Category, fixes: string | string[], source: string, status?: number[]): PhraseRule {
  return { id, match, category, fixes: Array.isArray(fixes) ? fixes : [fixes], source, ...(status ? { status } : {}) };
}

/** A wording that reads so only beside other words of the text (PhraseRule.also). */
export function besides(r: PhraseRule, also: RegExp): PhraseRule {
  return { ...r, also };
}

/** A match that is only an anchor: what it shows, said beside the quoted words (PhraseRule.means). */
export function meaning(r: PhraseRule, means: string): PhraseRule {
  return { ...r, means };
}

/** A rule's own sentence for its reading (Classification.summary), while the category is still the one it was written for. */
export function ownSummary(c: Classification): string | undefined {
  return c.summary?.category === c.category ? c.summary.text : undefined;
}

/** A wording whose reading the category's general summary would misstate: its own sentence (PhraseRule.summary). */
export function summarised(r: PhraseRule, summary: string): PhraseRule {
  return { ...r, summary };
}

/** A wording that uses a network code's name as its own word (PhraseRule.ownsNetworkCode). */
export function ownsNetworkCode(r: PhraseRule): PhraseRule {
  return { ...r, ownsNetworkCode: true };
}

/** A wording other services also use: it classifies this provider's texts but does not name the provider. */
export function shared(r: PhraseRule): PhraseRule {
  return { ...r, shared: true };
}

/**
 * A prevention warning (`Probe.prevention`): the key works today, and will fail or
 * cost tomorrow. The codes are the step's (src/prevent): a key tied to a person,
 * or one with more power than an app needs.
 */
export function warning(code: 'prevent.personal_key' | 'prevent.over_privileged', message: string, fix: string): Finding {
  return { code, severity: 'warning', message, fix };
}

/** An organisation admin key held where an app's key belongs (OpenAI and Anthropic both issue them). */
export function adminKeyInApp(k: KeyFacts, alternative: string): Finding[] {
  if (k.formatId !== 'admin' || /ADMIN/i.test(k.name)) return [];
  return [warning(
    'prevent.over_privileged',
    `${k.name} holds an admin key, which manages the organisation's members, keys and billing, where an app's key belongs.`,
    `Give the app ${alternative}; keep the admin key for administration scripts (in a variable such as ${k.provider.toUpperCase()}_ADMIN_KEY).`,
  )];
}

/** An HTML page (a gateway's, a portal's, an edge's), by its content type or its first tag. */
export function looksHtml(a: Pick<Answer, 'headers' | 'text'>): boolean {
  const ct = a.headers['content-type'] ?? '';
  return ct.includes('text/html') || /^\s*<(!doctype|html)/i.test(a.text);
}
