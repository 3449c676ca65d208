// What names a provider in pasted text. Each probe carries its own hints
// (`Probe.hints`: SDK class and module names, envelope shapes, documentation
// domains), beside the hosts, key formats and variable names recognition reads
// from it too. This table keeps only providers that have no probe yet, so an
// error can name its provider before keydoctor can check that provider's keys.
// Sources: shared/research/providers.md (per provider), and the SDKs' own names.
import { PROBES } from '../probes/index.js';
import type { Probe, ProbeHints } from '../probes/types.js';
import { perProbeList } from './per-probes.js';

export interface ProviderHint extends ProbeHints {
  id: string;
  name: string;
  docs?: string;
  envVars?: string[];
}

/** Providers with no probe (test/explain/recognise.test.ts checks that none of them has one). */
export const HINTS: ProviderHint[] = [
  {
    // Microsoft Entra ID (Azure AD): its sign-in service prints AADSTS codes
    // (https://learn.microsoft.com/entra/identity-platform/reference-error-codes) and issues tokens from these hosts;
    // what the codes mean is in rules-azure.ts. Client secrets live under App registrations.
    id: 'entra',
    name: 'Microsoft Entra ID',
    docs: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    hosts: ['login.microsoftonline.com', 'sts.windows.net', 'login.windows.net'],
    sdk: [/\bAADSTS\d{5,7}\b/, /\bMsal(?:Service|UiRequired|Client)Exception\b/],
    names: ['Azure Active Directory', 'Azure AD'],
    envVars: ['AZURE_CLIENT_SECRET', 'AZURE_TENANT_ID'],
  },
];

/** Domains too many providers sit behind to name one (CDNs, clouds, code hosts). */
export const SHARED_DOMAINS = new Set(['googleapis.com', 'amazonaws.com', 'azure.com', 'cloudflare.com', 'github.com', 'google.com', 'microsoft.com', 'aka.ms']);

/**
 * The probes recognition reads: those in force, then every built-in one they
 * leave out, so explain names a built-in provider whichever probes a caller
 * classifies with (as decide.ts reads every built-in probe's phrases).
 */
export function recognisable(probes: readonly Probe[]): readonly Probe[] {
  const ids = new Set(probes.map((p) => p.id));
  const rest = PROBES.filter((p) => !ids.has(p.id));
  return rest.length ? [...probes, ...rest] : probes;
}

/** The hint-table entries of providers that none of `probes` covers. */
export function unprobed(probes: readonly Probe[]): ProviderHint[] {
  return HINTS.filter((h) => !probes.some((p) => p.id === h.id));
}

/**
 * Every provider recognition can name, by id: its name and where its keys are managed (a probe's, else the hint
 * table's). Built once per probe list, as the other tables of ./per-probes.ts: explain asks it for each text it reads.
 */
export const directory = perProbeList((probes): ReadonlyMap<string, { name: string; docs?: string }> => {
  const known = recognisable(probes);
  const m = new Map<string, { name: string; docs?: string }>();
  for (const p of known) if (!m.has(p.id)) m.set(p.id, { name: p.name, ...(p.docs ? { docs: p.docs } : {}) });
  for (const h of unprobed(known)) if (!m.has(h.id)) m.set(h.id, { name: h.name, ...(h.docs ? { docs: h.docs } : {}) });
  return m;
});
