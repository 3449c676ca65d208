import { describe, expect, it } from 'vitest';
import { PROBES } from '../../src/probes/index.js';
import { loadSources } from '../../src/sources/model.js';
import { discover } from '../../src/steps/discover.js';
import { sourcesStep } from '../../src/steps/sources.js';
import { fingerprint } from '../../src/redact/fingerprint.js';
import { FAKE } from '../helpers/keys.js';
import { project } from '../helpers/cli.js';

/** Step 2 for OPENAI_API_KEY in a project, as check runs it. */
function step(files: Record<string, string>, env: Record<string, string> = {}, mode?: string) {
  const model = loadSources({ cwd: project(files), env, home: '/nonexistent', probes: PROBES, ...(mode ? { mode } : {}) });
  const t = discover(model, { envVars: ['OPENAI_API_KEY'], probes: PROBES }).targets[0]!;
  return { t, r: sourcesStep(t, model) };
}

const NEXT = JSON.stringify({ dependencies: { next: '15.0.0' } });

describe('sources step (the source model)', () => {
  it('the process environment wins over .env, and a differing .env value is a conflict naming both places', () => {
    const { t, r } = step({ '.env': `# comment\nOPENAI_API_KEY=${FAKE.openaiUser}\n` }, { OPENAI_API_KEY: FAKE.openaiProject });
    expect(t.tested).toMatchObject({ kind: 'process', value: FAKE.openaiProject, trust: 'env' });
    expect(r.definitions.map((d) => [d.kind, d.location.file, d.location.line, d.wins])).toEqual([
      ['process', 'process environment', undefined, true],
      ['dotenv', '.env', 2, false],
    ]);
    expect(r.definitions[1]!.fingerprint).toBe(fingerprint(FAKE.openaiUser));
    expect(r.definitions[1]!.note).toBe('shadowed in local by process environment');
    const conflict = r.findings.find((f) => f.code === 'trace.conflict')!;
    expect(conflict.location).toEqual({ file: '.env', line: 2 });
    expect(JSON.stringify(r)).not.toContain(FAKE.openaiProject);
    expect(JSON.stringify(r)).not.toContain(FAKE.openaiUser);
  });

  it('in a Next.js project, .env.local beats .env, and .env.[mode].local beats both', () => {
    const files = {
      'package.json': NEXT,
      '.env': `OPENAI_API_KEY=${FAKE.openaiUser}\n`,
      '.env.local': `OPENAI_API_KEY=${FAKE.openaiProject}\n`,
      '.env.production.local': `export OPENAI_API_KEY="${FAKE.openaiProject}"\n`,
    };
    expect(step(files).t.tested?.file).toBe('.env.local');
    expect(step(files, {}, 'production').t.tested?.file).toBe('.env.production.local');
  });

  it('without a loader in package.json, plain dotenv reads .env only, as `keydoctor trace` says', () => {
    const { t, r } = step({ '.env': `OPENAI_API_KEY=${FAKE.openaiUser}\n`, '.env.local': `OPENAI_API_KEY=${FAKE.openaiProject}\n` });
    expect(t.tested?.file).toBe('.env');
    expect(r.definitions.find((d) => d.location.file === '.env.local')?.note).toBe('not loaded: dotenv does not read .env.local in mode development');
  });

  it('in a file, the later of two lines wins, as dotenv parses it', () => {
    const { t } = step({ '.env': `OPENAI_API_KEY=first-FAKE-value-0000\nOPENAI_API_KEY=${FAKE.openaiUser}\n` });
    expect(t.tested).toMatchObject({ line: 2, value: FAKE.openaiUser });
  });

  it('.env.local is not read in test mode (Next.js)', () => {
    expect(() => step({ 'package.json': NEXT, '.env.local': `OPENAI_API_KEY=${FAKE.openaiUser}\n` }, {}, 'test')).toThrow(/not set/);
  });
});
