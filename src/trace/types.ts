// The tracer's vocabulary. A definition is one place that sets a variable; a
// chain is one runtime context (a local run, a compose service, a Kubernetes
// container, a CI job) whose loader ranks the definitions it sees. `wins` means
// "heads at least one chain": the value that context would load.
import type { Finding } from '../core/types.js';
import type { Probe } from '../probes/types.js';

export type DefinitionKind =
  | 'process' | 'shell' | 'dotenv' | 'dotenv-template'
  | 'compose' | 'compose-env-file' | 'dockerfile-env' | 'dockerfile-arg'
  | 'kubernetes' | 'kubernetes-secret' | 'kubernetes-configmap' | 'helm' | 'helm-values'
  | 'github-actions' | 'gitlab-ci' | 'circleci' | 'jenkins'
  | 'package-json' | 'config'
  /** A CLI's own credential file under HOME (~/.aws/credentials, gh's hosts.yml, ~/.npmrc, …): user trust. */
  | 'credential-file';

/** The kinds a CI job reads: its values are set where the job runs (its secrets), not here. */
export const CI_KINDS: ReadonlySet<DefinitionKind> = new Set(['github-actions', 'gitlab-ci', 'circleci', 'jenkins']);
/** The kinds a container or a cluster reads: compose, Dockerfiles, Kubernetes and Helm. */
export const CONTAINER_KINDS: ReadonlySet<DefinitionKind> = new Set(['compose', 'compose-env-file', 'dockerfile-env', 'dockerfile-arg', 'kubernetes', 'kubernetes-secret', 'kubernetes-configmap', 'helm', 'helm-values']);

export interface TraceDefinition {
  kind: DefinitionKind;
  /** A project-relative path, `process environment`, or `shell: ~/.zshrc`. */
  file: string;
  line?: number;
  /** The section of a credential file the definition is in: an AWS profile `work`, a gh host, a registry. */
  section?: string;
  fingerprint: string | null;
  redacted: string;
  /** The value this definition's context would load. */
  wins: boolean;
  /** The runtime context it was ranked in: `local`, `compose service api`, ... */
  context?: string;
  /** Why it wins or loses, or why it is not loaded at all. */
  note?: string;
  /** INTERNAL: why nothing here loads it (the note says it too, after `not loaded: `); trace-json leaves it out. */
  notLoaded?: string;
  /** INTERNAL: the mode whose run would load it, for a mode file this run skips; trace-json leaves it out. */
  readInMode?: string;
  /** Where a value that is not written here points: `secrets.OPENAI_API_KEY`, `Secret api-keys/openai`. */
  reference?: string;
  /**
   * INTERNAL: the raw value, when it is known here. Renderers must never print
   * it; trace-json leaves it out and the CLI registers it with the Redactor.
   * It is here for check's step 2, which needs the winning value.
   */
  value?: string;
}

export interface TraceVariable {
  name: string;
  definitions: TraceDefinition[];
  findings: Finding[];
  /** Each runtime context the definitions were ranked in, with the precedence rule it applies. */
  contexts: TraceContext[];
}

export interface TraceContext {
  /** `local`, `local (apps/web)`, `new shell`, `compose service api`, `CI job test`, ... */
  context: string;
  rule: string;
  /**
   * INTERNAL: the context's definitions as indices into `definitions`, highest
   * precedence first: `defs[0]` is the value this context loads. check tests
   * exactly that definition (src/sources/model.ts); trace-json leaves it out.
   */
  defs: number[];
}

/** The .env orders keydoctor knows how to apply (`--loader`). */
export const LOADERS = ['dotenv', 'nextjs', 'vite', 'dotenv-flow'] as const;
export type LoaderName = (typeof LOADERS)[number];

/** A loader's name as people write it. */
export const LOADER_LABEL: Record<LoaderName, string> = {
  dotenv: 'dotenv', nextjs: 'Next.js', vite: 'Vite', 'dotenv-flow': 'dotenv-flow',
};


