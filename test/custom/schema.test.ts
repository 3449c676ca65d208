// `providers:` in .keydoctor.yml: every mistake is one line with the file,
// the line and the field, and exit 2 (a UsageError), never a stack trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { project } from '../helpers/cli.js';
import { probesFor } from './helpers.js';

// Line numbers below refer to this text.
const GOOD = `providers:
  - id: billing-gateway
    envVars: [BILLING_API_KEY]
    keyFormat: '^bk_(live|test)_[A-Za-z0-9]{32}$'
    request: { method: GET, url: https://gateway.example.internal/v1/me, auth: 'Authorization: Bearer {key}' }
    identity: { account: '$.user.email' }
    classify:
      - when: { status: 401, bodyMatches: 'user (disabled|inactive)' }
        category: invalid_user
        fix: Re-enable the user in the gateway console.
`;

/** GOOD with one piece replaced (no `$'` surprises of String.replace). */
const sub = (from: string, to: string, text = GOOD) => text.split(from).join(to);
const load = (text: string) => probesFor(project({ '.keydoctor.yml': text }));

describe('a valid custom provider', () => {
  it('becomes a probe with its host as the only official host', async () => {
    const { probes } = await load(GOOD);
    const p = probes.find((x) => x.id === 'billing-gateway')!;
    expect(p).toMatchObject({
      name: 'billing-gateway', envVars: ['BILLING_API_KEY'], officialHosts: ['gateway.example.internal'],
      defaultBaseUrl: 'https://gateway.example.internal', origin: { kind: 'custom', trust: 'project', file: '.keydoctor.yml', line: 2 },
    });
    expect(p.keyFormats[0]!.pattern.test('bk_test_FAKEEXAMPLE0FAKEEXAMPLE0FAKEEXAM')).toBe(true);
  });

  it('comes after every built-in probe, so built-ins keep their variables', async () => {
    const { probes } = await load(GOOD);
    expect(probes[probes.length - 1]!.id).toBe('billing-gateway');
  });
});

describe('a pattern that would backtrack on another engine', () => {
  it('loads, with a notice naming file, line and field', async () => {
    const { probes, notices } = await load(sub("'user (disabled|inactive)'", "'(\\w+\\s?)+disabled'"));
    expect(probes.map((p) => p.id)).toContain('billing-gateway');
    expect(notices).toEqual([expect.stringMatching(/^\.keydoctor\.yml:8: providers\[0\]\.classify\[0\]\.when\.bodyMatches: a repeated group contains a repeat .*RE2 runs it in linear time here/)]);
  });
});

