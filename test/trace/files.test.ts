// Files that define or leak a key: package.json scripts, JSON/YAML config
// fields, hard-coded values in source, malformed files, and a combined
// monorepo (fixtures package-scripts, config-fields, hardcoded, malformed, combined).
import { projectRoot } from '../../src/io/files.js';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/trace/collect.js';
import { WalkedFile } from '../../src/trace/walk.js';
import { project } from '../helpers/cli.js';
import { copyWith, FIXTURES, findings, fp, notes, rows, trace } from './helpers.js';
import { K } from './keys.js';

const A = fp(K.openai), B = fp(K.openaiOld), C = fp(K.openaiProd);

describe('package.json scripts', () => {
  it('an inline NAME=value wins for that npm run; an empty one is an error', () => {
    const r = trace('package-scripts');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ dotenv .env.local:1 ${A}`,
      `→ package-json package.json:5 ${B}`,
      '→ package-json package.json:6 (empty)',
    ]);
    expect(notes(r, 'OPENAI_API_KEY')[1]).toBe('wins in npm run dev (package.json); script "dev"');
    expect(findings(r, 'OPENAI_API_KEY')).toEqual([
      'error trace.empty package.json:6',
      'warning trace.literal_in_repo package.json:5',
      'info trace.contexts_differ',
    ]);
    expect(rows(r, 'STRIPE_SECRET_KEY')).toEqual([`→ package-json package.json:6 ${fp(K.stripe)}`]);
  });
});

describe('config fields', () => {
  it('finds fields named like the variable in JSON and YAML; ${...} values are references', () => {
    const r = trace('config-fields');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ config config/settings.json:3 ${A}`,
      '→ config serverless.yml:5 (reference) ref ${env:OPENAI_API_KEY}',
    ]);
    expect(notes(r, 'OPENAI_API_KEY')[0]).toBe('wins in config config/settings.json openai.openaiApiKey; field openai.openaiApiKey');
    expect(findings(r, 'OPENAI_API_KEY')).toEqual(['warning trace.literal_in_repo config/settings.json:3']);
    expect(rows(r, 'STRIPE_SECRET_KEY')).toEqual([`→ config serverless.yml:6 ${fp(K.stripe)}`]);
  });
});

