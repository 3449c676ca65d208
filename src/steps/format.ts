// Step 1: is the value itself sane? No network. Findings say what is wrong and
// where in the value (a position), never the value.
import type { Finding } from '../core/types.js';
import { isDistinctive, type KeyFormat, type Probe } from '../probes/types.js';
import { isOfficialHost } from '../net/target.js';
import { withArticle } from '../core/grammar.js';
import { FINDINGS, findingInfo, type FindingCode } from '../core/findings.js';
import { describeCharacter, INVISIBLE, surroundingWhitespace } from '../core/characters.js';

export interface FormatResult {
  findings: Finding[];
  /** A finding that proves the key cannot work: the live call is skipped (unless --force-live). */
  blocking: boolean;
  /** The format the value matches, when it matches one. */
  format?: KeyFormat;
  /** The value the live call sends: surrounding whitespace removed (and reported). */
  sendable: string;
}

export interface FormatOptions {
  /** `production` when live keys are expected (--expect-env, or NODE_ENV=production). */
  expectEnv?: string;
  /** Other probes, to recognise another provider's key. */
  others: readonly Probe[];
  /**
   * The host the live call would go to. When it is another provider's own host
   * (OPENAI_BASE_URL pointing at Groq's OpenAI-compatible API, say), that
   * provider's key is right there: a note, not a block.
   */
  baseUrlHost?: string;
  /** The variable the value was read from (a probe's `opaqueVars` may hold any shape). */
  variable?: string;
}

const PLACEHOLDER = new RegExp(
  '^(?:' +
    [
      '(?:your|my|insert|enter|put|paste|add)[-_ ]?(?:[a-z]+[-_ ]?){0,3}(?:key|token|secret)(?:[-_ ]?here)?',
      '(?:api[-_ ]?)?(?:key|token|secret)[-_ ]?here',
      'x{3,}', '\\*{3,}', '\\.{3,}', '0{8,}',
      'changeme', 'change[-_]me', 'replace[-_]?me', 'todo', 'tbd', 'fixme', 'placeholder', 'dummy', 'example', 'test', 'secret',
      'null', 'undefined', 'none', 'nil', 'false', 'true',
      '<[^>]*>', '\\[[^\\]]*\\]', '\\{\\{[^}]*\\}\\}', '\\$\\{[^}]*\\}', '\\$[A-Z_][A-Z0-9_]*',
      '[a-z]{2,6}[-_](?:[a-z]+[-_])?(?:\\.{3}|…|x{3,}|\\*{3,})',
    ].join('|') +
    ')$',
  'i',
);

/** An error of the format step; its fix is the catalogue's (src/core/findings.ts) unless the case has its own. */
function err(code: FindingCode, message: string, fix?: string, category: Finding['category'] = 'malformed_key'): Finding {
  return { code, severity: 'error', message, fix: fix ?? findingInfo(code)?.fix ?? '', category };
}

