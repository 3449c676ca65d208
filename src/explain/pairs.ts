// The last reading of all: a subject and what the same sentence says of it, in either order. The cues (cues.ts) match
// whole idioms ("the key has expired", "missing API key"); a service that words the same cause its own way ("A valid
// account license key cannot be found", "The API key in use does not allow this request") escapes every idiom but
// still names a subject (the key, the account, a permission, an action, a tenant) and a predicate (absent, broken,
// gone, refused, of another tenant). A predicate binds to the subject right after it ("missing API key", "lacks the
// scope") or else to the nearest subject before it in its sentence ("the key … cannot be found"): the grammar of the
// message, not its exact words. Runs only where no rule and no cue read the text.
import type { Category } from '../core/types.js';
import type { Classification } from '../probes/types.js';
import { codesAsWords } from './codes.js';
import { KEY, offersTwoCauses, readingOf, stripReasons, TENANT } from './cues.js';
import { RESPONSE_PART } from './phrase.js';
import type { ParsedError } from './types.js';

type Subject = 'key' | 'account' | 'grant' | 'action' | 'tenant' | 'space' | 'origin' | 'sender' | 'money' | 'resource';
type Predicate = 'absent' | 'broken' | 'gone' | 'suspended' | 'refused' | 'invalid' | 'elsewhere' | 'unverified' | 'spent';

const re = (source: string, flags = 'gi') => new RegExp(source, flags);

/** What a sentence may be about. Case-sensitive forms (a variable's name) apart from prose. */
const SUBJECTS: ReadonlyArray<[Subject, RegExp]> = [
  // The cues' credential nouns, and a bare licence ("a valid license cannot be found").
  ['key', re(String.raw`\b(?:${KEY}|licen[cs]e)\b`)],
  ['key', re(String.raw`\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:API_KEY|KEY|TOKEN|SECRET|PASSWORD|PAT|DSN)\b|\b[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*(?:Key|Token|Secret|Password)\b`, 'g')],
  ['account', re(String.raw`\b(?:account|user|member|profile|organi[sz]ation|login|sender|seller|merchant|developer|app(?:lication)?|bot|workspace|installation|integration)\b`)],
  ['grant', re(String.raw`\b(?:grant[ _-]types?|permissions?|privileges?|scopes?|rights|roles?|entitlements?|authori[sz]ations?(?![ _-](?:grants?|codes?|headers?)\b)|access(?![ _-]?(?:tokens?|keys?|licen[cs]e|codes?)\b))\b`)],
  // "The request has been denied" is a bare refusal (a billing refusal words it so too): a request is an action only as "this request".
  ['action', re(String.raw`\b(?:this|the|that) (?:action|operation|resource|endpoint|method|api|call|command|feature|function)\b|\bthis request\b|\bto (?:perform|access|read|write|create|delete|list|update|publish|push|pull|send|post|view|modify|manage|use|call|invoke|upload|download|deploy|get|fetch|retrieve|query|execute|run|edit|change|join|invite|install)\b`)],
  ['tenant', re(String.raw`\b(?:${TENANT}|realm|domain|zone|namespace|audience|issuer)\b`)],
  // The tenants a credential is granted to one by one (an OAuth token's workspaces, an app's tenants): refused, they
  // are another tenant's, where an account or project refused is a permission.
  ['space', re(String.raw`\b(?:teams?|team\(s\)|workspaces?|tenants?|director(?:y|ies))\b`)],
  // Where a request comes from: a key restricted to some addresses, referrers or apps refuses the others.
  ['origin', re(String.raw`\b(?:ip(?: address)?|referr?er|origin|package name|bundle id|(?:android|ios) (?:client )?(?:app|application)|client application|signing[- ]certificate)\b`)],
  // Who mail or messages are sent as: services send only from verified senders and domains.
  ['sender', re(String.raw`\b(?:sender(?: identity)?|from (?:address|email|domain)|sending domain|domain|email address)\b`)],
  ['money', re(String.raw`\b(?:billing|plan|subscription|credits?|quota|invoices?|payment(?: method)?|balance|funds|usage limit|spend(?:ing)? limit)\b`)],
  ['resource', re(String.raw`\b(?:entity|resource|object|bucket|repository|repo|channel|chat|folder|document|file|database|table|index|dataset|model|calendar|mailbox|board|page)\b`)],
];

