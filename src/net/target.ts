// Where a key may be sent (DESIGN "Where a key may be sent"): the probe's
// official host, or a base URL given at least as trustedly as the key itself.
import { TRUST_RANK, type Trust } from '../core/types.js';
import type { Probe } from '../probes/types.js';

export interface BaseUrlChoice {
  url: string;
  /** Where it came from: "default", "--base-url", "KEYDOCTOR_OPENAI_BASE_URL (process environment)", ".env:3". */
  from: string;
  trust: Trust | 'default';
}

export type TargetDecision =
  | { allowed: true; baseUrl: string; choice: BaseUrlChoice; official: boolean }
  | { allowed: false; choice: BaseUrlChoice; reason: string; fix: string; /** Refused by the trust rule (the URL itself may be fine): the check is inconclusive, not failed. */ trust?: true };

export function overrideVar(probe: Probe): string {
  return `KEYDOCTOR_${probe.id.toUpperCase().replace(/-/g, '_')}_BASE_URL`;
}

/** Whether `host` is one of the probe's official hosts (`*.example.com` matches subdomains). */
export function isOfficialHost(probe: Probe, host: string): boolean {
  const h = host.toLowerCase();
  return probe.officialHosts.some((o) => (o.startsWith('*.') ? h.endsWith(o.slice(1)) && h.length > o.length - 1 : h === o));
}

/** The one question the base URL choice asks of the sources: what a setting resolves to, and from where. */
export interface SettingLookup {
  lookup(name: string): { value: string; trust: Trust; def: { file: string; line?: number } } | undefined;
}

/** The base URL in force, most trusted source first (keydoctor's own variable before the SDK's at equal trust). */
export function chooseBaseUrl(
  probe: Probe,
  sources: SettingLookup,
  flag?: string,
  settings: Record<string, string | undefined> = {},
  /** The least trusted source of the settings a derived base URL is built from. */
  settingsTrust?: Trust,
): BaseUrlChoice {
  if (flag) return { url: flag, from: '--base-url', trust: 'flag' };
  const names = [overrideVar(probe), ...(probe.baseUrlEnv ? [probe.baseUrlEnv] : [])];
  let best: BaseUrlChoice | undefined;
  for (const n of names) {
    const r = sources.lookup(n);
    if (!r?.value || (best && TRUST_RANK[best.trust as Trust] >= TRUST_RANK[r.trust])) continue;
    best = { url: r.value, from: `${n} (${r.def.line ? `${r.def.file}:${r.def.line}` : r.def.file})`, trust: r.trust };
  }
  if (best) return best;
  const derived = probe.baseUrlFrom?.(settings);
  if (derived) {
    const names = (probe.settingsEnv ?? []).filter((n) => settings[n]).join(', ');
    // A URL built from settings (a self-managed host, a region) is as trusted as those settings.
    return { url: derived, from: `the provider settings${names ? ` (${names})` : ''}`, trust: settingsTrust ?? 'default' };
  }
  return { url: probe.defaultBaseUrl, from: 'default', trust: 'default' };
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
  const official = isOfficialHost(probe, url.hostname);
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
  if (!official && trust !== 'default') {
    const trusted = trustProjectConfig || TRUST_RANK[trust] >= TRUST_RANK[keyTrust];
    if (!trusted) {
      return {
        allowed: false,
        choice,
        reason: `${choice.from} points ${probe.name} at ${url.host}, but the key came from ${KEY_ORIGIN[keyTrust]}, a more trusted place than that setting`,
        fix: `If ${url.host} is yours, allow it for this run with --trust-project-config, or from now on by setting ${overrideVar(probe)}=${url.origin}${url.pathname.replace(/\/+$/, '')} in your environment (your shell start-up file). If it is not yours, remove ${choice.from.replace(/ \((.*)\)$/, ' from $1')}: a setting there should not choose where your keys go.`,
        trust: true,
      };
    }
  }
  return { allowed: true, baseUrl: withDefaultPath(url, probe), choice, official };
}
