// What the custom-provider and plugin loader adds to a probe: where it came
// from. src/net/target.ts reads `origin.trust` (DESIGN "Where a key may be
// sent": a custom provider defined in a project file is project-level).
import type { Probe } from '../probes/types.js';

export type ProbeOrigin =
  /** A provider declared under `providers:` in a project's .keydoctor.yml. */
  | { kind: 'custom'; trust: 'project'; file: string; line?: number }
  /** A probe exported by a plugin package. */
  | { kind: 'plugin'; package: string; version: string; namedIn: string };

export type CustomProbe = Probe & { origin: ProbeOrigin };

export function originOf(probe: Probe): ProbeOrigin | undefined {
  return (probe as Partial<CustomProbe>).origin;
}

/** The probes in force (built-ins, custom providers, plugin probes) and what the loader wants said. */
export interface CustomProbes {
  probes: Probe[];
  /** One sentence each: a plugin skipped and why. */
  notices: string[];
}
