// The probe contract (DESIGN.md "The probe contract"): a probe is data plus
// small pure functions. It never performs I/O and never prints; src/net sends
// what `request` describes and hands the answer back to `classify`/`identity`.
import type { Category, Finding, Identity } from '../core/types.js';

/**
 * What a key format's pattern offers its readers: a built-in's (or a plugin's)
 * RegExp, or a custom provider's pattern, which runs on RE2 and is no RegExp
 * (src/custom/user-regex.ts): never rebuild one from its source.
 */
export interface KeyPattern {
  readonly source: string;
  test(value: string): boolean;
}

export interface KeyFormat {
  /** Stable id, e.g. `project`, `test-secret`. */
  id: string;
  /** Full-value pattern (anchored). */
  pattern: KeyPattern;
  /** What a key of this format is, in words: "project key", "test-mode secret key". */
  description: string;
  /** `test` or `live` where the format marks the mode. */
  environment?: 'test' | 'live';
  /** A value of this format cannot authenticate the probe's request (a publishable key). */
  unusable?: string;
  /** Variables where a format `unusable` for the probe's request is the right credential (an OAuth token in CLAUDE_CODE_OAUTH_TOKEN). */
  usableIn?: string[];
  /** For an unusable format: what to do instead (default: use an API key from the probe's docs). */
  fix?: string;
  /**
   * Whether the shape alone identifies the provider. Defaults to true when the
   * pattern starts with a literal prefix of 3+ characters (`sk-proj-`, `ghp_`,
   * `AIza`), false for bare shapes (32 hex, 40 alphanumerics) that many services
   * share. Only distinctive formats can call a value another provider's key or
   * pick the provider of a key given on stdin.
   */
  distinctive?: boolean;
  /**
   * The value is a document (a credential file's JSON text), not a token: its whitespace, line breaks and quotes
   * are its own, so the format step checks only that it matches.
   */
  document?: boolean;
  /**
   * For a document: the fields that hold its secrets (`private_key`, `refresh_token`). The redactor registers these
   * rather than the whole text, whose ids, e-mail and URLs are no secret and would otherwise be masked wherever they
   * stand (a project id in a URL). Any text holding the whole document holds these, so it stays masked.
   */
  secretFields?: string[];
  /**
   * The value is published by design (an account SID, a publishable key, a documented
   * test token): the redactor's shapes for text nobody registered leave it alone.
   */
  public?: boolean;
}

/** The literal text a pattern's value must start with (`^sk-proj-` → `sk-proj-`). */
export function literalPrefix(pattern: KeyPattern): string {
  const m = /^\^((?:[A-Za-z0-9_\-.]|\\[-_.])+)/.exec(pattern.source);
  return m ? m[1]!.replace(/\\/g, '') : '';
}

export function isDistinctive(f: KeyFormat): boolean {
  return f.distinctive ?? literalPrefix(f.pattern).length >= 3;
}

export interface ProbeRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * A first request that trades the key for a short-lived token (an OAuth token endpoint: a service account's
 * signed JWT, a refresh token), made by the live step before `request` (Probe.exchange).
 */
export interface ProbeExchange {
  request: ProbeRequest;
  /**
   * The token the answer grants, and settings it taught (a project id read from the credential), which `request`
   * then receives as its key and in its context. Undefined when the answer grants none: that answer is then
   * classified as the live answer (an `invalid_grant` is the key's verdict).
   */
  read(answer: Answer): { token: string; settings?: Record<string, string> } | undefined;
  /** What the exchange does, in words, for the finding that reports it: "the service account's signed JWT". */
  what: string;
}

export interface RequestContext {
  /** The base URL in force: the default, or an override allowed by the trust rule. */
  baseUrl: string;
  /** Extra settings the probe reads from the key's environment (org id, project id). */
  settings: Record<string, string | undefined>;
  /**
   * The variable the key was read from (`GH_ENTERPRISE_TOKEN`, `ANTHROPIC_AUTH_TOKEN`), when
   * one was: a key given on standard input has none. Where the variable decides how or
   * where the key is sent, the probe reads it here.
   */
  variable?: string;
}

/** A provider's answer, as src/net hands it over. */
export interface Answer {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Body text, bounded in size; `json` when it parsed. */
  text: string;
  json?: unknown;
}

