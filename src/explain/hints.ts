// What names a provider in pasted text. Each probe carries its own hints
// (`Probe.hints`: SDK class and module names, envelope shapes, documentation
// domains), beside the hosts, key formats and variable names recognition reads
// from it too. This table keeps only providers that have no probe yet, so an
// error can name its provider before keydoctor can check that provider's keys.
// Sources: shared/research/providers.md (per provider), and the SDKs' own names.
import { PROBES } from '../probes/index.js';
import type { Probe, ProbeHints } from '../probes/types.js';

export interface ProviderHint extends ProbeHints {
  id: string;
  name: string;
  docs?: string;
  envVars?: string[];
}

/** Providers with no probe (test/explain/recognise.test.ts checks that none of them has one). */
export const HINTS: ProviderHint[] = [];

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
