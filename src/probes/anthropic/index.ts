// Anthropic. Keys: https://console.anthropic.com/settings/keys
// Errors: https://docs.claude.com/en/api/errors (type "error", error.type, request_id).
// Key formats: trufflehog pkg/detectors/anthropic, gitleaks rules/anthropic.go.
// Env: anthropics/anthropic-sdk-typescript src/client.ts (ANTHROPIC_BASE_URL).
// Admin keys (sk-ant-admin01-) manage the organisation: https://docs.claude.com/en/api/administration-api
import type { Probe } from '../types.js';
import { adminKeyInApp, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const rules: Rule[] = [
  {
    // 401 authentication_error "invalid x-api-key" (cline/cline#12)
    id: 'authentication_error',
    when: (a, e) => a.status === 401 && (e.type === 'authentication_error' || /x-api-key/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Copy the key again from https://console.anthropic.com/settings/keys, or create a new one.',
      'A key starting sk-ant-oat is a subscription (OAuth) token: it belongs in ANTHROPIC_AUTH_TOKEN, not ANTHROPIC_API_KEY.',
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

export const anthropic: Probe = {
  phrases,
  id: 'anthropic',
  name: 'Anthropic',
  aliases: ['claude'],
  docs: 'https://console.anthropic.com/settings/keys',
  envVars: ['ANTHROPIC_API_KEY', 'ANTHROPIC_ADMIN_API_KEY'],
  baseUrlEnv: 'ANTHROPIC_BASE_URL',
  defaultBaseUrl: 'https://api.anthropic.com/v1',
  officialHosts: ['api.anthropic.com'],
  keyFormats: [
    { id: 'api', description: 'API key', pattern: /^sk-ant-api03-[\w-]{93}AA$/ },
    { id: 'admin', description: 'admin key', pattern: /^sk-ant-admin01-[\w-]{93}AA$/ },
    {
      id: 'oauth',
      description: 'subscription OAuth token',
      pattern: /^sk-ant-oat\d{2}-[\w-]+$/,
      unusable: 'an OAuth token is sent as Authorization: Bearer (ANTHROPIC_AUTH_TOKEN), not as x-api-key',
    },
  ],
  hints: {
    domains: ['claude.com'],
    sdk: [/\banthropic\.[A-Z]\w*Error\b/, /@anthropic-ai\/sdk/],
    envelope: [/["']type["']\s*:\s*["']error["']\s*,\s*["']error["']\s*:/, /invalid x-api-key/],
    names: ['Claude'],
  },
  requestIdHeaders: ['request-id', 'x-request-id'],
  request(key, ctx) {
    const path = key.startsWith('sk-ant-admin') ? 'organizations/me' : 'models?limit=1';
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, path),
      headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    };
  },
  classify(a) {
    const err = { type: str(a.json, 'error.type'), message: str(a.json, 'error.message') };
    if (str(a.json, 'type') !== 'error' && !err.type) return undefined;
    return runRules('anthropic', rules, a, err);
  },
  identity(a) {
    // Responses carry anthropic-organization-id [conv]; /organizations/me (admin keys) names the org.
    const organization = str(a.json, 'name') ?? a.headers['anthropic-organization-id'];
    const id = str(a.json, 'id');
    if (!organization && !id) return undefined;
    return { organization: organization ?? id, keyType: str(a.json, 'type') === 'organization' ? 'admin' : undefined };
  },
  prevention: (k) => adminKeyInApp(k, 'a workspace API key (sk-ant-api03-)'),
};