describe('a broken custom provider is one line naming file, line and field', () => {
  const cases: [string, string, RegExp][] = [
    ['an unknown field', sub('    envVars', '    retries: 3\n    envVars'), /^\.keydoctor\.yml:3: providers\[0\]\.retries: unknown field \(allowed: id, name, docs, envVars, keyFormat, request, identity, classify\)$/],
    ['a missing id', sub('  - id: billing-gateway\n    envVars', '  - envVars'), /^\.keydoctor\.yml:2: providers\[0\]\.id: is required/],
    ['an id that is not a slug', sub('id: billing-gateway', 'id: Billing Gateway'), /:2: providers\[0\]\.id: must be lower-case/],
    ['an id of a built-in', sub('id: billing-gateway', 'id: stripe'), /:2: providers\[0\]\.id: "stripe" is already the built-in Stripe probe/],
    ['a variable of a built-in', sub('[BILLING_API_KEY]', '[BILLING_API_KEY, GITHUB_TOKEN]'), /:3: providers\[0\]\.envVars\[1\]: GITHUB_TOKEN already belongs to the built-in GitHub probe/],
    ['a bad regex', sub("'^bk_(live|test)_[A-Za-z0-9]{32}$'", "'^bk_(live|test_[A-Za-z0-9]{32}$'"), /:4: providers\[0\]\.keyFormat: the pattern is refused: not a valid regular expression/],
    ['a key format that does not match the whole key', sub("'^bk_(live|test)_[A-Za-z0-9]{32}$'", "'bk_'"), /:4: providers\[0\]\.keyFormat: the pattern is refused: must match the whole key: start with \^ and end with \$/],
    ['a lookahead, which RE2 cannot run', sub("'user (disabled|inactive)'", "'(?!user )disabled'"), /^\.keydoctor\.yml:8: providers\[0\]\.classify\[0\]\.when\.bodyMatches: the pattern is refused: RE2 cannot run it .*no lookaround/],
    ['a backreference, which RE2 cannot run', sub("'^bk_(live|test)_[A-Za-z0-9]{32}$'", "'^(bk)_[a-z]+_\\1$'"), /^\.keydoctor\.yml:4: providers\[0\]\.keyFormat: the pattern is refused: RE2 cannot run it .*no backreferences/],
    ['an unknown category', sub('category: invalid_user', 'category: invalid_usr'), /:9: providers\[0\]\.classify\[0\]\.category: must be one of ok, malformed_key, .*, unknown$/],
    ['a rule without a fix', sub('        fix: Re-enable the user in the gateway console.\n', ''), /:8: providers\[0\]\.classify\[0\]\.fix: is required/],
    ['a rule with no condition', sub("when: { status: 401, bodyMatches: 'user (disabled|inactive)' }", 'when: {}'), /:8: providers\[0\]\.classify\[0\]\.when: is required/],
    ['an impossible status', sub('status: 401', 'status: 4010'), /:8: providers\[0\]\.classify\[0\]\.when\.status: must be an HTTP status/],
    ['plain http to a remote host', sub('https://gateway', 'http://gateway'), /:5: providers\[0\]\.request\.url: is plain http to gateway\.example\.internal: the key would cross the network unencrypted/],
    ['a key in the URL', sub('url: https://gateway.example.internal/v1/me', "url: 'https://gateway.example.internal/v1/me?key={key}'"), /:5: providers\[0\]\.request\.url: cannot contain \{key\}/],
    ['an auth without {key}', sub('Bearer {key}', 'Bearer'), /:5: providers\[0\]\.request\.auth: the value must contain \{key\}/],
    ['an auth that is not a header', sub("'Authorization: Bearer {key}'", "'Bearer {key}'"), /:5: providers\[0\]\.request\.auth: must be 'Header-Name: value with \{key\}'/],
    ['a Host header', sub("auth: 'Authorization: Bearer {key}' }", "auth: 'Authorization: Bearer {key}', headers: { Host: evil.example.com } }"), /:5: providers\[0\]\.request\.headers\.Host: is not a header keydoctor may set/],
    ['a DELETE', sub('method: GET', 'method: DELETE'), /:5: providers\[0\]\.request\.method: must be GET or POST/],
    ['a bad identity path', sub("'$.user.email'", "'user.email'"), /:6: providers\[0\]\.identity\.account: must be a JSON path like/],
    ['two providers with one id', GOOD + sub('BILLING_API_KEY', 'OTHER_KEY', sub('providers:\n', '')), /:11: providers\[1\]\.id: "billing-gateway" is already the provider at \.keydoctor\.yml:2/],
    ['two providers sharing a variable', GOOD + sub('id: billing-gateway', 'id: other', sub('providers:\n', '')), /:12: providers\[1\]\.envVars\[0\]: BILLING_API_KEY already belongs to the custom provider billing-gateway/],
    ['a provider that is not a mapping', 'providers:\n  - billing-gateway\n', /:2: providers\[0\]: must be a mapping/],
  ];
  it.each(cases)('%s', async (_name, text, message) => {
    const err = await load(text).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('any value under providers:', () => {
  it('is loaded or refused with a UsageError, never another exception', async () => {
    const { CATEGORIES } = await import('../../src/core/types.js');
    const { loadCustomProbes } = await import('../../src/custom/load.js');
    const { emptyProject } = await import('../helpers/cli.js');
    const cwd = emptyProject();
    const some = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.anything());
    const provider = fc.record({
      id: some(fc.constantFrom('gw', 'openai', 'Bad Id')),
      envVars: some(fc.array(fc.constantFrom('GW_KEY', 'OPENAI_API_KEY', '1BAD'))),
      keyFormat: some(fc.constantFrom('^gw_[a-z]{8}$', '(a+)+', '[')),
      request: some(fc.record({
        method: some(fc.constantFrom('GET', 'POST', 'DELETE')),
        url: some(fc.oneof(fc.webUrl(), fc.constantFrom('http://127.0.0.1:1/x', 'http://gw.example.com/x'))),
        auth: some(fc.constantFrom('X-Key: {key}', 'Authorization: Bearer {key}', 'nope', 'Host: {key}')),
        headers: some(fc.dictionary(fc.string(), fc.string())),
      }, { requiredKeys: [] })),
      identity: some(fc.dictionary(fc.string(), some(fc.constantFrom('$.a.b', '$.a[0]', 'header:x-id', 'x')))),
      classify: some(fc.array(fc.record({
        when: some(fc.record({ status: some(fc.integer()), bodyMatches: some(fc.string()), header: some(fc.dictionary(fc.string(), fc.string())) }, { requiredKeys: [] })),
        category: some(fc.constantFrom(...CATEGORIES, 'nope')),
        fix: some(fc.string()),
      }, { requiredKeys: [] }))),
    }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(fc.array(some(provider), { maxLength: 3 }), async (providers) => {
      try {
        await loadCustomProbes({ file: '.keydoctor.yml', keys: [], providers }, { trustProjectConfig: false, env: {}, cwd });
      } catch (err) {
        expect(err).toBeInstanceOf(UsageError);
      }
    }), { numRuns: 300 });
  });
});
