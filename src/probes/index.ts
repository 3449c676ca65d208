// The registry: every built-in probe, sorted by id. Adding a provider is adding
// its folder and one line here (test/probes/registry.test.ts checks both).
import type { Probe } from './types.js';
import { anthropic } from './anthropic/index.js';
import { github } from './github/index.js';
import { openai } from './openai/index.js';
import { stripe } from './stripe/index.js';

export const PROBES: readonly Probe[] = [anthropic, github, openai, stripe];

export function probeById(id: string, probes: readonly Probe[] = PROBES): Probe | undefined {
  return probes.find((p) => p.id === id);
}

/** The probe whose conventional variables include `name`. */
export function probeForEnvVar(name: string, probes: readonly Probe[] = PROBES): Probe | undefined {
  return probes.find((p) => p.envVars.includes(name));
}

/** The probe (and format) a value's shape belongs to, if any. */
export function probeForValue(value: string, probes: readonly Probe[] = PROBES): { probe: Probe; format: string } | undefined {
  for (const probe of probes) {
    const f = probe.keyFormats.find((k) => k.pattern.test(value));
    if (f) return { probe, format: f.id };
  }
  return undefined;
}