describe('hard-coded keys and the tree walk', () => {
  // What git would not keep in the fixture: ignored paths, build output, dependencies, a binary.
  const dir = copyWith('hardcoded', {
    'node_modules/openai-wrapper/index.js': `module.exports = { key: '${K.openai}' };\n`,
    'dist/bundle.js': `var k = "${K.openai}";\n`,
    'generated/keys.ts': `export const KEY = '${K.openai}';\n`,
    'debug.log': `calling with ${K.openai}\n`,
    'packages/app/src/secrets.local.ts': `export const key = '${K.openai}';\n`,
    'assets/blob.key': Buffer.concat([Buffer.from([0x00, 0x01, 0x02]), Buffer.from(K.openai)]),
    'src/huge.ts': `// ${'x'.repeat(2048)}\nconst k = '${K.openai}';\n`,
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  symlinkSync(dir, join(dir, 'packages', 'app', 'loop'));
  symlinkSync(join(dir, 'src', 'client.ts'), join(dir, 'scripts', 'client-link.ts'));

  it('finds the value by exact match and other keys of the provider by shape and fingerprint, only outside ignored paths', () => {
    const r = trace(dir, { maxFileBytes: 1024 });
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([`→ dotenv .env:1 ${A}`]);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual([
      'error trace.hardcoded packages/app/src/keep.local.ts:1',
      'error trace.hardcoded scripts/client-link.ts:4',
      'error trace.hardcoded src/client.ts:4',
      'warning trace.hardcoded_other_key scripts/legacy.py:3',
    ]);
    const v = r.variables[0]!;
    expect(v.findings[3]!.message).toContain(B);
    expect(JSON.stringify(r.variables.map((x) => x.findings))).not.toContain(K.openai);
    expect(r.stats.tooLarge).toBe(1);
    expect(r.stats.binary).toBe(1);
  });

  it('reports a file that cannot be read instead of failing', () => {
    const c = collect([new WalkedFile(join(FIXTURES, 'no-such-dir'), 'gone.yaml')], projectRoot(FIXTURES), {}, new Set(['OPENAI_API_KEY']), 1024);
    expect(c.problems.map((p) => [p.code, p.location?.file])).toEqual([['trace.unreadable', 'gone.yaml']]);
  });
});

describe('malformed files', () => {
  it('a broken YAML, JSON or .env line is a finding with file and line, never a crash', () => {
    const r = trace('malformed');
    expect(r.findings.map((f) => `${f.code} ${f.location?.file}:${f.location?.line}`)).toEqual([
      'trace.malformed docker-compose.yml:5',
      'trace.malformed k8s/broken.yaml:8',
      'trace.malformed settings.json:4',
      'trace.malformed .env:3',
    ]);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual(['error trace.not_defined', 'warning trace.dotenv_skipped_line .env:1']);
    expect(JSON.stringify(r.findings)).not.toContain('FAKE');
  });
});

describe('combined: a monorepo with every kind at once', () => {
  it('shows one table across local, nested app, compose, Kubernetes and CI, with the shell origin', () => {
    const r = trace('combined/project', {
      home: join(FIXTURES, 'combined', 'home'),
      env: { SHELL: '/bin/zsh', OPENAI_API_KEY: K.openai },
    });
    expect(r.loader).toMatchObject({ name: 'dotenv', reason: 'package.json depends on dotenv' });
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ process process environment ${A}`,
      `  dotenv .env:1 ${A}`,
      `→ shell shell: ~/.zshrc:1 ${A}`,
      `  dotenv apps/web/.env.local:1 ${B}`,
      `→ compose docker-compose.yml:5 ${A} ref \${OPENAI_API_KEY} (the shell, then .env)`,
      '→ kubernetes k8s/web.yaml:12 (reference) ref Secret openai key api-key',
      '→ github-actions .github/workflows/deploy.yml:10 (reference) ref secrets.OPENAI_API_KEY',
    ]);
    expect(notes(r, 'OPENAI_API_KEY').slice(0, 4)).toEqual([
      'wins in local',
      'shadowed in local by process environment',
      'likely origin of the process value (same fingerprint)',
      'shadowed in local (apps/web) by process environment',
    ]);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual([
      'warning trace.conflict apps/web/.env.local:1',
      `warning trace.hardcoded_other_key scripts/seed.ts:2`,
      'info trace.shadowed .env:1',
      'info trace.reference k8s/web.yaml:12',
      'info trace.reference .github/workflows/deploy.yml:10',
    ]);
    expect(r.variables.find((v) => v.name === 'OPENAI_API_KEY')!.findings.find((f) => f.code === 'trace.hardcoded_other_key')!.message).toContain(C);
  });
});

describe('.keydoctor.yml', () => {
  it('adds the variables its keys[].env name, defined or not', () => {
    const dir = project({ '.keydoctor.yml': 'keys:\n  - env: MY_SERVICE_TOKEN\n  - env: OPENAI_API_KEY\n', '.env': `MY_SERVICE_TOKEN=${K.stripe}\n` });
    const r = trace(dir);
    expect(r.variables.map((v) => v.name)).toEqual(['OPENAI_API_KEY', 'MY_SERVICE_TOKEN']);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual(['error trace.not_defined']);
    expect(rows(r, 'MY_SERVICE_TOKEN')).toEqual([`→ dotenv .env:1 ${fp(K.stripe)}`]);
  });

  it('a .keydoctor.yml that is not YAML is a configuration error with its line', () => {
    const dir = project({ '.keydoctor.yml': 'keys:\n  - env: [A\n' });
    // The one reader (src/config/load.ts) words it as every config error: `file:line: what`.
    expect(() => trace(dir)).toThrow(/\.keydoctor\.yml:3: not valid YAML/);
  });

  it('is read by the same loader as check: the short form of keys, the strict schema, .keydoctor.yaml', () => {
    const short = project({ '.keydoctor.yml': 'keys: [MY_SERVICE_TOKEN]\n', '.env': `MY_SERVICE_TOKEN=${K.stripe}\n` });
    expect(rows(trace(short), 'MY_SERVICE_TOKEN')).toEqual([`→ dotenv .env:1 ${fp(K.stripe)}`]);
    const typo = project({ '.keydoctor.yml': 'keys:\n  - env: MY_SERVICE_TOKEN\n    provder: openai\n' });
    expect(() => trace(typo)).toThrow('.keydoctor.yml:3: keys[0].provder: unknown field');
    const yamlName = project({ '.keydoctor.yaml': 'keys:\n  - env: MY_SERVICE_TOKEN\n' });
    expect(findings(trace(yamlName), 'MY_SERVICE_TOKEN')).toEqual(['error trace.not_defined']);
  });

  it('a config passed in is used as it is, and the file is not read again', () => {
    const dir = project({ '.keydoctor.yml': 'keys:\n  - env: [A\n' });
    const r = trace(dir, { config: { file: 'ci/keys.yml', keys: [{ env: 'MY_SERVICE_TOKEN' }] } });
    expect(r.variables.map((v) => v.name)).toEqual(['MY_SERVICE_TOKEN']);
    expect(trace(dir, { config: null }).variables).toEqual([]);
  });
});
