// The machine formats through the CLI, as a CI job runs them.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { FAKE } from '../helpers/keys.js';
import { emptyProject, ensureBuilt, project, runCli } from '../helpers/cli.js';
import { parseXml } from '../render/xml.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
beforeAll(() => ensureBuilt(), 60_000);

const padded = () => project({ '.env': `# keys\nOPENAI_API_KEY=" ${FAKE.openaiProject}"\n` });

describe('check in CI', () => {
  it('under GitHub Actions the default is annotations on the defining line, plus a step summary', async () => {
    const dir = padded();
    const summary = join(emptyProject(), 'summary.md');
    const r = await runCli(['check', '--offline'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=\.env,line=2,title=OPENAI_API_KEY \(OpenAI\)%3A malformed_key::/m);
    expect(r.stdout).toContain('✗ OPENAI_API_KEY'); // the readable log stays
    expect(readFileSync(summary, 'utf8')).toContain('| `OPENAI_API_KEY` |');
    expect(r.stdout + readFileSync(summary, 'utf8')).not.toContain(FAKE.openaiProject);
  });

  it('--format junit prints well-formed JUnit XML with a failure for the broken key', async () => {
    const r = await runCli(['check', '--offline', '--format', 'junit'], { cwd: padded() });
    expect(r.code).toBe(1);
    const doc = parseXml(r.stdout);
    expect(doc.name).toBe('testsuites');
    expect(r.stdout).toContain('<failure');
    expect(r.stdout).not.toContain(FAKE.openaiProject);
  });

  it('--format sarif points at the .env line', async () => {
    const r = await runCli(['check', '--offline', '--format', 'sarif'], { cwd: padded() });
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const loc = sarif.runs[0].results[0].locations[0].physicalLocation;
    expect(loc).toMatchObject({ artifactLocation: { uri: '.env' }, region: { startLine: 2 } });
  });

  it('--output writes the report to a file and keeps a short summary on the terminal', async () => {
    const dir = padded();
    const out = join(dir, 'keydoctor.json');
    const r = await runCli(['check', '--offline', '--format', 'json', '--output', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).keys[0].category).toBe('malformed_key');
    expect(r.stdout).toContain('✗ OPENAI_API_KEY');
    expect(r.stdout).toContain(`Wrote the json report to ${out}`);
    expect(readFileSync(out, 'utf8')).not.toContain(FAKE.openaiProject);
  });

  it('--quiet prints only the keys with problems', async () => {
    fake = await startFakeProvider(loadAnswer('stripe', '200-account').response);
    const r = await runCli(['check', '--quiet'], { cwd: padded(), env: { STRIPE_SECRET_KEY: FAKE.stripeLive, KEYDOCTOR_STRIPE_BASE_URL: fake.url } });
    expect(r.stdout).toContain('OPENAI_API_KEY');
    expect(r.stdout).not.toContain('STRIPE_SECRET_KEY');
  });

  it('an --output path that cannot be written is exit 2 in one line', async () => {
    const r = await runCli(['check', '--offline', '--output', join(emptyProject(), 'no', 'such', 'dir', 'x.json')], { cwd: padded() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a provider answer with terminal escapes cannot restyle the terminal', async () => {
    fake = await startFakeProvider({ status: 401, body: { error: { message: 'Incorrect API key provided \u001b[2J\u001b[31mPWNED', type: 'invalid_request_error', code: 'invalid_api_key' } } });
    const r = await runCli(['check'], { env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.stdout).toContain('Incorrect API key provided');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('no GITHUB_STEP_SUMMARY file is needed outside Actions', async () => {
    const r = await runCli(['check', '--offline', '--format', 'github'], { cwd: padded() });
    expect(r.stdout).toContain('::error');
    expect(existsSync(join(emptyProject(), 'summary.md'))).toBe(false);
  });
});
