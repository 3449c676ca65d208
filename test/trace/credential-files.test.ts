// The CLIs' own credential files as sources (fixtures/home): each found with
// file:line and its section, ranked against environment variables by the
// runtime's own order, values never in the rows (only fingerprints).
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { traceVariables } from '../../src/trace/index.js';
import type { TraceOptions, TraceResult } from '../../src/trace/types.js';
import { fp } from './helpers.js';

export const HOME_FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'home');
const KEY = {
  defaultId: 'AKIAFAKEDEFAULT00001', defaultSecret: 'FAKEdefaultSecretKey0000000000000000000A',
  workId: 'AKIAFAKEWORK00000002', workSecret: 'FAKEworkSecretKey00000000000000000000000B',
  envId: 'AKIAFAKEENVIRONMENT3', envSecret: 'FAKEenvSecretKey000000000000000000000000C',
  gh: 'gho_FAKE0000000000000000000000000000gh01', npm: 'npm_FAKE00000000000000000000000000npm001',
  stripe: 'rk_test_FAKEstripeTestCanary000000000000000000',
};

/** A temporary HOME: the fixture, minus or plus files. */
function home(opts: { only?: string[]; files?: Record<string, string> } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'keydoctor-home-'));
  if (opts.only) for (const rel of opts.only) { mkdirSync(dirname(join(dir, rel)), { recursive: true }); cpSync(join(HOME_FIXTURE, rel), join(dir, rel), { recursive: true }); }
  else cpSync(HOME_FIXTURE, dir, { recursive: true });
  for (const [rel, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'keydoctor-proj-'));
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
  return dir;
}

function run(names: string[], opts: { home?: string; env?: Record<string, string>; root?: string; secrets?: string[] } & Partial<TraceOptions> = {}): TraceResult {
  const h = opts.home ?? home();
  return traceVariables({
    root: opts.root ?? project(), env: { HOME: h, ...opts.env }, home: h, names, now: () => new Date('2026-01-01T00:00:00Z'),
    ...(opts.secrets ? { onSecret: (v: string) => opts.secrets!.push(v) } : {}),
  });
}

/** winner mark, kind, file:line [section], fingerprint or reference, note. */
function rows(r: TraceResult, name: string): string[] {
  const v = r.variables.find((x) => x.name === name);
  if (!v) throw new Error(`${name} not traced`);
  return v.definitions.map((d) => `${d.wins ? '→' : ' '} ${d.kind} ${d.line ? `${d.file}:${d.line}` : d.file}${d.section !== undefined ? ` [${d.section}]` : ''} ${d.fingerprint ?? d.reference}${d.note?.startsWith('not loaded') ? ' (not loaded)' : ''}`);
}
const codes = (r: TraceResult, name?: string) => (name ? r.variables.find((v) => v.name === name)!.findings : r.findings).map((f) => `${f.code}${f.location ? ` ${f.location.file}${f.location.line ? `:${f.location.line}` : ''}` : ''}`);