export interface LoaderChoice {
  name: LoaderName;
  /** Why this order was applied: `--loader`, `package.json depends on next`. */
  reason: string;
  /** The .env files this loader reads for the mode, highest priority first. */
  order: string[];
}

export interface TraceStats {
  files: number;
  directories: number;
  ignored: number;
  binary: number;
  tooLarge: number;
  /** Sub-folders not read because the root is not inside a project (src/sources/scope.ts). */
  notDescended?: number;
  /** Set when the walk stopped at its file budget: what it did not read. */
  budget?: { maxFiles: number; skippedDirectories: string[] };
}

export interface TraceResult {
  variables: TraceVariable[];
  loader: LoaderChoice;
  mode: string;
  /** Problems that belong to a file rather than a variable: malformed, unreadable. */
  findings: Finding[];
  stats: TraceStats;
  /** The variables traced as settings (base URLs, endpoints): ranked like the keys, never scanned for hard-coded copies. */
  settings: TraceVariable[];
  /** Every package.json found, parsed, by folder (`.` for the root): loaders and workspaces read them. */
  manifests: ReadonlyMap<string, unknown>;
  /** Every file the walk listed (project-relative): workspaces read folder names from it. */
  files: readonly string[];
  /** Whether the walk went into sub-folders (false outside a project: src/sources/scope.ts). */
  recursive: boolean;
  /** The root's dependencies (package.json, requirements.txt, pyproject.toml): which SDK reads the credential files. */
  dependencies?: readonly string[];
}

export interface TraceOptions {
  root: string;
  env: Record<string, string | undefined>;
  /** Where shell start-up files are read; `env.HOME` unless given. */
  home?: string;
  /** Trace only these variables; otherwise every probe variable found plus .keydoctor.yml keys. */
  names?: string[];
  /** Variables reported as not defined when nothing defines them (default: `names`, else the .keydoctor.yml keys). */
  required?: string[];
  /** Settings to rank too (base URLs, endpoints, regions): in `settings`, never searched for as hard-coded keys. */
  settings?: string[];
  /** Walk into sub-folders (default true; false reads only the root folder's own files). */
  recursive?: boolean;
  /** Stop the walk after listing this many files, with a note of what was left (default 100,000). */
  maxFiles?: number;
  /** Called now and then during the walk (files listed so far, the folder being read). */
  onProgress?: (files: number, dir: string) => void;
  mode?: string;
  loader?: LoaderName;
  /** Called with every value read, so the caller's Redactor knows it. */
  onSecret?: (value: string) => void;
  /** Called with every NAME=value of every .env file read, traced or not (the caller decides which are secrets). */
  onValue?: (name: string, value: string) => void;
  /** Files larger than this are skipped (bytes). */
  maxFileBytes?: number;
  /** The probes in force (their variables and key formats); the built-in registry unless given. */
  probes?: readonly Probe[];
  /** Read the CLIs' credential files under the home folder (default true). */
  credentialFiles?: boolean;
  /** The clock SSO expiry is judged by; tests pin it. */
  now?: () => Date;
}

/** A definition before ranking: where it is and what it holds. */
export interface RawDef {
  name: string;
  kind: DefinitionKind;
  file: string;
  line?: number;
  /** The section of a credential file (an AWS profile, a gh host, a registry host). */
  section?: string;
  /** The resolved value, when it is known here. */
  value?: string;
  reference?: string;
  /** Set when the definition is read by nothing in this configuration (a template, another mode). */
  notLoaded?: string;
  /** For a mode file this run's loader skips, the mode whose run reads it (`.env.production` under Next.js). */
  readInMode?: string;
  /** Extra words for the note (`gitignored`, `origin of the process value`). */
  remark?: string;
  /** Replaces the shadowed note: this definition is the origin of the winner, not a rival. */
  origin?: string;
  /** Where a reference resolved (`k8s/secret.yaml:7`): that line is this definition's value, not a hard-coded copy. */
  resolvedAt?: string;
  /** A literal value written in a file that is usually committed. */
  committedLiteral?: boolean;
}