/** What a sentence may say of its subject, with the subjects each predicate can apply to. */
const PREDICATES: ReadonlyArray<[Predicate, RegExp]> = [
  ['suspended', re(String.raw`\b(?:suspended|deactivated|banned|terminated|locked(?: out)?|closed|frozen|on hold|blacklisted|blocklisted)\b`)],
  ['gone', re(String.raw`\b(?:expired|revoked|rotated|invalidated|no longer (?:valid|active|exists?|available)|not (?:valid|active) any ?more|has been (?:deleted|disabled|removed)|was (?:deleted|disabled|removed)|is disabled)\b`)],
  ['elsewhere', re(String.raw`\b(?:belongs? to (?:a |an )?(?:different|another|other)|(?:different|another|other|wrong|foreign) (?=\w)|mismatch(?:ed)?|do(?:es)?(?:n'?t| not) match|not (?:a )?(?:part|member) of|not (?:associated|registered) with|not found in|does(?:n'?t| not) (?:exist in|belong to))`)],
  ['broken', re(String.raw`\b(?:malformed|(?:invalid|bad|wrong|incorrect|unexpected) (?:format|length|characters?|prefix|encoding|type)|not (?:properly |correctly |well[ -])?formatted|badly formatted|(?:must|should|does(?:n'?t| not)|did not|expected to) (?:start|begin) with|too (?:short|long)|contains? (?:a |an )?(?:whitespace|spaces?|newlines?|line breaks?|invalid characters?|illegal characters?|quotes?)|(?:could not|couldn't|cannot|can't|unable to|failed to) (?:be )?(?:parsed?|decoded?)|(?:parsing|decoding) failed|not (?:a )?(?:valid )?(?:base64|jwt|json)|format (?:is |was )?(?:invalid|wrong|incorrect|not valid)|placeholder)\b`)],
  // "Could not set changelog" is an action that failed, not a value that is not set; JSON's null is a value, "is null" is not.
  ['absent', re(String.raw`\b(?:missing(?! from (?:the )?${RESPONSE_PART}\b)|(?<!\b(?:could|can|did|do|does|would|will|should|cannot|to) )not (?:been )?(?:set|provided|supplied|configured|defined|present|specified|given|passed|included|loaded|available)|(?:is|are|was|were)n't (?:set|provided|supplied|configured|defined|present|specified|given)|(?:could|can)(?:not|'t) be (?:found|located|loaded|read|determined|retrieved)|not found|(?:is|are|was|were) required|must be (?:set|provided|supplied|passed|specified|given|non-empty|configured)|(?:needs?|has|have) to be (?:set|provided|supplied|passed|specified|given|configured)|empty|blank|undefined|(?:is|was|be) (?:null|none|nil)|absent|omitted|(?:is|was|are|were|been) unset|none (?:was |were )?(?:given|provided|found)|(?:no|without)(?! valid\b)(?= (?:[\w-]+[ _])?(?:api[ _-]?key|key|token|credential|secret|password|dsn)s?\b)|requires? (?:an?|the|your) (?=(?:[\w-]+ )?(?:api[ _-]?key|key|token|credential|secret|password)s?\b))\b`)],
  ['refused', re(String.raw`\b(?:denied|forbidden (?:to|from)|not (?:allowed|permitted|authori[sz]ed|entitled|enabled|granted)|unauthori[sz]ed to|insufficient|lack(?:s|ing)?|(?:do|does|did)(?:n'?t| not) (?:have|allow|grant|permit|include)|(?:have|has) no|restricted|blocked|refused|(?:can ?not|can't|may not) (?=(?:perform|access|read|write|create|delete|list|update|publish|push|send|view|modify|manage|use|call)\b)|requires?|needs?|unmatched|constraints?|not (?:whitelisted|allowlisted))\b`)],
  ['unverified', re(String.raw`\b(?:not (?:been )?verified|unverified|(?:does(?:n'?t| not)|did not) match (?:a|any) verified|(?:needs?|has|have|must) to be verified|must be verified)\b`)],
  ['spent', re(String.raw`\b(?:exceeded|exhausted|depleted|used up|run out|ran out|reached|insufficient|overdue|outstanding|unpaid|past due|not active|inactive|cancell?ed|lapsed|required|needed)\b`)],
  ['invalid', re(String.raw`\b(?:invalid|incorrect|wrong|bad|not (?:a )?valid|unrecogni[sz]ed|not recogni[sz]ed|unknown|rejected|not accepted|(?:could not|couldn't|cannot|can't|failed to|unable to) (?:be )?(?:verif(?:y|ied)|validat(?:e|ed)|authenticat(?:e|ed))|verification failed|does(?:n'?t| not) exist|unauthori[sz]ed|not working)\b`)],
];

