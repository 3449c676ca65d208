// --format github: workflow commands on the line where the failing key is
// defined, escaped as actions/toolkit escapes them, capped as GitHub caps
// them, and a step summary that says what the annotations left out.
import { afterAll, describe, expect, it } from 'vitest';
import { closeDispatchers } from '../../src/net/client.js';
import { escapeData, escapeProperty, renderGithub } from '../../src/render/github.js';
import { FAKE } from '../helpers/keys.js';
import { ALL_FAKE_KEYS, nothingFound, offline, offlineProject, refusedBaseUrl, replay, unreachable } from './results.js';

afterAll(() => closeDispatchers());

/** One workflow command: `::level props::message`, props unescaped into a record. */
function parse(line: string) {
  const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props: Record<string, string> = {};
  for (const p of (m[2] ?? '').split(',').filter(Boolean)) {
    const [k, v] = p.split('=') as [string, string];
    props[k] = decodeURIComponent(v);
  }
  return { level: m[1]!, props, message: decodeURIComponent(m[3]!) };
}
const commands = (text: string) => text.split('\n').filter(Boolean).map(parse);

describe('renderGithub annotations', () => {
  it('an invalid key defined in .env is an error on that file and line, with the provider\'s words and the fix', async () => {
    const { result } = await replay('openai', '401-invalid-api-key', { keyIn: '.env' });
    const [a, ...rest] = commands(renderGithub(result).commands);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ level: 'error', props: { file: '.env', line: '2', title: 'OPENAI_API_KEY (OpenAI): invalid_key' } });
    expect(a!.message.split('\n')).toEqual([
      'The provider does not recognise this key.',
      expect.stringMatching(/^OpenAI said: "Incorrect API key provided: .*" \(invalid_api_key\)$/),
      expect.stringMatching(/^Fix: Edit OPENAI_API_KEY at \.env:2, the definition this run loads\. Copy the key again/),
    ]);
  });

  it('a key from the process environment is annotated without file=', async () => {
    const { result } = await replay('stripe', '401-api-key-expired');
    const [a] = commands(renderGithub(result).commands);
    expect(a!.level).toBe('error');
    expect(a!.props).toEqual({ title: 'STRIPE_SECRET_KEY (Stripe): revoked_or_expired' });
  });

  it('a malformed value is an error where it is defined; another value shadowed in .env is a warning on its line', async () => {
    const { result } = await offlineProject('paddedKeyShadowingAnother');
    expect(commands(renderGithub(result).commands)).toEqual([
      { level: 'error', props: { file: '.env.local', line: '2', title: 'OPENAI_API_KEY (OpenAI): malformed_key' }, message: expect.stringContaining('whitespace around it') },
      { level: 'warning', props: { file: '.env', line: '1', title: 'OPENAI_API_KEY: trace.conflict' }, message: expect.stringContaining('.env:1 sets OPENAI_API_KEY to another value') },
    ]);
  });

  it('one error per key problem, in the order found; lines dotenv skips are warnings on their own line', async () => {
    const { result } = await offlineProject('malformedDotenvLines');
    expect(commands(renderGithub(result).commands).map((a) => `${a.level} ${a.props.file}:${a.props.line} ${a.props.title}`)).toEqual([
      'error .env:2 STRIPE_SECRET_KEY (Stripe): malformed_key',
      'error .env:4 ANTHROPIC_API_KEY (Anthropic): malformed_key',
      'error .env:6 GH_TOKEN (GitHub): malformed_key',
      'warning .env:1 trace.malformed',
      'warning .env:3 trace.malformed',
    ]);
  });

  it('an empty key in .env is one error on its line, which also says what the trace saw (not two errors for one problem)', async () => {
    const { result } = await offlineProject('emptyKeyInDotenv');
    const all = commands(renderGithub(result).commands);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ level: 'error', props: { file: '.env', line: '1', title: 'SENDGRID_API_KEY (SendGrid): malformed_key' } });
    expect(all[0]!.message.split('\n').slice(0, 2)).toEqual([
      'The value is empty.',
      expect.stringMatching(/^\.env:1 sets SENDGRID_API_KEY to an empty value/),
    ]);
  });

  it('an unreachable provider is a warning (not judged), never an error', async () => {
    const { result } = await unreachable();
    const all = commands(renderGithub(result).commands);
    expect(all.map((a) => a.level)).toEqual(['warning', 'notice']);
    expect(all[1]!.message).toMatch(/^No provider could be reached: 127\.0\.0\.1:\d+: the connection was refused \(ECONNREFUSED\)/);
    expect(all[0]!.props.title).toBe('OPENAI_API_KEY (OpenAI): not checked (network)');
  });

  it('a call refused by the trust rule is a warning (not checked, exit 3), naming the setting and the way out', async () => {
    const { result } = await refusedBaseUrl();
    expect(result.exitCode).toBe(3);
    const [a] = commands(renderGithub(result).commands);
    expect(a).toMatchObject({ level: 'warning', props: { title: 'OPENAI_API_KEY (OpenAI): not sent (trust rule)' } });
    expect(a!.message).toMatch(/^Not sent: OPENAI_BASE_URL \(\.env:1\) points OpenAI at 127\.0\.0\.1:9/);
    expect(a!.message).toContain('--trust-project-config');
  });

  it('a working key gets no annotation; nothing found is a notice', async () => {
    expect(renderGithub((await replay('github', '200-user')).result).commands).toBe('');
    expect(commands(renderGithub((await nothingFound()).result).commands).map((a) => a.level)).toEqual(['notice', 'notice']);
  });

  it('a provider message cannot inject a workflow command or control characters', async () => {
    const message = 'Bad key 100%\r\n::error file=x.js,line=1::injected, yes: really\u001b[2K\u0000';
    const { result } = await replay('openai', { status: 401, body: { error: { message, type: 'invalid_request_error', code: 'invalid_api_key' } } });
    const text = renderGithub(result).commands;
    expect(text.split('\n').filter(Boolean)).toHaveLength(1);
    expect(text).toContain('Bad key 100%25%0D%0A::error file=x.js,line=1::injected, yes: really[2K"');
    expect(text).not.toMatch(/[\u0000\u001b\r]/);
  });

  it('an error with a line of its own (a hard-coded key) is annotated on that line, apart from the key', async () => {
    const { result } = await replay('openai', '200-models-list');
    result.keys[0]!.steps[1]!.findings.push({
      code: 'trace.hardcoded', severity: 'error', message: 'src/client.ts:12 hard-codes the value of OPENAI_API_KEY.',
      fix: 'Read OPENAI_API_KEY from the environment instead, and rotate the key.', location: { file: 'src/client.ts', line: 12 },
    });
    expect(commands(renderGithub(result).commands)).toEqual([
      { level: 'error', props: { file: 'src/client.ts', line: '12', title: 'OPENAI_API_KEY: trace.hardcoded' }, message: expect.stringMatching(/^src\/client\.ts:12 hard-codes .*\nFix: Read/) },
    ]);
  });

  it('escapes as actions/toolkit does: % CR LF in data, and : , in properties', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab%3A c%2C d');
  });

  it('a file name with , and : is escaped in file=', async () => {
    const { result } = await offlineProject('malformedDotenvLines');
    result.keys[0]!.source = { kind: 'dotenv', file: 'deploy/a,b:c.env', line: 3 };
    expect(renderGithub(result).commands.split('\n')[0]).toMatch(/^::error file=deploy\/a%2Cb%3Ac\.env,line=3,title=/);
  });
});

