// --format junit: well-formed XML (a strict parser, not a regex), one test
// case per key and step, counts that add up, categories as failure types.
import { afterAll, describe, expect, it } from 'vitest';
import { closeDispatchers } from '../../src/net/client.js';
import { isKeyProblem, isLimited, type CheckResult } from '../../src/core/result.js';
import { renderJunit } from '../../src/render/junit.js';
import { ALL_FAKE_KEYS, nothingFound, offlineProject, recordedAnswers, replay, unreachable } from './results.js';
import { all, parseXml, type XmlElement } from './xml.js';

afterAll(() => closeDispatchers());

function junit(result: CheckResult) {
  const text = renderJunit(result);
  const root = parseXml(text);
  const suite = root.children.find((c) => c.name === 'testsuite')!;
  const cases = all(root, 'testcase');
  const outcome = (c: XmlElement) => c.children.find((x) => ['failure', 'error', 'skipped'].includes(x.name));
  const caseOf = (classname: string, name: string) => cases.find((c) => c.attrs.classname === classname && c.attrs.name === name)!;
  return { text, root, suite, cases, outcome, caseOf };
}

/** The counts the attributes claim must be the counts of the elements. */
function expectCountsAddUp(j: ReturnType<typeof junit>, keys: number) {
  const n = (kind: string) => j.cases.filter((c) => j.outcome(c)?.name === kind).length;
  const want = { tests: String(j.cases.length), failures: String(n('failure')), errors: String(n('error')), skipped: String(n('skipped')) };
  expect(j.root.name).toBe('testsuites');
  expect(j.root.attrs).toMatchObject(want);
  expect(j.suite.attrs).toMatchObject({ name: 'keydoctor', ...want });
  expect(j.cases).toHaveLength(keys * 5);
  for (const c of j.cases) expect(c.children.filter((x) => ['failure', 'error', 'skipped'].includes(x.name)).length).toBeLessThanOrEqual(1);
}

describe('renderJunit on every recorded answer', () => {
  for (const [probe, answer] of recordedAnswers()) {
    it(`${probe} ${answer}: well-formed, one case per step, counts add up, no key`, async () => {
      const { result, key } = await replay(probe, answer);
      const j = junit(result);
      expectCountsAddUp(j, 1);
      const k = result.keys[0]!;
      expect(j.cases.map((c) => `${c.attrs.classname} ${c.attrs.name}`)).toEqual(
        ['format', 'sources', 'live', 'classify', 'bundle'].map((s) => `${k.name}/${probe} ${s}`));
      const classify = j.outcome(j.caseOf(`${k.name}/${probe}`, 'classify'));
      if (k.category === 'ok' || isLimited(k)) expect(classify).toBeUndefined();
      else expect(classify).toMatchObject({ name: isKeyProblem(k) ? 'failure' : 'error', attrs: { type: k.category } });
      expect(j.text).not.toContain(key);
    });
  }
});

