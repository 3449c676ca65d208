// What a check run is asked to do: the CLI builds this from flags and
// .keydoctor.yml (src/cli/common.ts), the demo from its scenario.
import type { DeclaredKey } from '../config/schema.js';
import type { Severity } from '../core/types.js';
import type { Probe } from '../probes/types.js';
import type { LoaderName } from '../trace/types.js';

export interface CheckOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Where shell start-up files are read (default env.HOME). */
  home?: string;
  envVars: string[];
  provider?: string;
  stdinKey?: string;
  offline: boolean;
  forceLive: boolean;
  timeoutMs: number;
  /** How many times a 429 may be asked again; none unless given (the CLI gives src/net/retry.ts MAX_RETRIES). */
  retries?: number;
  baseUrl?: string;
  trustProjectConfig: boolean;
  expectEnv?: string;
  failOn: Severity;
  /** The mode whose .env files load (`--mode`; default: --expect-env, NODE_ENV, else development). */
  mode?: string;
  /** The .env order to apply (`--loader`; default: from each package.json). */
  loader?: LoaderName;
  /** Only this workspace package (`--package`: its folder or package.json name). */
  packageName?: string;
  /** The probes in force; the built-in registry unless given. */
  probes?: readonly Probe[];
  /** Keys declared in .keydoctor.yml, and the file's name. */
  declared?: DeclaredKey[];
  configFile?: string;
  /** Things to say before any key: skipped plugins, say. */
  notices?: string[];
  /** Warn this many days before a key expires (default 14). */
  expiryWarnDays?: number;
  /** How many commits of git history to search for committed keys (default 50; 0 skips it). */
  historyCommits?: number;
  /** The walk's file budget (default: src/trace/walk.ts DEFAULT_MAX_FILES). */
  maxFiles?: number;
  onProgress?: (event: { key: string; phase: 'live-start' | 'live-end' }) => void;
  /** Now and then while the project is read: files listed so far, the folder being read. */
  onWalk?: (files: number, dir: string) => void;
}
