// schema/check-result.schema.json documents `check --format json`; every
// result the real pipeline produces must validate against it, closed (no
// undocumented field), and the schema must reject what the contract forbids.
import { afterAll, describe, expect, it } from 'vitest';
import { closeDispatchers } from '../../src/net/client.js';
import { CATEGORIES, SEVERITY_RANK } from '../../src/core/types.js';
import type { CheckResult } from '../../src/core/result.js';
import { renderJson } from '../../src/render/json.js';
import { renderReportJson } from '../../src/render/report-markdown.js';
import { buildReport } from '../../src/report/model.js';
import { describeEnvironment } from '../../src/report/environment.js';
import { runCheck } from '../../src/check/run.js';
import { emptyProject } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';
import { nothingFound, offlineProject, PROJECTS, recordedAnswers, refusedBaseUrl, replay, unreachable } from './results.js';
import { CHECK_SCHEMA_PATH, explain, ourValidator, readJson } from './schemas.js';

afterAll(() => closeDispatchers());

const strict = ourValidator({ closed: true });
const published = ourValidator({ closed: false });

/** What a consumer parses: the rendered JSON, not the object. */
function expectValid(result: CheckResult) {
  const doc: unknown = JSON.parse(renderJson(result));
  const ok = strict.check(doc);
  expect(explain(strict.check.errors), 'closed schema').toEqual([]);
  expect(ok).toBe(true);
  expect(published.check(doc)).toBe(true);
}

describe('check --format json validates against schema/check-result.schema.json', () => {
  for (const [probe, answer] of recordedAnswers()) {
    it(`${probe} ${answer}`, async () => expectValid((await replay(probe, answer, { keyIn: '.env' })).result));
  }
  for (const name of Object.keys(PROJECTS) as (keyof typeof PROJECTS)[]) {
    it(`offline project ${name}`, async () => expectValid((await offlineProject(name)).result));
  }
  it('an unreachable provider', async () => expectValid((await unreachable()).result));
  it('no key found (notices only)', async () => expectValid((await nothingFound()).result));
  it('a key on standard input, and a base URL refused for lack of trust', async () => {
    const stdin = await runCheck({ cwd: emptyProject(), env: {}, envVars: [], stdinKey: FAKE.stripeLive, offline: true, forceLive: false, timeoutMs: 1000, trustProjectConfig: false, failOn: 'error' });
    expectValid(stdin.result);
    expect(stdin.result.keys[0]!.source).toEqual({ kind: 'stdin', file: 'standard input' });
    const refused = await refusedBaseUrl();
    expect(refused.result.keys[0]!.steps.find((s) => s.step === 'live')!.findings[0]!.code).toBe('live.base_url_refused');
    expectValid(refused.result);
  });
});

describe('the schema says what the code says', () => {
  const schema = readJson(CHECK_SCHEMA_PATH) as { $defs: Record<string, { enum?: unknown[] }> };
  it('categories, severities and steps are the code\'s enums', async () => {
    expect(schema.$defs.category!.enum).toEqual([...CATEGORIES]);
    expect(schema.$defs.severity!.enum).toEqual(Object.keys(SEVERITY_RANK));
    const { result } = await replay('openai', '200-models-list');
    expect(schema.$defs.stepName!.enum).toEqual(result.keys[0]!.steps.map((s) => s.step));
  });

  it('rejects a category, verdict or step outside the contract, a missing field, a malformed fingerprint', async () => {
    const { result } = await replay('openai', '401-invalid-api-key');
    const base = JSON.parse(renderJson(result)) as { keys: Record<string, unknown>[] } & Record<string, unknown>;
    const broken: [string, (d: typeof base) => void][] = [
      ['category', (d) => (d.keys[0]!.category = 'bad_key')],
      ['verdict', (d) => (d.keys[0]!.verdict = 'maybe')],
      ['step', (d) => ((d.keys[0]!.steps as { step: string }[])[0]!.step = 'lint')],
      ['missing summary', (d) => delete d.keys[0]!.summary],
      ['missing exitCode', (d) => delete d.exitCode],
      ['fingerprint', (d) => (d.keys[0]!.fingerprint = 'sha256:NOTHEX00')],
      ['schemaVersion', (d) => (d.schemaVersion = 2)],
      ['generatedAt', (d) => (d.generatedAt = 'yesterday')],
    ];
    for (const [what, mutate] of broken) {
      const doc = structuredClone(base);
      mutate(doc);
      expect(published.check(doc), what).toBe(false);
    }
  });

  it('the published schema is open to fields added later; the closed one is not', async () => {
    const { result } = await replay('openai', '200-models-list');
    const doc = { ...JSON.parse(renderJson(result)), addedInALaterRelease: true };
    expect(published.check(doc)).toBe(true);
    expect(strict.check(doc)).toBe(false);
  });
});

describe('keydoctor report JSON validates against schema/report.schema.json', () => {
  const cases: [string, () => Promise<CheckResult>][] = [
    ['a failing key', async () => (await replay('openai', '401-account-deactivated', { keyIn: '.env' })).result],
    ['a working key', async () => (await replay('github', '200-user')).result],
    ['malformed .env values', async () => (await offlineProject('malformedDotenvLines')).result],
    ['nothing found', async () => (await nothingFound()).result],
  ];
  for (const [what, make] of cases) {
    it(what, async () => {
      const result = await make();
      const env = await describeEnvironment({ HTTPS_PROXY: 'http://user:pw@proxy.example.test:3128', CI: 'true' }, [], true);
      const doc: unknown = JSON.parse(renderReportJson(buildReport(result, env)));
      const ok = strict.report(doc);
      expect(explain(strict.report.errors)).toEqual([]);
      expect(ok).toBe(true);
    });
  }
});
