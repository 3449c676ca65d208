// Patterns a hostile project can write to make a check hang on a backtracking
// engine: both passed the old cost heuristic, and ran for minutes on V8
// (`^(?:a?){40}b$` over a 25-character value; `(?:x?x?){14}y` over an answer
// of x's). On RE2 they finish at once with the right answer. The vitest
// timeout is the guard (a run that hangs is killed and fails); no timing is
// asserted.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileUserRegex, BODY_PATTERN, KEY_PATTERN, type CheckedRegex } from '../../src/custom/safe-regex.js';
import { startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';

const KEY_FORMAT = '^(?:a?){40}b$';
const BODY_RULE = '(?:x?x?){14}y';
const LIMIT_MS = 15_000;
const KILL_MS = 12_000;

const gateway = (extra: string) => [
  'providers:',
  '  - id: gw',
  '    envVars: [GW_KEY]',
  `    request: { url: 'https://gw.example.com/me', auth: 'Authorization: Bearer {key}' }`,
  extra,
].join('\n');

describe('on the engine', () => {
  const compiled = (source: string, limits = KEY_PATTERN) => (compileUserRegex(source, limits) as CheckedRegex).regex;

  it('the key format is accepted, and answers at once on the hostile value', { timeout: LIMIT_MS }, () => {
    const re = compiled(KEY_FORMAT);
    expect(re.test('a'.repeat(25))).toBe(false);
    expect(re.test('a'.repeat(40))).toBe(false);
    expect(re.test(`${'a'.repeat(25)}b`)).toBe(true);
  });

  it('the body rule is accepted, and answers at once on 4 KiB of x', { timeout: LIMIT_MS }, () => {
    const re = compiled(BODY_RULE, BODY_PATTERN);
    expect(re.test('x'.repeat(BODY_PATTERN.maxInput))).toBe(false);
    expect(re.test(`${'x'.repeat(4000)}Y`)).toBe(true);
  });
});

describe('through the CLI', () => {
  beforeAll(() => ensureBuilt(), 60_000);
  let fake: FakeProvider | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('a key format checks a value made to backtrack', { timeout: LIMIT_MS }, async () => {
    const cwd = project({ '.keydoctor.yml': gateway(`    keyFormat: '${KEY_FORMAT}'\n`), '.env': `GW_KEY=${'a'.repeat(25)}\n` });
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd, killAfterMs: KILL_MS });
    expect(r.code, r.stderr).toBeGreaterThanOrEqual(0);
    const key = JSON.parse(r.stdout).keys[0];
    const format = key.steps.find((s: { step: string }) => s.step === 'format');
    expect(format.findings.map((f: { code: string }) => f.code)).toContain('format.unrecognised');
  });

  it('a pattern RE2 cannot run is a config error: one line naming the file and line, exit 2', { timeout: LIMIT_MS }, async () => {
    const cwd = project({ '.keydoctor.yml': gateway("    keyFormat: '^(?=gw_)[a-z_]+$'\n"), '.env': 'GW_KEY=gw_fake\n' });
    const r = await runCli(['check', '--offline'], { cwd, killAfterMs: KILL_MS });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^keydoctor: \.keydoctor\.yml:5: providers\[0\]\.keyFormat: the pattern is refused: RE2 cannot run it \(.*\): .*no lookaround .*\n$/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a body rule reads an answer made to backtrack', { timeout: LIMIT_MS }, async () => {
    const rule = `    classify:\n      - id: slow\n        when: { status: 401, bodyMatches: '${BODY_RULE}' }\n        category: invalid_user\n        fix: Re-enable the user.\n`;
    const cwd = project({ '.keydoctor.yml': gateway(rule), '.env': 'GW_KEY=gw_FAKEEXAMPLE0000000000\n' });
    const run = async (body: string) => {
      fake = await startFakeProvider({ status: 401, body: { error: { message: body } } });
      const r = await runCli(['check', '--format', 'json'], { cwd, env: { KEYDOCTOR_GW_BASE_URL: fake.url }, killAfterMs: KILL_MS / 2 });
      await fake.close();
      fake = undefined;
      expect(r.code, r.stderr).toBeGreaterThanOrEqual(0);
      return JSON.parse(r.stdout).keys[0];
    };
    // No y: the rule does not match, and the generic rules read the 401.
    expect(await run('x'.repeat(4000))).toMatchObject({ category: 'invalid_key', classification: { rule: 'http.401' } });
    expect(await run(`${'x'.repeat(4000)}y`)).toMatchObject({ category: 'invalid_user', classification: { rule: 'gw.slow' } });
  });
});
