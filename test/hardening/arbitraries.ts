// Random and adversarial input for the property suites: text of every kind
// (unicode, control characters, invalid UTF-8 decoded as the network layer
// decodes it, megabytes), dotenv and YAML shaped text, and provider answers.
import fc from 'fast-check';
import yaml from 'js-yaml';
import type { Answer, KeyPattern } from '../../src/probes/types.js';
import { parseJson } from '../../src/net/body.js';

/** Runs per property (PROMISES.md quotes these): pure functions, one per provider, one file on disk per run. */
export const RUNS = { pure: 300, perProbe: 150, file: 150 } as const;

/** Bytes that are often not UTF-8, decoded the way src/net decodes a body (replacement characters). */
export const invalidUtf8 = fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b).toString('utf8'));

/** Text of every kind: unicode, controls, invalid UTF-8, and now and then something large. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('\0', '\r', '\n', '\t', '\u200b', '\ufeff', '"', "'", '`', '\\', '$', '{', '}', '#', '=', ':', '-', '&', '*', '!', '|', '>', '[', ']', ' ', 'a', 'Z', '0'), maxLength: 200 }) },
  { weight: 2, arbitrary: invalidUtf8 },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'é', '\u{1F511}', '<', '{'), fc.integer({ min: 10_000, max: 300_000 })).map(([c, n]) => c.repeat(n)) },
);

const name = fc.oneof(
  fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,20}$/),
  fc.constantFrom('OPENAI_API_KEY', 'GITHUB_TOKEN', 'STRIPE_SECRET_KEY', 'KEYDOCTOR_OPENAI_BASE_URL', 'OPENAI_BASE_URL', 'NODE_ENV', 'export', '__proto__', 'constructor'),
);
const value = fc.oneof(fc.string({ maxLength: 60 }), invalidUtf8, fc.constantFrom('sk-proj-FAKE', '"unterminated', "'x'", '"a\\nb"', '${OTHER}', '`cmd`', ' spaced ', '#notcomment'));

/** dotenv-shaped text: assignments in every style, comments, multiline quotes, garbage; any line ending. */
export const dotenvText = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.tuple(name, value).map(([n, v]) => `${n}=${v}`),
        fc.tuple(name, value).map(([n, v]) => `export ${n}="${v}"`),
        fc.tuple(name, value).map(([n, v]) => `${n}: '${v}'`),
        fc.tuple(name, value).map(([n, v]) => `  ${n} = ${v} # trailing comment`),
        fc.tuple(name, value, value).map(([n, a, b]) => `${n}="${a}\n${b}"`),
        fc.constantFrom('# comment', '', '=novalue', 'JUST_A_NAME', '\ufeffBOM_FIRST=1', 'A=\0B'),
        anyText,
      ),
      { maxLength: 30 },
    ),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([lines, eol]) => lines.join(eol));

/** YAML-shaped text: real YAML of random data, config-like documents with wrong types, raw text. */
export const yamlText = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => safeDump(v)),
  fc
    .record({
      keys: fc.oneof(fc.array(fc.oneof(fc.record({ env: fc.oneof(name, fc.integer(), fc.constant(null)), provider: fc.oneof(fc.string(), fc.integer()), expect: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }), name, fc.integer()), { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })),
      failOn: fc.oneof(fc.constantFrom('error', 'warning', 'never'), fc.jsonValue({ maxDepth: 1 })),
      timeout: fc.oneof(fc.integer({ min: -10, max: 1_000_000 }), fc.double(), fc.string()),
      providers: fc.jsonValue({ maxDepth: 3 }),
      plugins: fc.jsonValue({ maxDepth: 2 }),
      extra: fc.jsonValue({ maxDepth: 1 }),
    }, { requiredKeys: [] })
    .map((v) => safeDump(v)),
  anyText,
  fc.constantFrom(...ADVERSARIAL_YAML()),
);

function safeDump(v: unknown): string {
  try {
    return yaml.dump(v, { lineWidth: -1, noRefs: false });
  } catch {
    return String(v);
  }
}

