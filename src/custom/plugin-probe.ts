// A plugin's probe, checked for the shape of the probe contract before it is
// used, and wrapped so that a plugin bug is a finding, never a crash: a
// throwing `request` becomes a missing-setup finding, a throwing `classify`
// an indeterminate answer, a throwing `identity` no identity.
import { ProbeSetupError, type KeyFormat, type Probe } from '../probes/types.js';
import type { CustomProbe } from './types.js';

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/** The plugin's probe, checked; a string says what is wrong (`probes[0].officialHosts: …`). */
export function pluginProbe(raw: unknown, at: string, plugin: { package: string; version: string; namedIn: string }): CustomProbe | string {
  if (!isObj(raw)) return `${at}: must be a probe object`;
  const p = raw;
  if (typeof p.id !== 'string' || !/^[a-z][a-z0-9-]{1,39}$/.test(p.id)) return `${at}.id: must be lower-case letters, digits and -`;
  if (typeof p.name !== 'string' || !p.name) return `${at}.name: must be a string`;
  if (p.docs !== undefined && typeof p.docs !== 'string') return `${at}.docs: must be a string`;
  if (!Array.isArray(p.envVars) || !p.envVars.length || p.envVars.some((v) => typeof v !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v))) {
    return `${at}.envVars: must be a non-empty list of environment variable names`;
  }
  for (const f of ['baseUrlEnv'] as const) if (p[f] !== undefined && typeof p[f] !== 'string') return `${at}.${f}: must be a string`;
  if (p.settingsEnv !== undefined && (!Array.isArray(p.settingsEnv) || p.settingsEnv.some((v) => typeof v !== 'string'))) return `${at}.settingsEnv: must be a list of names`;
  if (!Array.isArray(p.officialHosts) || !p.officialHosts.length || p.officialHosts.some((h) => typeof h !== 'string' || !HOST.test(h))) {
    return `${at}.officialHosts: must be a non-empty list of lower-case host names (*.example.com for subdomains)`;
  }
  if (typeof p.defaultBaseUrl !== 'string' || !URL.canParse(p.defaultBaseUrl)) return `${at}.defaultBaseUrl: must be a URL`;
  for (const f of ['request', 'classify'] as const) if (typeof p[f] !== 'function') return `${at}.${f}: must be a function`;
  for (const f of ['identity', 'baseUrlFrom'] as const) if (p[f] !== undefined && typeof p[f] !== 'function') return `${at}.${f}: must be a function`;
  const keyFormats = p.keyFormats ?? [];
  if (!Array.isArray(keyFormats)) return `${at}.keyFormats: must be a list`;
  for (const [i, f] of keyFormats.entries()) {
    if (!isObj(f) || typeof f.id !== 'string' || !(f.pattern instanceof RegExp) || typeof f.description !== 'string') {
      return `${at}.keyFormats[${i}]: must be { id, pattern: RegExp, description }`;
    }
  }
  const requestIdHeaders = p.requestIdHeaders ?? [];
  if (!Array.isArray(requestIdHeaders) || requestIdHeaders.some((h) => typeof h !== 'string')) return `${at}.requestIdHeaders: must be a list of header names`;

  const probe = p as unknown as Probe;
  const name = `the ${plugin.package} plugin's ${probe.id} probe`;
  // Field by field, not a spread: a plugin may export class instances whose methods live on the prototype.
  return {
    id: probe.id,
    name: probe.name,
    docs: probe.docs ?? plugin.package,
    envVars: [...probe.envVars],
    ...(probe.baseUrlEnv ? { baseUrlEnv: probe.baseUrlEnv } : {}),
    ...(probe.settingsEnv ? { settingsEnv: [...probe.settingsEnv] } : {}),
    defaultBaseUrl: probe.defaultBaseUrl,
    officialHosts: [...probe.officialHosts],
    ...(probe.baseUrlFrom ? { baseUrlFrom: (settings: Record<string, string | undefined>) => probe.baseUrlFrom!(settings) } : {}),
    keyFormats: keyFormats as KeyFormat[],
    requestIdHeaders: (requestIdHeaders as string[]).map((h) => h.toLowerCase()),
    origin: { kind: 'plugin', ...plugin },
    request(key, ctx) {
      try {
        return probe.request(key, ctx);
      } catch (err) {
        // A plugin cannot import our ProbeSetupError class; the name and a `fix` are the contract.
        const e = err as { name?: string; message?: string; fix?: unknown };
        if (err instanceof ProbeSetupError) throw err;
        if (e?.name === 'ProbeSetupError' && typeof e.fix === 'string') throw new ProbeSetupError(String(e.message), e.fix);
        throw new ProbeSetupError(`${name} failed to build its request (${firstLine(e?.message)})`, `Report it to the maintainers of ${plugin.package}.`);
      }
    },
    classify(a) {
      try {
        return probe.classify(a);
      } catch (err) {
        return {
          category: 'unknown', verdict: 'indeterminate', rule: `${probe.id}.plugin_error`,
          evidence: [`${name} failed to read the answer (${firstLine((err as Error)?.message)})`],
          fixes: [`Report it to the maintainers of ${plugin.package}; the key was not judged.`],
        };
      }
    },
    ...(probe.identity ? {
      identity(a) {
        try {
          return probe.identity!(a);
        } catch {
          return undefined;
        }
      },
    } : {}),
  };
}

export function firstLine(message: unknown): string {
  const line = String(message ?? 'no message').split('\n')[0]!.trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
