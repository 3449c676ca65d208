import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { FAKE } from '../helpers/keys.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { loadConfig } from '../../src/config/load.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
beforeAll(() => ensureBuilt(), 60_000);

const good = `# keys this service needs
keys:
  - env: OPENAI_API_KEY
    provider: openai
    expect: { environment: production, organization: org-FAKEEXAMPLE }
  - env: STRIPE_SECRET_KEY
    expect:
      environment: live
failOn: warning
timeout: 8000
`;

describe('.keydoctor.yml', () => {
  it('is read from the project root with its keys, expectations and settings', () => {
    const c = loadConfig(project({ '.keydoctor.yml': good }))!;
    expect(c.file).toBe('.keydoctor.yml');
    expect(c.keys).toEqual([
      { env: 'OPENAI_API_KEY', provider: 'openai', line: 3, expect: { environment: 'production', organization: 'org-FAKEEXAMPLE' } },
      { env: 'STRIPE_SECRET_KEY', line: 6, expect: { environment: 'live' } },
    ]);
    expect(c).toMatchObject({ failOn: 'warning', timeout: 8000 });
  });

  it.each([
    ['an unknown top-level field, with its line', 'keys: []\ntimout: 5\n', /\.keydoctor\.yml:2: timout: unknown field/],
    ['an unknown field in a key, with its line', 'keys:\n  - env: A_KEY\n  - env: B_KEY\n    provder: openai\n', /\.keydoctor\.yml:4: keys\[1\]\.provder: unknown field/],
    ['a wrong type', 'timeout: soon\n', /\.keydoctor\.yml:1: timeout: must be a whole number/],
    ['a bad failOn', 'failOn: sometimes\n', /:1: failOn: must be error or warning/],
    ['an unknown expectation', 'keys:\n  - env: A_KEY\n    expect: { enviroment: live }\n', /keys\[0\]\.expect\.enviroment: unknown field/],
    ['broken YAML', 'keys:\n  - env: [unclosed\n', /\.keydoctor\.yml:\d+: not valid YAML/],
    ['not a mapping', '- just\n- a list\n', /must be a mapping/],
  ])('rejects %s in one line', (_name, text, message) => {
    expect(() => loadConfig(project({ '.keydoctor.yml': text }))).toThrow(message);
  });

  it('a broken config is exit 2 with one line and no stack', async () => {
    const r = await runCli(['check'], { cwd: project({ '.keydoctor.yml': 'keys: []\ntimout: 5\n' }) });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('keydoctor: .keydoctor.yml:2: timout: unknown field, did you mean timeout? (allowed: keys, failOn, timeout, providers, plugins)');
  });

  it('a declared key that is set nowhere fails the build, naming the config line', async () => {
    const r = await runCli(['check', '--format', 'json'], { cwd: project({ '.keydoctor.yml': 'keys:\n  - env: OPENAI_API_KEY\n' }) });
    expect(r.code).toBe(1);
    const k = JSON.parse(r.stdout).keys[0];
    expect(k).toMatchObject({ name: 'OPENAI_API_KEY', category: 'malformed_key', verdict: 'invalid' });
    expect(k.steps[1].findings[0]).toMatchObject({ code: 'sources.not_set', location: { file: '.keydoctor.yml', line: 2 } });
  });

  it('only the declared keys are checked', async () => {
    const r = await runCli(['check', '--offline', '--format', 'json'], {
      cwd: project({ '.keydoctor.yml': 'keys: [STRIPE_SECRET_KEY]\n' }),
      env: { OPENAI_API_KEY: FAKE.openaiProject, STRIPE_SECRET_KEY: FAKE.stripeLive },
    });
    expect(JSON.parse(r.stdout).keys.map((k: { name: string }) => k.name)).toEqual(['STRIPE_SECRET_KEY']);
  });

  it('an expected organisation the key does not belong to is tenant_mismatch', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '200-models-list').response);
    const cfg = 'keys:\n  - env: OPENAI_API_KEY\n    expect: { organization: org-OTHEREXAMPLE }\n';
    const r = await runCli(['check', '--format', 'json'], { cwd: project({ '.keydoctor.yml': cfg }), env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(1);
    const k = JSON.parse(r.stdout).keys[0];
    expect(k.category).toBe('tenant_mismatch');
    expect(k.steps[3].findings.map((f: { code: string }) => f.code)).toContain('expect.organization');
  });

  it('expected scopes the token lacks are insufficient_permissions; scopes beyond them fail too; exactly them passes', async () => {
    fake = await startFakeProvider(loadAnswer('github', '200-user').response);
    const env = { GH_TOKEN: FAKE.githubClassic, KEYDOCTOR_GITHUB_BASE_URL: fake.url };
    const lacking = await runCli(['check', '--format', 'json'], { cwd: project({ '.keydoctor.yml': 'keys:\n  - env: GH_TOKEN\n    expect: { scopes: [repo, workflow] }\n' }), env });
    expect(JSON.parse(lacking.stdout).keys[0].category).toBe('insufficient_permissions');
    const fine = await runCli(['check', '--format', 'json'], { cwd: project({ '.keydoctor.yml': 'keys:\n  - env: GH_TOKEN\n    expect: { scopes: [repo, "read:org"] }\n' }), env });
    expect(fine.code).toBe(0);
    // Expected scopes are also the most the token may have (least privilege): read:org beyond [repo] fails.
    const broad = await runCli(['check', '--format', 'json'], { cwd: project({ '.keydoctor.yml': 'keys:\n  - env: GH_TOKEN\n    expect: { scopes: [repo] }\n' }), env });
    expect(broad.code).toBe(1);
    expect(JSON.stringify(JSON.parse(broad.stdout).keys[0].steps)).toContain('prevent.');
  });

  it('a live key where the config expects a test key is wrong_environment; expect live flags a test key', async () => {
    const live = await runCli(['check', '--offline', '--format', 'json'], { cwd: project({ '.keydoctor.yml': 'keys:\n  - env: STRIPE_SECRET_KEY\n    expect: { environment: live }\n' }), env: { STRIPE_SECRET_KEY: FAKE.stripeTest } });
    expect(JSON.parse(live.stdout).keys[0].category).toBe('wrong_environment');
  });

  it('failOn and timeout from the file apply unless a flag says otherwise', async () => {
    const dir = project({ '.keydoctor.yml': 'failOn: warning\n', '.env': 'OPENAI_API_KEY=sk-proj-FAKEtruncatedFAKE0123\n' });
    const strict = await runCli(['check', '--offline'], { cwd: dir });
    expect(strict.code).toBe(1);
    const lenient = await runCli(['check', '--offline', '--fail-on', 'error'], { cwd: dir });
    expect(lenient.code).toBe(0);
  });

  it('--config names another file; a missing one is exit 2', async () => {
    const dir = project({ 'ci/keys.yml': 'keys: [STRIPE_SECRET_KEY]\n' });
    const r = await runCli(['check', '--offline', '--config', 'ci/keys.yml', '--format', 'json'], { cwd: dir, env: { STRIPE_SECRET_KEY: FAKE.stripeLive } });
    expect(JSON.parse(r.stdout).keys[0].name).toBe('STRIPE_SECRET_KEY');
    const missing = await runCli(['check', '--config', 'nope.yml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.yml');
  });
});
