// The shared vocabulary of the pipeline. DESIGN.md fixes the categories and
// their meaning; these names are a contract with every JSON consumer.

export const CATEGORIES = [
  'ok',
  'malformed_key',
  'wrong_provider',
  'wrong_environment',
  'invalid_key',
  'revoked_or_expired',
  'invalid_user',
  'insufficient_permissions',
  'tenant_mismatch',
  'region_blocked',
  'billing_or_quota',
  'rate_limited',
  'network_error',
  'proxy_error',
  'tls_error',
  'provider_outage',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories that say "we could not find out", never "the key is bad" (exit 3). */
export const INCONCLUSIVE: ReadonlySet<Category> = new Set<Category>([
  'network_error',
  'proxy_error',
  'tls_error',
  'provider_outage',
  'rate_limited',
  'unknown',
]);

/** Categories where the account's allowance or the caller's country is the answer: no change of key mends them. */
export const BEYOND_THE_KEY: ReadonlySet<Category> = new Set<Category>(['billing_or_quota', 'region_blocked']);

export type Severity = 'info' | 'warning' | 'error';
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface Location {
  /** A path relative to the project root, or a label such as "process environment". */
  file: string;
  line?: number;
  column?: number;
}

export interface Finding {
  /** Stable id, e.g. `format.whitespace`; tests and docs key on it, never on wording. */
  code: string;
  severity: Severity;
  message: string;
  fix?: string;
  location?: Location;
  /** The category this finding proves, when it proves one. */
  category?: Category;
}

/** What a live answer means for the key (DESIGN: never blame the key without proof). */
export type Verdict = 'valid' | 'invalid' | 'indeterminate' | 'not_checked';

export type StepName = 'format' | 'sources' | 'live' | 'classify' | 'bundle';
export type StepStatus = 'pass' | 'warn' | 'fail' | 'skipped' | 'error';

export interface StepResult {
  step: StepName;
  status: StepStatus;
  findings: Finding[];
  /** Why a step was skipped, when it was. */
  reason?: string;
}

/** How much a value's origin is trusted, highest first (DESIGN: "Where a key may be sent"). */
export type Trust = 'flag' | 'env' | 'user' | 'project';
export const TRUST_RANK: Record<Trust, number> = { project: 0, user: 1, env: 2, flag: 3 };

export interface Definition {
  /** `process`, `stdin`, `dotenv`, ... */
  kind: string;
  location: Location;
  fingerprint: string | null;
  redacted: string;
  /** Whether the app would load this definition. */
  wins: boolean;
  /** The file's loader order or other note explaining `wins`. */
  note?: string;
  /** Where a value not written here points: `secrets.OPENAI_API_KEY`, a Kubernetes Secret. */
  reference?: string;
}

export interface Identity {
  account?: string;
  user?: string;
  organization?: string;
  project?: string;
  scopes?: string[];
  mode?: string;
  keyType?: string;
  expiresAt?: string;
  [extra: string]: string | string[] | undefined;
}

export interface LiveCall {
  method: string;
  /** URL with any secret removed. */
  url: string;
  status?: number;
  requestId?: string;
  latencyMs: number;
  /** Selected response headers, values redacted. */
  headers: Record<string, string>;
  /** The provider's message, redacted and shortened. */
  providerMessage?: string;
  /** The provider's own error code or type, when it gave one. */
  providerCode?: string;
  errorCode?: string;
  /** How many times the request was sent (more than 1 after a 429 with Retry-After). */
  attempts?: number;
  /** The first 2,000 characters of the answer's body (redacted on output like everything else). */
  bodyExcerpt?: string;
  startedAt: string;
}
