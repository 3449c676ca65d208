// Which bundles a command loads (scripts/build.mjs): `check` never pays for explain's service vocabulary
// (dist/vocab.cjs, hundreds of documented wordings) or its learned model (dist/learned.cjs, word weights); explain
// loads them when it reads a text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../helpers/cli.js';

beforeAll(() => ensureBuilt(), 60_000);

const project = mkdtempSync(join(tmpdir(), 'keydoctor-bundles-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The bundles one in-process run of the CLI loaded, by name. */
function loadedBy(args: string[]): string[] {
  const dist = join(ROOT, 'dist');
  const script = `const l = require(${JSON.stringify(join(dist, 'load.cjs'))});
const { run } = require(${JSON.stringify(join(dist, 'main.cjs'))});
const { Writable } = require('node:stream');
const sink = () => new Writable({ write: (_c, _e, done) => done() });
run(['node', 'keydoctor', ...${JSON.stringify(args)}], { stdout: sink(), stderr: sink(), stdin: process.stdin, env: { PATH: process.env.PATH ?? '', HOME: ${JSON.stringify(project)} } })
  .then(() => process.stdout.write(JSON.stringify(l.cacheUse().map((u) => u.name))));`;
  const r = spawnSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as string[];
}

describe('bundles loaded per command', () => {
  it('check --offline loads neither the service vocabulary nor the learned model; explain does', () => {
    writeFileSync(join(project, 'package.json'), '{"name":"p"}\n');
    writeFileSync(join(project, '.env'), 'OPENAI_API_KEY=sk-proj-FAKE\n');
    const check = loadedBy(['check', '--offline', '--cwd', project]);
    expect(check).not.toContain('vocab.cjs');
    expect(check).not.toContain('learned.cjs');
    const explain = loadedBy(['explain', 'Your Apple ID has been locked for security reasons']);
    expect(explain).toContain('vocab.cjs');
    expect(explain).toContain('learned.cjs');
  });
});
