// The CLIs' credential files end to end, through the built CLI with a HOME
// holding all of them (fixtures/home): check --provider aws finds the
// ~/.aws/credentials key and tests it, as `aws configure list` would; a
// user-file key is sent only when the project uses the provider or
// --provider asks, otherwise listed; nothing from the files is sent anywhere
// but the provider's own host (redirected to the fake provider on 127.0.0.1,
// as every live test does, by KEYDOCTOR_<PROBE>_BASE_URL in the environment);
// and no value from them appears in any output of check, trace or report.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'home');

/** Every secret the HOME fixture holds: none may appear in any output. */
const CANARIES = [
  'FAKEdefaultSecretKey0000000000000000000A', 'FAKEworkSecretKey00000000000000000000000B',
  'FAKEssoAccessTokenCanary0000000000000000aws', 'FAKEssoClientSecretCanary000000000000000', 'FAKEssoRefreshTokenCanary00000000000000',
  'gho_FAKE0000000000000000000000000000gh01', 'ghp_FAKE0000000000000000000000000000ghe1',
  'FAKE-gcloudClientSecretCanary00', '1//FAKEgcloudRefreshTokenCanary0000000000000000',
  'rk_live_FAKEstripeLiveCanary000000000000000000', 'rk_test_FAKEstripeTestCanary000000000000000000', 'rk_test_FAKEstripeOtherCanary00000000000000000',
  'npm_FAKE00000000000000000000000000npm001', 'ghp_FAKE00000000000000000000000000npmgh1',
];
/** Values that may never reach any host at all: other hosts' tokens, keys the CLIs do not use. */
const NEVER_SENT = ['ghp_FAKE0000000000000000000000000000ghe1', 'ghp_FAKE00000000000000000000000000npmgh1', 'rk_live_FAKEstripeLiveCanary000000000000000000', 'rk_test_FAKEstripeOtherCanary00000000000000000', 'FAKEworkSecretKey00000000000000000000000B'];

function homeWith(only?: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'keydoctor-home-'));
  if (!only) cpSync(FIXTURE, dir, { recursive: true });
  else for (const rel of only) { mkdirSync(dirname(join(dir, rel)), { recursive: true }); cpSync(join(FIXTURE, rel), join(dir, rel)); }
  return dir;
}

const PROBES = ['aws', 'github', 'npm', 'stripe'];
const redirect = (url: string) => Object.fromEntries(PROBES.map((p) => [`KEYDOCTOR_${p.toUpperCase()}_BASE_URL`, url]));

