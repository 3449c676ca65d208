// Which provider a pasted error comes from. Every probe (with its hints) and
// every entry of the hint table votes with the signals it finds; a signal type
// counts once per provider. Weights: an API host or SDK class names the provider (3); a docs
// link, an envelope shape, a key prefix or a variable name points at it (2);
// its name in prose, or a key variable named for it, hints at it (1). A tie names nobody, unless one side leans on a quoted key.
import type { PhraseRule, Probe } from '../probes/types.js';
import { directory, recognisable, SHARED_DOMAINS, unprobed, type ProviderHint } from './hints.js';
import { keyTokens, prefixTable, providerOfKey, type KeyPrefix } from './keys.js';
import { KEY_OR_DSN_VARIABLE } from './phrase.js';
import { namedServices } from './service-words.js';
import { perProbeList } from './per-probes.js';
import type { Recognition } from './types.js';

interface Candidate {
  id: string;
  name: string;
  hosts: Set<string>;
  domains: Set<string>;
  sdk: RegExp[];
  envelope: RegExp[];
  envVars: Set<string>;
  names: Set<string>;
  /** The probe's own text rules (src/probes/<id>/phrases.ts): a wording only this provider uses names it. */
  wording: readonly PhraseRule[];
  /** The platform this service is part of (ProbeHints.within). */
  within?: string;
}

function registrable(host: string): string {
  return host.split('.').slice(-2).join('.');
}

export function candidates(probes: readonly Probe[]): Candidate[] {
  const byId = new Map<string, Candidate>();
  const get = (id: string, name: string): Candidate => {
    let c = byId.get(id);
    if (!c) byId.set(id, (c = { id, name, hosts: new Set(), domains: new Set(), sdk: [], envelope: [], envVars: new Set(), names: new Set(), wording: [] }));
    return c;
  };
  const hint = (c: Candidate, h: ProviderHint): void => {
    for (const x of h.hosts ?? []) c.hosts.add(x);
    for (const x of h.domains ?? []) c.domains.add(x);
    for (const x of [...(h.envVars ?? []), ...(h.variables ?? [])]) c.envVars.add(x);
    for (const x of h.names ?? []) c.names.add(x);
    c.sdk.push(...(h.sdk ?? []));
    c.envelope.push(...(h.envelope ?? []));
    if (h.within) c.within = h.within;
  };
  const known = recognisable(probes);
  for (const p of known) {
    const c = get(p.id, p.name);
    c.name = p.name;
    for (const h of p.officialHosts) {
      c.hosts.add(h);
      if (!h.startsWith('*.')) c.domains.add(registrable(h));
    }
    try {
      c.domains.add(registrable(new URL(p.docs).hostname));
    } catch {
      // a probe with a malformed docs URL still recognises by its hosts
    }
    for (const v of p.envVars) c.envVars.add(v);
    if (p.baseUrlEnv) c.envVars.add(p.baseUrlEnv);
    c.names.add(p.name);
    if (p.phrases) c.wording = p.phrases;
    if (p.hints) hint(c, { id: p.id, name: p.name, ...p.hints });
  }
  for (const h of unprobed(known)) hint(get(h.id, h.name), h);
  for (const c of byId.values()) for (const d of [...c.domains]) if (SHARED_DOMAINS.has(d)) c.domains.delete(d);
  return [...byId.values()];
}

function hostMatches(host: string, spec: string): boolean {
  if (spec.startsWith('*.')) return host.endsWith(spec.slice(1));
  if (spec.endsWith('.*')) return host.startsWith(spec.slice(0, -1));
  return host === spec;
}

// Names that are also ordinary words count only as written: "Linear", not "linear regression"; "Resend", not "resend the email".
const COMMON_WORDS = new Set(['linear', 'replicate', 'together ai', 'notion', 'postmark', 'slack', 'resend']);

/** A directory that holds installed packages: the directory after it is a package (an SDK), not a program. */
const PACKAGE_DIR = /(?:site-packages|dist-packages|node_modules)[\\/]$/i;

