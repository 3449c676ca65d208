// `keydoctor explain`: pasted error → parsed parts → provider → meaning.
// Pure: no I/O, no printing. The caller registers `secrets` with its Redactor
// before anything of the result is written.
import { BEYOND_THE_KEY, INCONCLUSIVE } from '../core/types.js';
import { PROBES } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import { fingerprint, redactValue } from '../redact/fingerprint.js';
import { VERSION } from '../version.js';
import { saidInJson } from '../classify/http.js';
import { decide, guess, guessable, toAnswer } from './decide.js';
import { directory } from './hints.js';
import { fullKeys, prefixTable } from './keys.js';
import { parseInput } from './parse.js';
import { providerName, recognise } from './recognise.js';
import { echoed, refine } from './refine.js';
import { summaryFor } from './summary.js';
import { ownSummary } from '../probes/kit.js';
import type { ExplainInput, ExplainResult } from './types.js';

export interface ExplainOptions {
  /** The probes in force; the built-in registry unless given. */
  probes?: readonly Probe[];
  /** Where the text came from, for the notice about keys on the command line. */
  from?: 'argv' | 'stdin' | 'file';
  /** Offer the learned reading's guess where no rule knows the words (default true). */
  guess?: boolean;
}

export interface ExplainRun {
  result: ExplainResult;
  /** Every full key found in the input: register them with the Redactor. */
  secrets: string[];
  /** The key the provider echoed back, as the text shows it (masked, or whole: then it is among `secrets`). */
  echo?: string;
}

/** Provider ids explain knows: every probe, and every provider it can recognise. */
export function knownProviders(probes: readonly Probe[] = PROBES): string[] {
  return [...directory(probes).keys()].sort();
}

function docsOf(id: string, probes: readonly Probe[]): string | undefined {
  return directory(probes).get(id)?.docs;
}

export function explain(input: ExplainInput, opts: ExplainOptions = {}): ExplainRun {
  const probes = opts.probes ?? PROBES;
  const parsed = parseInput(input);
  const table = prefixTable(probes);
  const headerText = Object.entries(parsed.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
  const rec = recognise(`${headerText}\n${parsed.search}`, probes, table);

  const recognised = input.provider ?? rec.winner?.id ?? null;
  const byRule = decide(parsed, recognised, probes);
  // A service of the vocabulary read the text after the recognised provider's own rules found nothing: the answer is that
  // service's, not the provider's ("npm start" beside Firebase's auth/invalid-api-key named npm: 4 of 4 corpus texts so
  // read named a provider that was not theirs; heldout45, tuning round 34). A provider the user named stays.
  const provider = !input.provider && byRule.service ? null : recognised;
  const providerIndependent = !!input.provider || (provider !== null && !!rec.winner?.signals.some((s) => !s.startsWith('key prefix')));
  const refined = refine(byRule.classification, parsed, { provider, providerIndependent, probes, table });
  // The guess is the last reading: only where every rule, refine's included, left the words unread.
  const decided = opts.guess !== false && guessable(refined) ? guess(parsed, { classification: refined, source: byRule.source }) : { classification: refined, source: byRule.source };
  const c = decided.classification;
  const name = provider ? providerName(provider, probes) : null;

  // A text without a status says so in words: a probe read with no status sees "status 0".
  const evidence = parsed.status === undefined ? c.evidence.map((e) => e.replace(/\(status 0\)/g, '(no status in the text)').replace(/\bstatus 0\b/g, 'no status in the text')) : c.evidence;
  // The provider's own code and words, from its envelope, whichever layer decided.
  const said = parsed.json !== undefined ? saidInJson(toAnswer(parsed, false)) : {};
  const providerCode = c.providerCode ?? said.providerCode;
  const providerMessage = c.providerMessage ?? said.providerMessage;
  const fixes = [...c.fixes];
  const docs = provider ? docsOf(provider, probes) : undefined;
  // Where the key's console helps: not where the answer is the account's allowance or the caller's country, which no key
  // change mends (an LFS quota read "GitHub keys are managed at …/settings/tokens" as its last step; heldout102).
  const keyProblem = c.category !== 'ok' && !INCONCLUSIVE.has(c.category) && !BEYOND_THE_KEY.has(c.category);
  if (docs && keyProblem && !fixes.some((f) => f.includes(docs))) fixes.push(`${name} keys are managed at ${docs}.`);

  const keys = fullKeys(parsed.search, probes, table);
  const notices: string[] = [];
  if (keys.length) {
    notices.push(`The input contains ${keys.length === 1 ? 'a full key' : `${keys.length} full keys`}: anyone who saw this text has it. Rotate it${keys.length > 1 ? ' (them)' : ''} in the provider's console.`);
    if (opts.from === 'argv') notices.push('Keys on the command line end up in shell history and process lists: pipe the text instead (`pbpaste | keydoctor explain`).');
  }
  if (input.provider && rec.winner && rec.winner.id !== input.provider && rec.winner.score >= 3) {
    notices.push(`--provider says ${input.provider}, but the text points at ${rec.winner.name} (${rec.winner.signals.join(', ')}).`);
  }

  const result: ExplainResult = {
    schemaVersion: 1,
    tool: { name: 'keydoctor', version: VERSION },
    category: c.category,
    verdict: c.verdict,
    provider,
    providerName: name,
    providerFrom: input.provider ? 'flag' : provider ? 'text' : null,
    recognisedBy: input.provider || !provider ? [] : rec.winner?.signals ?? [],
    summary: decided.source === 'learned' ? `A guess from the words, not a known wording. ${summaryFor(c.category, name)}` : ownSummary(c) ?? summaryFor(c.category, name ?? byRule.service ?? null),
    evidence,
    fixes,
    rule: c.rule,
    ruleSource: decided.source,
    ...(parsed.status !== undefined ? { status: parsed.status } : {}),
    ...(parsed.networkCode && c.rule.startsWith('net.') ? { networkCode: parsed.networkCode } : {}),
    ...(parsed.runtime ? { runtime: parsed.runtime.runtime } : {}),
    ...(parsed.requestId ? { requestId: parsed.requestId } : {}),
    ...(providerCode ? { providerCode } : {}),
    ...(providerMessage ? { providerMessage } : {}),
    keysSeen: keys.map((k) => ({ redacted: redactValue(k.value), fingerprint: fingerprint(k.value), ...(k.provider ? { provider: k.provider } : {}) })),
    notices,
    exitCode: c.category === 'unknown' ? 1 : 0,
  };
  const echo = echoed(parsed.search);
  return { result, secrets: keys.map((k) => k.value), ...(echo ? { echo } : {}) };
}
