// The source model's view of a folder, for tests of what reads it (base URL
// choice, the trust rule): what a local run started in `dir` loads.
import { PROBES } from '../../src/probes/index.js';
import type { Probe } from '../../src/probes/types.js';
import { loadSources, type SourceView } from '../../src/sources/model.js';

export function sourcesOf(dir: string, env: Record<string, string> = {}, probes: readonly Probe[] = PROBES): SourceView {
  return loadSources({ cwd: dir, env, home: '/nonexistent', probes }).view('.');
}