/** Known ways to hurt a YAML loader. */
export function ADVERSARIAL_YAML(): string[] {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    laughs.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return [
    `keys: *j\n${laughs.join('\n')}\n`, // billion laughs, used where a list is expected
    `${laughs.join('\n')}\nkeys:\n  - env: A\n    expect: *j\n`,
    `providers: *j\n${laughs.join('\n')}\n`,
    '['.repeat(5000) + ']'.repeat(5000),
    'keys:\n' + '  - '.repeat(1) + '{a: '.repeat(3000) + '1' + '}'.repeat(3000),
    'a: &a [*a]\n',
    'keys: !!js/function "function(){}"\n',
    'keys: !!binary aGVsbG8=\n',
    'keys:\n  - env: A\nkeys: []\n', // duplicate key
    `timeout: ${'9'.repeat(400)}\n`,
    `keys:\n  - env: ${'A'.repeat(200_000)}\n`,
    '<<: {keys: [{env: A}]}\n',
    'keys: [{env: A, provider: openai, expect: {scopes: [1, 2]}}]\n',
    '\ufeffkeys: []\n',
    '---\nkeys: []\n---\nkeys: [x]\n',
    '%YAML 9.9\n---\nkeys: []\n',
    'keys:\n\t- env: A\n',
  ];
}

const errorEnvelope = fc.oneof(
  fc.record({ error: fc.record({ code: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), message: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 1 })), type: fc.string() }, { requiredKeys: [] }) }),
  fc.record({ error: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 })), ok: fc.oneof(fc.boolean(), fc.string()) }, { requiredKeys: [] }),
  fc.record({ errors: fc.oneof(fc.array(fc.record({ message: fc.string(), code: fc.oneof(fc.string(), fc.integer()), type: fc.string() }, { requiredKeys: [] }), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })) }),
  fc.record({ message: fc.string(), detail: fc.jsonValue({ maxDepth: 2 }), code: fc.jsonValue({ maxDepth: 1 }), msg: fc.string(), status: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }),
  fc.constantFrom(
    { ok: false, error: 'invalid_auth' },
    { error: { code: 'invalid_api_key', message: 'Incorrect API key provided' } },
    { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } },
    { message: 'Bad credentials', documentation_url: 'https://docs.github.com' },
    { error: { code: 401, message: 'API key not valid', status: 'UNAUTHENTICATED', details: [{ reason: 'API_KEY_INVALID' }] } },
  ),
  fc.jsonValue({ maxDepth: 5 }),
);

const headerName = fc.oneof(
  fc.constantFrom('content-type', 'retry-after', 'location', 'www-authenticate', 'x-oauth-scopes', 'x-accepted-oauth-scopes', 'x-ratelimit-remaining', 'x-request-id', 'request-id', 'x-github-sso', 'openai-organization', 'anthropic-organization-id', 'x-slack-req-id', 'server', 'cf-ray'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
);

/** Any answer a server could give: any status, random headers, bodies of every shape and size. */
export const anyAnswer: fc.Arbitrary<Answer> = fc
  .record({
    status: fc.integer({ min: 100, max: 599 }),
    headers: fc.dictionary(headerName, fc.oneof(fc.string({ maxLength: 100 }), fc.constantFrom('application/json', 'text/html; charset=utf-8', '0', '-1', 'Wed, 21 Oct 2015 07:28:00 GMT', 'repo, read:org')), { maxKeys: 6 }),
    body: fc.oneof(
      { weight: 4, arbitrary: errorEnvelope.map((j) => JSON.stringify(j)) },
      { weight: 2, arbitrary: anyText },
      { weight: 1, arbitrary: fc.constantFrom('<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>', '<?xml version="1.0"?><ErrorResponse><Error><Code>InvalidClientTokenId</Code></Error></ErrorResponse>', '{"data": [', '') },
    ),
  })
  .map(({ status, headers, body }) => ({ status, headers, text: body, json: parseJson(body) }));

/** Strings matching `pattern`, or none when fast-check cannot build them (lookarounds). */
export function matching(pattern: KeyPattern): fc.Arbitrary<string>[] {
  // A built-in's RegExp; a custom provider's pattern (RE2, no RegExp) gives none.
  if (!(pattern instanceof RegExp)) return [];
  try {
    return [fc.stringMatching(pattern)];
  } catch {
    return [];
  }
}