describe('~/.aws/credentials and ~/.aws/config', () => {
  it('a HOME with only ~/.aws/credentials: [default] is loaded, [work] listed as not loaded', () => {
    const r = run(['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID'], { home: home({ only: ['.aws/credentials'] }) });
    expect(rows(r, 'AWS_SECRET_ACCESS_KEY')).toEqual([
      `→ credential-file ~/.aws/credentials:3 [default] ${fp(KEY.defaultSecret)}`,
      `  credential-file ~/.aws/credentials:7 [work] ${fp(KEY.workSecret)} (not loaded)`,
    ]);
    expect(rows(r, 'AWS_ACCESS_KEY_ID')[0]).toBe(`→ credential-file ~/.aws/credentials:2 [default] ${fp(KEY.defaultId)}`);
  });

  it('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment beat [default]', () => {
    const r = run(['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID'], { env: { AWS_ACCESS_KEY_ID: KEY.envId, AWS_SECRET_ACCESS_KEY: KEY.envSecret } });
    expect(rows(r, 'AWS_ACCESS_KEY_ID').slice(0, 2)).toEqual([
      `→ process process environment ${fp(KEY.envId)}`,
      `  credential-file ~/.aws/credentials:2 [default] ${fp(KEY.defaultId)}`,
    ]);
    expect(rows(r, 'AWS_SECRET_ACCESS_KEY')[0]).toBe(`→ process process environment ${fp(KEY.envSecret)}`);
    expect(r.variables[0]!.contexts[0]!.rule).toContain('the AWS CLI (no AWS SDK among the project\'s dependencies): environment keys');
    // The environment overriding a CLI's file is by design: a note, not a conflict warning.
    expect(codes(r, 'AWS_SECRET_ACCESS_KEY')).toEqual(['trace.shadowed ~/.aws/credentials:3']);
  });

  it('AWS_PROFILE=work selects [work], its key id travelling with its secret; [default] is not loaded', () => {
    const r = run(['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_REGION'], { env: { AWS_PROFILE: 'work' } });
    expect(rows(r, 'AWS_SECRET_ACCESS_KEY')).toEqual([
      `→ credential-file ~/.aws/credentials:7 [work] ${fp(KEY.workSecret)}`,
      `  credential-file ~/.aws/credentials:3 [default] ${fp(KEY.defaultSecret)} (not loaded)`,
    ]);
    expect(rows(r, 'AWS_ACCESS_KEY_ID')[0]).toBe(`→ credential-file ~/.aws/credentials:6 [work] ${fp(KEY.workId)}`);
    expect(rows(r, 'AWS_REGION')[0]).toMatch(/^→ credential-file ~\/\.aws\/config:5 \[work\]/);
  });

  it('a key id in the environment without its secret is never paired with the profile\'s secret', () => {
    const r = run(['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID'], { env: { AWS_ACCESS_KEY_ID: KEY.envId } });
    expect(rows(r, 'AWS_SECRET_ACCESS_KEY')[0]).toBe(`→ credential-file ~/.aws/credentials:3 [default] ${fp(KEY.defaultSecret)}`);
    expect(rows(r, 'AWS_ACCESS_KEY_ID').slice(0, 2)).toEqual([
      `→ credential-file ~/.aws/credentials:2 [default] ${fp(KEY.defaultId)}`,
      `  process process environment ${fp(KEY.envId)}`,
    ]);
  });

  describe('AWS_PROFILE=work with keys in the environment: the runtimes disagree', () => {
    const env = { AWS_PROFILE: 'work', AWS_ACCESS_KEY_ID: KEY.envId, AWS_SECRET_ACCESS_KEY: KEY.envSecret };
    it('the AWS CLI (no SDK in the project) and boto3 take the environment keys, and say the JS SDK v3 would not', () => {
      for (const root of [project(), project({ 'requirements.txt': 'boto3==1.34.0\nrequests\n' })]) {
        const r = run(['AWS_SECRET_ACCESS_KEY'], { env, root });
        expect(rows(r, 'AWS_SECRET_ACCESS_KEY')[0]).toBe(`→ process process environment ${fp(KEY.envSecret)}`);
        expect(codes(r, 'AWS_SECRET_ACCESS_KEY')).toContain('trace.runtimes_differ');
        expect(r.variables[0]!.findings.find((f) => f.code === 'trace.runtimes_differ')!.message).toContain('JavaScript v3 would take profile [work]');
      }
      expect(run(['AWS_SECRET_ACCESS_KEY'], { env, root: project({ 'requirements.txt': 'boto3==1.34.0\n' }) }).variables[0]!.contexts[0]!.rule).toContain('boto3 (the project depends on boto3)');
    });
    it('the JS SDK v3 (package.json depends on @aws-sdk/*) takes the profile and skips the environment', () => {
      const root = project({ 'package.json': JSON.stringify({ dependencies: { '@aws-sdk/client-s3': '^3.600.0' } }) });
      const r = run(['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID'], { env, root });
      expect(rows(r, 'AWS_SECRET_ACCESS_KEY').slice(0, 2)).toEqual([
        `→ credential-file ~/.aws/credentials:7 [work] ${fp(KEY.workSecret)}`,
        `  process process environment ${fp(KEY.envSecret)}`,
      ]);
      expect(rows(r, 'AWS_ACCESS_KEY_ID')[0]).toBe(`→ credential-file ~/.aws/credentials:6 [work] ${fp(KEY.workId)}`);
      expect(r.variables[0]!.contexts[0]!.rule).toContain('AWS_PROFILE is set, skipping fromEnv provider');
      expect(r.variables[0]!.findings.find((f) => f.code === 'trace.runtimes_differ')!.message).toContain('the AWS CLI and boto3 would take the environment keys');
    });
  });

  it('an SSO profile: its expired login is a finding; nothing to test', () => {
    const r = run(['AWS_SECRET_ACCESS_KEY'], { env: { AWS_PROFILE: 'sso' } });
    expect(rows(r, 'AWS_SECRET_ACCESS_KEY')[0]).toMatch(/^→ credential-file ~\/\.aws\/config:11 \[sso\] an AWS IAM Identity Center \(SSO\) login/);
    expect(codes(r, 'AWS_SECRET_ACCESS_KEY')).toEqual(['trace.aws_sso_expired ~/.aws/config:11']);
  });

  it('a credential_process profile is named, never run', () => {
    const r = run(['AWS_SECRET_ACCESS_KEY'], { env: { AWS_PROFILE: 'proc', PATH: '/nonexistent' } });
    expect(rows(r, 'AWS_SECRET_ACCESS_KEY')[0]).toMatch(/^→ credential-file ~\/\.aws\/config:8 \[proc\] credential_process: a command keydoctor names but never runs/);
    expect(codes(r, 'AWS_SECRET_ACCESS_KEY')).toEqual(['trace.credential_process ~/.aws/config:8']);
  });

  it('AWS_PROFILE naming no profile is a finding', () => {
    expect(codes(run(['AWS_SECRET_ACCESS_KEY'], { env: { AWS_PROFILE: 'nope' } }))).toContain('trace.aws_profile_missing');
  });

  it('AWS_SHARED_CREDENTIALS_FILE moves the file', () => {
    const h = home({ only: [] , files: { 'elsewhere/creds': '[default]\naws_access_key_id = AKIAFAKEDEFAULT00001\naws_secret_access_key = FAKEdefaultSecretKey0000000000000000000A\n' } });
    const r = run(['AWS_SECRET_ACCESS_KEY'], { home: h, env: { AWS_SHARED_CREDENTIALS_FILE: join(h, 'elsewhere/creds') } });
    expect(rows(r, 'AWS_SECRET_ACCESS_KEY')).toEqual([`→ credential-file ~/elsewhere/creds:3 [default] ${fp(KEY.defaultSecret)}`]);
  });

  it('a malformed line is a finding with file:line, and the rest of the file is read', () => {
    const h = home({ only: [], files: { '.aws/credentials': '[default]\nthis line is broken\naws_access_key_id = AKIAFAKEDEFAULT00001\naws_secret_access_key = FAKEdefaultSecretKey0000000000000000000A\n' } });
    const r = run(['AWS_SECRET_ACCESS_KEY'], { home: h });
    expect(codes(r)).toEqual(['trace.malformed ~/.aws/credentials:2']);
    expect(rows(r, 'AWS_SECRET_ACCESS_KEY')).toEqual([`→ credential-file ~/.aws/credentials:4 [default] ${fp(KEY.defaultSecret)}`]);
  });
});

