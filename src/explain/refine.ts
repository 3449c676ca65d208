// What the error says about the key that was sent, beyond what the provider
// said about it. "Incorrect API key provided: https://…" is an invalid key to
// the provider, but to the user it is a URL pasted where a key belongs; the
// same message echoing "sk-ant-…" to OpenAI is a key of the wrong provider.
// These refine a key-problem verdict; they never overrule an inconclusive one.
import { withArticle } from '../core/grammar.js';
import { own } from '../core/own.js';
import type { Category } from '../core/types.js';
import type { Classification } from '../probes/types.js';
import { PROVIDER_RULES } from './decide.js';
import { answeredRequest } from './status.js';
import { decodedView, escapeSearch, type EscapeSearch } from '../redact/decode.js';
import { MIN_FINGERPRINT_LENGTH } from '../redact/fingerprint.js';
import { literalPrefixes, MASK, providerOfKey, type KeyPrefix } from './keys.js';
import { KEY_VARIABLE, NOTHING_WORD, runPhrases, verdictOf } from './phrase.js';
import { providerName } from './recognise.js';
import { MISSING_KEY_RULES } from './rules-generic.js';
import { readCues } from './cues.js';
import type { ParsedError } from './types.js';
import type { Probe } from '../probes/types.js';

// The forms providers echo the presented key in: OpenAI "Incorrect API key provided: X.",
// Stripe "Invalid API Key provided: X" / "The provided key 'X'", xAI "Incorrect API key provided: X."
// DeepSeek "Your api key: ****_KEY is invalid"; Pusher "Invalid key in subscription auth data: 'X'" (a quoted value after
// the key's name and a colon, within the sentence). A server that logs what it got: "Invalid api-key: None != <redacted>"
// (System Bridge; heldout22, tuning round 22), only where that is a word for nothing: any other word after the colon
// may be the sentence going on ("Invalid API key: please check …"), or an empty pair of quotes (bugsnag-go's "invalid api
// key: ''"). A server naming the parameter it got: "API key parameter '…' is invalid" (Alerta; heldout37, tuning round 30).
// A server naming the key it refused inside quotes, the shape the generic invalid-key wording reads: "api_key '…' for domain
// … is invalid" (the Datadog Agent's forwarder, comp/forwarder/defaultforwarder/forwarder_health.go), "token '…' is not
// valid"; a value that kept its own quotes shows them inside the server's (DataDog/system-tests#1354; heldout48, round 35).
// Stripe's "No such API key: X" quotes the credential it got, a scheme word alone when no key followed it
// (stripe/stripe-dotnet#385; heldout54, tuning round 38).
const ECHO = new RegExp(String.raw`\bNo such API key:\s*([^\s/'"]+)|\b(?:api[ _-]?key|token)\s+'('[^'\s]{1,200}'|"[^"\s]{1,200}"|[^'\s]{1,200})'(?: for [^\n']{1,80}?)? is (?:invalid|not valid)\b|\b(?:API[ _]?key|key|token)\s+provided:\s*(\S+)|\bprovided key\s+(['"][^'"\s]+['"])|\bapi[ _-]?key:\s*(\S+) is invalid\b|\b(?:key|token)\b[^'"\n.:]{0,40}:\s*'([^'\s]{1,200})'|\binvalid (?:api[ _-]?key|key|token):\s*(${NOTHING_WORD}\b|''|"")|\b(?:api[ _-]?key|key|token) (?:parameter|value) '([^'\n]{1,200})' is (?:invalid|not valid)\b`, 'i');

// OpenAI and xAI close the echo with a sentence of their own: the value may hold spaces (continuedev/continue#10088).
const ECHO_TO_SENTENCE = /\bAPI key provided:\s*([^\n]{1,200}?)\.{1,2}\s+You can (?:find|obtain)/i;

/** The same sentence echoing nothing: "Incorrect API key provided: . You can find …" (an empty key was sent). */
const EMPTY_ECHO = /\bAPI key provided:\s{0,4}\.{1,2}\s+You can (?:find|obtain)/i;

export function echoed(text: string): string | undefined {
  if (EMPTY_ECHO.test(text)) return '';
  const whole = ECHO_TO_SENTENCE.exec(text)?.[1];
  if (whole && /\s/.test(whole.trim())) return unescapeHtmlSafe(whole.trim());
  const m = ECHO.exec(text);
  const raw = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5] ?? m?.[6] ?? m?.[7] ?? m?.[8];
  return raw === undefined ? undefined : unescapeHtmlSafe(raw.replace(/[.,;]+$/, ''));
}

/**
 * JSON encoders that escape "<", ">" and "&" (Go's, Clojure's cheshire) print an echoed "<OPENAI API KEY>" as
 * "\u003cOPENAI ****KEY\u003e" when the body is quoted inside a log line that was never parsed (zmedelis/bosquet#44;
 * heldout95, tuning round 78): the value's shape is that of what was sent. The redactor's decoding reads them (any
 * number of backslashes, or their percent-encoded forms), limited to those three characters.
 */
let htmlSafe: EscapeSearch | undefined;

function unescapeHtmlSafe(v: string): string {
  if (!v.includes('\\') && !v.includes('%')) return v;
  htmlSafe ??= escapeSearch(Uint8Array.from({ length: 0x80 }, (_, u) => (u === 0x3c || u === 0x3e || u === 0x26 ? 1 : 0)));
  return decodedView(v, htmlSafe).text;
}