/** One runtime context: its definitions highest precedence first, and the rule that orders them. */
export interface Chain {
  context: string;
  rule: string;
  defs: RawDef[];
  /**
   * For a new shell's view of a folder, the local context it stands beside:
   * the process environment may lack an export (after `unset`) or hold
   * another value than the one a terminal opened now would export.
   */
  besideLocal?: string;
}

/** What one source module found for the traced names. */
export interface Extract {
  defs: RawDef[];
  chains: Chain[];
  findings: VarFinding[];
  /** File-level problems: malformed, unreadable, missing. */
  problems: Finding[];
}

/** A finding that belongs to one variable. */
export interface VarFinding {
  name: string;
  finding: Finding;
}

export { where } from '../core/location.js';

/**
 * The CLIs' credential files, ranked into every local context: the
 * definitions a runtime loads per variable (highest first), and where they
 * stand against the environment's own (the process, then the .env files).
 */
export interface CredentialLayer {
  /** Every definition read (loaded or not), the files' problems and per-variable findings. */
  extract: Extract;
  /** Per variable, the definitions a runtime loads from the files, highest precedence first. */
  loaded: ReadonlyMap<string, RawDef[]>;
  /** Whether the files' definitions of `name` come before the environment's, given the variables the environment defines. */
  first(name: string, envDefines: (name: string) => boolean): boolean;
  /** Words for the context's rule: the runtime's order for `name`. */
  rule(name: string): string | undefined;
  /** Findings that depend on what the environment defines (runtimes that would pick differently). */
  notes?(envDefines: (name: string) => boolean): VarFinding[];
}

export function emptyExtract(): Extract {
  return { defs: [], chains: [], findings: [], problems: [] };
}

// The CLIs' credential files keydoctor reads (./readers/credentials-*.ts), as data: by
// provider id, the file, the variables it stands for and those that move it.
// `keydoctor providers --json` lists them; the hard-coded-key scan skips them.
export interface CredentialSource {
  /** As people write it, under HOME. */
  file: string;
  /** The variables its entries stand for (the first is the key checked). */
  variables: string[];
  /** Variables that move the file. */
  movedBy: string[];
  /** How the entry in force is chosen. */
  selects: string;
}

export const CREDENTIAL_SOURCES: Readonly<Record<string, readonly CredentialSource[]>> = {
  aws: [
    { file: '~/.aws/credentials', variables: ['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN'], movedBy: ['AWS_SHARED_CREDENTIALS_FILE'], selects: 'profile AWS_PROFILE, else AWS_DEFAULT_PROFILE, else [default]' },
    { file: '~/.aws/config', variables: ['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN', 'AWS_REGION'], movedBy: ['AWS_CONFIG_FILE'], selects: '[profile NAME]; SSO logins (expiry from ~/.aws/sso/cache) and credential_process (never run) are named' },
  ],
  github: [{ file: '~/.config/gh/hosts.yml', variables: ['GH_TOKEN'], movedBy: ['GH_CONFIG_DIR', 'XDG_CONFIG_HOME'], selects: 'the github.com host\'s oauth_token; other hosts are listed, never sent' }],
  npm: [{ file: '~/.npmrc', variables: ['NPM_TOKEN'], movedBy: ['NPM_CONFIG_USERCONFIG'], selects: '//registry.npmjs.org/:_authToken; other registries are listed, never sent' }],
  stripe: [{ file: '~/.config/stripe/config.toml', variables: ['STRIPE_API_KEY'], movedBy: ['XDG_CONFIG_HOME'], selects: 'test_mode_api_key of [default] (STRIPE_PROJECT_NAME)' }],
  'vertex-ai': [{ file: '~/.config/gcloud/application_default_credentials.json', variables: ['GOOGLE_APPLICATION_CREDENTIALS'], movedBy: ['CLOUDSDK_CONFIG'], selects: 'the file (a GOOGLE_APPLICATION_CREDENTIALS path wins)' }],
};

/** Every credential file, relative to HOME. */
export const CREDENTIAL_FILES = ['.npmrc', '.aws/credentials', '.aws/config', '.config/gh/hosts.yml', '.config/gcloud/application_default_credentials.json', '.config/stripe/config.toml'];
