// Local runs: the process environment, shell start-up files and the .env
// family in each loader's documented order (fixtures dotenv-nextjs,
// dotenv-vite, shell-rc).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loaderOrder } from '../../src/trace/readers/dotenv-family.js';
import { FIXTURES, findings, fp, notes, rows, trace } from './helpers.js';
import { K } from './keys.js';

const A = fp(K.openai), B = fp(K.openaiOld), C = fp(K.openaiProd);

describe('.env family orders', () => {
  it.each([
    ['dotenv', 'development', ['.env']],
    ['nextjs', 'development', ['.env.development.local', '.env.local', '.env.development', '.env']],
    ['nextjs', 'test', ['.env.test.local', '.env.test', '.env']],
    ['vite', 'production', ['.env.production.local', '.env.production', '.env.local', '.env']],
    ['dotenv-flow', 'production', ['.env.production.local', '.env.production', '.env.local', '.env']],
    ['dotenv-flow', 'test', ['.env.test.local', '.env.test', '.env']],
    ['dotenv-flow', undefined, ['.env.local', '.env']],
  ] as const)('%s in mode %s reads %j, highest first', (loader, mode, order) => {
    expect(loaderOrder(loader, mode)).toEqual(order);
  });
});

describe('dotenv-nextjs: a Next.js project', () => {
  it('detects Next.js from package.json and ranks .env.local above .env.development and .env', () => {
    const r = trace('dotenv-nextjs');
    expect(r.loader).toEqual({ name: 'nextjs', reason: 'package.json depends on next', order: ['.env.development.local', '.env.local', '.env.development', '.env'] });
    expect(r.mode).toBe('development');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ dotenv .env.local:1 ${A}`,
      `  dotenv .env.development:1 ${B}`,
      `  dotenv .env:3 ${A}`,
      `  dotenv .env:2 ${B}`,
      `  dotenv-template .env.example:1 ${fp('your-openai-api-key-here')}`,
      `  dotenv .env.production:1 ${C}`,
    ]);
    expect(notes(r, 'OPENAI_API_KEY')).toEqual([
      'wins in local',
      'shadowed in local by .env.local:1',
      'shadowed in local by .env.local:1',
      'shadowed in local by .env.local:1',
      'not loaded: a template: no loader reads it',
      'not loaded: Next.js does not read .env.production in mode development',
    ]);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual([
      'warning trace.conflict .env.development:1',
      'warning trace.conflict .env:2',
      'info trace.shadowed .env:3',
    ]);
  });

  it('reports an empty winning value as an error', () => {
    const r = trace('dotenv-nextjs');
    expect(rows(r, 'STRIPE_SECRET_KEY')).toEqual([
      '→ dotenv .env:4 (empty)',
      '  dotenv-template .env.example:2 (empty)',
      `  dotenv .env.production:2 ${fp(K.stripe)}`,
    ]);
    expect(findings(r, 'STRIPE_SECRET_KEY')).toEqual(['error trace.empty .env:4']);
  });

  it('reports whitespace a definition keeps around its value: an error where it wins, a note where shadowed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keydoctor-trace-ws-'));
    writeFileSync(join(dir, 'package.json'), '{"name":"app","dependencies":{"dotenv":"^16.0.0"}}\n');
    // dotenv trims an unquoted value and keeps what its quotes hold; the first definition of a name wins.
    // dotenv trims an unquoted value and keeps what its quotes hold; the process environment beats .env.
    writeFileSync(join(dir, '.env'), `STRIPE_SECRET_KEY="${K.stripe} "\nGITHUB_TOKEN=${K.github}   \nOPENAI_API_KEY="\t${K.openaiOld}"\n`);
    const r = trace(dir, { env: { OPENAI_API_KEY: K.openai } });
    expect(findings(r, 'STRIPE_SECRET_KEY')).toEqual(['error trace.whitespace .env:1']);
    const v = r.variables.find((x) => x.name === 'STRIPE_SECRET_KEY')!;
    expect(v.findings[0]!.message).toBe('.env:1 sets STRIPE_SECRET_KEY to a value with 1 trailing space, and it wins in local: that whitespace goes out with the key.');
    expect(v.findings[0]!.message).not.toContain(K.stripe);
    expect(findings(r, 'GITHUB_TOKEN')).toEqual([]);
    expect(findings(r, 'OPENAI_API_KEY')).toContain('info trace.whitespace .env:3');
  });

  it('whitespace around a literal key in a committed file is said beside the literal, not instead of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keydoctor-trace-ws-'));
    writeFileSync(join(dir, 'docker-compose.yml'), `services:\n  app:\n    image: example\n    environment:\n      OPENAI_API_KEY: "${K.openai} "\n`);
    const r = trace(dir);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual(expect.arrayContaining(['warning trace.literal_in_repo docker-compose.yml:5', 'error trace.whitespace docker-compose.yml:5']));
    for (const f of r.variables[0]!.findings) expect(f.message).not.toContain(K.openai.slice(12, 40));
  });

  it('in mode production, .env.local still beats .env.production (the Next.js order)', () => {
    const r = trace('dotenv-nextjs', { mode: 'production' });
    expect(rows(r, 'OPENAI_API_KEY').slice(0, 4)).toEqual([
      `→ dotenv .env.local:1 ${A}`,
      `  dotenv .env.production:1 ${C}`,
      `  dotenv .env:3 ${A}`,
      `  dotenv .env:2 ${B}`,
    ]);
    expect(rows(r, 'STRIPE_SECRET_KEY')[0]).toBe(`→ dotenv .env.production:2 ${fp(K.stripe)}`);
  });

  it('--loader vite ranks .env.development above .env.local, so the stale key wins', () => {
    const r = trace('dotenv-nextjs', { loader: 'vite' });
    expect(r.loader.reason).toBe('--loader');
    expect(rows(r, 'OPENAI_API_KEY').slice(0, 2)).toEqual([`→ dotenv .env.development:1 ${B}`, `  dotenv .env.local:1 ${A}`]);
  });

  it('--loader dotenv reads .env only, where the later of two lines wins', () => {
    const r = trace('dotenv-nextjs', { loader: 'dotenv' });
    expect(rows(r, 'OPENAI_API_KEY').slice(0, 2)).toEqual([`→ dotenv .env:3 ${A}`, `  dotenv .env:2 ${B}`]);
    expect(notes(r, 'OPENAI_API_KEY')).toContain('not loaded: dotenv does not read .env.local in mode development');
  });

  it('a variable in the process environment beats every .env file', () => {
    const r = trace('dotenv-nextjs', { env: { OPENAI_API_KEY: K.openaiProd } });
    expect(rows(r, 'OPENAI_API_KEY').slice(0, 2)).toEqual([`→ process process environment ${C}`, `  dotenv .env.local:1 ${A}`]);
    expect(findings(r, 'OPENAI_API_KEY')[0]).toBe('warning trace.conflict .env.local:1');
  });
});

describe('dotenv-vite: a Vite project', () => {
  it('detects Vite from devDependencies and applies its order', () => {
    const r = trace('dotenv-vite');
    expect(r.loader.name).toBe('vite');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([`→ dotenv .env.development:1 ${B}`, `  dotenv .env.local:1 ${A}`, `  dotenv .env:2 ${A}`]);
  });

  it('dotenv-flow without NODE_ENV reads no mode file', () => {
    const r = trace('dotenv-vite', { loader: 'dotenv-flow' });
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([`→ dotenv .env.local:1 ${A}`, `  dotenv .env:2 ${A}`, `  dotenv .env.development:1 ${B}`]);
    expect(notes(r, 'OPENAI_API_KEY')[2]).toBe('not loaded: dotenv-flow does not read .env.development in mode development');
  });

  it('NODE_ENV chooses the mode when --mode is not given', () => {
    const r = trace('dotenv-vite', { loader: 'dotenv-flow', env: { NODE_ENV: 'development' } });
    expect(rows(r, 'OPENAI_API_KEY')[0]).toBe(`→ dotenv .env.development:1 ${B}`);
  });
});

describe('shell-rc: exports in shell start-up files', () => {
  const home = join(FIXTURES, 'shell-rc', 'home');

  it('after `unset`, a program started now loads .env; a new shell would load the stale ~/.zshrc export instead, and says so', () => {
    const r = trace('shell-rc/project', { home, env: { SHELL: '/bin/zsh' } });
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ dotenv .env:1 ${A}`,
      `→ shell shell: ~/.zshrc:2 ${B}`,
      `  shell shell: ~/.zshenv:2 ${A}`,
      `  shell shell: ~/.bashrc:1 ${A}`,
      `  shell shell: ~/.config/fish/config.fish:1 ${C}`,
    ]);
    expect(notes(r, 'OPENAI_API_KEY').slice(0, 4)).toEqual([
      'wins in local',
      'wins in new shell',
      'shadowed in new shell by shell: ~/.zshrc:2',
      'not loaded: read by another shell than yours (zsh)',
    ]);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual(['warning trace.new_shell shell: ~/.zshrc:2', 'warning trace.conflict shell: ~/.zshenv:2', 'info trace.contexts_differ']);
    const v = r.variables.find((x) => x.name === 'OPENAI_API_KEY')!;
    expect(v.findings[0]!.message).toBe(`A program started now loads OPENAI_API_KEY from .env:1 (${A}); a new shell will load ~/.zshrc:2 (${B}) instead.`);
    // Both views, each with its own rule: what this process loads, what a terminal opened now would.
    expect(v.contexts.map((c) => c.context)).toEqual(['local', 'new shell']);
    expect(rows(r, 'GITHUB_TOKEN')).toEqual(['→ shell shell: ~/.zshrc:3 (reference) ref the output of a command, run by the shell']);
  });

  it('names the shell file as the likely origin of a process variable with the same fingerprint', () => {
    const r = trace('shell-rc/project', { home, env: { SHELL: '/usr/bin/zsh', OPENAI_API_KEY: K.openaiOld } });
    expect(rows(r, 'OPENAI_API_KEY').slice(0, 4)).toEqual([`→ process process environment ${B}`, `  dotenv .env:1 ${A}`, `→ shell shell: ~/.zshrc:2 ${B}`, `  shell shell: ~/.zshenv:2 ${A}`]);
    expect(notes(r, 'OPENAI_API_KEY')[2]).toBe('likely origin of the process value (same fingerprint)');
    expect(findings(r, 'OPENAI_API_KEY')).toEqual(['warning trace.conflict .env:1', 'warning trace.conflict shell: ~/.zshenv:2']);
  });

  it('reads fish `set -gx` for a fish user', () => {
    const r = trace('shell-rc/project', { home, env: { SHELL: '/usr/local/bin/fish' } });
    expect(rows(r, 'OPENAI_API_KEY')[1]).toBe(`→ shell shell: ~/.config/fish/config.fish:1 ${C}`);
    expect(notes(r, 'OPENAI_API_KEY')[1]).toBe('wins in new shell');
  });
});