describe('gh hosts.yml', () => {
  it('github.com\'s token is GH_TOKEN; an Enterprise host is listed, never loaded; a keyring host is a note', () => {
    const r = run(['GH_TOKEN', 'GH_ENTERPRISE_TOKEN']);
    expect(rows(r, 'GH_TOKEN')).toEqual([`→ credential-file ~/.config/gh/hosts.yml:7 [github.com] ${fp(KEY.gh)}`]);
    expect(rows(r, 'GH_ENTERPRISE_TOKEN')).toEqual([`  credential-file ~/.config/gh/hosts.yml:10 [ghe.example.com] ${fp('ghp_FAKE0000000000000000000000000000ghe1')} (not loaded)`]);
    expect(codes(r)).toEqual(['trace.keyring_token ~/.config/gh/hosts.yml:12']);
  });
  it('GH_TOKEN > GITHUB_TOKEN > hosts.yml', () => {
    const env = run(['GH_TOKEN'], { env: { GH_TOKEN: 'ghp_FAKE9FAKE9FAKE9FAKE9FAKE9FAKE9FAKE' } });
    expect(rows(env, 'GH_TOKEN').map((x) => x.slice(0, 30))).toEqual(['→ process process environment ', '  credential-file ~/.config/gh']);
    const other = run(['GH_TOKEN'], { env: { GITHUB_TOKEN: 'ghp_FAKE9FAKE9FAKE9FAKE9FAKE9FAKE9FAKE' } });
    expect(rows(other, 'GH_TOKEN')).toEqual([`  credential-file ~/.config/gh/hosts.yml:7 [github.com] ${fp(KEY.gh)} (not loaded)`]);
  });
  it('GH_CONFIG_DIR moves it; invalid YAML is a finding', () => {
    const h = home({ only: [], files: { 'ghdir/hosts.yml': 'github.com:\n  oauth_token: [unclosed\n' } });
    expect(codes(run(['GH_TOKEN'], { home: h, env: { GH_CONFIG_DIR: join(h, 'ghdir') } }))[0]).toMatch(/^trace\.malformed ~\/ghdir\/hosts\.yml/);
  });
});