export function checkFormat(raw: string, probe: Probe, opts: FormatOptions): FormatResult {
  const findings: Finding[] = [];
  let blocking = false;
  const block = (f: Finding) => {
    findings.push(f);
    blocking = true;
  };

  if (raw.length === 0) {
    block(err('format.empty', 'The value is empty.'));
    return { findings, blocking, sendable: raw };
  }

  // A document (a credential file's JSON): its whitespace and quotes are part of it; the probe reads its fields.
  const document = probe.keyFormats.find((f) => f.document && f.pattern.test(raw));
  if (document) {
    findings.push({ code: 'format.ok', severity: 'info', message: `Well-formed ${probe.name} ${document.description} (${raw.length} characters).` });
    return { findings, blocking, format: document, sendable: raw };
  }

  // Surrounding whitespace: reported, and trimmed for the live call so its answer still tells
  // whether the key itself works.
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  const value = raw.trim();
  if (lead || trail) {
    findings.push(err('format.whitespace', `The value has whitespace around it: ${surroundingWhitespace(raw)}.`));
  }
  if (value.length === 0) {
    block(err('format.empty', 'The value is only whitespace.', 'Set the variable to the key itself.'));
    return { findings, blocking, sendable: value };
  }

  // Curly quotes as \u escapes: the build keeps every bundle ASCII (scripts/build.mjs).
  const quote = /^(["'`\u2018\u2019\u201C\u201D]).*(["'`\u2018\u2019\u201C\u201D])$/s.exec(value);
  if (quote || /^["'`\u201C\u2018]/.test(value) || /["'`\u201D\u2019]$/.test(value)) {
    block(err('format.quotes', 'The value is wrapped in quote characters that became part of it.'));
  }

  if (/^(bearer|token|basic)\s+/i.test(value)) {
    block(err('format.auth_scheme', `The value starts with "${value.split(/\s/)[0]} ": an Authorization scheme was pasted with the key.`));
  }

  // Characters inside the value that cannot be part of any key.
  const bad: string[] = [];
  [...value].forEach((ch, i) => {
    if (/[\s]/.test(ch) || INVISIBLE[ch] || ch.charCodeAt(0) > 0x7e || ch.charCodeAt(0) < 0x20) {
      if (bad.length < 5) bad.push(`${describeCharacter(ch)} at position ${i + 1 + lead}`);
    }
  });
  if (bad.length && !findings.some((f) => f.code === 'format.auth_scheme')) {
    block(err('format.hidden_characters', `The value contains characters no key has: ${bad.join('; ')}.`));
  }

  const documented = opts.others.find((p) => p.examples?.includes(value));
  if (documented) {
    block(err('format.placeholder', `The value is ${documented.name}'s documented example key, not a real one.`, `Replace it with a real key from ${probe.docs}.`));
  } else if (PLACEHOLDER.test(value)) {
    block(err('format.placeholder', 'The value is a placeholder, not a key.', `Replace it with a real key from ${probe.docs}.`));
    return { findings, blocking, sendable: value };
  }

  const format = probe.keyFormats.find((f) => f.pattern.test(value));
  if (format?.unusable && !(opts.variable && format.usableIn?.includes(opts.variable))) {
    block(err('format.unusable_key_type', `This is ${withArticle(format.description)}: ${format.unusable}.`, format.fix ?? `Use an API key from ${probe.docs}.`));
  }

  if (!format && !blocking) {
    const claims = (p: Probe) => p.keyFormats.find((k) => isDistinctive(k) && k.pattern.test(value));
    const other = opts.others.find((p) => p.id !== probe.id && claims(p));
    if (other && opts.baseUrlHost && isOfficialHost(other, opts.baseUrlHost)) {
      findings.push({
        code: 'format.other_provider_key',
        severity: 'info',
        message: `This is ${withArticle(other.name)} ${claims(other)!.description}, sent to ${opts.baseUrlHost}, ${other.name}'s own host: the base URL in force points ${probe.name}'s client at ${other.name}.`,
      });
    } else if (other) {
      block(err('format.wrong_provider', `This is ${withArticle(other.name)} ${claims(other)!.description}, not ${withArticle(probe.name)} key.`,
        `Put the ${probe.name} key here (${probe.docs}); the ${other.name} key belongs in ${other.envVars[0] ?? 'its own variable'}.`, 'wrong_provider'));
    } else if (probe.keyFormats.length && !(opts.variable && probe.opaqueVars?.includes(opts.variable))) {
      findings.push({
        code: 'format.unrecognised',
        severity: 'warning',
        message: `The value (${value.length} characters) matches none of ${probe.name}'s known key formats (${probe.keyFormats.map((f) => f.description).join(', ')}); it may be truncated, or of a format newer than keydoctor knows: only the provider's answer to a live call can tell.`,
        fix: FINDINGS['format.unrecognised'].fix,
      });
    }
  }

  if (format?.environment === 'test' && opts.expectEnv === 'production') {
    findings.push(err('format.test_key_in_production', `This is ${withArticle(format.description)} where production expects a live key.`,
      `Use the live-mode key from ${probe.docs}.`, 'wrong_environment'));
  } else if (format?.environment === 'live' && opts.expectEnv && opts.expectEnv !== 'production') {
    findings.push({
      code: 'format.live_key_outside_production',
      severity: 'warning',
      message: `This is ${withArticle(format.description)} in ${withArticle(opts.expectEnv)} environment: real money and data.`,
      fix: FINDINGS['format.live_key_outside_production'].fix,
      category: 'wrong_environment',
    });
  }

  if (findings.length === 0 && format) {
    findings.push({ code: 'format.ok', severity: 'info', message: `Well-formed ${probe.name} ${format.description} (${value.length} characters).` });
  }
  return { findings, blocking, format, sendable: value };
}
