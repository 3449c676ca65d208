// A project is untrusted input: YAML with alias, depth, size and expansion
// limits (DESIGN.md). Hostile files (a "billion laughs": anchors referencing
// anchors; deep nesting; a mass of aliases) become one finding naming the file
// and line and the run goes on; in .keydoctor.yml they are a one-line usage
// error (exit 2). Ordinary anchors and merge keys keep working, with lines.
// Time and memory are asserted only indirectly: each case finishes within the
// (short) timeout with the finding in place.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { UsageError } from '../../src/core/errors.js';
import { loadYaml, YAML_LIMITS } from '../../src/text/yaml-lines.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { fp, rows, trace } from './helpers.js';
import { K } from './keys.js';

const FAST = 5_000;

/** `levels` anchors, each a collection of `refs` aliases of the one before: refs^(levels-1) leaves. */
function laughs(opts: { levels?: number; refs?: number; style?: 'seq' | 'map'; indent?: string } = {}): string {
  const { levels = 10, refs = 10, style = 'seq', indent = '' } = opts;
  const lines = [`${indent}a0: &a0 "lol"`];
  for (let i = 1; i < levels; i++) {
    const items = Array.from({ length: refs }, (_, j) => (style === 'seq' ? `*a${i - 1}` : `k${j}: *a${i - 1}`)).join(', ');
    lines.push(`${indent}a${i}: &a${i} ${style === 'seq' ? `[${items}]` : `{${items}}`}`);
  }
  return lines.join('\n') + '\n';
}

function malformed(r: ReturnType<typeof trace>, file: string) {
  return r.findings.filter((f) => f.code === 'trace.malformed' && f.location?.file === file);
}

