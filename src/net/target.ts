// Where a key may be sent (DESIGN "Where a key may be sent"): the probe's
// official host, or a base URL given at least as trustedly as the key itself.
import { TRUST_RANK, type Trust } from '../core/types.js';
import { withArticle } from '../core/grammar.js';
import { overrideVar, type Probe } from '../probes/types.js';
export { overrideVar } from '../probes/types.js';

export interface BaseUrlChoice {
  url: string;
  /** Where it came from: "default", "--base-url", "KEYDOCTOR_OPENAI_BASE_URL (process environment)", ".env:3". */
  from: string;
  trust: Trust | 'default';
  /** The variables that chose it, each with where it is set: an override variable, or the settings a built URL comes from. */
  setBy?: { name: string; where: string }[];
  /** Built by the probe from settings (a project URL, a resource name, a region, a site), not given as a URL. */
  derived?: true;
}

export type TargetDecision =
  | { allowed: true; baseUrl: string; choice: BaseUrlChoice; official: boolean }
  | { allowed: false; choice: BaseUrlChoice; reason: string; fix: string; /** Refused by the trust rule (the URL itself may be fine): the check is inconclusive, not failed. */ trust?: true };


/**
 * How a host is the probe's: `fixed`, one of the hosts the provider runs for
 * every customer (an exact entry of officialHosts: api.openai.com, sentry.io);
 * `tenant`, a host on a shared domain that any customer can have (matched only
 * by a `*.` entry: *.supabase.co, *.openai.azure.com); or not at all.
 */
export function officialKind(probe: Probe, host: string): 'fixed' | 'tenant' | undefined {
  const h = host.toLowerCase();
  if (probe.officialHosts.some((o) => !o.startsWith('*.') && h === o)) return 'fixed';
  return probe.officialHosts.some((o) => o.startsWith('*.') && h.endsWith(o.slice(1)) && h.length > o.length - 1) ? 'tenant' : undefined;
}

/** Whether `host` is one of the probe's official hosts (`*.example.com` matches subdomains). */
export function isOfficialHost(probe: Probe, host: string): boolean {
  return officialKind(probe, host) !== undefined;
}

/** The one question the base URL choice asks of the sources: what a setting resolves to, and from where. */
export interface SettingLookup {
  lookup(name: string): { value: string; trust: Trust; def: { file: string; line?: number } } | undefined;
}

const where = (def: { file: string; line?: number }) => (def.line ? `${def.file}:${def.line}` : def.file);

/** The base URL in force, most trusted source first (keydoctor's own variable before the SDK's at equal trust). */
export function chooseBaseUrl(
  probe: Probe,
  sources: SettingLookup,
  flag?: string,
  settings: Record<string, string | undefined> = {},
  /** The trust of settings the lookup does not know (a caller that passes them itself); default: the probe's own default. */
  settingsTrust?: Trust,
): BaseUrlChoice {
  if (flag) return { url: flag, from: '--base-url', trust: 'flag' };
  const names = [overrideVar(probe), ...(probe.baseUrlEnv ? [probe.baseUrlEnv] : [])];
  let best: BaseUrlChoice | undefined;
  for (const n of names) {
    const r = sources.lookup(n);
    if (!r?.value || (best && TRUST_RANK[best.trust as Trust] >= TRUST_RANK[r.trust])) continue;
    best = { url: r.value, from: `${n} (${where(r.def)})`, trust: r.trust, setBy: [{ name: n, where: where(r.def) }] };
  }
  if (best) return best;
  const derived = probe.baseUrlFrom?.(settings);
  if (derived) return derivedChoice(probe, derived, sources, settings, settingsTrust);
  return { url: probe.defaultBaseUrl, from: 'default', trust: 'default' };
}

type Level = Trust | 'default';
/** Where a setting is said to come from when the lookup does not know it (a caller passed it itself). */
const UNKNOWN = 'the provider settings';
const rank = (t: Level) => (t === 'default' ? Infinity : TRUST_RANK[t]);