describe('renderGithub caps', () => {
  // 12 variables, each padded in .env.local and defined differently in .env:
  // 12 errors and 12 conflict warnings.
  const names = Array.from({ length: 12 }, (_, i) => `KEY_${String(i + 1).padStart(2, '0')}`);
  const many = () => offline({
    'package.json': '{ "dependencies": { "next": "15.0.0" } }\n',
    '.env.local': names.map((n) => `${n}=" ${FAKE.openaiProject}"`).join('\n') + '\n',
    '.env': names.map((n) => `${n}=${FAKE.openaiUser}`).join('\n') + '\n',
  }, names, { provider: 'openai' });

  it('keeps 10 errors and 10 warnings, errors first, and the summary counts the rest', async () => {
    const { result } = await many();
    const out = renderGithub(result);
    const levels = commands(out.commands).map((a) => a.level);
    expect(levels).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning')]);
    expect(out.summary).toContain('2 errors, 2 warnings left out of the annotations');
    // The summary still lists all of them.
    expect(out.summary.match(/^\| ❌ \|/gm)).toHaveLength(12);
    expect(out.summary.match(/`trace\.conflict`/g)).toHaveLength(12);
  });

  it('maxAnnotations lowers the cap', async () => {
    const out = renderGithub((await many()).result, { maxAnnotations: 3 });
    expect(commands(out.commands)).toHaveLength(6);
    expect(out.summary).toContain('9 errors, 9 warnings left out');
  });
});

describe('renderGithub step summary', () => {
  it('a table of keys: variable, provider, category, verdict, source, short fix', async () => {
    const { result } = await replay('openai', '401-invalid-api-key', { keyIn: '.env' });
    const { summary } = renderGithub(result);
    expect(summary.split('\n').slice(0, 6)).toEqual([
      '## keydoctor: 1 key has a problem',
      '',
      '| | Variable | Provider | Category | Verdict | Source | Fix |',
      '|---|---|---|---|---|---|---|',
      expect.stringMatching(/^\| ❌ \| `OPENAI_API_KEY` \| OpenAI \| `invalid_key` \| invalid \| \.env:2 \| Edit OPENAI_API_KEY at \.env:2, the definition this run loads\. \|$/),
      '',
    ]);
  });

  it('a working key and an offline check read as such', async () => {
    expect(renderGithub((await replay('openai', '200-models-list')).result).summary).toMatch(/^## keydoctor: all 1 key works\n[\s\S]*\| ✅ \| `OPENAI_API_KEY` \| OpenAI \| `ok` \| valid \|/);
    expect(renderGithub((await offlineProject('wellFormedTestKey')).result).summary).toMatch(/^## keydoctor: 1 key checked offline, no problem found\n/);
  });

  it('escapes Markdown and HTML from a provider, keeping every table row to its columns', async () => {
    const message = 'Bad <img src=x onerror=alert(1)> | *key* [link](http://x) ~~gone~~';
    const { result } = await replay('openai', { status: 401, body: { error: { message, type: 'invalid_request_error', code: 'invalid_api_key' } } });
    result.keys[0]!.fixes = ['Use a | pipe and `code | span` and <b>html</b>'];
    const { summary } = renderGithub(result);
    expect(summary).not.toMatch(/<img|<b>/);
    expect(summary).toContain('&lt;img src=x onerror=alert(1)&gt; \\| \\*key\\* \\[link\\](http://x) \\~\\~gone\\~\\~');
    const row = summary.split('\n').find((l) => l.startsWith('| ❌'))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
  });

  it('never contains a fixture key, in commands or summary', async () => {
    const runs = [await offlineProject('malformedDotenvLines'), await offlineProject('paddedKeyShadowingAnother'), await replay('openai', '401-invalid-api-key', { keyIn: '.env' })];
    for (const { result } of runs) {
      const { commands: c, summary } = renderGithub(result);
      for (const key of ALL_FAKE_KEYS) expect(c + summary).not.toContain(key);
    }
  });
});
