// Notion. Integration tokens: https://www.notion.so/profile/integrations
// Request: GET /v1/users/me, the bot user of the token (https://developers.notion.com/reference/get-self,
// changelog https://developers.notion.com/changelog/retrieve-information-about-your-token); Notion-Version is required.
// Errors: {"object":"error","status","code","message","request_id"} (https://developers.notion.com/reference/status-codes):
// 401 unauthorized "API token is invalid." (2anki/2anki.net#1521, lizheming/doumark-action#13), 403 restricted_resource,
// 429 rate_limited, 5xx internal_server_error / service_unavailable.
// Formats: ntn_ + 11 digits + 35 alphanumerics (gitleaks rules/notion.go), legacy secret_ + 43 (trufflehog notion).
// Env: NOTION_TOKEN (the @notionhq/client README's name), NOTION_API_KEY [conv]. The SDK's baseUrl is an option only.
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';

const KEYS = 'https://www.notion.so/profile/integrations';
// A long-supported version; /v1/users/me has answered the same shape since 2021-08-16.
const NOTION_VERSION = '2022-06-28';

const rules: Rule[] = [
  {
    // 401 {"code":"unauthorized","message":"API token is invalid."}
    id: 'unauthorized',
    when: (_a, e) => e.code === 'unauthorized',
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Notion does not recognise the token: the integration was deleted, its secret was refreshed, or (OAuth) access was revoked. Copy the current secret from ${KEYS}.`,
      'A public integration\'s OAuth token dies when the user removes the connection: run the OAuth flow again.',
    ],
  },
  {
    // 403 restricted_resource: the token authenticated but lacks a capability for this call.
    id: 'restricted_resource',
    when: (_a, e) => e.code === 'restricted_resource',
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} — Notion accepted the token; the integration lacks a capability`,
    fixes: [`Enable the capability the call needs (user information, content) in the integration's settings at ${KEYS}.`],
  },
];

export const notion: Probe = {
  id: 'notion',
  name: 'Notion',
  docs: KEYS,
  envVars: ['NOTION_TOKEN', 'NOTION_API_KEY'],
  defaultBaseUrl: 'https://api.notion.com',
  officialHosts: ['api.notion.com'],
  keyFormats: [
    { id: 'integration', description: 'integration token', pattern: /^ntn_[0-9]{11}[A-Za-z0-9]{35}$/ },
    { id: 'legacy', description: 'legacy integration token', pattern: /^secret_[A-Za-z0-9]{43}$/ },
  ],
  hints: {
    // notion-sdk-net's namespace and exception (Notion.Client.NotionApiException), beside the JS and Python SDKs.
    sdk: [/@notionhq\/client|notion_client\b|\bNotion\.Client\b|\bNotionApiException\b/],
    // Notion's error envelope: {"object":"error","status":…,"code":…} (https://developers.notion.com/reference/status-codes).
    envelope: [/["']object["']\s*:\s*["']error["']\s*,\s*["']status["']\s*:\s*\d{3}/],
  },
  requestIdHeaders: ['x-notion-request-id'],
  request(key, ctx) {
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, 'v1/users/me'),
      headers: { authorization: `Bearer ${key}`, 'notion-version': NOTION_VERSION },
    };
  },
  classify(a) {
    if (str(a.json, 'object') !== 'error') return undefined;
    return runRules('notion', rules, a, { code: str(a.json, 'code'), message: str(a.json, 'message') });
  },
  identity(a) {
    if (str(a.json, 'type') !== 'bot') return undefined;
    // Internal integrations are owned by the workspace; public (OAuth) ones by the user who authorised them.
    const owner = str(a.json, 'bot.owner.type');
    return {
      account: str(a.json, 'id'),
      user: str(a.json, 'name'),
      organization: str(a.json, 'bot.workspace_name'),
      keyType: owner === 'workspace' ? 'internal integration' : owner === 'user' ? 'public integration (OAuth)' : undefined,
      authorisedBy: owner === 'user' ? str(a.json, 'bot.owner.user.name') : undefined,
    };
  },
};
