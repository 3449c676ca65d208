// Prevention findings (severity warning unless noted): what will make a
// working key fail tomorrow, or makes its failure costly. Two entry points for
// the pipeline: `keyPrevention` is pure and runs per key once its format and
// identity are known; `projectPrevention` reads the project (mode .env files,
// git) once per run and returns findings per variable.
import type { Finding } from '../core/types.js';
import { probeById } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import { searchGit, type GitSearch } from './committed.js';
import { sharedAcrossEnvironments, type ModeFile } from './environments.js';
import { DEFAULT_EXPIRY_WARN_DAYS, expiryFindings } from './expiry.js';
import { personFindings } from './person.js';
import { privilegeFindings, type KeyFacts } from './privilege.js';

export { DEFAULT_EXPIRY_WARN_DAYS } from './expiry.js';
export { DEFAULT_HISTORY_COMMITS } from './committed.js';
export type { KeyFacts } from './privilege.js';

export interface KeyPreventionInput extends KeyFacts {
  providerName: string;
  /** The key's probe, whose `prevention` knows its provider's cases; looked up in the registry by `provider` when not given. */
  probe?: Probe;
  /** The key itself, for a JWT's exp claim; decoded in memory, never sent or shown. */
  value?: string;
  now?: Date;
  warnDays?: number;
}

/** Over-privileged key, expiry ahead, key tied to a person: from what steps 1 and 4 found. */
export function keyPrevention(k: KeyPreventionInput): Finding[] {
  const probe = k.probe ?? probeById(k.provider);
  // The facts only: the probe never sees the key's value.
  const facts: KeyFacts = { name: k.name, provider: k.provider, formatId: k.formatId, identity: k.identity, ci: k.ci, expectedScopes: k.expectedScopes, settings: k.settings };
  const own = probe?.prevention?.(facts) ?? [];
  return [
    ...privilegeFindings(k, own),
    ...expiryFindings({ name: k.name, providerName: k.providerName, value: k.value, identity: k.identity, now: k.now ?? new Date(), warnDays: k.warnDays ?? DEFAULT_EXPIRY_WARN_DAYS }),
    ...personFindings(own),
  ];
}

export interface ProjectPreventionInput {
  root: string;
  /** Every checked variable with every value it is defined with (all definitions, not only the winner). */
  keys: { name: string; values: string[] }[];
  /** The project's mode .env files (src/prevent/environments.ts modeFilesFrom). */
  modeFiles: ModeFile[];
  /** The environment git runs with (only PATH, HOME and git's own variables are passed on). */
  env: Record<string, string | undefined>;
  /** How many commits back to search (default 50). */
  commits?: number;
}

/** Secrets committed to git, one key across environments: per variable name. */
export async function projectPrevention(input: ProjectPreventionInput): Promise<{ byName: Map<string, Finding[]>; git: GitSearch }> {
  const names = input.keys.map((k) => k.name);
  const byName = new Map<string, Finding[]>(names.map((n) => [n, []]));
  for (const [name, findings] of sharedAcrossEnvironments(input.modeFiles, names)) byName.get(name)?.push(...findings);
  const git = await searchGit(input.root, input.keys.flatMap((k) => k.values.map((value) => ({ name: k.name, value }))), { env: input.env, commits: input.commits });
  for (const [name, findings] of git.byName) byName.get(name)?.push(...findings);
  return { byName, git };
}