describe('renderJunit', () => {
  it('an invalid key: the classify case fails with the category as type and the provider\'s words', async () => {
    const { result } = await replay('openai', '401-invalid-api-key', { keyIn: '.env' });
    const j = junit(result);
    const failure = j.outcome(j.caseOf('OPENAI_API_KEY/openai', 'classify'))!;
    expect(failure.name).toBe('failure');
    expect(failure.attrs.type).toBe('invalid_key');
    expect(failure.attrs.message).toContain('Incorrect API key provided');
    expect(failure.text).toContain('fix: Copy the key again');
    expect(j.caseOf('OPENAI_API_KEY/openai', 'sources').children[0]!.text).toContain('value from .env:2');
    expect(j.caseOf('OPENAI_API_KEY/openai', 'live').children[0]!.text).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/v1\/models → 401 in \d+ ms, request id req_FAKE0002/);
  });

  it('an unreachable provider is an <error> (inconclusive), never a <failure>', async () => {
    const { result } = await unreachable();
    const j = junit(result);
    expectCountsAddUp(j, 1);
    expect(j.suite.attrs.failures).toBe('0');
    expect(j.outcome(j.caseOf('OPENAI_API_KEY/openai', 'live'))).toMatchObject({ name: 'error', attrs: { type: 'network_error' } });
    expect(j.outcome(j.caseOf('OPENAI_API_KEY/openai', 'classify'))).toMatchObject({ name: 'error', attrs: { type: 'network_error' } });
  });

  it('offline: live and classify are skipped with the reason', async () => {
    const { result } = await offlineProject('wellFormedTestKey');
    const j = junit(result);
    expectCountsAddUp(j, 1);
    expect(j.suite.attrs).toMatchObject({ failures: '0', errors: '0', skipped: '2' });
    expect(j.outcome(j.caseOf('STRIPE_SECRET_KEY/stripe', 'live'))).toMatchObject({ name: 'skipped', attrs: { message: '--offline' } });
  });

  it('malformed .env values fail the format case as malformed_key; a shadowed other value is reported in sources', async () => {
    const { result } = await offlineProject('paddedKeyShadowingAnother');
    const j = junit(result);
    expect(j.outcome(j.caseOf('OPENAI_API_KEY/openai', 'format'))).toMatchObject({ name: 'failure', attrs: { type: 'malformed_key' } });
    const sources = j.caseOf('OPENAI_API_KEY/openai', 'sources');
    expect(j.outcome(sources)).toBeUndefined();
    expect(sources.children.find((c) => c.name === 'system-out')!.text).toContain('warning trace.conflict: .env:1 sets OPENAI_API_KEY to another value');

    const broken = junit((await offlineProject('malformedDotenvLines')).result);
    expectCountsAddUp(broken, 3);
    expect(broken.cases.filter((c) => c.attrs.name === 'format').map((c) => [c.attrs.classname, broken.outcome(c)?.attrs.type]))
      .toEqual([['STRIPE_SECRET_KEY/stripe', 'malformed_key'], ['ANTHROPIC_API_KEY/anthropic', 'malformed_key'], ['GH_TOKEN/github', 'malformed_key']]);
  });

  it('every key problem shows as at least one <failure> of its key', async () => {
    for (const run of [await offlineProject('malformedDotenvLines'), await replay('stripe', '401-api-key-expired'), await replay('openai', '401-account-deactivated')]) {
      const j = junit(run.result);
      for (const k of run.result.keys.filter(isKeyProblem)) {
        expect(j.cases.some((c) => c.attrs.classname === `${k.name}/${k.provider}` && j.outcome(c)?.name === 'failure')).toBe(true);
      }
    }
  });

  it('markup is escaped and characters XML 1.0 forbids are removed', async () => {
    const message = 'Bad <key> & "quotes" \'too\' ]]> \u0000\u0001\u001b[31m\uFFFE\uD800 end';
    const { result } = await replay('openai', { status: 401, body: { error: { message, type: 'invalid_request_error', code: 'invalid_api_key' } } });
    const j = junit(result);
    const failure = j.outcome(j.caseOf('OPENAI_API_KEY/openai', 'classify'))!;
    expect(failure.attrs.message).toContain('Bad <key> & "quotes" \'too\' ]]> ');
    expect(failure.attrs.message).toContain('[31m');
    expect(failure.attrs.message).not.toMatch(/[\u0000-\u0008\u001b\uFFFE\uD800]/);
  });

  it('no key found: an empty suite that still parses, with the notice', async () => {
    const j = junit((await nothingFound()).result);
    expectCountsAddUp(j, 0);
    expect(j.suite.children.find((c) => c.name === 'system-out')!.text).toContain('No API key found');
  });

  it('never contains a fixture key', async () => {
    const texts = [renderJunit((await offlineProject('malformedDotenvLines')).result), renderJunit((await offlineProject('paddedKeyShadowingAnother')).result)];
    for (const t of texts) for (const key of ALL_FAKE_KEYS) expect(t).not.toContain(key);
  });
});

describe('the strict XML check used above', () => {
  const bad: [string, string][] = [
    ['an unclosed element', '<a><b></a>'],
    ['a mismatched end tag', '<a></b>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['< in an attribute', '<a x="<"/>'],
    ['a bare &', '<a>fish & chips</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a reference to a control character', '<a>&#1;</a>'],
    [']]> in text', '<a>]]></a>'],
    ['two roots', '<a/><b/>'],
    ['a declaration not first', ' <?xml version="1.0"?><a/>'],
  ];
  for (const [what, doc] of bad) it(`rejects ${what}`, () => expect(() => parseXml(doc)).toThrow());
  it('accepts a declaration, comments, references and CDATA', () => {
    const el = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a x="&quot;&#10;&#x41;"><![CDATA[<raw>]]>&amp;<b/></a>\n');
    expect(el).toMatchObject({ name: 'a', attrs: { x: '"\nA' }, text: '<raw>&' });
  });
});