/**
 * A URL built from settings (a self-managed host, a project URL, a region) is
 * as trusted as the most trusted sources that alone would build the same URL:
 * a setting that does not change it (an account id beside a region) does not
 * lower its trust, and one that does decides it.
 */
function derivedChoice(probe: Probe, url: string, sources: SettingLookup, settings: Record<string, string | undefined>, fallback?: Trust): BaseUrlChoice {
  const given = (probe.settingsEnv ?? []).filter((n) => settings[n]).map((name) => {
    const r = sources.lookup(name);
    return r && r.value === settings[name] ? { name, where: where(r.def), trust: r.trust as Level } : { name, where: UNKNOWN, trust: (fallback ?? 'default') as Level };
  });
  const build = (from: typeof given) => probe.baseUrlFrom!(Object.fromEntries(from.map((g) => [g.name, settings[g.name]])));
  const levels = [...new Set(given.map((g) => g.trust))].sort((a, b) => rank(b) - rank(a));
  const trust = levels.find((l) => build(given.filter((g) => rank(g.trust) >= rank(l))) === url) ?? levels[levels.length - 1] ?? fallback ?? 'default';
  const atLevel = given.filter((g) => g.trust === trust);
  const deciding = atLevel.filter((g) => build(given.filter((o) => rank(o.trust) >= rank(trust) && o !== g)) !== url);
  const setBy = (deciding.length ? deciding : atLevel).map((g) => ({ name: g.name, where: g.where }));
  const known = setBy.filter((s) => s.where !== UNKNOWN);
  const from = known.length ? known.map((s) => `${s.name} (${s.where})`).join(' and ') : `${UNKNOWN}${setBy.length ? ` (${setBy.map((s) => s.name).join(', ')})` : ''}`;
  return { url, from, trust, setBy, derived: true };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1)$/i;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * A base URL with no path keeps the provider's default path, so
 * KEYDOCTOR_OPENAI_BASE_URL=http://127.0.0.1:8080 means http://127.0.0.1:8080/v1.
 */
function withDefaultPath(url: URL, probe: Probe): string {
  if (url.pathname !== '/' && url.pathname !== '') return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const defPath = new URL(probe.defaultBaseUrl).pathname.replace(/\/+$/, '');
  return `${url.origin}${defPath}`;
}

/** Where a key of each trust comes from, in words. */
const KEY_ORIGIN: Record<Trust, string> = {
  flag: 'standard input',
  env: 'the process environment',
  user: 'your user configuration',
  project: "the project's files",
};

/** The origin a probe defined in a file carries (src/custom: `origin: { trust, file }`), when it has one. */
function projectOrigin(probe: Probe): { trust: Trust; file: string } | undefined {
  const o = (probe as { origin?: { trust?: unknown; file?: unknown } }).origin;
  return o && typeof o.trust === 'string' && Object.hasOwn(TRUST_RANK, o.trust) && typeof o.file === 'string' ? { trust: o.trust as Trust, file: o.file } : undefined;
}

