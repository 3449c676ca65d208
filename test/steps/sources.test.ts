import { describe, expect, it } from 'vitest';
import { loadProject, definitionsOf } from '../../src/sources/project.js';
import { traceSources } from '../../src/steps/sources.js';
import { fingerprint } from '../../src/redact/fingerprint.js';
import { FAKE } from '../helpers/keys.js';
import { project } from '../helpers/cli.js';

describe('sources step (first version)', () => {
  it('the process environment wins over .env, and a differing .env value is a conflict naming both places', () => {
    const dir = project({ '.env': `# comment\nOPENAI_API_KEY=${FAKE.openaiUser}\n` });
    const p = loadProject(dir, 'development', { OPENAI_API_KEY: FAKE.openaiProject });
    const r = traceSources('OPENAI_API_KEY', definitionsOf(p, 'OPENAI_API_KEY'), 'development');
    expect(r.definitions.map((d) => [d.kind, d.location.file, d.location.line, d.wins])).toEqual([
      ['process', 'process environment', undefined, true],
      ['dotenv', '.env', 2, false],
    ]);
    expect(r.definitions[1]!.fingerprint).toBe(fingerprint(FAKE.openaiUser));
    expect(r.definitions[1]!.note).toMatch(/dotenv never overrides/);
    const conflict = r.findings.find((f) => f.code === 'sources.conflict')!;
    expect(conflict.location).toEqual({ file: '.env', line: 2 });
    expect(JSON.stringify(r)).not.toContain(FAKE.openaiProject);
    expect(JSON.stringify(r)).not.toContain(FAKE.openaiUser);
  });

  it('.env.local beats .env, and .env.[mode].local beats both', () => {
    const dir = project({
      '.env': `OPENAI_API_KEY=${FAKE.openaiUser}\n`,
      '.env.local': `OPENAI_API_KEY=${FAKE.openaiProject}\n`,
      '.env.production.local': `export OPENAI_API_KEY="${FAKE.openaiProject}"\n`,
    });
    const dev = definitionsOf(loadProject(dir, 'development', {}), 'OPENAI_API_KEY').map((d) => d.file);
    expect(dev).toEqual(['.env.local', '.env']);
    const prod = definitionsOf(loadProject(dir, 'production', {}), 'OPENAI_API_KEY').map((d) => d.file);
    expect(prod).toEqual(['.env.production.local', '.env.local', '.env']);
  });

  it('in a file, the later of two lines wins, as dotenv parses it', () => {
    const dir = project({ '.env': `OPENAI_API_KEY=first-FAKE-value-0000\nOPENAI_API_KEY=${FAKE.openaiUser}\n` });
    const [d] = definitionsOf(loadProject(dir, 'development', {}), 'OPENAI_API_KEY');
    expect(d).toMatchObject({ line: 2, value: FAKE.openaiUser });
  });

  it('.env.local is not read in test mode (Next.js)', () => {
    const dir = project({ '.env.local': `OPENAI_API_KEY=${FAKE.openaiUser}\n` });
    expect(definitionsOf(loadProject(dir, 'test', {}), 'OPENAI_API_KEY')).toEqual([]);
  });
});
