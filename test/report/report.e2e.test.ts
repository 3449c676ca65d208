import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { FAKE } from '../helpers/keys.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
beforeAll(() => ensureBuilt(), 60_000);

const reports = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('keydoctor-report-')).sort();

describe('keydoctor report', () => {
  it('writes exactly two files, Markdown and JSON, named by UTC time, mode 0600, and prints their paths', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '401-account-deactivated').response);
    const cwd = project({ '.env': `OPENAI_API_KEY=${FAKE.openaiUser}\n` });
    const before = readdirSync(cwd);
    const r = await runCli(['report'], { cwd, env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(1);
    const files = reports(cwd);
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^keydoctor-report-\d{8}T\d{6}Z\.json$/);
    expect(files[1]).toMatch(/^keydoctor-report-\d{8}T\d{6}Z\.md$/);
    expect(readdirSync(cwd).sort()).toEqual([...before, ...files].sort());
    for (const f of files) {
      expect(r.stdout).toContain(f);
      expect(statSync(join(cwd, f)).mode & 0o777).toBe(0o600);
    }

    const md = readFileSync(join(cwd, files[1]!), 'utf8');
    expect(md).toMatch(/^# keydoctor report — \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    expect(md).toContain('> OPENAI_API_KEY (OpenAI) fails as invalid_user');
    expect(md).toContain('This key is associated with a deactivated account');
    expect(md).toContain('req_FAKE0003');
    for (const h of ['## Summary', '## Keys', '#### Where it is defined', '#### Live call', '#### Classification', '## Environment', '## Already checked', '## Suggested next steps']) expect(md).toContain(h);
    expect(md).toContain('| **wins** | process environment |');
    expect(md).toContain('| .env:1 | dotenv |');
    expect(md).toMatch(/Node v\d+/);

    const json = JSON.parse(readFileSync(join(cwd, files[0]!), 'utf8'));
    expect(json).toMatchObject({ schemaVersion: 1, kind: 'keydoctor-report' });
    expect(json.failures[0]).toMatchObject({ name: 'OPENAI_API_KEY', category: 'invalid_user', status: 401, requestIds: ['req_FAKE0003'], providerCode: 'account_deactivated' });
    expect(json.keys[0].live.bodyExcerpt).toContain('deactivated');
    expect(json.environment).toMatchObject({ node: process.version, nodeExtraCaCerts: false });
    expect(md + JSON.stringify(json)).not.toContain(FAKE.openaiProject);
    expect(md + JSON.stringify(json)).not.toContain(FAKE.openaiUser);
  });

  it('never overwrites an existing report: a report in the same second gets the next free name (it refused before); --force reuses the first', async () => {
    const cwd = project({});
    const out = join(cwd, 'ticket');
    mkdirSync(out);
    // Occupy every name the next run could choose (its stamp has one-second resolution).
    const now = Date.now();
    const taken: string[] = [];
    for (let s = -1; s <= 20; s++) {
      const stamp = new Date(now + s * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      const name = `keydoctor-report-${stamp}.md`;
      writeFileSync(join(out, name), 'mine');
      taken.push(name);
    }
    const next = await runCli(['report', '--offline', '--out', out], { cwd, env: { OPENAI_API_KEY: FAKE.openaiProject } });
    expect(next.code).toBe(0);
    for (const f of taken) expect(readFileSync(join(out, f), 'utf8')).toBe('mine');
    const added = reports(out).filter((f) => !taken.includes(f));
    expect(added.sort()).toEqual([expect.stringMatching(/^keydoctor-report-\d{8}T\d{6}Z-2\.json$/), expect.stringMatching(/^keydoctor-report-\d{8}T\d{6}Z-2\.md$/)]);

    const forced = await runCli(['report', '--offline', '--force', '--out', out], { cwd, env: { OPENAI_API_KEY: FAKE.openaiProject } });
    expect(forced.code).toBe(0);
    const overwritten = taken.filter((f) => readFileSync(join(out, f), 'utf8') !== 'mine');
    expect(overwritten).toHaveLength(1);
    expect(readFileSync(join(out, overwritten[0]!), 'utf8')).toContain('# keydoctor report');
  });

  it('--offline: a key not sent is "not checked live", never a failure; a malformed one still fails', async () => {
    const cwd = project({});
    const out = join(cwd, 'out');
    const r = await runCli(['report', '--offline', '--out', out], { cwd, env: { OPENAI_API_KEY: FAKE.openaiProject, STRIPE_SECRET_KEY: ` ${FAKE.stripeTest}` } });
    expect(r.code).toBe(1); // the report's exit code is check's: a key has a problem
    const md = readFileSync(join(out, reports(out).find((f) => f.endsWith('.md'))!), 'utf8');
    expect(md).toMatch(/^> OPENAI_API_KEY \(OpenAI\): Well-formed project key; not checked live \(--offline\)\.$/m);
    expect(md).not.toMatch(/OPENAI_API_KEY \(OpenAI\) fails as/);
    expect(md).toMatch(/^> STRIPE_SECRET_KEY \(Stripe\) fails as malformed_key/m);
    const json = JSON.parse(readFileSync(join(out, reports(out).find((f) => f.endsWith('.json'))!), 'utf8'));
    expect(json.failures.map((f: { name: string }) => f.name)).toEqual(['STRIPE_SECRET_KEY']);
    // A key not judged keeps its fixes among the next steps.
    const odd = await runCli(['report', '--offline', '--force', '--out', out], { cwd, env: { OPENAI_API_KEY: 'sk-proj-FAKEtruncatedFAKE0123' } });
    expect(odd.code).toBe(0);
    const latest = JSON.parse(readFileSync(join(out, reports(out).filter((f) => f.endsWith('.json')).sort().at(-1)!), 'utf8'));
    expect(latest.failures).toEqual([]);
    expect(latest.nextSteps.join(' ')).toMatch(/^OPENAI_API_KEY: Compare the key's length/);
  });

  it('a bundle written inside a git work tree that no .gitignore covers: one line says so; an ignored one: nothing', async () => {
    const cwd = project({});
    spawnSync('git', ['init', '-q', cwd]);
    const r = await runCli(['report', '--offline'], { cwd, env: { OPENAI_API_KEY: FAKE.openaiProject } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^! The bundle is inside the git work tree .* and no \.gitignore covers it: add keydoctor-report-\* to \.gitignore, or write it elsewhere with --out\.$/m);
    writeFileSync(join(cwd, '.gitignore'), 'keydoctor-report-*\n');
    const ignored = await runCli(['report', '--offline'], { cwd, env: { OPENAI_API_KEY: FAKE.openaiProject } });
    expect(ignored.stdout).not.toContain('git work tree');
  });

  it('--out names the folder; a folder that does not exist is made (it failed with ENOENT), a file in the way is a one-line error, exit 2', async () => {
    const cwd = project({ 'not-a-folder': 'x' });
    const r = await runCli(['report', '--offline', '--out', join(cwd, 'missing', 'deeper')], { cwd, env: { OPENAI_API_KEY: FAKE.openaiProject } });
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'missing', 'deeper'))).toHaveLength(2);
    const blocked = await runCli(['report', '--offline', '--out', join(cwd, 'not-a-folder')], { cwd, env: { OPENAI_API_KEY: FAKE.openaiProject } });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the proxy is reported without its credentials', async () => {
    const cwd = project({});
    await runCli(['report', '--offline'], { cwd, env: { OPENAI_API_KEY: FAKE.openaiProject, HTTPS_PROXY: 'http://bob:hunter2secret@proxy.example.com:3128' } });
    const md = readFileSync(join(cwd, reports(cwd)[1]!), 'utf8');
    expect(md).toContain('HTTPS_PROXY=http://***@proxy.example.com:3128');
    expect(md).not.toContain('hunter2secret');
  });
});