let fake: FakeProvider | undefined;
beforeAll(() => ensureBuilt());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('check and the CLIs\' credential files', () => {
  it('check --provider aws in a HOME with only ~/.aws/credentials finds the [default] key and tests it with its own key id', async () => {
    fake = await startFakeProvider(loadAnswer('aws', '200-caller-identity').response);
    const home = homeWith(['.aws/credentials']);
    const r = await runCli(['check', '--provider', 'aws', '--format', 'json'], { env: { HOME: home, KEYDOCTOR_AWS_BASE_URL: fake.url } });
    const json = JSON.parse(r.stdout);
    expect(r.code).toBe(0);
    expect(json.keys).toHaveLength(1);
    expect(json.keys[0]).toMatchObject({ name: 'AWS_SECRET_ACCESS_KEY', category: 'ok', source: { kind: 'credential-file', file: '~/.aws/credentials', line: 3, section: 'default' } });
    const pretty = await runCli(['check', '--provider', 'aws', '--offline'], { env: { HOME: home } });
    expect(pretty.stdout).toMatch(/^ {2}from {6}~\/\.aws\/credentials:3 \[default\]/m);
    expect(fake.requests).toHaveLength(1);
    expect(String(fake.requests[0]!.headers.authorization)).toContain('Credential=AKIAFAKEDEFAULT00001/');
  });

  it('a project that does not use a provider: its user-file keys are listed, not sent', async () => {
    fake = await startFakeProvider(loadAnswer('aws', '200-caller-identity').response);
    const r = await runCli(['check', '--format', 'json'], { env: { HOME: homeWith(), ...redirect(fake.url) } });
    const json = JSON.parse(r.stdout);
    expect(fake.requests).toHaveLength(0);
    expect(json.keys).toHaveLength(0);
    expect(r.code).toBe(0);
    // One notice for them all: five CLIs logged in are no five warnings above every check.
    expect(json.notices.filter((n: string) => /not sent/i.test(n))).toEqual([
      'Not sent, as nothing in this project uses their providers: AWS_SECRET_ACCESS_KEY (~/.aws/credentials:3 [default]), '
      + 'GH_TOKEN (~/.config/gh/hosts.yml:7 [github.com]), NPM_TOKEN (~/.npmrc:1 [//registry.npmjs.org/]), '
      + 'STRIPE_API_KEY (~/.config/stripe/config.toml:6 [default]), '
      + 'GOOGLE_APPLICATION_CREDENTIALS (~/.config/gcloud/application_default_credentials.json:1 [authorized_user]), '
      + 'from the CLIs\' own credential files. `keydoctor check --provider ID` (aws, github, npm, stripe, vertex-ai) checks one.',
    ]);
  });

  it('a project that uses AWS (an @aws-sdk dependency) gets its AWS key checked, and only that', async () => {
    fake = await startFakeProvider(loadAnswer('aws', '200-caller-identity').response);
    const cwd = project({ 'package.json': JSON.stringify({ dependencies: { '@aws-sdk/client-sts': '^3.600.0' } }) });
    const r = await runCli(['check', '--format', 'json'], { cwd, env: { HOME: homeWith(), ...redirect(fake.url) } });
    const json = JSON.parse(r.stdout);
    expect(json.keys.map((k: { name: string }) => k.name)).toEqual(['AWS_SECRET_ACCESS_KEY']);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.method).toBe('POST');
  });

  it('a project variable (even in a template), --env-var or .keydoctor.yml makes a user-file key sent', async () => {
    fake = await startFakeProvider(loadAnswer('github', '401-bad-credentials').response);
    const env = { HOME: homeWith(['.config/gh/hosts.yml']), KEYDOCTOR_GITHUB_BASE_URL: fake.url };
    await runCli(['check', '--format', 'json'], { cwd: project({ '.env.example': 'GH_TOKEN=\n' }), env });
    expect(fake.requests).toHaveLength(1);
    await runCli(['check', '--env-var', 'GH_TOKEN', '--format', 'json'], { cwd: project({}), env });
    expect(fake.requests).toHaveLength(2);
    await runCli(['check', '--format', 'json'], { cwd: project({ '.keydoctor.yml': 'keys:\n  - env: GH_TOKEN\n' }), env });
    expect(fake.requests).toHaveLength(3);
    for (const q of fake.requests) expect(q.headers.authorization).toBe('Bearer gho_FAKE0000000000000000000000000000gh01');
  });

  it('the key id sent is always the one of the tested secret\'s own source (JS SDK v3 with AWS_PROFILE: the profile\'s pair)', async () => {
    fake = await startFakeProvider(loadAnswer('aws', '200-caller-identity').response);
    const env = { HOME: homeWith(), KEYDOCTOR_AWS_BASE_URL: fake.url, AWS_PROFILE: 'work', AWS_ACCESS_KEY_ID: 'AKIAFAKEENVIRONMENT3', AWS_SECRET_ACCESS_KEY: 'FAKEenvSecretKey000000000000000000000000C' };
    const v3 = project({ 'package.json': JSON.stringify({ dependencies: { '@aws-sdk/client-sts': '3' } }) });
    const r1 = await runCli(['check', '--provider', 'aws', '--format', 'json'], { cwd: v3, env });
    expect(JSON.parse(r1.stdout).keys[0].source).toMatchObject({ file: '~/.aws/credentials', line: 7 });
    const cli = project({});
    await runCli(['check', '--provider', 'aws', '--format', 'json'], { cwd: cli, env });
    expect(fake.requests.map((q) => /Credential=(\w+)\//.exec(String(q.headers.authorization))?.[1])).toEqual(['AKIAFAKEWORK00000002', 'AKIAFAKEENVIRONMENT3']);
  });

  it('nothing from the files reaches a host but the provider\'s, and no value appears in any output', async () => {
    fake = await startFakeProvider(loadAnswer('aws', '200-caller-identity').response);
    const home = homeWith();
    const cwd = project({
      'package.json': JSON.stringify({ dependencies: { '@aws-sdk/client-sts': '3', '@octokit/rest': '20', stripe: '14', 'semantic-release': '23', 'google-auth-library': '9' } }),
    });
    const env = { HOME: home, ...redirect(fake.url) };
    const outputs: string[] = [];
    for (const format of ['pretty', 'json', 'github', 'junit', 'sarif']) {
      const r = await runCli(['check', '--format', format], { cwd, env });
      outputs.push(r.stdout, r.stderr);
    }
    for (const p of PROBES) {
      const r = await runCli(['check', '--provider', p, '--format', 'json'], { cwd: project({}), env });
      outputs.push(r.stdout, r.stderr);
    }
    for (const name of ['', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'GH_TOKEN', 'GH_ENTERPRISE_TOKEN', 'NPM_TOKEN', 'STRIPE_API_KEY', 'GOOGLE_APPLICATION_CREDENTIALS']) {
      for (const format of ['pretty', 'json']) {
        const r = await runCli(['trace', ...(name ? [name] : []), '--format', format], { cwd, env: { ...env, AWS_PROFILE: 'sso' } });
        outputs.push(r.stdout, r.stderr);
      }
    }
    const out = mkdtempSync(join(tmpdir(), 'keydoctor-report-'));
    const rep = await runCli(['report', '--out', out], { cwd, env });
    outputs.push(rep.stdout, rep.stderr, ...readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8')));
    const all = outputs.join('\n');
    for (const c of CANARIES) expect(all, `canary ${c.slice(0, 8)}… leaked`).not.toContain(c);
    // Every request went to the (redirected) official host of its probe: aws, github, npm, stripe by path.
    const sent = fake.requests.map((q) => `${q.method} ${q.path} ${JSON.stringify(q.headers)} ${q.body}`);
    expect(fake.requests.length).toBeGreaterThan(0);
    for (const s of sent) for (const v of NEVER_SENT) expect(s).not.toContain(v);
    for (const q of fake.requests) expect(q.path).toMatch(/^\/(?:$|user|-\/whoami|v1\/)/);
    // A trace shows where, never what: the gcloud file is named, its text is not there.
    expect(all).toContain('~/.config/gcloud/application_default_credentials.json:1 [authorized_user]');
  }, 120_000);
});

describe('a broken credential file', () => {
  it('is a finding naming file and line, and the run goes on', async () => {
    const home = homeWith(['.aws/credentials']);
    writeFileSync(join(home, '.aws/credentials'), '[default]\n=== not ini ===\naws_access_key_id = AKIAFAKEDEFAULT00001\naws_secret_access_key = FAKEdefaultSecretKey0000000000000000000A\n');
    const r = await runCli(['trace', '--format', 'json'], { env: { HOME: home } });
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { code: string; location?: { file: string; line?: number } }) => `${f.code} ${f.location?.file}:${f.location?.line}`)).toEqual(['trace.malformed ~/.aws/credentials:2']);
    expect(json.variables[0].definitions[0]).toMatchObject({ kind: 'credential-file', file: '~/.aws/credentials', line: 4, section: 'default', wins: true });
    expect(r.stdout).not.toContain('FAKEdefaultSecretKey0000000000000000000A');
  });
});

