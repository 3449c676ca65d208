// The output edge, property-based: every string slot of a check result, a
// trace, a comparison, an explanation and a report (names, file names,
// locations, notes, provider messages, identity, headers, notices, findings)
// is filled with escapes, workflow commands, C1, bidi controls, NUL and lone
// surrogates, and every renderer's output must stay inert: on a terminal no
// escape but keydoctor's colours, nowhere a C1 or raw CR, no line a workflow
// command but the github renderer's own (whose data is escaped), JSON faithful
// to the data with its printed text escaped, Markdown without raw HTML.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CheckResult } from '../../src/core/result.js';
import type { CompareResult } from '../../src/compare/types.js';
import type { ExplainResult } from '../../src/explain/types.js';
import type { EnvironmentInfo } from '../../src/report/environment.js';
import { buildReport } from '../../src/report/model.js';
import { renderComparePretty, renderCompareJson } from '../../src/render/compare.js';
import { renderExplainJson } from '../../src/render/explain-json.js';
import { renderExplainPretty } from '../../src/render/explain-pretty.js';
import { renderGithub } from '../../src/render/github.js';
import { renderJson } from '../../src/render/json.js';
import { renderJunit } from '../../src/render/junit.js';
import { renderPretty } from '../../src/render/pretty.js';
import { renderReportJson, renderReportMarkdown } from '../../src/render/report-markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { traceJson, renderTraceJson } from '../../src/render/trace-json.js';
import { renderTracePretty } from '../../src/render/trace-pretty.js';
import { block, dataText, guardText, markdownCode, oneLine, toJson } from '../../src/render/sanitize.js';
import type { TraceResult } from '../../src/trace/types.js';
import { parseXml } from '../render/xml.js';
import { RUNS } from './arbitraries.js';
import { ESCAPES, HOSTILE, expectSafeJson, expectSafeMarkdown, expectSafeText } from './output-safety.js';

// ---- hostile strings, planted in every slot ------------------------------------

const piece = fc.constantFrom(...Object.values(ESCAPES), HOSTILE);
const unit = fc.constantFrom(
  '\u001b', '[', ']', '\u0007', '\\', '\r', '\n', ':', '::', '#', '##[', '`', '<', '>', '|', '*', '_', '&', '~', ' ', 'a', '2J', 'm', ';',
  '\u009b', '\u009d', '\u009c', '\u0085', '\u007f', '\u0000', '\u202e', '\u2066', '\u2028', '\u2029', '%', ',', '=', '\ud800', '\udc00', '\t', '\u000b',
);
const hostile = fc.oneof(
  { weight: 2, arbitrary: piece },
  { weight: 3, arbitrary: fc.array(fc.oneof(piece, fc.string({ unit, maxLength: 16 })), { maxLength: 4 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
/** What each slot gets: a hostile string, in front of the original (to start a line) or after it. */
const plan = fc.array(fc.tuple(hostile, fc.boolean()), { minLength: 1, maxLength: 40 });

/** Fields whose values the renderers branch on (enumerations): kept, so every branch stays reachable. */
const ENUMS = new Set(['category', 'verdict', 'severity', 'step', 'status', 'blame', 'providerFrom', 'schemaVersion', 'generatedAt', 'failOn']);
/** Objects whose keys are data too. */
const DATA_KEYS = new Set(['identity', 'headers', 'proxy']);

/** A copy of `value` with each string slot (and the keys of data records) planted, round-robin from `slots`. */
function plant<T>(value: T, slots: [string, boolean][]): T {
  let i = 0;
  const next = (s: string) => {
    const [h, front] = slots[i++ % slots.length]!;
    return front ? h + s : s + h;
  };
  const walk = (v: unknown, key: string, parent: string): unknown => {
    if (typeof v === 'string') return ENUMS.has(key) || (key === 'name' && (parent === 'loader' || parent === 'tool')) ? v : next(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, key, parent));
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [DATA_KEYS.has(key) ? next(k) : k, walk(x, k, key)]));
    }
    return v;
  };
  return walk(value, '', '') as T;
}