/** A name counts where it stands as a word: not inside a host, path or package name ("com.github.x",
 * "gitlab.example.com", "plugin-gitlab", the installer's "AppData\\Roaming\\npm\\node_modules"), though a model
 * name ("gemini-2.5"), a class ("DeepseekException") or an installed package's directory ("site-packages\\anthropic\\",
 * "node_modules/openai/") still names its maker. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (/[\\/]/.test(before) && /[\\/]/.test(after)) return PACKAGE_DIR.test(text.slice(Math.max(0, start - 16), start));
  if (/[A-Za-z./\\_-]/.test(before)) return false;
  if (/[a-z/\\_]/.test(after)) return false;
  return !(after === '.' && /[A-Za-z]/.test(text[end + 1] ?? ''));
}

/** Where each provider name occurs, dropping occurrences inside a longer name ("OpenAI" inside "Azure OpenAI"). */
function nameHits(text: string, cands: readonly Candidate[]): Map<string, string> {
  const hits: Array<{ id: string; name: string; start: number; end: number }> = [];
  for (const c of cands) {
    for (const name of c.names) {
      const flags = COMMON_WORDS.has(name.toLowerCase()) ? 'g' : 'gi';
      const re = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
      for (const m of text.matchAll(re)) {
        if (standsAlone(text, m.index, m.index + m[0].length)) hits.push({ id: c.id, name, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  const kept = new Map<string, string>();
  for (const h of hits) {
    const inside = hits.some((o) => o !== h && o.id !== h.id && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
    if (!inside && !kept.has(h.id)) kept.set(h.id, h.name);
  }
  return kept;
}

/** A variable named as keys are: `…_KEY`, `…_TOKEN`, `…_SECRET`, a DSN (the phrase rules' own pattern). */
const KEY_VARIABLE_NAME = new RegExp(String.raw`\b${KEY_OR_DSN_VARIABLE}\b`, 'g');
/** Words variables of many services start with: they name nobody. */
const GENERIC_STEMS = new Set(['API', 'APP', 'AUTH', 'ACCESS', 'SECRET', 'TOKEN', 'CLIENT', 'SERVICE', 'PROJECT', 'ORGANIZATION', 'ORG', 'ACCOUNT', 'BASE', 'PUBLIC', 'PRIVATE', 'NEXT', 'VITE', 'REACT', 'EXPO', 'DEFAULT', 'WEBHOOK', 'BOT', 'USER', 'PERSONAL', 'DEPLOY', 'READ', 'WRITE', 'ADMIN', 'TEST', 'LIVE', 'PROD', 'PRODUCTION', 'DEV', 'MODEL', 'REGION', 'SESSION']);

/**
 * Each stem one provider's variables start with, or its name (`GITHUB`, `SENTRY`, `OPENROUTER`), to that provider; a stem
 * two providers share (`AZURE`, `GOOGLE`) or shorter than four letters (`CO`, `DO`, `HF`) names nobody.
 */
function stemOwners(cands: readonly Candidate[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  const add = (stem: string, id: string) => {
    if (stem.length < 4 || GENERIC_STEMS.has(stem)) return;
    owners.set(stem, (owners.get(stem) ?? new Set()).add(id));
  };
  for (const c of cands) {
    for (const v of c.envVars) add(v.split('_')[0]!, c.id);
    for (const n of c.names) add(n.toUpperCase().replace(/[^A-Z0-9]/g, ''), c.id);
  }
  return new Map([...owners].filter(([, ids]) => ids.size === 1).map(([stem, ids]) => [stem, [...ids][0]!]));
}

/**
 * The provider whose own text rules match, when exactly one provider's do: "Bad credentials"
 * is GitHub's wording, "Authentication error (10000)" Cloudflare's. Words several providers
 * share (a rate limit, "invalid API key") name nobody.
 */
function uniqueWording(text: string, cands: readonly Candidate[]): { id: string; words: string } | undefined {
  let found: { id: string; words: string } | undefined;
  for (const c of cands) {
    // A bare number ("Usage: 10001") is any service's number: a numeric code names its provider only where the text
    // calls it a code ("Error code 9109", "\"code\": 20003").
    const words = c.wording.filter((r) => !r.shared && (!r.also || r.also.test(text))).map((r) => r.match.exec(text)).find((m) => m && (!/^\d+$/.test(m[0]) || /(?:code|error|err|errno)\W{0,4}$/i.test(text.slice(Math.max(0, m.index - 12), m.index))))?.[0];
    if (!words) continue;
    if (found) return undefined;
    const one = words.replace(/\s+/g, ' ');
    // A cut shows it was cut: "… denied to example" would read as the whole name.
    found = { id: c.id, words: one.length > 60 ? `${one.slice(0, 59)}…` : one };
  }
  return found;
}

export interface RecogniseResult {
  winner?: Recognition;
  all: Recognition[];
  /** The provider each key-shaped token in the text belongs to. */
  keyOwners: Array<{ token: string; provider: string }>;
}

/** The candidates and their variables' stems, built once per probe list (explain reads one text at a time). */
const built = perProbeList((probes) => {
  const cands = candidates(probes);
  return { cands, stems: stemOwners(cands) };
});

export function recognise(text: string, probes: readonly Probe[], table: readonly KeyPrefix[] = prefixTable(probes)): RecogniseResult {
  const head = text.slice(0, 1024 * 1024);
  const { cands, stems } = built(probes);
  const hosts = new Set<string>();
  for (const m of head.matchAll(/(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![\w-])/gi)) {
    hosts.add(m[0].toLowerCase());
    if (hosts.size > 2000) break;
  }
  // A URL's host after its user part ("https://ci@gitlab.com", "https://user:@git.example.com"): the lookbehind above
  // skips a name after "@" so that an e-mail address names no host, and a URL's authority is no e-mail address.
  for (const m of head.matchAll(/\bhttps?:\/\/[^\s/@'"<>]{0,256}@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-])/gi)) {
    hosts.add(m[1]!.toLowerCase());
    if (hosts.size > 2000) break;
  }
  const keyOwners: RecogniseResult['keyOwners'] = [];
  for (const { token } of keyTokens(head, 2000)) {
    const owner = providerOfKey(token, table);
    if (owner) keyOwners.push({ token, provider: owner.provider });
  }
  // A URL's path names a resource on its host, not the program that raised the error: "huggingface.co/mistralai/…" is a
  // model repo, not the mistralai SDK. SDK patterns read the text with URLs cut to their hosts.
  const code = head.replace(/(https?:\/\/[^\s/'"<>)]+)[^\s'"<>)]*/gi, '$1');
  // A name in a `server:`/`via:` header is the CDN or proxy in front of the API (OpenAI answers through Cloudflare:
  // `server: cloudflare`), not the provider that answered.
  const names = nameHits(head.replace(/\b(?:server|via|x-served-by)["']?\s*(?:=>|[:=])\s*\[?["']?[^"'\n,}\]]*/gi, ''), cands);
  const wording = uniqueWording(head, cands);
  // A key's variable named for a provider without being one it reads (`REVIEWDOG_GITHUB_API_TOKEN`, `DANGER_GITHUB_API_TOKEN`:
  // heldout72): as weak a sign as its name in prose.
  const keyVariables = [...head.matchAll(KEY_VARIABLE_NAME)].slice(0, 200).map((m) => m[0]);
  const all: Recognition[] = [];
  // Each service of a platform (ProbeHints.within) recognised by a sign of its own, to that platform.
  const parts = new Map<string, string>();
  for (const c of cands) {
    const signals: Array<[number, string]> = [];
    const host = [...hosts].find((h) => [...c.hosts].some((s) => hostMatches(h, s)));
    if (host) signals.push([3, `host ${host}`]);
    const sdk = c.sdk.map((re) => re.exec(code)?.[0]).find(Boolean);
    if (sdk) signals.push([3, `SDK ${sdk.trim()}`]);
    const link = [...hosts].find((h) => [...c.domains].some((d) => h === d || h.endsWith(`.${d}`)));
    if (link && link !== host) signals.push([2, `link to ${link}`]);
    const shape = c.envelope.map((re) => re.exec(head)?.[0]).find(Boolean);
    // Cut as the wording is, with the cut shown: "… organization, \"acme-co" would read as the whole name.
    if (shape) signals.push([2, `error shape "${shape.length > 60 ? `${shape.slice(0, 59)}…` : shape}"`]);
    const key = keyOwners.find((k) => k.provider === c.id);
    if (key) signals.push([2, `key prefix ${key.token.slice(0, 8)}…`]);
    const env = [...c.envVars].find((v) => new RegExp(`\\b${v}\\b`).test(head));
    if (env) signals.push([2, `variable ${env}`]);
    const namedFor = env ? undefined : keyVariables.find((v) => v.split('_').some((part) => stems.get(part) === c.id));
    if (namedFor) signals.push([1, `variable ${namedFor}, named for it`]);
    const name = names.get(c.id);
    if (name) signals.push([1, `name "${name}"`]);
    if (c.within && (host || sdk || shape || key)) parts.set(c.id, c.within);
    if (signals.length) all.push({ id: c.id, name: c.name, score: signals.reduce((s, [w]) => s + w, 0), signals: signals.map(([, s]) => s) });
  }
  // On a tie, what the text says about where it came from beats the prefix of a key it quotes:
  // "Incorrect API key provided: sk-ant-…" with an openai.com link is OpenAI refusing an Anthropic key.
  const own = (r: Recognition) => r.score - (r.signals.some((s) => s.startsWith('key prefix')) ? 2 : 0);
  const rank = (): Recognition | undefined => {
    all.sort((a, b) => b.score - a.score || own(b) - own(a));
    const [first, second] = all;
    return first && (!second || second.score < first.score || own(second) < own(first)) ? first : undefined;
  };
  let winner = rank();
  // A service of a platform, recognised beside it by a sign of its own (an SDK, an operation, a host: weight 3), is the
  // more specific reading of the same text: Bedrock's InvokeModel refused in AWS's words is Bedrock's (29 corpus texts
  // labelled Bedrock were named AWS; tuning round 62).
  // A tie between the two (botocore beside Bedrock's operation) is no tie.
  const platform = winner ?? all[0];
  const part = platform && all.find((x) => parts.get(x.id) === platform.id);
  if (part && (winner || all.filter((x) => x.score === platform.score).every((x) => x === platform || x === part))) winner = part;
  // Wording decides only what the rest leaves open: a link or host outweighs words another provider also happens to use.
  // A wording that is its provider's only sign names nobody where the text names another service: pyowm raises Stripe's
  // own "Invalid API Key provided" for OpenWeatherMap (heldout23).
  // A winner by its name in prose alone (weight 1) is no stronger sign than a sentence only another provider's errors use:
  // Vercel's "You need to add a Login Connection to your GitHub account first" names GitHub as the thing to link, and is
  // Vercel's answer (heldout104, tuning round 86). A sentence, not a code: "OpenAI: {… "code":"token_expired"}" stays
  // OpenAI's though Slack's codes hold token_expired (heldout26).
  const r = wording && all.find((x) => x.id === wording.id);
  const byNameOnly = !!winner && !!wording && /\S+(?:\s+\S+){3}/.test(wording.words) && winner.id !== wording.id && winner.signals.every((s) => s.startsWith('name '));
  if (byNameOnly) winner = undefined;
  if (!winner && wording && (r || byNameOnly || namedServices(head).length === 0)) {
    const c = cands.find((x) => x.id === wording.id)!;
    const signal = `wording "${wording.words}", which only ${c.name}'s errors use`;
    if (r) {
      r.score += 2;
      r.signals.push(signal);
    } else all.push({ id: c.id, name: c.name, score: 2, signals: [signal] });
    winner = rank();
  }
  return { winner, all, keyOwners };
}

/** A provider's display name, from its probe or its hint. */
export function providerName(id: string, probes: readonly Probe[]): string {
  return directory(probes).get(id)?.name ?? id;
}