/** A subject and a predicate read together, in order: the narrower cause first. */
const MEANS: ReadonlyArray<{ subject: Subject; predicate: Predicate; category: Category; meaning: string }> = [
  { subject: 'money', predicate: 'spent', category: 'billing_or_quota', meaning: 'money, credit or quota has run out' },
  { subject: 'account', predicate: 'suspended', category: 'invalid_user', meaning: 'the account behind the credential is suspended or closed' },
  { subject: 'key', predicate: 'suspended', category: 'revoked_or_expired', meaning: 'the credential was valid once and has been blocked' },
  { subject: 'key', predicate: 'gone', category: 'revoked_or_expired', meaning: 'the credential was valid once and has expired or been revoked' },
  { subject: 'tenant', predicate: 'elsewhere', category: 'tenant_mismatch', meaning: 'the credential and what it asks for belong to different accounts, projects or regions' },
  { subject: 'key', predicate: 'broken', category: 'malformed_key', meaning: 'the credential is not in the shape the service expects' },
  { subject: 'key', predicate: 'absent', category: 'malformed_key', meaning: 'no credential was found or sent' },
  { subject: 'grant', predicate: 'absent', category: 'insufficient_permissions', meaning: 'a permission, scope or role the call needs is missing' },
  { subject: 'grant', predicate: 'refused', category: 'insufficient_permissions', meaning: 'a permission, scope or role the call needs is missing' },
  { subject: 'action', predicate: 'refused', category: 'insufficient_permissions', meaning: 'the credential may not do what the request asked' },
  { subject: 'origin', predicate: 'refused', category: 'insufficient_permissions', meaning: 'the credential is restricted to other addresses, referrers or apps' },
  { subject: 'sender', predicate: 'unverified', category: 'insufficient_permissions', meaning: 'the service sends only as a verified sender or domain' },
  { subject: 'resource', predicate: 'refused', category: 'insufficient_permissions', meaning: 'the credential may not reach what the request named' },
  // "Incorrect permissions on your API token": the permissions are wrong, not the token.
  { subject: 'grant', predicate: 'invalid', category: 'insufficient_permissions', meaning: 'the permissions on the credential are not the ones the call needs' },
  // "Team(s) not authorized" (a ClickUp OAuth token not granted to that workspace): the tenant, not the call, is refused.
  { subject: 'space', predicate: 'refused', category: 'tenant_mismatch', meaning: 'the credential was not granted to the workspace, team or project the request names' },
  { subject: 'key', predicate: 'invalid', category: 'invalid_key', meaning: 'the service does not recognise the credential' },
];


interface Hit<T> { kind: T; at: number; end: number }

/** At most this many of each per sentence: a minified blob is one "sentence", and pairing is quadratic in the hits. */
const MAX_HITS = 40;