describe('loadYaml limits', () => {
  it('a billion laughs in sequences (10 levels x 10 aliases) is refused with the line, not expanded', () => {
    const text = laughs();
    expect(text.length).toBeLessThan(600);
    const { docs, error } = loadYaml(text, 'bomb.yaml');
    expect(docs).toEqual([]);
    expect(error).toMatchObject({ code: 'trace.malformed', severity: 'warning', location: { file: 'bomb.yaml' } });
    expect(error!.location!.line).toBeGreaterThan(1);
    expect(error!.message).toMatch(new RegExp(`^bomb\\.yaml:\\d+ .*expands to over ${YAML_LIMITS.nodes} nodes`));
  }, FAST);

  it('a billion laughs in mappings is refused the same way', () => {
    const { error } = loadYaml(laughs({ style: 'map' }), 'bomb.yaml');
    expect(error?.message).toMatch(/expands to over \d+ nodes/);
  }, FAST);

  it('more aliases than the cap is refused at the alias that goes over', () => {
    const n = YAML_LIMITS.aliases + 1;
    const text = 'x: &x lol\nitems:\n' + '  - *x\n'.repeat(n);
    const { error } = loadYaml(text, 'many.yaml');
    expect(error?.message).toContain(`many.yaml:${n + 2} `);
    expect(error?.message).toContain(`too many aliases (over ${YAML_LIMITS.aliases})`);
    // As many as the cap is fine.
    expect(loadYaml('x: &x lol\nitems:\n' + '  - *x\n'.repeat(YAML_LIMITS.aliases), 'ok.yaml').error).toBeUndefined();
  }, FAST);

  it('nesting deeper than the cap is refused, block or flow', () => {
    const depth = YAML_LIMITS.depth + 5;
    const block = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}a:`).join('\n') + ' x\n';
    const b = loadYaml(block, 'deep.yaml').error;
    expect(b?.message).toMatch(new RegExp(`^deep\\.yaml:\\d+ .*nested more than ${YAML_LIMITS.depth} levels deep`));
    const flow = loadYaml('a: ' + '['.repeat(50_000) + ']'.repeat(50_000) + '\n', 'flow.yaml').error;
    expect(flow?.message).toMatch(/^flow\.yaml:1 .*nested more than \d+ levels deep/);
    // Just inside the cap is fine.
    const ok = Array.from({ length: YAML_LIMITS.depth - 2 }, (_, i) => `${'  '.repeat(i)}a:`).join('\n') + ' x\n';
    expect(loadYaml(ok, 'ok.yaml').error).toBeUndefined();
  }, FAST);

  it('text over the size cap is refused without parsing', () => {
    const { error } = loadYaml('a: b\n'.repeat(YAML_LIMITS.chars / 5 + 1), 'big.yaml');
    expect(error?.message).toMatch(/^big\.yaml is not read: larger than 1 MiB/);
    expect(error?.location).toEqual({ file: 'big.yaml' });
  }, FAST);

  it('a limit message quotes nothing from the file', () => {
    const text = `k: &${'sk-FAKE'.padEnd(40, 'X')} lol\nitems:\n` + `  - *${'sk-FAKE'.padEnd(40, 'X')}\n`.repeat(YAML_LIMITS.aliases + 1);
    expect(loadYaml(text, 'f.yaml').error?.message).not.toContain('sk-FAKE');
  }, FAST);

  it('ordinary anchors, aliases and merge keys keep their values and lines', () => {
    const text = [
      'x-env: &env', //                     1
      '  OPENAI_API_KEY: from-anchor', //   2
      '  LOG: info', //                     3
      'services:', //                       4
      '  api:', //                          5
      '    environment:', //                6
      '      <<: *env', //                  7
      '      LOG: debug', //                8
      '      PORT: 8080', //                9
      '  worker:', //                      10
      '    environment: *env', //          11
      '    tags: [a, b]', //               12
      '',
    ].join('\n');
    const { docs, error } = loadYaml(text, 'docker-compose.yml');
    expect(error).toBeUndefined();
    const d = docs[0]!;
    const top = d.value as any;
    expect(top.services.api.environment).toEqual({ OPENAI_API_KEY: 'from-anchor', LOG: 'debug', PORT: 8080 });
    expect(top.services.worker.environment).toBe(top['x-env']);
    const api = top.services.api.environment;
    // Own keys on their own lines; a merged key on the line that writes its value.
    expect(d.lineOf(api, 'LOG')).toBe(8);
    expect(d.lineOf(api, 'PORT')).toBe(9);
    expect(d.lineOf(api, 'OPENAI_API_KEY')).toBe(2);
    expect(d.lineOf(top.services.worker, 'tags')).toBe(12);
    expect(d.lineOf(top.services, 'worker')).toBe(10);
  });
});

describe('trace over hostile project YAML', () => {
  const env = `OPENAI_API_KEY=${K.openai}\n`;

  it('a billion laughs in a config file is a finding with its line, and the run goes on', () => {
    const dir = project({ '.env': env, 'config/app.yaml': `OPENAI_API_KEY: ${K.openaiOld}\n` + laughs() });
    const r = trace(dir);
    const [f, ...more] = malformed(r, 'config/app.yaml');
    expect(more).toEqual([]);
    expect(f!.message).toMatch(/^config\/app\.yaml:\d+ is not read: the document expands to over \d+ nodes through aliases/);
    expect(f!.location!.line).toBeGreaterThan(1);
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([`→ dotenv .env:1 ${fp(K.openai)}`]);
  }, FAST);

  it.each([
    ['docker-compose.yml', 'x-bomb:\n' + laughs({ style: 'map', indent: '  ' }) + 'services:\n  api:\n    environment: *a9\n'],
    ['.gitlab-ci.yml', laughs({ style: 'seq' }) + 'job:\n  script: *a9\n'],
    ['.github/workflows/ci.yml', 'on: push\n' + laughs({ style: 'map' }) + 'jobs: *a9\n'],
    ['k8s/secret.yaml', 'kind: Secret\napiVersion: v1\n' + laughs({ style: 'map' }) + 'data: *a9\n'],
    ['.circleci/config.yml', 'x: &x lol\njobs:\n' + '  - *x\n'.repeat(YAML_LIMITS.aliases + 1)],
    ['chart/values.yaml', 'a:\n' + Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i + 1)}a:`).join('\n') + ' x\n'],
  ])('%s: refused with a finding, other sources still traced', (file, text) => {
    const r = trace(project({ '.env': env, [file]: text }));
    const [f] = malformed(r, file);
    expect(f?.message).toMatch(/is not read: (the document expands to over|too many aliases|nested more than)/);
    expect(f?.location?.line).toBeGreaterThan(0);
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([`→ dotenv .env:1 ${fp(K.openai)}`]);
  }, FAST);

  it('compose and GitLab CI files built on anchors and merge keys are read as before', () => {
    const compose = [
      'x-common: &common', //                        1
      '  restart: always', //                       2
      '  environment: &env', //                     3
      `    OPENAI_API_KEY: ${K.openaiOld}`, //      4
      'services:', //                               5
      '  api:', //                                  6
      '    <<: *common', //                         7
      '  worker:', //                               8
      '    <<: *common', //                         9
      '    environment:', //                       10
      '      <<: *env', //                         11
      `      STRIPE_SECRET_KEY: ${K.stripe}`, //   12
      '',
    ].join('\n');
    const gitlab = [
      '.defaults: &defaults', //                    1
      '  image: node:20', //                        2
      '  variables: &vars', //                      3
      `    GH_TOKEN: ${K.github}`, //               4
      'test:', //                                   5
      '  <<: *defaults', //                         6
      '  script: npm test', //                      7
      'deploy:', //                                 8
      '  <<: *defaults', //                         9
      '  variables:', //                           10
      '    <<: *vars', //                          11
      `    GH_TOKEN: ${K.githubOld}`, //           12
      '',
    ].join('\n');
    const r = trace(project({ 'docker-compose.yml': compose, '.gitlab-ci.yml': gitlab }));
    expect(r.findings).toEqual([]);
    // The merged value is reported on the line that writes it (so it is not also a hard-coded copy).
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([`→ compose docker-compose.yml:4 ${fp(K.openaiOld)}`]);
    expect(r.variables.find((v) => v.name === 'OPENAI_API_KEY')!.contexts.map((c) => c.context)).toEqual([
      'compose service api (docker-compose.yml)',
      'compose service worker (docker-compose.yml)',
    ]);
    expect(rows(r, 'STRIPE_SECRET_KEY')).toEqual([`→ compose docker-compose.yml:12 ${fp(K.stripe)}`]);
    const gh = rows(r, 'GH_TOKEN');
    expect(gh).toContain(`→ gitlab-ci .gitlab-ci.yml:12 ${fp(K.githubOld)}`);
    expect(gh.filter((x) => x.includes(`.gitlab-ci.yml:4 ${fp(K.github)}`)).length).toBeGreaterThan(0);
    const all = r.variables.flatMap((v) => v.findings.map((f) => f.code));
    expect(all).not.toContain('trace.hardcoded');
  });
});