export interface Classification {
  category: Category;
  /** valid: the key works; invalid: the key itself is proven bad; indeterminate: anything else. */
  verdict: 'valid' | 'invalid' | 'indeterminate';
  /** Stable rule id, e.g. `openai.invalid_api_key`. */
  rule: string;
  /** What decided it: "status 401, error.code = invalid_api_key". */
  evidence: string[];
  fixes: string[];
  /** The provider's own code/type and message, when it gave them. */
  providerCode?: string;
  providerMessage?: string;
  /**
   * For insufficient_permissions: the refusal holds for every call this key
   * makes from here (the API disabled for its project, key authentication
   * off, an IP, referrer or API restriction), not only for the probe's own
   * call. Without it, a permission refused on the probe's read call proves
   * the key authenticates, and check reads it as valid, limited.
   */
  everyCall?: boolean;
  /**
   * The reading rests on keydoctor having made the request itself (AWS's SignatureDoesNotMatch proves a wrong secret
   * only when the signer is keydoctor's own, tested against AWS's examples). `explain` reads pasted text, made by
   * another client, and leaves such a reading to the text's wordings (src/explain/decide.ts).
   */
  ownRequest?: boolean;
  /**
   * What this reading means in one sentence, where the category's general summary would say something the text
   * contradicts (Colab's missing secret: nothing was sent; git's push refused for another account: no organisation
   * header is involved). Tied to the category it was written for: a later layer that changes the category drops it.
   */
  summary?: RuleSummary;
}

/** A rule's own summary (Classification.summary), and the category it describes. */
export interface RuleSummary {
  category: Category;
  text: string;
}

/**
 * A wording of the provider's errors, for `keydoctor explain` when a pasted
 * text has no status or body that `classify` reads (an SDK's one-line message).
 */
export interface PhraseRule {
  id: string;
  match: RegExp;
  /** Only when the status is one of these (or unknown). */
  status?: number[];
  category: Category;
  fixes: string[];
  /** Where this wording was reported or documented. */
  source: string;
  /**
   * Other services word it the same (`authentication_error` is every OpenAI-compatible API's type, "Invalid bearer
   * token" any JWT server's): it reads this provider's texts, but never names the provider by itself.
   */
  shared?: boolean;
  /**
   * Only when these words appear too, anywhere in the text (AWS's "security token … is invalid" in a text that names a
   * GovCloud region). Two scans of the text, not one pattern spanning both: a window between them would cost time on
   * every repetition of either.
   */
  also?: RegExp;
  /**
   * What the match shows where its quoted words do not say it: a rule whose match is only an anchor, its lookahead judging
   * text that must not be quoted back (S3's `<AWSAccessKeyId>` before a value that may be a secret).
   */
  means?: string;
  /** What a reading of this wording means, in place of the category's general summary (Classification.summary). */
  summary?: string;
  /**
   * The wording carries a network error code's name as the provider's own word (Supabase's pooler: "FATAL: (ENOTFOUND)
   * tenant/user … not found", its lookup of a project, no DNS failure): explain reads it before the network reading that
   * the code would otherwise decide.
   */
  ownsNetworkCode?: boolean;
}

/**
 * What names the provider in pasted text beyond the probe's own data (its official
 * hosts, docs domain, variables and name, which recognition reads as well), for
 * `keydoctor explain`. Recognition weights: src/explain/recognise.ts.
 */
export interface ProbeHints {
  /** API hosts besides the official ones; `*.suffix` matches any subdomain, `label.*` a self-managed host (`gitlab.example.com`). */
  hosts?: string[];
  /** Domains of the provider's consoles and docs, as linked from its messages. */
  domains?: string[];
  /** SDK exception classes and module paths. */
  sdk?: RegExp[];
  /** Body shapes or phrases only this provider writes. */
  envelope?: RegExp[];
  /** Key prefixes beyond those the key formats spell. */
  keyPrefixes?: string[];
  /** Variables that name the provider in text but hold no key it checks (an account id, a CI job token). */
  variables?: string[];
  /** Words that name the provider besides its name (weakest signal). */
  names?: string[];
  /**
   * The platform this service is part of (Bedrock within AWS): where both are recognised and this one has a sign of its
   * own, it names the text, the more specific reading of the same error.
   */
  within?: string;
}

