// The model of `keydoctor explain`: what was pasted, what was read out of it,
// and what it means. Renderers receive `ExplainResult`; nothing here prints.
import type { Category } from '../core/types.js';
import type { Classification } from '../probes/types.js';
import type { RuntimeHit } from './runtime.js';

/** What the user handed over: free text, or the parts of an HTTP answer. */
export interface ExplainInput {
  /** Pasted text: a log line, an SDK exception, curl -i output, an HTML page. */
  text?: string;
  /** The provider, when the user named it (`--provider`). */
  provider?: string;
  status?: number;
  /** Header lines, any case. */
  headers?: Record<string, string>;
  /** A body given on its own (`--body-file`); a parsed object is accepted too. */
  body?: string | object;
}

/** What could be read out of the input before any rule runs. */
export interface ParsedError {
  status?: number;
  /** Where the status came from: "status line", "Error code: 401", "class AuthenticationError". */
  statusFrom?: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** The body as text: the JSON/XML/HTML part when one was found, else the whole input. */
  body: string;
  /** The error envelope, when a JSON (or Python dict) object was found. */
  json?: unknown;
  /** The provider's message when there is no JSON body: "Incorrect API key provided: …". */
  message?: string;
  html: boolean;
  /** A Node/OS/undici error code, named in the text or read from a known phrase. */
  networkCode?: string;
  /** The phrase the network code was read from, when it was not named. */
  networkFrom?: string;
  /** The runtime that raised the error, when its shape shows (a Python traceback, a Java stack, Go's `dial tcp`). */
  runtime?: RuntimeHit;
  /** The request id the provider gave the answer (header, envelope field or `Request ID:` line). */
  requestId?: string;
  /** The whole input, normalised (ANSI colours and control bytes removed). */
  text: string;
  /**
   * What wording rules and recognition read: the text with runs of whitespace
   * collapsed (logs wrap lines mid-sentence), followed by the same text with
   * one level of string escaping undone when it had some (`{\"type\":…}`).
   */
  search: string;
}

/** A provider recognised in the text, and why. */
export interface Recognition {
  id: string;
  name: string;
  score: number;
  /** "host api.openai.com", "SDK class openai.AuthenticationError". */
  signals: string[];
}

/** `project`: the text's answer, recast by what `--cwd` showed of the value the project defines. */
export type RuleSource = 'probe' | 'phrase' | 'cue' | 'network' | 'http' | 'learned' | 'project' | 'none';

/** A classification and the layer that produced it. */
export interface Decided {
  classification: Classification;
  source: RuleSource;
  /** The service of the vocabulary whose documented wording decided, by name (no probe speaks for it). */
  service?: string;
}

export interface SeenKey {
  redacted: string;
  fingerprint: string | null;
  /** The provider whose key format it matches, when one does. */
  provider?: string;
}

export interface ExplainResult {
  schemaVersion: 1;
  tool: { name: 'keydoctor'; version: string };
  category: Category;
  verdict: Classification['verdict'];
  /** Probe or hint id; null when nothing in the input names a provider. */
  provider: string | null;
  providerName: string | null;
  /** `flag` when given with --provider, `text` when recognised. */
  providerFrom: 'flag' | 'text' | null;
  recognisedBy: string[];
  summary: string;
  evidence: string[];
  fixes: string[];
  /** Stable id of the deciding rule: `openai.invalid_api_key`, `phrase.google-gemini.api_key_expired`, `http.401`. */
  rule: string;
  ruleSource: RuleSource;
  status?: number;
  networkCode?: string;
  /** The runtime the text comes from, when it shows (python, node, go, java, dotnet, curl, php). */
  runtime?: string;
  /** What support asks for first: the provider's id for this answer. */
  requestId?: string;
  providerCode?: string;
  providerMessage?: string;
  /** Full keys found in the input, shown redacted: they were pasted, so treat them as leaked. */
  keysSeen: SeenKey[];
  notices: string[];
  /** What `--cwd DIR` showed of the provider's keys in the project; absent without --cwd. */
  project?: ProjectReading;
  exitCode: number;
}

/** One of the provider's keys as the project defines it, read offline (check's format and sources steps). */
export interface ProjectKey {
  name: string;
  /** The workspace package whose run loads it, at a monorepo root. */
  package?: string;
  /** Where the value this folder loads is defined: `.env:3`, `process environment`. */
  at?: string;
  redacted: string;
  fingerprint: string | null;
  /** What the format step proved wrong with the value, when it did. */
  problem?: { category: Category; summary: string; fixes: string[] };
  /** The key the provider echoed, against this value: the same key, another, or too little shown to tell. */
  echo?: 'same' | 'other' | 'unsure';
}

export interface ProjectReading {
  /** The folder read, as given to --cwd. */
  dir: string;
  provider: string | null;
  keys: ProjectKey[];
  /** The text showed enough of the key the provider got (its start and end) to compare it with each definition. */
  echoSeen?: boolean;
  /** The echoed key is a definition that does not win here (a shell export, another .env file). */
  echoedFrom?: { name: string; at: string; redacted: string };
  /** What was looked for and not found, or why the project was not read. */
  notes: string[];
}