describe('providers --json', () => {
  it('lists each provider\'s credential files', async () => {
    const r = await runCli(['providers', '--json']);
    const byId = Object.fromEntries(JSON.parse(r.stdout).providers.map((p: { id: string; credentialFiles?: { file: string }[] }) => [p.id, (p.credentialFiles ?? []).map((f) => f.file)]));
    expect(byId).toMatchObject({ aws: ['~/.aws/credentials', '~/.aws/config'], github: ['~/.config/gh/hosts.yml'], npm: ['~/.npmrc'], stripe: ['~/.config/stripe/config.toml'], openai: [] });
  });

  it('a project .env naming the user\'s gcloud ADC file by path cannot make it a project value (its base URL could take the token)', async () => {
    const home = homeWith(['.config/gcloud/application_default_credentials.json']);
    const cwd = project({
      '.env': `GOOGLE_APPLICATION_CREDENTIALS=${join(home, '.config/gcloud/application_default_credentials.json')}\nKEYDOCTOR_VERTEX_AI_BASE_URL=http://127.0.0.1:9/v1\n`,
      'package.json': JSON.stringify({ dependencies: { '@google-cloud/vertexai': '^1.0.0' } }),
    });
    // Offline: nothing may go anywhere in a test, and the question is which value would be tested, and at what trust.
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd, env: { HOME: home } });
    const json = JSON.parse(r.stdout);
    for (const k of json.keys) expect(k.source.file, 'a project file is no origin of the user\'s ADC').not.toBe('.env');
    const t = await runCli(['trace', 'GOOGLE_APPLICATION_CREDENTIALS'], { cwd, env: { HOME: home } });
    expect(t.stdout).toMatch(/outside the project: a project file cannot make keydoctor read your files/);
    for (const c of CANARIES) expect(r.stdout + r.stderr + t.stdout + t.stderr).not.toContain(c);
  });
});

