// keydoctor explain --cwd DIR: the pasted error read beside the project that raised it. The project's value may explain
// an "invalid key" (a trailing space, the echoed key being another definition than the one loaded); nothing of a value
// is ever shown whole, nothing is sent, nothing of the project is changed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { couldBe, echoParts } from '../../src/explain/echo-parts.js';
import { canary } from '../helpers/keys.js';
import { runExplain } from './run.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keydoctor-explain-project-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"app"}\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** OpenAI's answer to a key, echoed as OpenAI masks it: its first 8 characters and its last 4. */
const openaiEcho = (key: string) => `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key.slice(0, 8)}${'*'.repeat(20)}${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;

/** A canary whose last 4 characters are its own (canaries share their tail otherwise). */
const keyEnding = (tag: string, end: string) => canary(tag).slice(0, -4) + end;

async function json(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: Record<string, any>; raw: string }> {
  const r = await runExplain(['--json', ...args], { env });
  return { code: r.code, out: JSON.parse(r.stdout), raw: r.stdout + r.stderr };
}

describe('echo parts', () => {
  it('reads the visible start and end of a masked echo, and whether a value could be it', () => {
    const e = echoParts('sk-proj-********abcd')!;
    expect(e).toEqual({ head: 'sk-proj-', tail: 'abcd', whole: false });
    expect(couldBe('sk-proj-FAKEFAKEFAKEabcd', e)).toBe('same');
    expect(couldBe('sk-proj-FAKEFAKEFAKEabcd \n', e)).toBe('same');
    expect(couldBe('sk-proj-FAKEFAKEFAKEwxyz', e)).toBe('other');
    expect(couldBe('sk-FAKEFAKEFAKEabcd', e)).toBe('other');
    // A start alone tells nothing: every project key starts "sk-proj-".
    expect(couldBe('sk-proj-FAKEFAKE', echoParts('sk-proj-…')!)).toBe('unsure');
    expect(echoParts('sk-…')).toBeUndefined();
    expect(echoParts('sk-xxxxxxxxAB12')).toEqual({ head: 'sk-', tail: 'AB12', whole: false });
    // A quote the capture took from a dict repr is the sentence's; a pair is the value's own.
    expect(echoParts("sk-proj-****PLE0'")).toEqual({ head: 'sk-proj-', tail: 'PLE0', whole: false });
    expect(echoParts("'sk-****ab12'")).toEqual({ head: "'sk-", tail: "ab12'", whole: false });
  });
});

describe('keydoctor explain --cwd', () => {
  it('names the .env line whose value is the key echoed, and the trailing space that broke it', async () => {
    const key = keyEnding('trail', 'Qz9w');
    const dir = project({ '.env': `OPENAI_API_KEY="${key} "\n` });
    const before = readFileSync(join(dir, '.env'), 'utf8');
    const { code, out, raw } = await json(['--cwd', dir, openaiEcho(key)]);
    expect(code).toBe(0);
    expect(out).toMatchObject({ category: 'malformed_key', rule: 'openai.invalid_api_key.project_value', ruleSource: 'project' });
    expect(out.evidence.join('\n')).toMatch(/OPENAI_API_KEY \(\.env:1\), the key OpenAI echoed: The value has whitespace around it/);
    expect(out.fixes[0]).toBe('Edit OPENAI_API_KEY at .env:1, the definition this run loads.');
    expect(out.project.keys).toEqual([expect.objectContaining({ name: 'OPENAI_API_KEY', at: '.env:1', echo: 'same', problem: expect.objectContaining({ category: 'malformed_key' }) })]);
    expect(raw).not.toContain(key);
    expect(readFileSync(join(dir, '.env'), 'utf8')).toBe(before);

    const pretty = await runExplain(['--cwd', dir, openaiEcho(key)]);
    expect(pretty.stdout).toMatch(/^✗ malformed_key {2}OpenAI$/m);
    expect(pretty.stdout).toMatch(/project {3}\S+ \(read offline: format and sources; nothing sent\)/);
    expect(pretty.stdout).toMatch(/OPENAI_API_KEY {2}\.env:1 {2}sk-proj-…Qz9w {2}✗ malformed_key: .* ← the key echoed/);
    expect(pretty.stdout).not.toContain(key);
  });

  it('says when the key echoed is a definition that loses here, and where it is', async () => {
    const inShell = keyEnding('shell', 'Sh11');
    const inFile = keyEnding('file', 'Fi22');
    const dir = project({ '.env': `OPENAI_API_KEY=${inFile}\n` });
    // The shell's export wins over .env for a dotenv app; the provider saw the .env value: the app loaded .env itself.
    const { out, raw } = await json(['--cwd', dir, openaiEcho(inFile)], { OPENAI_API_KEY: inShell });
    expect(out.category).toBe('invalid_key');
    expect(out.rule).toBe('openai.invalid_api_key.project_not_this_key');
    expect(out.project.echoedFrom).toMatchObject({ name: 'OPENAI_API_KEY', at: '.env:1', redacted: 'sk-proj-…Fi22' });
    expect(out.project.keys[0]).toMatchObject({ at: 'process environment', echo: 'other' });
    expect(out.fixes[0]).toMatch(/^The app sent OPENAI_API_KEY from \.env:1, not the definition keydoctor finds winning here/);
    expect(raw).not.toContain(inShell);
    expect(raw).not.toContain(inFile);
  });

  it('says when the key echoed is none of the project\'s, with one pointer to trace', async () => {
    const key = keyEnding('mine', 'Mi33');
    const dir = project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const { out, raw } = await json(['--cwd', dir, openaiEcho(keyEnding('theirs', 'Th44'))]);
    expect(out).toMatchObject({ category: 'invalid_key', rule: 'openai.invalid_api_key.project_not_this_key' });
    expect(out.evidence.at(-1)).toBe('the key OpenAI echoed is none of this project\'s definitions (OPENAI_API_KEY (.env:1): sk-proj-…Mi33)');
    expect(out.fixes.filter((f: string) => f.includes('`keydoctor trace '))).toHaveLength(1);
    expect(raw).not.toContain(key);
  });

  it('keeps the provider\'s answer, and says what the text cannot show, when the only key is sane and nothing was echoed', async () => {
    const key = keyEnding('sane', 'Sa55');
    const dir = project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const { out } = await json(['--cwd', dir, '--provider', 'openai', 'Error: 401 Incorrect API key provided']);
    expect(out.category).toBe('invalid_key');
    expect(out.evidence.at(-1)).toMatch(/^this project's only OpenAI key, OPENAI_API_KEY \(\.env:1\), sk-proj-…Sa55, passes its format checks/);
    expect(out.fixes.at(-1)).toBe(`\`keydoctor check --cwd ${dir} --provider openai\` sends it to OpenAI and tells.`);
  });

  it('says the app did not load the .env file when the request carried no key and the project defines a sane one', async () => {
    const key = keyEnding('unloaded', 'Un12');
    const dir = project({ '.env': `OPENAI_API_KEY=${key}\n` });
    const text = 'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\nopenai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable';
    const { out, raw } = await json(['--cwd', dir, text]);
    expect(out.category).toBe('malformed_key');
    expect(out.evidence.at(-1)).toBe('this project defines OPENAI_API_KEY (.env:1), sk-proj-…Un12, which passes its format checks, yet the request carried no usable key');
    expect(out.fixes[0]).toMatch(/^The app did not load \.env:1: call `load_dotenv\(\)` before the client is created/);
    expect(raw).not.toContain(key);
    // Defined only in this shell: the app runs elsewhere.
    const bare = project({});
    const shell = await json(['--cwd', bare, text], { OPENAI_API_KEY: key });
    expect(shell.out.fixes[0]).toMatch(/^The app does not run with this shell's environment/);
  });

  it('does not take a key declared in .keydoctor.yml and set nowhere for the key the provider echoed', async () => {
    const dir = project({ '.keydoctor.yml': 'keys:\n  - env: OPENAI_API_KEY\n' });
    const { out } = await json(['--cwd', dir, openaiEcho(keyEnding('decl', 'De34'))]);
    expect(out.category).toBe('invalid_key');
    expect(out.project.keys).toEqual([expect.objectContaining({ name: 'OPENAI_API_KEY', redacted: '(not set)' })]);
    expect(out.evidence.at(-1)).toBe('this project defines no OpenAI key, so the key OpenAI echoed came from wherever the app runs');
  });

  it('names a definition for another run (a CI workflow) when it holds the key echoed', async () => {
    const ci = keyEnding('ci', 'Ci56');
    const dir = project({ '.github/workflows/test.yml': `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${ci}\n    steps:\n      - run: npm test\n` });
    const { out, raw } = await json(['--cwd', dir, openaiEcho(ci)]);
    expect(out.project.echoedFrom).toMatchObject({ name: 'OPENAI_API_KEY', at: expect.stringMatching(/^\.github\/workflows\/test\.yml:6 \(.+\)$/) });
    expect(out.evidence.at(-1)).toMatch(/^the key OpenAI echoed is OPENAI_API_KEY at \.github\/workflows\/test\.yml:6/);
    expect(raw).not.toContain(ci);
  });

  it('reads the .env files of the mode and loader the app ran with (--mode, --loader), and says where the echoed key is without them', async () => {
    const dev = keyEnding('dev', 'Dv12');
    const prod = keyEnding('prod', 'Pr34');
    const dir = project({ '.env': `OPENAI_API_KEY=${dev}\n`, '.env.production': `OPENAI_API_KEY="${prod} "\n` });
    // Plain dotenv reads .env alone whatever the mode; dotenv-flow (or Next.js, Vite) reads the mode's file over it.
    const asProduction = await json(['--cwd', dir, '--mode', 'production', '--loader', 'dotenv-flow', openaiEcho(prod)]);
    expect(asProduction.out).toMatchObject({ category: 'malformed_key', rule: 'openai.invalid_api_key.project_value' });
    expect(asProduction.out.project.keys[0]).toMatchObject({ at: '.env.production:1', echo: 'same' });
    const asDefault = await json(['--cwd', dir, openaiEcho(prod)]);
    expect(asDefault.out.project.keys[0]).toMatchObject({ at: '.env:1', echo: 'other' });
    expect(asDefault.out.project.echoedFrom).toMatchObject({ at: '.env.production:1' });
    for (const r of [asProduction, asDefault]) for (const k of [dev, prod]) expect(r.raw).not.toContain(k);
    const alone = await runExplain(['--mode', 'production', 'Incorrect API key provided']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('keydoctor: --mode says how the project loads its .env files: it needs --cwd DIR\n');
  });

  it('recasts only answers a broken value gives: a rate limit stays a rate limit', async () => {
    const key = keyEnding('rl', 'Rl66');
    const dir = project({ '.env': `OPENAI_API_KEY="${key} "\n` });
    const { out } = await json(['--cwd', dir, '--provider', 'openai', 'Error code: 429 - Rate limit reached for requests']);
    expect(out.category).toBe('rate_limited');
    expect(out.project.keys[0].problem.category).toBe('malformed_key');
  });

  it('says when the project defines no key of the provider, and what to set when none was sent', async () => {
    const dir = project({ 'README.md': 'nothing here\n' });
    const { out } = await json(['--cwd', dir, '--provider', 'openai', 'Error: You didn\'t provide an API key. You need to provide your API key in an Authorization header using Bearer auth']);
    expect(out.category).toBe('malformed_key');
    expect(out.project.keys).toEqual([]);
    expect(out.project.notes[0]).toMatch(/^no OpenAI key found: none of OPENAI_API_KEY/);
    expect(out.fixes[0]).toMatch(/^Nothing in .* defines the key: set it where the app reads it/);
  });

  it('reads nothing when the text names no provider, and says how to name one', async () => {
    const dir = project({ '.env': 'OPENAI_API_KEY=x\n' });
    const { out } = await json(['--cwd', dir, 'something failed with 401']);
    expect(out.project).toEqual({ dir, provider: null, keys: [], notes: [expect.stringMatching(/names no provider.*--provider ID/)] });
  });

  it('finds the echoed key in a workspace package at a monorepo root', async () => {
    const web = keyEnding('web', 'We77');
    const api = keyEnding('api', 'Ap88');
    const dir = project({
      'package.json': '{"name":"mono","private":true,"workspaces":["apps/*"]}\n',
      'apps/web/package.json': '{"name":"web"}\n',
      'apps/web/.env': `OPENAI_API_KEY=${web}\n`,
      'apps/api/package.json': '{"name":"api"}\n',
      'apps/api/.env': `OPENAI_API_KEY="${api}\t"\n`,
    });
    const { out, raw } = await json(['--cwd', dir, openaiEcho(api)]);
    expect(out.category).toBe('malformed_key');
    expect(out.evidence.at(-1)).toMatch(/^apps\/api: OPENAI_API_KEY \(apps\/api\/\.env:1\), the key OpenAI echoed: /);
    expect(out.project.keys.map((k: { package?: string; echo?: string }) => [k.package, k.echo])).toEqual([['apps/api', 'same'], ['apps/web', 'other']]);
    expect(raw).not.toContain(web);
    expect(raw).not.toContain(api);
  });

  it('does not follow a .env symlink out of the project, and changes nothing in it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'keydoctor-outside-'));
    const secret = keyEnding('outside', 'Ou99');
    writeFileSync(join(outside, 'secret.env'), `OPENAI_API_KEY=${secret}\n`);
    const dir = project({});
    symlinkSync(join(outside, 'secret.env'), join(dir, '.env'));
    const before = readdirSync(dir).sort();
    const { out, raw } = await json(['--cwd', dir, openaiEcho(secret)]);
    expect(out.project.keys).toEqual([]);
    expect(out.project.notes[0]).toBe('.env is a symbolic link to a file outside the project; not read, so definitions in it are not shown.');
    expect(out.category).toBe('invalid_key');
    expect(raw).not.toContain(secret);
    expect(JSON.stringify(out.project)).not.toContain('Ou99');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('is a one-line usage error for a folder that is not one, and for a broken .keydoctor.yml', async () => {
    const missing = await runExplain(['--cwd', '/nonexistent/keydoctor', 'Incorrect API key provided']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('keydoctor: --cwd /nonexistent/keydoctor is not a directory\n');
    const dir = project({ '.keydoctor.yml': 'keys: [\n' });
    const broken = await runExplain(['--cwd', dir, '--provider', 'openai', 'Incorrect API key provided']);
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^keydoctor: \.keydoctor\.yml/);
  });
});