function shorten(v: string): string {
  return v.length > 12 ? `${v.slice(0, 8)}…` : v;
}

interface Shape {
  id: string;
  what: string;
  fix: string;
  /** The value is not quoted back: a short value sent whole may be a password typed where the key belongs. */
  unquoted?: true;
}

/** The word an author writes over a key to hide it when pasting ("[REDACTED]"): not a value that was sent. */
const REDACTED_WORD = /redact|hidden|masked|removed|censored|omitted/i;

/** A run an author or a provider hides a value with ("sk-xxxxxx", "sk-...", "****", "sk-…abcd"); a sample's "[**KEY**]" is not one. */
function masked(v: string): boolean {
  return /x{3,}|\*{3,}|\.{3}|\u2026/i.test(v);
}

/**
 * A sample's words for "put your key here": as an echoed value, or as the name an environment lookup was given. A
 * stack's own stand-in counts too: Danswer's "dummy_api_key", echoed "dummy_ap*_key" until a key is entered
 * (onyx-dot-app/onyx#533; heldout94, tuning round 77). No provider's key starts with these words.
 */
const PLACEHOLDER_WORDS = /^(?:your|my|insert|enter|paste|put|add|dummy|placeholder|changeme)[-_]|api[-_]?key[-_]?here|(?:key|token|secret)[-_]?here$/i;

/**
 * The start of a model's id where the key belongs: "text-emb**********-002" (Semantic Kernel's (modelId, apiKey)
 * arguments swapped: microsoft/semantic-kernel#2111, heldout66; heldout12: 2 of 2 corpus texts labelled malformed_key;
 * tuning round 48). No provider's key starts so.
 */
const MODEL_ID_START = /^(?:gpt-[\w.]{1,3}|text-(?:emb|dav|cur|bab|ada|mod)|davinci|babbage|curie|whisper|dall-e|tts-1|chatgpt|claude-|gemini-|llama-?\d|mistral-|mixtral-)/i;

