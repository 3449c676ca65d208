// Every finding keydoctor can report, in one place: its code (stable; tests,
// docs and CI integrations key on it), severity, a title and what to do in
// general (a finding's own `fix` says it for the case at hand). SARIF rules and
// the README's findings table are generated from this table, and a test fails
// on a code that is emitted but not listed here (test/core/findings.test.ts).
// A probe's own rules are reported as `classify.<probe>.<rule>`: those come from
// the probes' tables, under the one `classify` entry.
import type { Severity } from './types.js';

export interface FindingInfo {
  /** `varies`: the same code is an error where it decides and a note where it does not (an empty value that wins, or that is shadowed). */
  severity: Severity | 'varies';
  title: string;
  /** What to do, in general. */
  fix?: string;
  /** A security finding (a key where it should not be), tagged so in SARIF. */
  security?: true;
}

export const FINDINGS = {
  // Step 1: format
  'format.ok': { severity: 'info', title: 'The value is a well-formed key of the provider' },
  'format.provider_inferred': { severity: 'info', title: 'The provider was chosen by the key\'s format or a setting' },
  'format.empty': { severity: 'error', title: 'The key is empty', fix: 'Set the variable to the key itself; an unset CI secret reads as an empty string.' },
  'format.whitespace': { severity: 'error', title: 'Whitespace around the key', fix: 'Remove the spaces or newline around the value where it is defined (a Kubernetes secret made with `echo` instead of `echo -n` ends in a newline).' },
  'format.quotes': { severity: 'error', title: 'Quote characters became part of the key', fix: 'Remove the quotes: `docker run --env-file` and some CI settings keep quotes literally.' },
  'format.auth_scheme': { severity: 'error', title: 'An Authorization scheme pasted with the key', fix: 'Keep only the key; the client adds the scheme itself.' },
  'format.hidden_characters': { severity: 'error', title: 'Characters no key has (invisible or non-ASCII)', fix: 'Retype or re-copy the key from the provider\'s console; do not copy it from a PDF, chat or rich-text document.' },
  'format.placeholder': { severity: 'error', title: 'A placeholder or a documented example instead of a key', fix: 'Replace it with a real key from the provider\'s console.' },
  'format.unusable_key_type': { severity: 'error', title: 'A kind of key this API does not accept', fix: 'Use an API key of the kind the provider\'s API expects.' },
  'format.wrong_provider': { severity: 'error', title: 'A key of another provider', fix: 'Put this provider\'s key here, and the other key in its own variable.' },
  'format.other_provider_key': { severity: 'info', title: 'Another provider\'s key, sent to that provider\'s own host through the base URL' },
  'format.unrecognised': { severity: 'warning', title: 'A value that matches none of the provider\'s key formats', fix: 'Compare the key\'s length and start with the one shown in the provider\'s console.' },
  'format.test_key_in_production': { severity: 'error', title: 'A test-mode key where production expects a live key', fix: 'Use the live-mode key in production.' },
  'format.live_key_outside_production': { severity: 'warning', title: 'A live key outside production', fix: 'Use a test-mode key outside production.' },
  // Step 2: sources
  'sources.winner': { severity: 'info', title: 'Where the value tested comes from' },
  'sources.not_set': { severity: 'error', title: 'A key .keydoctor.yml declares is set nowhere', fix: 'Set it; in CI, check the secret\'s name and that the job may read it.' },
  'trace.conflict': { severity: 'warning', title: 'Another definition of the variable holds a different value', fix: 'Remove or update the definition that should not be used.' },
  'trace.whitespace': { severity: 'varies', title: 'A definition whose value keeps whitespace around it (an error where it wins)', fix: 'Remove the whitespace where the value is defined (inside its quotes).' },
  'trace.shadowed': { severity: 'info', title: 'A definition repeats the value of the one that wins' },
  'trace.empty': { severity: 'varies', title: 'An empty definition (an error where it wins)', fix: 'Put the key in it, or remove it so it cannot win in another environment.' },
  'trace.new_shell': { severity: 'varies', title: 'A shell start-up file exports another value than this process loads', fix: 'Keep one definition: remove or update the export, or the file.' },
  'trace.contexts_differ': { severity: 'info', title: 'The contexts (local, compose, CI) load different values' },
  'trace.not_defined': { severity: 'error', title: 'A variable named or declared is defined nowhere keydoctor looks', fix: 'Set it, or check its spelling.' },
  'trace.reference': { severity: 'info', title: 'A definition that refers to a secret kept elsewhere (a CI secret, a Kubernetes Secret)' },
  'trace.unresolved': { severity: 'warning', title: 'A reference that resolves to nothing (Compose substitutes an empty string)', fix: 'Set the variable it refers to, or give it a default.' },
  'trace.hardcoded': { severity: 'error', title: 'A key hard-coded in a project file', fix: 'Read the key from the environment, and rotate it: it is in the project files and likely in the git history.', security: true },
  'trace.hardcoded_other_key': { severity: 'warning', title: 'A key of a known format hard-coded in a project file', fix: 'If it is a real key, revoke it; read keys from the environment, never from source files.', security: true },
  'trace.literal_in_repo': { severity: 'warning', title: 'A literal key in a file that is usually committed', fix: 'Move the key to a secret store and reference it; rotate it if it was pushed.', security: true },
  'trace.secret_in_image': { severity: 'warning', title: 'A key baked into a container image (Dockerfile ENV or ARG)', fix: 'Pass it at run time instead, and rebuild.', security: true },
  'trace.secret_trailing_newline': { severity: 'error', title: 'A Kubernetes Secret whose value ends in a newline', fix: 'Recreate it with `kubectl create secret generic --from-literal` or `echo -n`.' },
  'trace.dotenv_skipped_line': { severity: 'warning', title: 'A definition dotenv skips (not NAME=value)', fix: 'Write it as NAME=value.' },
  'trace.runtimes_differ': { severity: 'info', title: 'The SDKs would pick different AWS credentials here (environment keys against AWS_PROFILE)', fix: 'Keep one source: the environment keys or the profile.' },
  'trace.aws_profile_missing': { severity: 'warning', title: 'AWS_PROFILE names a profile that is in no AWS config file', fix: 'Add the profile, or set AWS_PROFILE to an existing one.' },
  'trace.aws_sso_expired': { severity: 'warning', title: 'The SSO login of the AWS profile in use has expired', fix: 'Run `aws sso login --profile NAME`.' },
  'trace.aws_sso_login': { severity: 'info', title: 'The AWS profile in use gets its keys from an SSO login' },
  'trace.credential_process': { severity: 'info', title: 'The AWS profile in use gets its keys from credential_process, a command keydoctor never runs' },
  'trace.keyring_token': { severity: 'info', title: 'gh keeps the token in the OS keyring, which keydoctor does not read', fix: '`gh auth token | keydoctor check --key-stdin --provider github`.' },
  'trace.malformed': { severity: 'warning', title: 'A line or file the loader cannot read', fix: 'Fix the line so the loader reads it.' },
  'trace.missing_file': { severity: 'warning', title: 'A file a configuration names does not exist', fix: 'Create it, or remove the reference.' },
  'trace.unreadable': { severity: 'warning', title: 'A file that could not be read (too large, binary, a device or FIFO, no permission)' },
  'trace.outside_link': { severity: 'warning', title: 'A symbolic link from the project to a file or folder outside it: not read', fix: 'If the file is yours, copy what the project needs into it; keydoctor never reads outside the project.', security: true },
  // Step 3: live
  'live.custom_base_url': { severity: 'info', title: 'The live call goes to a base URL that is not the provider\'s own host' },
  'live.base_url_refused': { severity: 'warning', title: 'Not sent: a less trusted setting chose the host (the trust rule)', fix: 'Allow the host with --trust-project-config, or set the base URL in your environment; remove the setting if it is not yours.' },
  'live.base_url_invalid': { severity: 'error', title: 'Not sent: the base URL is not usable (not a URL, credentials in it, plain http off loopback)', fix: 'Correct the base URL.' },
  'live.missing_setting': { severity: 'error', title: 'Not sent: a setting the provider needs is missing (an endpoint, an account id)', fix: 'Set it.' },
  'live.exchange_refused': { severity: 'error', title: 'Not sent: the credential names a token endpoint that is not the provider\'s own (its exchange goes only there)', fix: 'Use the credential as the provider issued it.' },
  'live.exchange_no_token': { severity: 'warning', title: 'Not sent: the token endpoint answered without a token, so the provider was not called', fix: 'Run again; a proxy may be answering for the token endpoint.' },
  'live.token_exchanged': { severity: 'info', title: 'The credential was exchanged for a short-lived access token before the call' },
  'live.host_mismatch': { severity: 'error', title: 'Not sent: the probe built a request for another host than the one allowed' },
  'live.retried': { severity: 'info', title: 'The provider answered 429 and the call was sent again within Retry-After' },
  'live.body_truncated': { severity: 'warning', title: 'The answer was larger than 1 MiB; only the first MiB was read' },
  // Step 4: classify, and expectations from .keydoctor.yml
  classify: { severity: 'varies', title: 'What the live answer means: `classify.<rule>`, with the answer\'s category (an error when it proves a key problem, a warning when it proves nothing)' },
  'expect.environment': { severity: 'error', title: 'A live key where .keydoctor.yml expects a test one', fix: 'Use the key of the expected environment.' },
  'expect.organization': { severity: 'error', title: 'The key belongs to another organisation than .keydoctor.yml expects', fix: 'Use a key of the expected organisation, or correct the expectation.' },
  'expect.project': { severity: 'error', title: 'The key belongs to another project than .keydoctor.yml expects', fix: 'Use a key of the expected project, or correct the expectation.' },
  'expect.account': { severity: 'error', title: 'The key belongs to another account than .keydoctor.yml expects', fix: 'Use a key of the expected account, or correct the expectation.' },
  'expect.organization_unknown': { severity: 'warning', title: 'The answer does not say which organisation the key belongs to' },
  'expect.project_unknown': { severity: 'warning', title: 'The answer does not say which project the key belongs to' },
  'expect.account_unknown': { severity: 'warning', title: 'The answer does not say which account the key belongs to' },
  'expect.scopes': { severity: 'error', title: 'The key lacks scopes .keydoctor.yml expects', fix: 'Issue a key with the expected scopes.' },
  'expect.scopes_unknown': { severity: 'warning', title: 'The answer does not say which scopes the key has' },
  // Prevention: what makes a working key fail tomorrow
  'prevent.committed_secret': { severity: 'warning', title: 'The key is in a file git tracks', fix: 'Rotate it, `git rm --cached` the file and ignore it.', security: true },
  'prevent.secret_in_history': { severity: 'warning', title: 'The key is in the git history', fix: 'Rotate it: removing a file does not remove it from history.', security: true },
  'prevent.git_searched': { severity: 'info', title: 'The tracked files and recent history were searched, and the key is in neither' },
  'prevent.shared_across_environments': { severity: 'warning', title: 'One key shared by production and another environment', fix: 'Issue a separate key per environment.' },
  'prevent.over_privileged': { severity: 'warning', title: 'The key can do far more than the app needs', fix: 'Issue a key restricted to what the app uses.' },
  'prevent.scopes_beyond_expected': { severity: 'error', title: 'The key has scopes beyond what .keydoctor.yml expects', fix: 'Issue a key with only the expected scopes.' },
  'prevent.personal_key': { severity: 'warning', title: 'A key tied to a person, used where a service account or bot belongs', fix: 'Use a service account\'s, bot\'s or app\'s key.' },
  'prevent.expires': { severity: 'info', title: 'When the key expires' },
  'prevent.expiry_soon': { severity: 'warning', title: 'The key expires soon', fix: 'Rotate it before it expires.' },
  'prevent.expired': { severity: 'error', title: 'The key has expired', fix: 'Issue a new key.' },
  'prevent.deployment_missing': { severity: 'error', title: 'The configured deployment is not among those the key reaches', fix: 'Use the deployment name the resource has, or the endpoint and key of the resource that has it.' },
  'prevent.key_type_retiring': { severity: 'warning', title: 'The provider is retiring this kind of key', fix: 'Move to the kind of key the provider issues now.' },
  // Step 5: bundle
  'bundle.pointer': { severity: 'info', title: 'How to make the support bundle' },
  // explain
  'explain.unrecognised': { severity: 'info', title: 'The pasted text names no cause keydoctor recognises' },
} as const satisfies Record<string, FindingInfo>;

export type FindingCode = keyof typeof FINDINGS;

/** The catalogue entry of a code (`classify.openai.account_deactivated` falls under `classify`). */
export function findingInfo(code: string): FindingInfo | undefined {
  const key = code.startsWith('classify.') ? 'classify' : code;
  return Object.hasOwn(FINDINGS, key) ? FINDINGS[key as FindingCode] : undefined;
}

/** The README anchor of a code's row in the findings table. */
export function findingAnchor(code: string): string {
  return `f-${(code.startsWith('classify.') ? 'classify' : code).replace(/[._]/g, '-')}`;
}