export function decideTarget(probe: Probe, choice: BaseUrlChoice, keyTrust: Trust, trustProjectConfig: boolean): TargetDecision {
  let url: URL;
  try {
    url = new URL(choice.url);
  } catch {
    return { allowed: false, choice, reason: `the base URL from ${choice.from} is not a valid URL`, fix: 'Correct the URL (scheme, host, optional path).' };
  }
  if (url.username || url.password) {
    return { allowed: false, choice, reason: `the base URL from ${choice.from} carries credentials`, fix: 'Remove the user:password part; keys travel in headers.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { allowed: false, choice, reason: `the base URL from ${choice.from} uses ${url.protocol}, not https`, fix: 'Use an https:// URL.' };
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return {
      allowed: false,
      choice,
      reason: `the base URL from ${choice.from} is plain http to ${url.hostname}: the key would cross the network unencrypted`,
      fix: 'Use https, or plain http only to a loopback address (127.0.0.1, localhost).',
    };
  }
  const kind = officialKind(probe, url.hostname);
  const official = kind !== undefined;
  const trust = choice.trust;
  const origin = projectOrigin(probe);
  if (official && origin && !trustProjectConfig) {
    // A probe defined in a project file (a custom provider) names its own host: that host is as trusted
    // as the file, so it may receive keys read from the project's files, not more trusted ones.
    const urlTrust: Trust = trust === 'default' || TRUST_RANK[trust] < TRUST_RANK[origin.trust] ? origin.trust : trust;
    if (TRUST_RANK[urlTrust] < TRUST_RANK[keyTrust]) {
      return {
        allowed: false,
        choice,
        reason: `${probe.name} is defined in the project file ${origin.file}, so its host ${url.host} may receive only keys read from the project's own files, and this key came from ${KEY_ORIGIN[keyTrust]}`,
        fix: `If ${url.host} is yours, allow it with --trust-project-config.`,
        trust: true,
      };
    }
  }
  if (!official && trust === 'default') {
    return { allowed: false, choice, reason: `${choice.from} name ${url.host}, which is not one of ${probe.name}'s hosts`, fix: `Check the setting, or pass --base-url if ${url.host} is yours.` };
  }
  if (trust !== 'default' && !trustProjectConfig && TRUST_RANK[trust] < TRUST_RANK[keyTrust]) {
    // Whoever set it chose the host. Only the provider's fixed hosts take any key whoever named them: not a
    // tenant of a shared domain (anyone can create a Supabase project or an Azure resource and own its host),
    // nor a URL built from settings (a project URL, a resource name, a region, a site) other than the default.
    const fixed = kind === 'fixed' && (!choice.derived || url.hostname === new URL(probe.defaultBaseUrl).hostname);
    if (!fixed) return refusedByTrust(probe, choice, url, kind, keyTrust);
  }
  return { allowed: true, baseUrl: withDefaultPath(url, probe), choice, official };
}

/** The shared domain a tenant host is on: `supabase.co` for `attackerref.supabase.co`. */
function sharedDomain(probe: Probe, host: string): string | undefined {
  return probe.officialHosts.filter((o) => o.startsWith('*.') && host.endsWith(o.slice(1))).map((o) => o.slice(2)).sort((a, b) => b.length - a.length)[0];
}

/** The trust rule's refusal: the host, who chose it, and the way out (this run, from now on, or remove the setting). */
function refusedByTrust(probe: Probe, choice: BaseUrlChoice, url: URL, kind: 'fixed' | 'tenant' | undefined, keyTrust: Trust): TargetDecision {
  const host = url.host;
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const setBy = choice.setBy ?? [];
  const many = setBy.length > 1;
  const chosen = `${choice.from} ${many ? 'point' : 'points'} ${probe.name} at ${host}`;
  const keyFrom = `the key came from ${KEY_ORIGIN[keyTrust]}, a more trusted place than ${many ? 'those settings' : 'that setting'}`;
  // An official host that a setting chose looks like the provider's: say whose choice it is.
  const place = kind === 'tenant' ? `a host on ${sharedDomain(probe, url.hostname)}` : `${withArticle(probe.name)} host`;
  const setters = setBy.length ? setBy.map((s) => s.name).join(' and ') : 'it';
  const allow = keyTrust === 'flag'
    ? `pass --base-url ${base} (or --trust-project-config)`
    : `allow it for this run with --trust-project-config, or from now on by setting ${overrideVar(probe)}=${base} in your environment (your shell start-up file)`;
  const remove = setBy.length ? setBy.map((s) => `${s.name} from ${s.where}`).join(' and ') : choice.from;
  return {
    allowed: false,
    choice,
    reason: kind === undefined ? `${chosen}, but ${keyFrom}` : `${chosen}: ${place}, but whoever sets ${setters} chooses which one, and ${keyFrom}`,
    fix: `If ${host} is ${kind === 'fixed' ? 'the one you mean' : 'yours'}, ${allow}. If it is not yours, remove ${remove}: a setting there should not choose where your keys go.`,
    trust: true,
  };
}