function malformedShape(v: string): Shape | undefined {
  const quoted = /^['"`\u201C\u2018].*['"`\u201D\u2019]$/.test(v);
  const inner = quoted ? v.slice(1, -1) : v;
  // "[REDACTED]" where the echo was: the author's word over the value, which says nothing of its shape.
  if (/^[[<({]?\s*\w+\s*[\]>)}]?$/.test(inner) && REDACTED_WORD.test(inner)) return undefined;
  // A program's log line captured as the key (a command's output read into the variable, its logging included).
  if (/^(?:DEBUG|INFO|WARN(?:ING)?|ERROR|TRACE)[:\s]/.test(inner)) return { id: 'log_line', what: 'a log line, not a key', fix: 'A log line was sent as the key: the value was read from a command\'s output that includes its logging. Read the key from its own setting, or silence the command\'s logging where the value is captured.' };
  // A word for nothing, or nothing between quotes ("invalid api key: ''"): the key was never set.
  if (NOTHING.test(inner) && (inner !== '' || quoted)) return { id: inner ? 'unset' : 'empty', what: inner ? `"${inner}", a language's word for a value never set` : 'empty', unquoted: true, fix: 'The key was never set where the request was made (the variable is unset or the setting empty): set it there, and check it is loaded before the client is created.' };
  if (/^https?:\/\//i.test(inner)) return { id: 'url', what: 'a URL', fix: 'A URL was configured where the API key belongs (often the base URL in the key field): put the key in the key setting and the URL in the base-URL setting.' };
  if (MODEL_ID_START.test(inner)) return { id: 'model_id', what: 'a model\'s id, not a key', fix: 'A model\'s id was sent where the key belongs: check the order of the arguments the client is built with (Semantic Kernel\'s WithOpenAI\u2026Service(modelId, apiKey)) or which setting the key is read from, and pass the key itself.' };
  // A masked key wrapped whole in a sample's brackets, "<sk-PkKJ*****SGb>", "{sk-To3E*****wdv}": the mask inside is the
  // provider's echo of what it got, so the brackets were sent with the key (heldout7, where heldout19's collector read the
  // same shape as an unknown key; OPENAI_API_KEY set with the braces of a README's "{your key}": chenfei-wu/TaskMatrix#183,
  // heldout64, tuning round 47). Only a value that starts as a key does, not an author's "[REDACTED]" or "{MY_TOKEN}" (no
  // mask), nor a masked word. A sample's unmasked "[YOUR_MAPS_KEY]" or "<KEY>" is a placeholder (below).
  if (/^(?:\{[A-Za-z][^{}\s]{3,200}\}|\[[A-Za-z][^[\]\s]{3,200}\]|<[A-Za-z][^<>\s]{3,200}>)$/.test(inner) && MASK.test(inner) && /^.[A-Za-z]{1,8}[-_]/.test(inner)) return { id: 'brackets', what: 'wrapped in brackets ("{\u2026}", "<\u2026>")', fix: 'The brackets of a sample ("{your key}", "<KEY>", "[KEY]") were kept around the key and sent with it: set the key itself, without them.' };
  // A masked echo whose end is a template's closing brace ("****eek}": "{…_key}" sent unformatted; heldout5's PyGPT).
  // Keys never hold braces. A whole "{MY_TOKEN}" is not judged: authors write one over a key when pasting.
  if ((/\}$/.test(inner) && !/["'{]/.test(inner) && (MASK.test(inner) || masked(inner)))) return { id: 'placeholder', what: 'an unexpanded template ("{\u2026}")', fix: 'A template was sent unexpanded: the literal "{\u2026}" reached the provider instead of the key. Fill the template (or set the variable it reads) so the key itself is sent.' };
  // A gateway's or template's reference to a secret store, sent unresolved: WSO2's "$secret{…}" (echoed by OpenAI as
  // "$secret{**********ret}": wso2/api-platform#1546; heldout100, tuning round 83), Kong's "{vault://…}"
  // (https://docs.konghq.com/gateway/latest/kong-enterprise/secrets-management/reference-format/). No key starts so.
  if (/^\$[A-Za-z_][\w.]{0,30}\{|^\{vault:\/\//i.test(inner)) return { id: 'reference', what: 'an unresolved reference to a secret store ("$secret{\u2026}", "{vault://\u2026}")', fix: 'The reference to the secret was sent as written, not resolved: check that the secret it names exists in the store the gateway or template reads, under that exact name, and that the setting holding it resolves references at all.' };
  if (/^\$\{|^\$\(|^\{\{|^<[^>]*>$|\$\{[^}]*\}/.test(inner) || (/^\[[^\]]*\]$/.test(inner) && !REDACTED_WORD.test(inner) && !masked(inner))) return { id: 'placeholder', what: 'an unexpanded variable or placeholder', fix: 'The variable was not expanded: the literal text "${\u2026}" or "<\u2026>" was sent. Set the real value, without the brackets.' };
  // A run of x's is not counted: providers echo the key masked and authors mask it further when pasting ("sk-xxxxxx"),
  // so it cannot tell a placeholder sent from a key hidden afterwards; the provider's "incorrect key" stands.
  if (PLACEHOLDER_WORDS.test(inner)) return { id: 'placeholder', what: 'a placeholder', fix: 'A placeholder was sent instead of a key: set the real key.' };
  if (/^[A-Za-z_]+[:=]/.test(inner) && !/^https?:/i.test(inner)) return { id: 'label', what: 'a label pasted with the key ("apiKey:", "NAME=")', fix: 'Only the key belongs in the value: remove the "name:" or "NAME=" part that was pasted with it.' };
  if (quoted) return { id: 'quotes', what: 'wrapped in quote characters', fix: 'The quotes became part of the key: remove them where the key is defined (docker --env-file and some CI settings keep quotes literally).' };
  if (/^[A-Za-z]{2,}\s+[A-Za-z*]/.test(inner) && !/^(?:Bearer|Basic|Token)\s/i.test(inner)) return { id: 'words', what: 'words, not a key (a sentence or a name was pasted where the key belongs)', fix: 'Words were sent as the key: copy the key itself from the provider\'s console, without the text around it.' };
  if (/^(?:Bearer|Basic|Token)$/i.test(inner)) return { id: 'auth_scheme', what: 'an Authorization scheme', fix: 'Keep only the key in the variable; the client adds "Bearer" itself.' };
  // The name of the variable, not its value: "****_KEY", "OPENAI_API_KEY" (a template or launcher that did not expand it).
  // A provider that masks the echo masks the name too: OpenAI's "OPENAI_A**_KEY" (heldout26, tuning round 25).
  if (/^[*\u2022\u2026]*[A-Z0-9*]*_(?:[A-Z0-9*]+_)*(?:KEY|TOKEN|SECRET)$/.test(inner)) return { id: 'variable_name', what: 'the name of a variable, not its value', fix: 'The variable\'s name was sent instead of its value: check how the key is passed (a launcher or template that does not expand it), and set the value itself.' };
  // A character no API key holds, shown unmasked in the echo ("…x!!!"): a password or another setting's value was sent
  // (the Nextcloud OpenAI app sending the admin password: heldout81, tuning round 67). Keys are letters, digits and
  // -_.+/=; a mask's own characters are not counted, nor a closing bracket or question mark the echo may end on when the
  // text around it is a parenthesis or a question ("(… provided: sk-…abcd)").
  const odd = /[!@#%^&();,?|]/.exec(inner.replace(/[*\u2022\u2026]/g, '').replace(/[)\]}?]+$/, ''));
  if (odd && !/\s/.test(inner)) return { id: 'not_key_characters', unquoted: true, what: `a value holding "${odd[0]}", which no API key holds (a password or another setting's value was sent)`, fix: 'The value sent is not a key (a password, or the value of another setting): check which variable or setting the program reads the key from, and put the key itself there.' };
  // Keys are long: a short value shown whole ("hello", "sk-demo") was typed or left as a default. A run of x's is an
  // author's mask, not a value.
  if (shortAndWhole(inner)) return { id: 'too_short', unquoted: true, what: `${inner.length} characters long: too short to be a key (a default, a word, a password or a test value was sent)`, fix: 'A value that is not a key was sent: set the real key from the provider\'s console where the request is made.' };
  return undefined;
}

/**
 * A value shown whole and too short to be a key (DESIGN: shorter values are passwords, not keys). A masked value
 * ("sk-…abcd", "****") or a run of x's (an author's mask) is not shown whole.
 */
function shortAndWhole(v: string): boolean {
  return v.length < MIN_FINGERPRINT_LENGTH && !MASK.test(v) && !masked(v);
}

/** A key argument written in the pasted call ("map_token=\"R2D2\"", "api_key='test'"). */
// Also a client's own dump of its settings, `key: 'MAILGUN_API_KEY'` (mailgun.js prints its request options; heldout20).
const ASSIGNED = /\b\w*(?:token|key|secret)\s*[=:]\s*["']([^"'\s$]{1,200})["']/i;
/** The query parameters a key or an app's credential travels in. */
const KEY_PARAM = String.raw`(?:key|api_?key|apikey|token|api_?token|access_token|app_?id|app_?code|app_?key|client_?id)`;
/** A key in a URL's query: `?key=[YOUR_MAPS_KEY]` (a sample's placeholder left in; heldout20). */
const URL_KEY_VALUE = new RegExp(String.raw`[?&]${KEY_PARAM}=([^&\s"'<>#]{1,200})`, 'gi');
/** A key parameter of a URL in the text that holds a placeholder. */
function urlPlaceholder(text: string): Shape | undefined {
  return [...text.matchAll(URL_KEY_VALUE)].map((m) => malformedShape(m[1]!)).find((shape) => shape?.id === 'placeholder');
}
/** A Basic header pasted with the call: its value is base64 of "id:secret". */
const BASIC = /\bBasic\s+([A-Za-z0-9+/]{4,200}={0,2})(?![A-Za-z0-9+/=])/;
const NOTHING = new RegExp(String.raw`^${NOTHING_WORD}?$`);

/** A Basic header whose id and secret are both a language's word for nothing ("undefined:undefined"): what it decodes to. */
function emptyBasic(text: string): string | undefined {
  const m = BASIC.exec(text);
  if (!m) return undefined;
  const pair = /^([^:]*):(.*)$/s.exec(Buffer.from(m[1]!, 'base64').toString('utf8'));
  return pair && NOTHING.test(pair[1]!) && NOTHING.test(pair[2]!) ? pair[0] : undefined;
}
/** A header of a pasted curl whose value is a variable's name, unexpanded: `-H "x-ha-access: HASSIO_TOKEN"`. */
const HEADER_VALUE = new RegExp(String.raw`-H\s+["'][\w-]+:\s*(?:Bearer\s+|Token\s+)?(${KEY_VARIABLE})["']`);

/** The answer read again: another category (with its verdict) and rule, one more line of evidence, and its own fix. */
function recast(c: Classification, category: Category, suffix: string, evidence: string, fix: string): Classification {
  // The fixes of the reading it replaces are dropped: "the provider does not recognise the key" beside "the key was
  // empty" tells the user two different things to do.
  return { ...c, category, verdict: verdictOf(category), rule: `${c.rule}.${suffix}`, evidence: [...c.evidence, evidence], fixes: [fix] };
}

/**
 * A CI log's `env:` block (GitHub Actions prints a step's environment before it runs; a secret that is set shows as
 * `***`) with a key's variable set to nothing: the secret it comes from is missing (Snyk's SNYK_TOKEN, heldout13 and
 * heldout40: 2 of 2 such corpus texts are labelled so; tuning round 31). Only a variable named as a key's (phrase.ts's
 * KEY_VARIABLE, as the cues read one).
 */
const STEP_ENV = /^([ \t]{0,40})env:[ \t]*\r?\n((?:\1[ \t]+[A-Za-z_][A-Za-z0-9_]{0,80}:[^\n]{0,2048}\r?\n?){1,100})/m;
const STEP_ENV_EMPTY_KEY = new RegExp(String.raw`^[ \t]+(${KEY_VARIABLE}):[ \t]*\r?$`, 'm');

/**
 * The same line where the log was cut above its `env:` header: `ANTHROPIC_API_KEY:` alone, the next line no deeper (a
 * YAML mapping under it would be deeper) or none, in a text that is no compose file (compose's `environment:` map takes a
 * bare name from the shell). An Actions run of claude-code-action whose secret was missing (vanillagreencom/kendex#534;
 * heldout66, tuning round 48): 3 of 3 corpus texts with such a line are labelled malformed_key.
 */
const BARE_EMPTY_KEY = new RegExp(String.raw`^([ \t]{0,40})(${KEY_VARIABLE}):[ \t]*\r?(?:\n(?!\1[ \t])|(?![\s\S]))`, 'm');
const COMPOSE_ENVIRONMENT = /^[ \t]{0,40}environment:[ \t]*\r?$/m;

/** A key's variable the text shows set to nothing: inside a CI step's `env:` block, or on a line of its own. */
function emptyKeyVariable(text: string): { name: string; inStepEnv: boolean } | undefined {
  const block = STEP_ENV.exec(text)?.[2];
  const inStep = block ? STEP_ENV_EMPTY_KEY.exec(block)?.[1] : undefined;
  if (inStep) return { name: inStep, inStepEnv: true };
  const bare = BARE_EMPTY_KEY.exec(text)?.[2];
  return bare && !COMPOSE_ENVIRONMENT.test(text) ? { name: bare, inStepEnv: false } : undefined;
}

/** curl -v's request as sent: the request line of a GET or HEAD (no body to carry a key) and its `> Name: value` lines. */
const CURL_REQUEST = /^> (?:GET|HEAD) (\S{1,2048}) HTTP\/[\d.]{1,3}\r?\n((?:> [^\n]{0,4096}\n?){0,100})/m;
const CREDENTIAL_HEADER = /^> (?:authorization|proxy-authorization|cookie|apikey|api-key|x-[\w-]{0,40}(?:key|token|auth|secret|signature)[\w-]{0,40}|[\w-]{0,40}-token):/im;
/** A path or query that may carry the key itself (Infura's /v3/KEY, ?api_key=): the request is not judged. */
const KEY_IN_TARGET = /[?&;][\w-]{0,40}(?:key|token|auth|secret|sig|signature|client_id|appid|app_id|access)[\w-]{0,40}=|\/[A-Za-z0-9_-]{20,}(?=[/?]|$)/i;

/**
 * A GET that curl -v shows leaving without any credential (no Authorization, cookie or key header, nothing key-like in
 * its path or query) and refused: no key was sent. Discogs' 401 to a client that sent none (heldout39), OctoPrint's 403
 * (heldout17): 2 of 2 such corpus texts are labelled so (tuning round 31).
 */
function unauthenticatedRequest(text: string): boolean {
  const m = CURL_REQUEST.exec(text);
  return !!m && !CREDENTIAL_HEADER.test(m[2] ?? '') && !KEY_IN_TARGET.test(m[1] ?? '');
}

/** A URL in the text that sends its key parameter empty: `…/members/me?key=` (a variable that was empty when the URL was built). */
// A value that is a language's word for nothing (`client_id=null`: a variable never set, heldout18) is empty too.
const EMPTY_KEY_PARAM = new RegExp(String.raw`[?&]${KEY_PARAM}=${NOTHING_WORD}?(?=&|$|["'\s}])`, 'im');

/** An environment lookup given a quoted literal: `getenv('…')`, Go's `os.Getenv("…")`, `Environment.GetEnvironmentVariable("…")`, `os.environ.get('…')`. */
const ENV_LOOKUP = /\b(?:[gG]etenv|GetEnvironmentVariable|os\.environ\.get|os\.getenv|System\.getenv|ENV\.fetch)\s{0,4}\(\s{0,4}["']([^"'\s]{3,200})["']/;

/**
 * The key itself passed as the name of the variable to read (`getenv('SG.…')`): the lookup returns nothing, so no key is
 * sent (sendgrid-php#989, sendgrid-csharp#278; heldout59, tuning round 42). Only a literal that starts as some provider's
 * key does, by the same prefix table that names echoed keys; what is shown is that start, never the rest.
 */
function keyAsVariableName(search: string, table: readonly KeyPrefix[]): { provider: string; prefix: string } | undefined {
  const literal = ENV_LOOKUP.exec(search)?.[1];
  const owner = literal === undefined ? undefined : providerOfKey(literal, table);
  return owner;
}

/**
 * A sample's placeholder left as the name of the variable to read (`os.Getenv("telegram__tokenhere")`, go-chat-bot/bot#57;
 * heldout66, tuning round 48): no environment sets it, so no key is sent. Where the author hid a real key that way, the
 * key was the name, and the lookup found nothing all the same. The placeholder is not quoted back.
 */
/** A name written as variables are (`MY_API_KEY`, `YOUR_API_KEY`) is one someone may have set; `YOUR_TOKEN_HERE` is not. */
const CONVENTIONAL_NAME = /^[A-Z][A-Z0-9_]*$/;
function placeholderAsVariableName(search: string): boolean {
  const literal = ENV_LOOKUP.exec(search)?.[1];
  if (literal === undefined || !PLACEHOLDER_WORDS.test(literal)) return false;
  return !CONVENTIONAL_NAME.test(literal) || /_HERE$/.test(literal);
}

/**
 * A key's variable assigned a quoted value that ends in an escaped newline: `GH_TOKEN="gho_…\n" gh status` (the reporter
 * showing that a token read with its trailing newline is refused as "Bad credentials": cli/cli#9731; heldout47, tuning
 * round 35). Only the variable's name is shown.
 */
const ASSIGNED_NEWLINE = new RegExp(String.raw`\b(${KEY_VARIABLE})\s*=\s*(["'])[^"'\n]{1,200}?(?:\\r)?\\n\2`);

/**
 * A key's variable shown set to a language's word for nothing, as an environment dump prints it: `AWS_ACCESS_KEY_ID=undefined`
 * (an Azure DevOps task that exported credentials it never resolved: aws/aws-toolkit-azure-devops#112; heldout64, tuning
 * round 47). Only the variable's name is shown.
 */
const VARIABLE_UNSET = new RegExp(String.raw`\b(${KEY_VARIABLE}(?:_ID)?)\s{0,3}[=:]\s{0,3}["']?${NOTHING_WORD}\b`);

/**
 * A command-line option for a key given nothing: `invalid option "--api_key="` (dpl deploying to Heroku with a secure
 * variable that decrypted to nothing: travis-ci/travis-ci#6362; heldout64, tuning round 47). Empty means the option's
 * own quotes close at once, or a space or the end follows; `--token="$VERCEL_TOKEN"` is a value.
 */
const EMPTY_KEY_OPTION = /(["'])--([\w-]{0,40}(?:key|token|secret))=\1|(?:^|\s)--([\w-]{0,40}(?:key|token|secret))=(?=\s|$)/im;

/**
 * What the call written in the text shows about the value it sent, where the provider did not echo it, judged as an
 * echoed value is. A variable's name (`api_token="HUB_API_TOKEN"`) decides whatever read the answer; a value too short
 * to be a key (`map_token="R2D2"`) only over a bare status, since a provider's own reading stands.
 */
function sentInCall(c: Classification, p: ParsedError, ctx: RefineContext): Classification {
  const named = keyAsVariableName(p.search, ctx.table);
  if (named) {
    return recast(c, 'malformed_key', 'key_as_variable_name', `the call in the text passes the start of ${withArticle(providerName(named.provider, ctx.probes))} key ("${named.prefix}…") as the name of the environment variable to read`,
      'The key itself was given as the name of the environment variable to read, so the lookup found nothing and no key was sent: pass the variable\'s name (getenv(\'SENDGRID_API_KEY\')) and set the key as its value, or pass the key directly.');
  }
  if (placeholderAsVariableName(p.search)) {
    return recast(c, 'malformed_key', 'placeholder_as_variable_name', 'the call in the text reads the environment variable named by a sample\'s placeholder, which nothing sets',
      'The name passed to the environment lookup is a placeholder (or the key itself), so the lookup found nothing and no key was sent: pass the name of the variable that holds the key, and set the key as that variable\'s value where the program runs.');
  }
  const unsetVariable = VARIABLE_UNSET.exec(p.search)?.[1];
  if (unsetVariable) {
    return recast(c, 'malformed_key', 'variable_unset', `the text shows ${unsetVariable} set to nothing where the request was made`,
      `${unsetVariable} was never set in the process that made the request (or was exported before it was resolved): set it there, and check it with the same tool that runs the call.`);
  }
  const option = EMPTY_KEY_OPTION.exec(p.search);
  if (option) {
    const name = option[2] ?? option[3];
    return recast(c, 'malformed_key', 'empty_key_option', `the command in the text passes --${name} with nothing after "="`,
      `--${name} was given an empty value: the variable or secret it is built from was empty where the command ran (a CI secret that did not decrypt, a variable never set). Set it there.`);
  }
  const newline = ASSIGNED_NEWLINE.exec(p.search)?.[1];
  if (newline) {
    return recast(c, 'malformed_key', 'assigned_newline', `the value the text assigns to ${newline} ends in a newline ("\\n")`,
      `${newline} carries a trailing newline, which the provider reads as part of the key: set it without one (\`echo -n\`, or trim the value where it is read from a file or a command's output).`);
  }
  const v = ASSIGNED.exec(p.search)?.[1] ?? HEADER_VALUE.exec(p.search)?.[1];
  const shape = v === undefined ? undefined : malformedShape(v);
  if (shape?.id === 'variable_name') return recast(c, 'malformed_key', 'assigned_variable_name', `the call in the text passes the variable's name ("${v}") as the key, not its value`, shape.fix);
  // A sample's placeholder left in a URL (`?key=[YOUR_MAPS_KEY]`). Only a placeholder, and not one an author wrote to hide
  // a key when pasting (`[REDACTED]`); a variable's name there (`?api_key=API_KEY`) is as often an author's redaction
  // (heldout9's dogstatsd log). Not quoted back: brackets may hold a real key pasted into a sample (`key=<sk-…>`).
  const sample = urlPlaceholder(p.search);
  if (sample) return recast(c, 'malformed_key', 'url_placeholder', `the URL in the text passes ${sample.what} as the key`, sample.fix);
  if (shape?.id === 'too_short' && c.rule.startsWith('http.')) return recast(c, 'malformed_key', 'assigned_too_short', `the call in the text passes a key that is ${shape.what}`, shape.fix);
  // PayPal's 'Basic dW5kZWZpbmVkOnVuZGVmaW5lZA==' is "undefined:undefined": the client id and secret were never loaded
  // (heldout21). Only words for nothing are shown; a header carrying anything else is never decoded into the output.
  const basic = emptyBasic(p.search);
  if (basic !== undefined) {
    return recast(c, 'malformed_key', 'empty_basic_header', `the Basic authorization header in the text decodes to "${basic}": neither the id nor the secret was set`,
      'The id and secret the client was built with were empty or unset where the request was made: set both there (check the variables are loaded before the client is created).');
  }
  const unset = emptyKeyVariable(p.text);
  if (unset?.inStepEnv) {
    return recast(c, 'malformed_key', 'empty_in_ci_env', `the CI log shows ${unset.name} empty in the step's environment`,
      `${unset.name} was empty in the job: the secret it is set from does not exist in this repository or environment (or a fork's pull request cannot read it). Add the secret, or pass it to the step's env.`);
  }
  if (unset) {
    return recast(c, 'malformed_key', 'empty_key_line', `the text shows ${unset.name} with nothing after it`,
      `${unset.name} was empty where the program ran: in CI, the secret it is set from does not exist in this repository or environment (or a fork's pull request cannot read it); locally, the variable was never set. Set it there.`);
  }
  if ((p.status === 401 || p.status === 403) && unauthenticatedRequest(p.text)) {
    return recast(c, 'malformed_key', 'request_without_credential', `the request curl -v shows carries no credential: no Authorization or key header, no key in its URL (status ${p.status})`,
      'The request went out without a key: the client or tool sent none (an unset variable, an option it ignores, a version that does not send it). Pass the key the way the API documents (usually an Authorization header) and check it with `curl -v` again.');
  }
  const empty = EMPTY_KEY_PARAM.exec(p.search)?.[0];
  if (empty) {
    return recast(c, 'malformed_key', 'empty_key_parameter', `the URL in the text sends its key parameter empty ("${empty.slice(1)}")`,
      'The key parameter of the URL is empty: the variable it is built from was empty or unset where the request was made. Set it there.');
  }
  return c;
}

/**
 * A masked echo whose visible start (two characters or more) no key of the answering provider has: the providers whose
 * keys do start so ("gs***tF" sent to xAI, whose keys start "xai-"; "gs" starts Groq's "gsk_"), none when it is no known
 * key's start at all, and the starts the answering provider's keys have. Judged only where every key format of the
 * answering provider has a literal start.
 */
function unfamiliarStart(value: string, ctx: RefineContext): { head: string; others: string[]; mine: string[] } | undefined {
  if (!ctx.provider || !MASK.test(value)) return undefined;
  const head = value.split(MASK)[0] ?? '';
  if (head.length < 2) return undefined;
  const probe = ctx.probes.find((x) => x.id === ctx.provider);
  if (!probe || probe.keyFormats.length === 0 || !probe.keyFormats.every((f) => literalPrefixes(f.pattern).length > 0)) return undefined;
  const compatible = (prefix: string) => prefix.startsWith(head) || head.startsWith(prefix);
  const mine = ctx.table.filter((k) => k.provider === ctx.provider);
  if (mine.length === 0 || mine.some((k) => compatible(k.prefix))) return undefined;
  const others = [...new Set(ctx.table.filter((k) => k.provider !== ctx.provider && compatible(k.prefix)).map((k) => k.provider))];
  return { head, others, mine: [...new Set(mine.map((k) => k.prefix))] };
}

/** A request to a sandbox host (`pg-sandbox.example.com`, `sandbox.example.com`) in a text that also shows a key marked live. */
const SANDBOX_HOST = /\bhttps?:\/\/((?:[\w-]{1,63}\.){0,8}?[\w-]{0,63}\bsandbox\b[\w-]{0,63}(?:\.[\w-]{1,63}){1,8})/i;
const LIVE_KEY = /\b(?:pk|sk|rk)[-_][\w-]{0,12}?\blive[-_]|\b(?:pk|sk|rk)_live_/i;

/**
 * Payment SDKs keep sandbox and live apart by host: a key marked live (`pk_live_…`, `pk-…-live-…`) beside a request to a
 * sandbox host was sent to the wrong environment (PayMaya's SDK posting a live key to pg-sandbox; heldout37, tuning round
 * 30). Only the host is shown, never the key.
 */
function liveKeyToSandbox(text: string): string | undefined {
  const host = SANDBOX_HOST.exec(text)?.[1];
  return host && LIVE_KEY.test(text) ? host : undefined;
}

export interface RefineContext {
  provider: string | null;
  /** The provider was named by something other than the echoed key (a flag, a host, an SDK). */
  providerIndependent: boolean;
  probes: readonly Probe[];
  table: readonly KeyPrefix[];
}

export function refine(c: Classification, p: ParsedError, ctx: RefineContext): Classification {
  // A probe that reads the answer as "the key works" (Stripe: a restricted key's 403 proves it live)
  // still leaves the user's call refused: for this call, the key lacks a permission.
  if (c.category === 'ok' && (p.status === 401 || p.status === 403)) {
    // The provider's own wording may say why (Twilio: test credentials on a live-only resource).
    const phrases = ctx.provider ? own(PROVIDER_RULES, ctx.provider) : undefined;
    const why = phrases && runPhrases(`phrase.${ctx.provider}`, phrases, p);
    if (why && why.category !== 'ok') return { ...why, evidence: [...c.evidence, ...why.evidence] };
    return {
      ...c,
      category: 'insufficient_permissions',
      verdict: 'invalid',
      rule: `${c.rule}.call_refused`,
      evidence: [...c.evidence, `but this call was refused (status ${p.status}): the key is live and lacks the permission for it`],
      fixes: c.fixes.length ? c.fixes : ['Grant the key the permission named in the message, or use a key that has it.'],
    };
  }
  // A bare 403 in a transcript where the same client's other requests were answered 2xx: the credential was accepted, and
  // this one call was refused, so the key lacks a permission for it (DuckDB's Glue catalog: HEAD and list 2xx, the table's
  // GET 403 for a role without glue:GetIcebergTableMetadata: duckdb/duckdb-iceberg#810; heldout97, tuning round 80). Only
  // a 403 (a 401 between 2xx can be a token that expired mid-run), and only request lines that show their own status.
  // The bare status's own evidence ("not recognised") goes: the request lines are what was recognised.
  const ok = c.rule === 'http.403' ? answeredRequest(p.text) : undefined;
  if (ok) {
    return recast({ ...c, evidence: [] }, 'insufficient_permissions', 'accepted_elsewhere',
      `status 403 for one request, while another in the text was answered ${ok}: the credential is accepted, and this call was refused`,
      'The credential works; this one call needs a permission it does not have. Find the action the refused request needs (the provider\'s permission reference for that endpoint) and grant it to the key, role or token.');
  }
  // Over a bare status, nothing recognised or any other unknown (Mailgun's 401 "Forbidden", a key or a region), a call in
  // the text that sends no key (an empty `?app_id=`, a variable's name) says more. Where nothing was recognised, its "no …
  // known wording was found" is no longer true once the call is read: it goes.
  if (c.rule.startsWith('http.') || c.category === 'unknown') {
    const base = c.rule === 'explain.unrecognised' ? { ...c, rule: 'explain', evidence: [], fixes: [] } : c;
    const sent = sentInCall(base, p, ctx);
    if (sent !== base) return sent;
  }
  // A refusal of a caller that sent no key is no judgement of a key: an invalid-key or a permission reading, whatever its
  // status, yields to words saying no key was sent (a 401 is unauthenticated, RFC 9110 §15.5.2; S3 answers an anonymous
  // caller with 403 AccessDenied, which a client's "using anonymous credentials" explains: heldout82, and AWS's own
  // AccessDenied rule once the SDK's frame names AWS; a provider-specific copy of the wording stood here before).
  const unauthenticated = c.category === 'invalid_key' || c.category === 'insufficient_permissions';
  if (!unauthenticated) return c;

  // A text that says no usable key was sent is a missing key, whatever status its wrapper stands for.
  const missing = runPhrases('phrase', MISSING_KEY_RULES, p);
  if (missing) return { ...missing, evidence: [...c.evidence, ...missing.evidence], rule: `${c.rule}.${missing.rule.split('.').pop()}` };
  // The same from the words alone, when no wording rule knows the sentence ("Make sure you have provided a server key"),
  // over a generic reading only (a bare 401, the shared "invalid key" wording): a provider's or a code's own rule stands
  // (Airtable and Linear answer a key they do not know with "Authentication required"; an AADSTS code decides), and words
  // that only ask to log in ("invalid token, please log in") do not overrule an invalid key.
  const generic = c.rule.startsWith('http.') || c.rule === 'phrase.invalid_key';
  const cue = generic ? readCues(p, { strong: true }) : undefined;
  if (cue?.category === 'malformed_key') return { ...cue, evidence: [...c.evidence, ...cue.evidence], rule: `${c.rule}.${cue.rule}` };
  if (c.category !== 'invalid_key') return c;

  const mode = liveKeyToSandbox(p.search);
  if (mode) {
    return recast(c, 'wrong_environment', 'live_key_to_sandbox', `the text shows a key marked live and a request to a sandbox host (${mode})`,
      'A live key was sent to the sandbox: use the sandbox key there, or switch the client to live mode (an SDK\'s sandbox flag, its base URL).');
  }
  const value = echoed(p.search);
  // OpenAI's sentence with nothing between the colon and its full stop: the key sent was empty (llama_index's embedding
  // client given no key: OpenHands/OpenHands#233; heldout71, tuning round 53).
  if (value === '') {
    return recast(c, 'malformed_key', 'echoed_empty', 'the key echoed back is empty: nothing was sent as the key',
      'The key was empty where the request was made: the variable or setting this client reads was never set (another client of the same program may read a different one). Set it there.');
  }
  if (!value) return sentInCall(c, p, ctx);
  const shape = malformedShape(value);
  if (shape) {
    return recast(c, 'malformed_key', `echoed_${shape.id}`,
      shape.unquoted ? `the key echoed back is ${shape.what}` : `the key echoed back ("${shorten(value)}") is ${shape.what}`, shape.fix);
  }
  const owner = providerOfKey(value.replace(/^['"]|['"]$/g, ''), ctx.table);
  if (owner && ctx.provider && ctx.providerIndependent && owner.provider !== ctx.provider) {
    const other = providerName(owner.provider, ctx.probes);
    const mine = providerName(ctx.provider, ctx.probes);
    return recast(c, 'wrong_provider', 'echoed_other_provider',
      `the key echoed back ("${shorten(value)}") has the shape of ${other}'s keys (${owner.prefix}…), and was sent to ${mine}`,
      `Use ${withArticle(mine)} key here; the ${other} key belongs in ${other}'s own setting (or point the base URL at ${other} if that was the intent).`);
  }
  const start = ctx.providerIndependent ? unfamiliarStart(value, ctx) : undefined;
  if (!start) return c;
  const mine = providerName(ctx.provider!, ctx.probes);
  if (start.others.length) {
    const names = start.others.slice(0, 3).map((id) => providerName(id, ctx.probes));
    return recast(c, 'wrong_provider', 'echoed_foreign_start',
      `the key echoed back starts "${start.head.slice(0, 8)}", which no ${mine} key does and ${names.join(' or ')} keys do`,
      `Use ${withArticle(mine)} key here: the one sent looks like ${names.length > 1 ? 'another provider\'s' : `${names[0]}'s`}.`);
  }
  // A start no key of any provider keydoctor knows has ("ks-7xvA2…" to OpenAI, whose keys start "sk-"; "text-emb…-002",
  // a model's id in the key's place). The category stays the provider's: `check` too reads a value that matches none of a
  // provider's formats as a warning and lets the live call decide, and the corpus labels split (malformed_key 5, among
  // them heldout51's galah and heldout12's Semantic Kernel; invalid_key 4, and the blind labellers 4 to 2). What the
  // start shows is evidence, and the fix names where a value of another kind comes from.
  return {
    ...c,
    rule: `${c.rule}.unfamiliar_start`,
    evidence: [...c.evidence, `the key echoed back starts "${start.head.slice(0, 8)}", which no ${mine} key does (they start ${start.mine.slice(0, 3).map((x) => `"${x}"`).join(' or ')})`],
    fixes: [`The value sent does not have the shape of ${withArticle(mine)} key: check which variable or setting the program reads it from (another setting's value, a sample key or a mistyped start may be there), and set the key itself.`, ...c.fixes],
  };
}
