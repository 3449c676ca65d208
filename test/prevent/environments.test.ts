// One key across environments, on fixture projects named for what they show.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modeFilesFrom, sharedAcrossEnvironments } from '../../src/prevent/environments.js';
import { loadSources } from '../../src/sources/model.js';
import { PROBES } from '../../src/probes/index.js';
import { FIXTURES } from '../fake-provider/server.js';

/** The mode files of a fixture project, as the source model reads them. */
const readModeFiles = (dir: string) => modeFilesFrom(loadSources({ cwd: dir, env: {}, home: '/nonexistent', probes: PROBES }).trace.variables);
const shared = (project: string) => sharedAcrossEnvironments(readModeFiles(join(FIXTURES, 'prevent', 'projects', project)), ['OPENAI_API_KEY']).get('OPENAI_API_KEY') ?? [];

describe('one key across environments', () => {
  it('the same key in .env.development and .env.production is a warning at the production line', () => {
    const f = shared('one-key-in-development-and-production');
    expect(f.map((x) => [x.code, x.severity])).toEqual([['prevent.shared_across_environments', 'warning']]);
    expect(f[0]!.message).toMatch(/same value \(sha256:[0-9a-f]{8}\) in \.env\.development:2 and \.env\.production:2: development and production share one key/);
    expect(f[0]!.location).toEqual({ file: '.env.production', line: 2 });
    expect(f[0]!.message).not.toContain('sk-proj-FAKE');
  });

  it('separate keys per environment: nothing', () => {
    expect(shared('separate-keys-per-environment')).toEqual([]);
  });

  it('development and test sharing a key (no production): nothing', () => {
    expect(shared('one-key-in-development-and-test-only')).toEqual([]);
  });

  it('.env.production and .env.production.local are one environment: nothing', () => {
    expect(shared('one-key-in-production-and-production-local')).toEqual([]);
  });

  it('.env.example and .env.local are not environments', () => {
    const modes = readModeFiles(join(FIXTURES, 'prevent', 'projects', 'one-key-in-development-and-production')).map((f) => f.mode);
    expect(modes).toEqual(['development', 'production']);
  });
});