// ---- results with every optional slot filled ----------------------------------------

const at = (file: string, line?: number) => ({ file, ...(line ? { line } : {}) });

function checkResult(): CheckResult {
  return {
    schemaVersion: 1,
    tool: { name: 'keydoctor', version: '0.1.0' },
    generatedAt: '2026-11-28T08:02:11.000Z',
    offline: false,
    failOn: 'error',
    exitCode: 1,
    notices: ['No provider could be reached: 127.0.0.1', 'a notice about the walk'],
    findings: [{ code: 'trace.malformed', severity: 'warning', message: 'compose file is not YAML', fix: 'fix it', location: at('docker-compose.yml', 3) }],
    keys: [
      {
        name: 'OPENAI_API_KEY', package: 'apps/web', provider: 'openai', providerName: 'OpenAI', category: 'invalid_key', verdict: 'invalid',
        fingerprint: 'sha256:cf7d12cb', redacted: 'sk-p…PLE0', length: 96, keyType: 'project key', mode: 'live',
        source: { kind: 'dotenv', file: '.env', line: 2 },
        summary: 'The provider does not recognise this key.', fixes: ['Copy the key again from `the console`.', 'Then run `keydoctor check`.'],
        live: {
          method: 'GET', url: 'https://api.openai.com/v1/models', status: 401, requestId: 'req_FAKE0001', latencyMs: 12,
          headers: { 'x-request-id': 'req_FAKE0001', date: 'Wed, 21 Oct 2015 07:28:00 GMT' }, providerMessage: 'Incorrect API key provided', providerCode: 'invalid_api_key',
          errorCode: 'ECONNRESET', bodyExcerpt: '{"error": {"message": "Incorrect API key provided"}}', startedAt: '2026-11-28T08:02:11.000Z',
        },
        classification: { rule: 'openai.invalid_api_key', evidence: ['status 401', 'code invalid_api_key'], providerCode: 'invalid_api_key', providerMessage: 'Incorrect API key provided' },
        identity: { account: 'acct', organization: 'org', scopes: ['read', 'write'], extra: 'x' },
        definitions: [
          { kind: 'dotenv', location: at('.env', 2), fingerprint: 'sha256:cf7d12cb', redacted: 'sk-p…PLE0', wins: true, note: 'wins in local' },
          { kind: 'compose', location: at('docker-compose.yml', 5), fingerprint: 'sha256:c90f37a8', redacted: 'sk-…EXAM', wins: false, note: 'wins in compose service web (docker-compose.yml)', reference: '${OPENAI_API_KEY}' },
          { kind: 'kubernetes-secret', location: at('k8s/secret.yml', 6), fingerprint: null, redacted: 'short', wins: false, note: 'Secret api-keys' },
        ],
        steps: [
          { step: 'format', status: 'pass', findings: [{ code: 'format.ok', severity: 'info', message: 'well-formed' }] },
          { step: 'sources', status: 'warn', findings: [
            { code: 'trace.conflict', severity: 'warning', message: 'docker-compose.yml:5 sets it to another value', fix: 'remove one', location: at('docker-compose.yml', 5) },
            { code: 'trace.hardcoded', severity: 'error', message: 'src/a.js:1 hard-codes it', fix: 'rotate it', location: at('src/a.js', 1) },
            { code: 'format.whitespace', severity: 'error', message: 'whitespace around it' },
          ] },
          { step: 'live', status: 'fail', findings: [{ code: 'live.custom_base_url', severity: 'info', message: 'sent to a custom base URL' }] },
          { step: 'classify', status: 'fail', findings: [{ code: 'classify.invalid_key', severity: 'error', category: 'invalid_key', message: 'invalid key' }] },
          { step: 'bundle', status: 'skipped', reason: 'not asked', findings: [] },
        ],
        sharedCall: ['apps/api: OPENAI_API_KEY'],
      },
      {
        name: 'GW_KEY', provider: 'gw', providerName: 'Gateway', category: 'network_error', verdict: 'indeterminate',
        fingerprint: null, redacted: 'gw-…1234', length: 27, source: { kind: 'process', file: 'process environment' },
        summary: 'The provider could not be reached.', fixes: ['Check the network.'],
        definitions: [], steps: [{ step: 'live', status: 'error', findings: [{ code: 'live.network', severity: 'error', message: 'ECONNREFUSED' }] }],
      },
    ],
  } as CheckResult;
}