describe('.keydoctor.yml over a limit', () => {
  beforeAll(() => ensureBuilt(), 60_000);
  const bomb = 'providers:\n' + laughs().split('\n').filter(Boolean).map((l) => `  - ${l.replace(/^a\d+: /, '')}`).join('\n') + '\n';

  it('is a usage error on one line naming the file and line', () => {
    const dir = project({ '.keydoctor.yml': bomb });
    let err: unknown;
    try {
      loadConfig(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/^\.keydoctor\.yml:\d+: the document expands to over \d+ nodes through aliases/);
    expect((err as Error).message).not.toContain('\n');
  }, FAST);

  it.each([
    ['too many aliases', 'x: &x lol\nkeys:\n' + '  - *x\n'.repeat(YAML_LIMITS.aliases + 1), /^\.keydoctor\.yml:\d+: too many aliases \(over \d+\)/],
    ['too deep', 'keys:\n' + Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i + 1)}a:`).join('\n') + ' x\n', /^\.keydoctor\.yml:\d+: nested more than \d+ levels deep/],
    ['a second document', 'keys: []\n---\nkeys: [A_KEY]\n', /^\.keydoctor\.yml:3: a second YAML document/],
  ])('%s: a usage error', (_name, text, message) => {
    expect(() => loadConfig(project({ '.keydoctor.yml': text }))).toThrow(message);
  }, FAST);

  it('a YAML error quotes nothing from the file', () => {
    const secret = 'sk-FAKE-EXAMPLE-0000000000000000';
    expect(() => loadConfig(project({ '.keydoctor.yml': `keys:\n  - env: *${secret}\n` }))).toThrow(/^\.keydoctor\.yml:2: not valid YAML \(unidentified alias "…"\)$/);
  });

  it('check and trace exit 2 with one line and no stack', async () => {
    const dir = project({ '.keydoctor.yml': bomb });
    for (const args of [['check', '--offline'], ['trace']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/^keydoctor: \.keydoctor\.yml:\d+: the document expands to over \d+ nodes through aliases[^\n]*$/);
    }
  }, 15_000);
});
