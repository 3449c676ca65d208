// `keydoctor providers`: what is built in, as text or JSON.
import type { Probe } from '../probes/types.js';
import { overrideVar } from '../probes/types.js';
import { CREDENTIAL_SOURCES, type CredentialSource } from '../trace/types.js';
import { guardText, toJson } from './sanitize.js';

export interface ProviderInfo {
  id: string;
  name: string;
  docs: string;
  envVars: string[];
  settingsEnv: string[];
  baseUrlEnv: string[];
  officialHosts: string[];
  keyFormats: { id: string; description: string; environment?: string }[];
  /** The provider's CLI's own credential files keydoctor reads (src/trace/credential-sources.ts). */
  credentialFiles?: readonly CredentialSource[];
}

export function providerInfo(p: Probe): ProviderInfo {
  return {
    id: p.id,
    name: p.name,
    docs: p.docs,
    envVars: p.envVars,
    settingsEnv: p.settingsEnv ?? [],
    baseUrlEnv: [overrideVar(p), ...(p.baseUrlEnv ? [p.baseUrlEnv] : [])],
    officialHosts: p.officialHosts,
    keyFormats: p.keyFormats.map((f) => ({ id: f.id, description: f.description, ...(f.environment ? { environment: f.environment } : {}) })),
    ...(CREDENTIAL_SOURCES[p.id] ? { credentialFiles: CREDENTIAL_SOURCES[p.id] } : {}),
  };
}

export function renderProvidersJson(probes: readonly Probe[]): string {
  return toJson({ schemaVersion: 1, providers: probes.map(providerInfo) });
}

export function renderProvidersText(probes: readonly Probe[]): string {
  const w = Math.max(...probes.map((p) => p.id.length), 2);
  const rows = probes.map((p) => `${p.id.padEnd(w)}  ${p.envVars.join(', ')}${p.settingsEnv?.length ? ` (+ ${p.settingsEnv.join(', ')})` : ''}\n${' '.repeat(w)}  ${p.keyFormats.map((f) => f.description).join('; ') || 'no fixed format'}`);
  return guardText(`${probes.length} built-in providers (id, variables checked, key formats):\n\n${rows.join('\n')}\n`, 'terminal');
}