function traceResult(): TraceResult {
  const finding = { code: 'trace.conflict', severity: 'warning' as const, message: '.env.local:1 sets it to another value', fix: 'remove one', location: at('.env.local', 1) };
  return {
    variables: [{
      name: 'OPENAI_API_KEY',
      definitions: [
        { kind: 'dotenv', file: '.env', line: 2, fingerprint: 'sha256:cf7d12cb', redacted: 'sk-p…PLE0', wins: true, context: 'local', note: 'wins in local' },
        { kind: 'compose', file: 'docker-compose.yml', line: 5, fingerprint: null, redacted: '(reference)', wins: true, context: 'compose service web', note: 'wins in compose service web', reference: '${OPENAI_API_KEY}' },
        { kind: 'kubernetes-secret', file: 'k8s/secret.yml', fingerprint: 'sha256:c90f37a8', redacted: 'sk-…EXAM', wins: false, note: 'Secret api-keys' },
      ],
      findings: [finding, { code: 'trace.hardcoded', severity: 'error', message: 'src/a.js:1 hard-codes it', fix: 'rotate', location: at('src/a.js', 1) }],
      contexts: [{ context: 'compose service web (docker-compose.yml)', rule: 'Compose: environment: > env_file:', defs: [1] }],
    }],
    loader: { name: 'dotenv', reason: 'no package.json', order: ['.env.local', '.env'] },
    mode: 'development',
    findings: [{ ...finding, code: 'trace.malformed', severity: 'info' }],
    stats: { files: 6, directories: 2, ignored: 0, binary: 0, tooLarge: 0 },
    settings: [],
    manifests: new Map(),
    files: ['.env'],
    recursive: true,
  };
}

function explainResult(): ExplainResult {
  return {
    schemaVersion: 1, tool: { name: 'keydoctor', version: '0.1.0' }, category: 'invalid_key', verdict: 'invalid',
    provider: 'openai', providerName: 'OpenAI', providerFrom: 'text', recognisedBy: ['sk- prefix', 'error envelope'],
    summary: 'The provider does not recognise this key.', evidence: ['status 401', 'code invalid_api_key'], fixes: ['Copy the key again.', 'Run `keydoctor check`.'],
    rule: 'openai.invalid_api_key', ruleSource: 'probe', status: 401, networkCode: 'ECONNRESET', providerCode: 'invalid_api_key', providerMessage: 'Incorrect API key provided',
    keysSeen: [{ redacted: 'sk-p…PLE0', fingerprint: 'sha256:cf7d12cb', provider: 'openai' }], notices: ['the input was cut at 1 MiB'], exitCode: 1,
  } as ExplainResult;
}

function compareResult(): CompareResult {
  const key = checkResult().keys[0]!;
  const side = (category: CompareResult['old']['category']) => ({
    category, verdict: key.verdict, fingerprint: key.fingerprint, redacted: key.redacted, length: key.length, keyType: key.keyType, mode: key.mode,
    source: key.source, live: key.live, classification: key.classification, identity: key.identity, summary: key.summary, fixes: key.fixes,
    liveSkipped: 'Not sent: a base URL from .env', findings: key.steps.flatMap((s) => s.findings),
  });
  return {
    schemaVersion: 1, tool: { name: 'keydoctor', version: '0.1.0' }, generatedAt: '2026-11-28T08:02:11.000Z',
    variable: 'OPENAI_API_KEY', provider: 'openai', providerName: 'OpenAI',
    old: side('invalid_key'), fresh: { ...side('ok'), live: undefined },
    conclusion: { code: 'old_fails_fresh_ok', blame: 'old_key', summary: 'The configured key is the problem.', differences: ['status 401 vs 200'], nextSteps: ['Replace it.', 'Revoke the old one.'] },
    exitCode: 1,
  } as CompareResult;
}

