// Text rules: what a message means when only its words are known (no status,
// no envelope a probe reads, or a provider whose probe is not registered).
// Each rule names the address where its wording was seen.
import { INCONCLUSIVE, type Category } from '../core/types.js';
import { redactValue } from '../redact/fingerprint.js';
import type { Classification } from '../probes/types.js';
export { besides, meaning, rule, summarised } from '../probes/kit.js';
export type { PhraseRule } from '../probes/types.js';
import type { PhraseRule } from '../probes/types.js';
import type { ParsedError } from './types.js';

type Searchable = Pick<ParsedError, 'search' | 'status'>;

/**
 * After "RateLimit": not a header that reports the window (`X-RateLimit-Limit: 5000`, `X-RateLimit-Remaining: 4987`, sent
 * on every GitHub answer: opam-publish's 404 for a token with no scopes read as a limit; heldout69, tuning round 51). A
 * window used up says so in its own words or with `X-RateLimit-Remaining: 0` (the rate_limit rule reads that).
 */
const NOT_WINDOW_HEADER = String.raw`(?!-(?:limit|remaining|reset|used|resource|policy)\s{0,4}:)`;

/**
 * After a word: it is not a URL path's segment ("https://api.github.com/rate_limit", HACS's check of a token) nor part
 * of a name in code ("ratelimit.BotRateLimiter$Bucket.run", a Java frame of JDA's): a word there is no message's.
 * Nor the name of a field that reports what is left (GitHub GraphQL's `rateLimit: {limit: 5000, remaining: 4923, …}`
 * beside an org's FORBIDDEN: heldout61, tuning round 46): a limit with some left is no limit reached.
 */
export const NOT_PATH_OR_CODE = String.raw`(?![\w$-]*(?:\/|[.$]\w))(?!["']?\s{0,4}:\s{0,4}\{[^}\n]{0,200}\bremaining["']?\s{0,4}:\s{0,4}[1-9])${NOT_WINDOW_HEADER}`;

/** Before a word: it is not a GraphQL type's name (`__typename: "RateLimit"`, GitHub's report of what is left). */
export const NOT_TYPENAME = String.raw`(?<!__typename["']?\s{0,4}:\s{0,4}["'])`;

/** A language's word for a value never set: a key that is `undefined`, `null`, `None` or `nil` was never loaded. */
export const NOTHING_WORD = String.raw`(?:undefined|null|None|nil)`;

/** Where a response keeps its fields: "data key missing from json" is a field a response lacks, not a key unsent. */
export const RESPONSE_PART = String.raw`(?:json|response|dict|object|payload|body|map|hash)`;

/**
 * The name of a variable that holds a key, as code and config spell it (`OPENAI_API_KEY`, `HUB_API_TOKEN`,
 * `SONAR_TOKEN`): upper case, underscores, ending in KEY, TOKEN or SECRET. A pattern source, for the wordings that
 * name one (a missing variable, a name sent as the value).
 */
export const KEY_VARIABLE = variableEndingIn('KEY|TOKEN|SECRET');
/** The name of a variable that holds an endpoint (`ACTIONS_CACHE_URL`, `AZURE_OPENAI_ENDPOINT`): a pattern source. */
export const ENDPOINT_VARIABLE = variableEndingIn('URL|ENDPOINT');

/** A variable's name as code and config spell it, ending in one of `ends` (an alternation). */
function variableEndingIn(ends: string): string {
  return String.raw`[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:${ends})`;
}
/** A key's variable, or a DSN's (`SENTRY_DSN`): a pattern source. */
export const KEY_OR_DSN_VARIABLE = String.raw`(?:${KEY_VARIABLE}|[A-Z][A-Z0-9_]{0,60}_DSN)`;


export function verdictOf(category: Category): Classification['verdict'] {
  if (category === 'ok') return 'valid';
  return INCONCLUSIVE.has(category) ? 'indeterminate' : 'invalid';
}

/**
 * A run that may be a key of a format no probe knows: 20 or more characters of a key's alphabet, letters and digits
 * mixed. The keys explain recognises are redacted where its output is printed; an excerpt of a pasted sentence ("token
 * 9f8e… is invalid") may hold one it does not, so every excerpt shows such a run only in its short form.
 */
const KEY_LIKE = /(?<![\w+/=-])(?=[\w+/=-]*\d)(?=[\w+/=-]*[A-Za-z])[\w+/=-]{20,}/g;

/** A quoted excerpt of the pasted text on one line, at most 120 characters, key-like runs shortened. */
export function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim().replace(KEY_LIKE, (run) => redactValue(run));
  return one.length > 120 ? `${one.slice(0, 117)}…` : one;
}

/** The first rule whose words appear, as a classification. */
export function runPhrases(prefix: string, rules: readonly PhraseRule[], p: Searchable): Classification | undefined {
  for (const rule of rules) {
    if (rule.status && p.status !== undefined && !rule.status.includes(p.status)) continue;
    const m = rule.match.exec(p.search);
    if (!m) continue;
    const beside = rule.also ? rule.also.exec(p.search) : undefined;
    if (beside === null) continue;
    const evidence = [`the text says "${quote(m[0])}"${beside ? ` and "${quote(beside[0])}"` : ''}${rule.means ? `, ${rule.means}` : ''}${p.status !== undefined ? ` (status ${p.status})` : ''}`];
    return {
      category: rule.category, verdict: verdictOf(rule.category), rule: `${prefix}.${rule.id}`, evidence, fixes: rule.fixes,
      ...(rule.summary ? { summary: { category: rule.category, text: rule.summary } } : {}),
    };
  }
  return undefined;
}