describe('~/.npmrc', () => {
  it('only registry.npmjs.org\'s token is NPM_TOKEN; another registry\'s is listed; ${VAR} is a reference', () => {
    const r = run(['NPM_TOKEN'], { home: home({ only: [], files: { '.npmrc': '//registry.npmjs.org/:_authToken=npm_FAKE00000000000000000000000000npm001\n//npm.pkg.github.com/:_authToken=ghp_FAKE00000000000000000000000000npmgh1\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n=broken\n' } }) });
    expect(rows(r, 'NPM_TOKEN')).toEqual([
      `→ credential-file ~/.npmrc:1 [//registry.npmjs.org/] ${fp(KEY.npm)}`,
      `  credential-file ~/.npmrc:2 [//npm.pkg.github.com/] ${fp('ghp_FAKE00000000000000000000000000npmgh1')} (not loaded)`,
      '  credential-file ~/.npmrc:3 [//registry.npmjs.org/] environment variable NPM_TOKEN (npm expands ${NPM_TOKEN})',
    ]);
    expect(codes(r)).toEqual(['trace.malformed ~/.npmrc:4']);
  });
});

describe('a project\'s .npmrc', () => {
  it('is a project file: a literal token is a committed literal, ${NPM_TOKEN} a reference', () => {
    const root = project({ '.npmrc': '//registry.npmjs.org/:_authToken=npm_FAKE11111111111111111111111111111111\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' });
    const r = run(['NPM_TOKEN'], { root, home: home({ only: [], files: { '.keep': '' } }) });
    expect(rows(r, 'NPM_TOKEN')).toEqual([
      `  config .npmrc:1 [//registry.npmjs.org/] ${fp('npm_FAKE11111111111111111111111111111111')}`,
      '  config .npmrc:2 [//registry.npmjs.org/] environment variable NPM_TOKEN (npm expands ${NPM_TOKEN})',
    ]);
    expect(codes(r, 'NPM_TOKEN')).toEqual(['trace.literal_in_repo .npmrc:1']);
  });
});