const ENVIRONMENT: EnvironmentInfo = {
  keydoctor: '0.1.0', node: 'v20.0.0', os: 'linux', ci: 'GitHub Actions',
  proxy: { HTTPS_PROXY: 'http://***@proxy.example.com:3128' }, nodeExtraCaCerts: false,
  dns: [{ host: 'api.openai.com', addresses: ['127.0.0.1'] }, { host: 'gw.example.com', addresses: [], error: 'ENOTFOUND' }],
};

/** JSON the renderer printed reads back as the data it was given (JSON drops undefined, as it always does). */
function expectFaithful(text: string, data: unknown): void {
  expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
}

/** Each line of the github renderer's commands is one annotation, its properties and data escaped as actions/toolkit escapes them. */
function expectOwnCommands(text: string): void {
  for (const line of text.split('\n').filter(Boolean)) {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
    expect(m, `not an annotation: ${JSON.stringify(line)}`).not.toBeNull();
    for (const prop of m![2]!.split(',')) expect(prop).toMatch(/^(?:file|line|col|title)=(?:[^%:,\r\n]|%(?:25|0D|0A|3A|2C))*$/);
    expect(m![3]).toMatch(/^(?:[^%\r\n]|%(?:25|0D|0A))*$/);
    // Once GitHub unescapes it, the message is still free of anything a log viewer would act on.
    const message = m![3]!.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    expect(message).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
}

// ---- the properties ------------------------------------------------------------

describe('every renderer, every string slot hostile', () => {
  it(`check: pretty, github, json, junit, sarif (${RUNS.pure} runs)`, () => {
    const base = checkResult();
    fc.assert(fc.property(plan, fc.boolean(), (slots, color) => {
      const r = plant(base, slots);
      expectSafeText(renderPretty(r, { color, verbose: true }), { label: 'pretty', color });
      expectSafeText(renderPretty(r, { color, verbose: false, quiet: true }), { label: 'pretty --quiet', color });
      const gh = renderGithub(r);
      expectSafeText(gh.commands, { label: 'github commands', annotations: true });
      expectOwnCommands(gh.commands);
      expectSafeMarkdown(gh.summary, 'github step summary', ['<sub>', '</sub>']);
      const json = renderJson(r);
      expectSafeJson(json, 'json');
      expectFaithful(json, r);
      const junit = renderJunit(r);
      expectSafeText(junit, { label: 'junit' });
      parseXml(junit);
      expectSafeJson(renderSarif(r), 'sarif');
    }), { numRuns: RUNS.pure });
  });

  it(`trace: pretty and json (${RUNS.pure} runs)`, () => {
    const base = traceResult();
    fc.assert(fc.property(plan, fc.boolean(), hostile, (slots, color, notice) => {
      const t = plant(base, slots);
      expectSafeText(renderTracePretty(t, { color, notices: [notice] }), { label: 'trace pretty', color });
      const json = renderTraceJson(t, 1, [notice]);
      expectSafeJson(json, 'trace json');
      expectFaithful(json, traceJson(t, 1, [notice]));
    }), { numRuns: RUNS.pure });
  });

  it(`compare and explain: pretty and json (${RUNS.pure} runs)`, () => {
    const cmp = compareResult();
    const exp = explainResult();
    fc.assert(fc.property(plan, fc.boolean(), (slots, color) => {
      const c = plant(cmp, slots);
      expectSafeText(renderComparePretty(c, { color }), { label: 'compare pretty', color });
      expectFaithful(expectSafeJsonText(renderCompareJson(c), 'compare json'), c);
      const e = plant(exp, slots);
      expectSafeText(renderExplainPretty(e, { color }), { label: 'explain pretty', color });
      expectFaithful(expectSafeJsonText(renderExplainJson(e), 'explain json'), e);
    }), { numRuns: RUNS.pure });
  });

  it(`report: Markdown and JSON (${RUNS.pure} runs)`, () => {
    const base = checkResult();
    fc.assert(fc.property(plan, (slots) => {
      const report = buildReport(plant(base, slots), plant(ENVIRONMENT, slots));
      expectSafeMarkdown(renderReportMarkdown(report), 'report md');
      const json = renderReportJson(report);
      expectSafeJson(json, 'report json');
      expectFaithful(json, report);
    }), { numRuns: RUNS.pure });
  });
});

function expectSafeJsonText(text: string, label: string): string {
  expectSafeJson(text, label);
  return text;
}

describe('the sanitiser', () => {
  it('removes whole sequences on a terminal and shows a line break as ␊', () => {
    expect(oneLine(`a${ESCAPES.clearScreen}b${ESCAPES.osc8Link}c${ESCAPES.oscTitleSt}d\u009b31me\r\n::error::x\tf`)).toBe('abclickcde␊::error::x f');
    expect(oneLine('\u202eevil\u202c \ud800 a\u0000b\u007fc\u2066d\u2069')).toBe('evil  abcd');
    // An unterminated string sequence loses its introducer; the rest is inert text.
    expect(oneLine('\u001b]8;;http://x')).toBe('8;;http://x');
    expect(block('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
  });

  it('drops control characters one by one where the format escapes line breaks itself', () => {
    expect(dataText('really\u001b[2K\u0000\r\n\u009b1m\u202e')).toBe('really[2K\r\n1m');
  });

  it('a terminal text keeps keydoctor\'s colours and newlines, nothing else; no line becomes a workflow command', () => {
    const text = '\u001b[31mred\u001b[39m\n\u001b[2J  ::error::x\n\u001b[2m::warning::y\u001b[22m\nz ##[error]w\r\n\tq\u0085r';
    expect(guardText(text, 'terminal')).toBe('\u001b[31mred\u001b[39m\n  : :error::x\n\u001b[2m: :warning::y\u001b[22m\nz # #[error]w\n q␊r');
    expect(guardText(guardText(text, 'terminal'), 'terminal')).toBe(guardText(text, 'terminal'));
  });

  it('github text keeps its own annotations as they are and breaks any other command', () => {
    const text = '::error file=a,title=b::c ##[x]\n  ::warning::y\nplain ##[z]\n';
    expect(guardText(text, 'github')).toBe('::error file=a,title=b::c ##[x]\n  : :warning::y\nplain # #[z]\n');
  });

  it('JSON keeps the data and escapes the printed text', () => {
    const value = { s: 'a\u009b31m\u2028\u202e##[error]\u001b[2J\ud800' };
    const text = toJson(value);
    expect(text).toContain('"a\\u009b31m\\u2028\\u202e#\\u0023[error]\\u001b[2J\\ud800"');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('XML and Markdown break a would-be command with a reference or a backslash', () => {
    expect(guardText('<a>\n::error::x ##[y]\r\u0085</a>', 'xml')).toBe('<a>\n&#58;:error::x #&#35;[y]&#13;&#133;</a>');
    expect(guardText('> a\n::error::x ##[y]\n', 'markdown')).toBe('> a\n\\::error::x #\\#[y]\n');
  });

  it('a code span is fenced by more backticks than its text holds', () => {
    expect(markdownCode('a`b')).toBe('`` a`b ``');
    expect(markdownCode('x|y')).toBe('`x\\|y`');
    expect(markdownCode('x|y', false)).toBe('`x|y`');
  });
});