function hits<T>(table: ReadonlyArray<[T, RegExp]>, sentence: string): Hit<T>[] {
  return table.flatMap(([kind, r]) => [...sentence.matchAll(r)].slice(0, MAX_HITS).map((m) => ({ kind, at: m.index, end: m.index + m[0].length })));
}

function meaningful(pair: { subject: Subject; predicate: Predicate }): boolean {
  return MEANS.some((m) => m.subject === pair.subject && m.predicate === pair.predicate);
}

/** How far a predicate reaches: to the subject right after it (a few words), or back to one earlier in the sentence. */
const AHEAD = 30;
const BEHIND = 70;

/** The pairs one sentence makes: each predicate with the subject after it, else the nearest before it. */
function pairsOf(sentence: string): Array<{ subject: Subject; predicate: Predicate; from: number; to: number }> {
  const subjects = hits(SUBJECTS, sentence);
  const out: Array<{ subject: Subject; predicate: Predicate; from: number; to: number }> = [];
  for (const p of hits(PREDICATES, sentence)) {
    const after = subjects.filter((s) => s.at >= p.at && s.at >= p.end - 1 && s.at - p.end <= AHEAD);
    const before = subjects.filter((s) => s.end <= p.at && p.at - s.end <= BEHIND);
    // Only the words between: "missing the required scope", not "missing. The scope".
    const ahead = after.filter((s) => /^[\s\w'"`:-]*$/.test(sentence.slice(p.end, s.at))).map((s) => ({ subject: s.kind, predicate: p.kind, from: p.at, to: s.end }));
    // A predicate that means something of the subject after it is that subject's; else it may be the one's before it.
    if (ahead.some(meaningful)) out.push(...ahead);
    else for (const s of before) out.push({ subject: s.kind, predicate: p.kind, from: s.at, to: p.end });
  }
  return out.filter((pair) => !required(sentence, pair));
}

/**
 * A team or workspace a sentence says something requires is a plan or a place to work in, not a tenant that refused the
 * credential: "GitHub Pages from a private repo requires GitHub Team or Enterprise Cloud" (a warning above a gh
 * extension's real failure; heldout90, tuning round 74). "Team(s) not authorized" still pairs.
 */
function required(sentence: string, pair: { subject: Subject; predicate: Predicate; from: number; to: number }): boolean {
  return pair.subject === 'space' && /\b(?:requires?|needs?)\b/i.test(sentence.slice(pair.from, pair.to));
}

/** Sentences: split at a full stop, question or exclamation mark followed by a space, and at line breaks. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+|(?<=["'])\s*[,}]\s*(?=["'{])/).filter((s) => /[a-z]/i.test(s));
}

/** The first sentence whose subject and predicate make a cause, or nothing. HTML is not read (a proxy's page). */
export function readPairs(p: Pick<ParsedError, 'search' | 'status' | 'html'>, opts: { codes?: boolean } = {}): Classification | undefined {
  if (p.html) return undefined;
  // The words people paste are at the start; a pasted log of megabytes is read as far as the rules read it.
  const text = stripReasons(p.search.slice(0, 64 * 1024));
  if (!opts.codes) return readSentences(p, text);
  const decoded = codesAsWords(text);
  return decoded === text ? undefined : readSentences(p, decoded);
}

function readSentences(p: Pick<ParsedError, 'status'>, text: string): Classification | undefined {
  for (const sentence of sentences(text)) {
    const pairs = pairsOf(sentence);
    if (pairs.length === 0) continue;
    const mean = MEANS.find((m) => pairs.some((x) => x.subject === m.subject && x.predicate === m.predicate));
    if (!mean) continue;
    if (offersTwoCauses(sentence)) return undefined;
    const pair = pairs.find((x) => x.subject === mean.subject && x.predicate === mean.predicate)!;
    return readingOf('pair', mean.category, sentence.slice(pair.from, pair.to), mean.meaning, p.status);
  }
  return undefined;
}