describe('gcloud application-default credentials and GOOGLE_APPLICATION_CREDENTIALS', () => {
  const G = 'GOOGLE_APPLICATION_CREDENTIALS';
  it('the ADC file\'s text is the value; its secret fields go to the Redactor', () => {
    const secrets: string[] = [];
    const r = run([G], { secrets });
    const d = r.variables[0]!.definitions[0]!;
    expect([d.kind, d.file, d.line, d.section, d.redacted]).toEqual(['credential-file', '~/.config/gcloud/application_default_credentials.json', 1, 'authorized_user', '(JSON credentials)']);
    expect(JSON.parse(d.value!).type).toBe('authorized_user');
    expect(secrets).toEqual(expect.arrayContaining(['FAKE-gcloudClientSecretCanary00', '1//FAKEgcloudRefreshTokenCanary0000000000000000']));
  });
  it('a path in the environment is read: the value is the file\'s text, the trace shows the path', () => {
    const h = home();
    const r = run([G], { home: h, env: { [G]: join(h, '.config/gcloud/application_default_credentials.json') } });
    const [env, adc] = r.variables[0]!.definitions;
    expect(env!.kind).toBe('process');
    expect(env!.wins).toBe(true);
    expect(env!.value).toContain('"authorized_user"');
    expect(env!.note).toContain('the path ~/.config/gcloud/application_default_credentials.json');
    expect(adc!.wins).toBe(false);
  });
  it('a path a project file sets that leaves the project is not read: a reference, never the user\'s secret at project trust', () => {
    const h = home();
    const root = project({ '.env': `${G}=${join(h, '.config/gcloud/application_default_credentials.json')}\n` });
    const d = run([G], { home: h, root }).variables[0]!.definitions.find((x) => x.file === '.env')!;
    expect(d.kind).toBe('dotenv');
    expect(d.value).toBeUndefined();
    expect(d.reference).toMatch(/^file ~\/\.config\/gcloud\/application_default_credentials\.json, outside the project: a project file cannot make keydoctor read your files/);
  });
  it('a path a project file sets inside the project is read as a project file', () => {
    const h = home();
    const adc = JSON.stringify({ type: 'authorized_user', client_id: 'FAKE.apps.googleusercontent.com', client_secret: 'FAKE-client-secret-EXAMPLE', refresh_token: '1//FAKEEXAMPLEinsidePROJECT' });
    const root = project({ '.env': `${G}=./adc.json\n`, 'adc.json': adc });
    const d = run([G], { home: h, root }).variables[0]!.definitions.find((x) => x.file === '.env')!;
    expect(d.value).toBe(adc);
    expect(d.note).toContain('the path');
  });
  it('a path to a file that is no Google credentials JSON is a reference, never a value', () => {
    const h = home();
    const r = run([G], { home: h, env: { [G]: join(h, '.aws/credentials') } });
    const d = r.variables[0]!.definitions[0]!;
    expect(d.value).toBeUndefined();
    expect(d.reference).toMatch(/^file ~\/\.aws\/credentials \(not valid JSON\)$/);
  });
});

describe('the Stripe CLI config', () => {
  it('[default]\'s test key is STRIPE_API_KEY; a .env STRIPE_API_KEY wins over it (stripe/stripe-cli#1316)', () => {
    const r = run(['STRIPE_API_KEY']);
    expect(rows(r, 'STRIPE_API_KEY')[0]).toBe(`→ credential-file ~/.config/stripe/config.toml:6 [default] ${fp(KEY.stripe)}`);
    const withEnv = run(['STRIPE_API_KEY'], { root: project({ '.env': 'STRIPE_API_KEY=sk_test_FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0\n' }) });
    expect(rows(withEnv, 'STRIPE_API_KEY')[0]).toMatch(/^→ dotenv \.env:1 /);
    expect(withEnv.variables[0]!.contexts[0]!.rule).toContain('stripe/stripe-cli#1316');
  });
});

describe('turned off', () => {
  it('credentialFiles: false reads none of them', () => {
    const h = home();
    const off = traceVariables({ root: project(), env: { HOME: h }, home: h, names: ['AWS_SECRET_ACCESS_KEY', 'GH_TOKEN'], credentialFiles: false, required: [] });
    expect(off.variables).toEqual([]);
    rmSync(h, { recursive: true });
  });
});

describe('hostile files in HOME', () => {
  it('a FIFO or a link to a device instead of a credential file is a finding, never a hang', async () => {
    const { execFileSync } = await import('node:child_process');
    const { symlinkSync } = await import('node:fs');
    const h = home({ only: [], files: { '.config/gh/.keep': '' } });
    mkdirSync(join(h, '.aws'));
    execFileSync('mkfifo', [join(h, '.aws/credentials')]);
    symlinkSync('/dev/zero', join(h, '.npmrc'));
    const r = run(['AWS_SECRET_ACCESS_KEY', 'NPM_TOKEN'], { home: h });
    expect(codes(r)).toEqual(['trace.unreadable ~/.aws/credentials', 'trace.unreadable ~/.npmrc']);
  });
});
