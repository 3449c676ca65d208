// Anthropic: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, type Rule } from '../kit.js';

/** Where a subscription's OAuth token belongs, and what the API needs instead. */
export const OAUTH_FIX = 'A token starting sk-ant-oat is a Claude subscription\'s OAuth token: the API does not accept it. For Claude Code it belongs in CLAUDE_CODE_OAUTH_TOKEN; the API needs an API key (sk-ant-api03-…) from https://console.anthropic.com/settings/keys.';
/** What a stray ANTHROPIC_AUTH_TOKEN does, and the way out. */
export const AUTH_TOKEN_FIX = 'ANTHROPIC_AUTH_TOKEN is sent as "Authorization: Bearer <token>" and overrides a Claude login and ANTHROPIC_API_KEY: if you use a login or an API key, unset it (and remove it from your shell start-up file); keep it only for a gateway that issued it, with ANTHROPIC_BASE_URL.';

/** Anthropic's region refusal, and what decides it. */
export const REGION_FIX = 'Anthropic serves only some countries and regions (https://www.anthropic.com/supported-countries): the address it sees decides, so a VPN, proxy or cloud region elsewhere changes the answer; the key itself was not judged.';

export const rules: Rule[] = [
  {
    // 401 authentication_error "OAuth authentication is currently not supported." (anthropics/claude-code#5983):
    // a subscription's OAuth token sent to the API. Malformed, as the format step says of the same value.
    id: 'oauth_not_supported',
    when: (a, e) => a.status === 401 && /OAuth authentication is currently not supported/i.test(e.message ?? ''),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [OAUTH_FIX],
  },
  {
    // 401 authentication_error "Invalid bearer token" (anthropics/claude-code#34826, openclaw/openclaw#54350): a
    // token sent as Authorization: Bearer was refused, most often a stray ANTHROPIC_AUTH_TOKEN.
    id: 'invalid_bearer_token',
    when: (a, e) => a.status === 401 && /invalid bearer token/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [AUTH_TOKEN_FIX, 'A token from `claude setup-token` belongs in CLAUDE_CODE_OAUTH_TOKEN; create a new one if it expired or was revoked.'],
  },
  {
    // 401 authentication_error "OAuth token has expired. Please obtain a new token or refresh your existing token."
    // (netra-systems/zen#11): a Claude login's access token past its life; Claude Code says "Please run /login".
    id: 'oauth_token_expired',
    when: (a, e) => a.status === 401 && /OAuth token has expired/i.test(e.message ?? ''),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The Claude login\'s OAuth token expired: sign in again (`/login` in Claude Code, or `claude setup-token` for CLAUDE_CODE_OAUTH_TOKEN). The API itself needs an API key (sk-ant-api03-…).'],
  },
  {
    // 401 authentication_error "invalid x-api-key" (cline/cline#12)
    id: 'authentication_error',
    when: (a, e) => a.status === 401 && (e.type === 'authentication_error' || /x-api-key/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Copy the key again from https://console.anthropic.com/settings/keys, or create a new one.',
      OAUTH_FIX,
    ],
  },
  {
    // trufflehog anthropic: "404 is returned if api key is disabled or not found"
    id: 'key_disabled',
    when: (a, e) => a.status === 404 && e.type === 'not_found_error',
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} (Anthropic answers 404 on the models list when the key is disabled)`,
    fixes: ['The key was disabled or deleted in the console: create a new one at https://console.anthropic.com/settings/keys.'],
  },
  {
    // 400 invalid_request_error "Your credit balance is too low…" (anthropics/claude-code#66314)
    id: 'credit_balance',
    when: (_a, e) => /credit balance is too low|billing/i.test(e.message ?? '') || e.type === 'billing_error',
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Buy credits or upgrade at https://console.anthropic.com/settings/billing.'],
  },
  {
    id: 'disabled_org',
    when: (a, e) => (a.status === 401 || a.status === 403) && /(organization|account).*(disabled|deactivated|suspended)/i.test(e.message ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The organisation behind this key is disabled: an owner must contact Anthropic support.'],
  },
  {
    // 403 {"error":{"type":"forbidden","message":"Request not allowed"}}: Anthropic's answer to a request from a
    // country or region it does not serve (https://www.anthropic.com/supported-countries); reporters outside them
    // confirm it goes away through a VPN (enricoros/big-AGI#485, corbt/agent.exe#15, anthropics/claude-code#1613).
    // Not the documented permission_error below: the type is "forbidden", and no key is judged.
    id: 'region_not_allowed',
    when: (a, e) => (a.status === 403 || a.status === 0) && e.type === 'forbidden' && /^request not allowed\.?$/i.test(e.message?.trim() ?? ''),
    category: 'region_blocked',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} (Anthropic's answer to a request from a country or region it does not serve)`,
    fixes: [REGION_FIX],
  },
  {
    // 403 permission_error (docs: "Your API key does not have permission to use the specified resource")
    id: 'permission_error',
    when: (a, e) => a.status === 403 && e.type === 'permission_error',
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The key\'s workspace lacks access to this resource: check the workspace and its limits in the console.'],
  },
  {
    // 529 overloaded_error (docs)
    id: 'overloaded_error',
    when: (a, e) => a.status === 529 || e.type === 'overloaded_error',
    category: 'provider_outage',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Anthropic is overloaded; the key was not judged. Run again later.'],
  },
  {
    id: 'rate_limit_error',
    when: (a, e) => a.status === 429 || e.type === 'rate_limit_error',
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Wait and run again; the key was not judged.'],
  },
];
