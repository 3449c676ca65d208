// --format sarif: valid SARIF 2.1.0 (the schema, vendored from npm), results
// only for findings on a line of a project file, stable ids and fingerprints.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDispatchers } from '../../src/net/client.js';
import type { CheckResult } from '../../src/core/result.js';
import { FINGERPRINT_KEY, projectPath, renderSarif } from '../../src/render/sarif.js';
import { ALL_FAKE_KEYS, nothingFound, offline, offlineProject, PROJECTS, refusedBaseUrl, replay, unreachable } from './results.js';
import { explain, SARIF_SCHEMA_PATH, sarifValidator } from './schemas.js';
import { FAKE } from '../helpers/keys.js';

afterAll(() => closeDispatchers());

const validate = sarifValidator();

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule { id: string; shortDescription: { text: string }; help: { text: string }; properties?: { tags?: string[] } }

function sarif(result: CheckResult) {
  const text = renderSarif(result);
  const log = JSON.parse(text) as { version: string; runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }; results: SarifResult[] }[] };
  const ok = validate(log);
  expect(explain(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
  const run = log.runs[0]!;
  const at = (r: SarifResult) => `${r.ruleId} ${r.level} ${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region?.startLine}`;
  return { text, log, run, results: run.results, rules: run.tool.driver.rules, at };
}

describe('the SARIF 2.1.0 schema used here', () => {
  it('is the unchanged copy from @microsoft/sarif-multitool-linux 5.7.0', () => {
    expect(createHash('sha256').update(readFileSync(SARIF_SCHEMA_PATH)).digest('hex')).toBe('1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c');
  });
  it('rejects a log that breaks it', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });
});

describe('renderSarif', () => {
  it('malformed definitions in .env are results on their lines, one rule per finding code', async () => {
    const s = sarif((await offlineProject('malformedDotenvLines')).result);
    expect(s.results.map(s.at)).toEqual(['format.quotes error .env:2', 'format.placeholder error .env:4', 'format.hidden_characters error .env:6']);
    expect(s.rules.map((r) => r.id)).toEqual(['format.hidden_characters', 'format.placeholder', 'format.quotes']);
    for (const r of s.results) {
      expect(s.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(r.message.text).toMatch(/^(STRIPE_SECRET_KEY|ANTHROPIC_API_KEY|GH_TOKEN): /);
    }
    for (const rule of s.rules) expect(rule.shortDescription.text && rule.help.text).toBeTruthy();
    expect(s.run.tool.driver).toMatchObject({ name: 'keydoctor', version: expect.any(String), informationUri: expect.stringMatching(/^https:\/\//) });
  });

  it('a conflicting definition is a warning on the shadowed line, next to the error on the winning one', async () => {
    const s = sarif((await offlineProject('paddedKeyShadowingAnother')).result);
    expect(s.results.map(s.at)).toEqual(['format.whitespace error .env.local:2', 'trace.conflict warning .env:1']);
  });

  it('keys from the process environment or standard input, and live verdicts, give no result', async () => {
    for (const run of [await replay('openai', '401-invalid-api-key'), await unreachable(), await refusedBaseUrl(), await nothingFound()]) {
      expect(sarif(run.result).results).toEqual([]);
    }
    const padded = await offline({}, ['OPENAI_API_KEY'], { env: { OPENAI_API_KEY: ` ${FAKE.openaiProject}` } });
    expect(padded.result.keys[0]!.steps[0]!.findings.map((f) => f.code)).toContain('format.whitespace');
    expect(sarif(padded.result).results).toEqual([]);
  });

  it('a live failure of a key defined in .env is still not a code-scanning alert', async () => {
    const s = sarif((await replay('stripe', '401-invalid-api-key', { keyIn: '.env' })).result);
    expect(s.results).toEqual([]);
  });

  it('partialFingerprints are stable across runs, differ by rule, file and variable, and never hold the value', async () => {
    const one = sarif((await offlineProject('malformedDotenvLines')).result);
    const two = sarif((await offlineProject('malformedDotenvLines')).result);
    const prints = (s: typeof one) => s.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(prints(one)).toEqual(prints(two));
    expect(new Set(prints(one)).size).toBe(3);
    for (const p of prints(one)) expect(p).toMatch(/^[0-9a-f]{32}$/);
    // A line moved down by an edit above it keeps its alert.
    const moved = PROJECTS.malformedDotenvLines;
    const shifted = sarif((await offline({ '.env': `# a new first line\n${moved.files['.env']}` }, [...moved.envVars])).result);
    expect(shifted.results.map((r) => r.locations[0]!.physicalLocation.region!.startLine)).toEqual([3, 5, 7]);
    expect(prints(shifted)).toEqual(prints(one));
    for (const key of ALL_FAKE_KEYS) expect(one.text).not.toContain(key);
  });

  it('a hard-coded key found in a source file is a security result on its line', async () => {
    const { result } = await replay('openai', '200-models-list');
    result.keys[0]!.steps[1]!.findings.push({
      code: 'trace.hardcoded', severity: 'error', message: 'src/client.ts:12 hard-codes the value of OPENAI_API_KEY.', location: { file: 'src/client.ts', line: 12 },
    });
    const s = sarif(result);
    expect(s.results.map(s.at)).toEqual(['trace.hardcoded error src/client.ts:12']);
    expect(s.log.runs[0]!.tool.driver.rules[0]).toMatchObject({ id: 'trace.hardcoded', properties: { tags: ['security', 'secrets'] } });
  });

  it('paths are repo-relative URIs with forward slashes, percent-encoded', async () => {
    const { result } = await offlineProject('malformedDotenvLines');
    const k = result.keys[0]!;
    k.source = { ...k.source, file: 'deploy\\my app\\.env' };
    const s = sarif(result);
    expect(s.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('deploy/my%20app/.env');
  });
});

describe('projectPath', () => {
  const cases: [string, string | undefined][] = [
    ['.env', '.env'],
    ['./config/.env.local', 'config/.env.local'],
    ['config\\.env', 'config/.env'],
    ['Dockerfile', 'Dockerfile'],
    ['process environment', undefined],
    ['standard input', undefined],
    ['shell: ~/.zshrc', undefined],
    ['~/.bashrc', undefined],
    ['/etc/environment', undefined],
    ['C:\\Users\\me\\.env', undefined],
    ['../outside/.env', undefined],
  ];
  for (const [file, want] of cases) it(`${JSON.stringify(file)} → ${want ?? 'not a project file'}`, () => expect(projectPath(file)).toBe(want));
});