/** What the prevention step knows of a key once its format and identity are known (src/prevent). */
export interface KeyFacts {
  /** The variable. */
  name: string;
  /** The probe id. */
  provider: string;
  /** The id of the key format the value matches (`classic`, `live-secret`, `admin`, …). */
  formatId?: string;
  identity?: Identity;
  /** Running in CI (the CLI decides: CI, GITHUB_ACTIONS, GITLAB_CI, …). */
  ci: boolean;
  /** `expect.scopes` from .keydoctor.yml: with it, any scope beyond the list is an error. */
  expectedScopes?: string[];
  /**
   * The probe's settings (`settingsEnv`) as resolved for this key, to compare with what the answer showed (a
   * configured deployment against the deployments the key reaches). Values: compared, never printed whole.
   */
  settings?: Record<string, string | undefined>;
}

export interface Probe {
  id: string;
  name: string;
  /** Other names people type for this provider (`gemini`, `claude`): suggested when a given id is unknown. */
  aliases?: string[];
  /** Example keys the provider's documentation prints: a value equal to one is a placeholder, whatever its shape. */
  examples?: string[];
  /** Where keys are managed. */
  docs: string;
  /** Conventional variable names, most common first. */
  envVars: string[];
  /**
   * Variables whose value may have any shape (a gateway's token in ANTHROPIC_AUTH_TOKEN):
   * a value matching none of `keyFormats` there is not called unrecognised.
   */
  opaqueVars?: string[];
  /**
   * Variables whose keys are traced and format-checked but never sent, each with
   * the reason (no answer the provider gives keydoctor would prove anything).
   */
  unsentVars?: Record<string, string>;
  /**
   * Variables another probe claims by name that this provider's SDK reads instead when a switch variable is on
   * (the Google Gen AI SDK sends GOOGLE_API_KEY to Vertex AI when GOOGLE_GENAI_USE_VERTEXAI is true). Discovery
   * resolves the switch where it resolves the key (the same folder, the same precedence).
   */
  switchedVars?: Array<{ name: string; switch: string; on: RegExp }>;
  /** The official SDK's base URL variable, if any. */
  baseUrlEnv?: string;
  /** Variables the request reads besides the key (org, project). */
  settingsEnv?: string[];
  defaultBaseUrl: string;
  /**
   * The only hosts a key may be sent to without an explicit override.
   * `*.openai.azure.com` matches any subdomain (per-resource hosts).
   */
  officialHosts: string[];
  /**
   * The default base URL when it depends on settings (an Azure endpoint, a Datadog
   * site); return undefined to use `defaultBaseUrl`. Its host must be official.
   */
  baseUrlFrom?(settings: Record<string, string | undefined>): string | undefined;
  keyFormats: KeyFormat[];
  /** Response headers that carry the provider's request id, first found wins. */
  requestIdHeaders: string[];
  /**
   * When the key is a credential to trade for a token first: the exchange, sent before `request`, whose token is
   * then `request`'s key. Undefined (or a probe without it): the key is sent as it is. It may throw ProbeSetupError.
   */
  exchange?(key: string, ctx: RequestContext): ProbeExchange | undefined;
  /**
   * The only hosts an exchange may go to (`oauth2.googleapis.com`), whatever the credential names: an exchange
   * request for any other host is refused and not sent (src/steps/live.ts).
   */
  exchangeHosts?: string[];
  /** The cheapest read-only authenticated request. */
  request(key: string, ctx: RequestContext): ProbeRequest;
  /** Provider-specific reading of an answer; `undefined` leaves it to the generic rules. */
  classify(answer: Answer): Classification | undefined;
  /** What a success reveals. */
  identity?(answer: Answer): Identity | undefined;
  /** Wordings of its errors that only text carries (explain's last resort before the generic rules). */
  phrases?: readonly PhraseRule[];
  /** What explain recognises the provider by in pasted text, beyond the data above. */
  hints?: ProbeHints;
  /**
   * Prevention findings only this provider's keys can have (a key tied to a person,
   * an over-privileged key); the generic ones stay in src/prevent.
   */
  prevention?(facts: KeyFacts): Finding[];
}

/**
 * Thrown by `request` when a setting the request needs is missing (an account
 * SID, an endpoint): the live step reports it as a finding, not a crash.
 */
export class ProbeSetupError extends Error {
  override name = 'ProbeSetupError';
  constructor(message: string, readonly fix: string) {
    super(message);
  }
}

/** keydoctor's own base-URL override for a probe: `KEYDOCTOR_OPENAI_BASE_URL`, `KEYDOCTOR_GOOGLE_GEMINI_BASE_URL` (DESIGN "Where a key may be sent"). */
export function overrideVar(probe: Pick<Probe, 'id'>): string {
  return `KEYDOCTOR_${probe.id.toUpperCase().replace(/-/g, '_')}_BASE_URL`;
}
