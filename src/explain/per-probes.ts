// What explain derives from a probe list (its candidates, its key prefixes) is the same for every text: built once
// per list and kept while the list lives (a corpus run, a bench, the CLI's one explain).
import type { Probe } from '../probes/types.js';

export function perProbeList<T>(build: (probes: readonly Probe[]) => T): (probes: readonly Probe[]) => T {
  const built = new WeakMap<readonly Probe[], T>();
  return (probes) => {
    if (!built.has(probes)) built.set(probes, build(probes));
    return built.get(probes)!;
  };
}
