// Wordings of Anthropic's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule, shared, summarised } from '../kit.js';
import type { PhraseRule } from '../types.js';
import { AUTH_TOKEN_FIX, OAUTH_FIX, REGION_FIX } from './rules.js';

const PERMISSION_FIX = 'The credential authenticates but may not make this call: an API key\'s workspace lacks access to the resource, or a Claude login\'s OAuth token lacks the scope (use an API key, sk-ant-api03-…, for the API).';
const NEW_KEY = (where: string) => `Create a new key at ${where} and replace the old one everywhere it is defined.`;

export const phrases: PhraseRule[] = [
  // anthropics/claude-code#72457: the disabled-organisation answer comes with status 400, not 401/403.
  rule('organization_disabled', /This organi[sz]ation has been disabled/i, 'invalid_user',
    ['The Anthropic organisation behind this key is disabled: an owner must contact Anthropic support; new keys in it will not work.'],
    'https://github.com/anthropics/claude-code/issues/72457'),
  // A key not bound to one workspace (an organisation-level key, or Claude Platform on AWS, where every inference call
  // targets a workspace) used without the anthropic-workspace-id header: "This API key is not scoped to a workspace, so
  // this request must include the anthropic-workspace-id header with the ID of the workspace to use."
  // (SenteLabsAI/OpenExecutive#128; heldout47, tuning round 35; https://docs.aws.amazon.com/claude-platform/latest/userguide/workspaces.md).
  rule('workspace_not_named', /\bnot scoped to a workspace\b|\bmust include the anthropic-workspace-id header\b/i, 'tenant_mismatch',
    ['The key is not bound to one workspace, so each request must name one: send the `anthropic-workspace-id` header with the workspace\'s id (wrkspc_…, in the Console under Workspaces), or use a key created inside that workspace.'],
    'https://github.com/SenteLabsAI/OpenExecutive/issues/128'),
  // The region refusal's envelope when no JSON parser saw it (an SDK's repr, a log line): type "forbidden", message
  // "Request not allowed" (the JSON rule region_not_allowed in rules.ts).
  rule('region_not_allowed', /["']?type["']?\s*:\s*["']forbidden["']\s*,\s*["']?message["']?\s*:\s*["']Request not allowed/i, 'region_blocked',
    [REGION_FIX], 'https://github.com/enricoros/big-AGI/issues/485'),
  // A request from a browser origin that did not opt in: "CORS requests must set 'anthropic-dangerous-direct-browser-access'
  // header" (an Obsidian plugin's old release that did not send it; the key was fine: logancyang/obsidian-copilot#677;
  // heldout86, tuning round 71; https://docs.anthropic.com/en/api/client-sdks, dangerouslyAllowBrowser). The key was not
  // judged: no category of key fits, and no guess should read "header" as a missing key.
  summarised(rule('browser_access_header', /\bCORS requests must set '?anthropic-dangerous-direct-browser-access'? header\b/i, 'unknown',
    ['Anthropic refuses requests from a browser page unless they opt in with the header anthropic-dangerous-direct-browser-access: true: update the app or plugin to a release that sends it (the SDK\'s dangerouslyAllowBrowser), or make the call from a server. The key was not judged.'],
    'https://docs.anthropic.com/en/api/client-sdks'),
    'Anthropic refused a request made from a browser page that did not opt in to direct browser access; the key was not judged.'),
  rule('credit_balance', /credit balance is too low/i, 'billing_or_quota',
    ['Buy credits or upgrade at https://console.anthropic.com/settings/billing.'], 'https://github.com/anthropics/claude-code/issues/66314'),
  rule('oauth_not_supported', /OAuth authentication is currently not supported/i, 'malformed_key', [OAUTH_FIX],
    'https://github.com/anthropics/claude-code/issues/5983'),
  rule('oauth_token_expired', /OAuth token has expired/i, 'revoked_or_expired',
    ['The Claude login\'s OAuth token expired: sign in again (`/login` in Claude Code, or `claude setup-token` for CLAUDE_CODE_OAUTH_TOKEN).'],
    'https://github.com/netra-systems/zen/issues/11'),
  // 403 permission_error (https://docs.anthropic.com/en/api/errors), e.g. an OAuth token without the inference scope
  // ("OAuth token does not meet scope requirement any_of(user:inference, …)").
  // Only the scope wording names Anthropic; `permission_error`, `authentication_error` and "Invalid bearer token" are
  // words other APIs use too (OpenAI-compatible ones, Square's AUTHENTICATION_ERROR, any JWT server): they read an
  // Anthropic text but name nobody (`shared`).
  rule('scope_requirement', /OAuth token does not meet scope requirement/i, 'insufficient_permissions',
    [PERMISSION_FIX], 'https://docs.anthropic.com/en/api/errors'),
  shared(rule('permission_error', /\bpermission_error\b/, 'insufficient_permissions', [PERMISSION_FIX], 'https://docs.anthropic.com/en/api/errors')),
  shared(rule('invalid_bearer_token', /Invalid bearer token/i, 'invalid_key',
    [AUTH_TOKEN_FIX, 'A token from `claude setup-token` belongs in CLAUDE_CODE_OAUTH_TOKEN; create a new one if it expired or was revoked.'],
    'https://github.com/anthropics/claude-code/issues/34826')),
  rule('invalid_x_api_key', /invalid x-api-key/i, 'invalid_key',
    [NEW_KEY('https://console.anthropic.com/settings/keys'), OAUTH_FIX],
    'https://github.com/abi/screenshot-to-code/issues/430'),
  shared(rule('authentication_error', /\bauthentication_error\b/, 'invalid_key',
    [NEW_KEY('https://console.anthropic.com/settings/keys'), OAUTH_FIX],
    'https://docs.anthropic.com/en/api/errors')),
  rule('overloaded', /overloaded_error|\b529\b[^\n]{0,20}Overloaded/i, 'provider_outage',
    ['Anthropic is overloaded: retry later (https://status.claude.com); the key was not judged.'], 'https://github.com/anthropics/claude-code/issues/5184'),
  rule('rate_limit_error', /rate_limit_error|would exceed the rate limit for your organization/i, 'rate_limited',
    ['Over the organisation\'s rate limit: back off and retry, or ask for a higher limit.'], 'https://github.com/continuedev/continue/issues/9623'),
];
