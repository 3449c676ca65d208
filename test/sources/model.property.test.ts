// One source model, as a property: for generated project layouts (loader,
// mode, .env files, shell start-up files, process environment set or unset,
// compose and Kubernetes definitions), `check` tests exactly the value that
// `trace` reports as winning for the context it checks, marks that row and no
// other, and never says in the same block that another definition wins there.
// A small independent oracle of the loaders' documented orders checks both.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';
import { fingerprint } from '../../src/redact/fingerprint.js';
import { traceJson } from '../../src/render/trace-json.js';
import { traceVariables } from '../../src/trace/index.js';
import { RUNS } from '../hardening/arbitraries.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const fake = (tag: string) => `sk-proj-${`FAKE${tag}`.padEnd(40, 'X')}T3BlbkFJ${'EXAMPLE0'.repeat(5)}`;
const KEYS = ['A', 'B', 'C', 'D', 'E'].map(fake);
const NAME = 'OPENAI_API_KEY';

type Loader = 'nextjs' | 'vite' | 'dotenv-flow' | 'dotenv';
const DEPENDS: Record<Loader, string | undefined> = { nextjs: 'next', vite: 'vite', 'dotenv-flow': 'dotenv-flow', dotenv: undefined };
const FILES = ['.env', '.env.local', '.env.development', '.env.development.local', '.env.production', '.env.production.local', '.env.test', '.env.example'];

interface Layout {
  loader: Loader;
  mode: 'development' | 'production' | 'test' | undefined;
  /** file -> the values defined in it, in line order (the last wins in a file). */
  files: Record<string, string[]>;
  processValue?: string;
  zshrc?: string;
  compose: boolean;
}

/** The loaders' documented orders (research/ux-anchors.md §2.3), written again here on purpose. */
function oracleOrder(loader: Loader, mode: string | undefined): string[] {
  const m = mode ?? 'development';
  if (loader === 'dotenv') return ['.env'];
  if (loader === 'nextjs') return m === 'test' ? [`.env.${m}.local`, `.env.${m}`, '.env'] : [`.env.${m}.local`, '.env.local', `.env.${m}`, '.env'];
  if (loader === 'vite') return [`.env.${m}.local`, `.env.${m}`, '.env.local', '.env'];
  return [...(mode ? [`.env.${mode}.local`, `.env.${mode}`] : []), ...(mode === 'test' ? [] : ['.env.local']), '.env'];
}

/** What a program started now loads: the process value, else the first file in order; else a new shell's export. */
function oracle(l: Layout): { file: string; value: string } | undefined {
  if (l.processValue !== undefined) return { file: 'process environment', value: l.processValue };
  for (const f of oracleOrder(l.loader, l.mode)) {
    const vs = l.files[f];
    if (vs?.length) return { file: f, value: vs[vs.length - 1]! };
  }
  return l.zshrc !== undefined ? { file: 'shell: ~/.zshrc', value: l.zshrc } : undefined;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  loader: fc.constantFrom<Loader>('nextjs', 'vite', 'dotenv-flow', 'dotenv'),
  mode: fc.constantFrom('development' as const, 'production' as const, 'test' as const, undefined),
  files: fc.dictionary(fc.constantFrom(...FILES), fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 2 }), { maxKeys: 5 }),
  processValue: fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
  zshrc: fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
  compose: fc.boolean(),
});

function write(l: Layout): { root: string; home: string } {
  const base = mkdtempSync(join(tmpdir(), 'kd-model-'));
  dirs.push(base);
  const root = join(base, 'app');
  const home = join(base, 'home');
  mkdirSync(root);
  mkdirSync(home);
  const dep = DEPENDS[l.loader];
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'app', dependencies: dep ? { [dep]: '1.0.0' } : { express: '4.0.0' } }));
  for (const [f, vs] of Object.entries(l.files)) writeFileSync(join(root, f), vs.map((v) => `${NAME}=${v}\n`).join(''));
  if (l.zshrc !== undefined) writeFileSync(join(home, '.zshrc'), `export PATH=/usr/bin\nexport ${NAME}=${l.zshrc}\n`);
  if (l.compose) writeFileSync(join(root, 'docker-compose.yml'), `services:\n  api:\n    image: x\n    environment:\n      ${NAME}: ${KEYS[4]}\n`);
  return { root, home };
}

describe('one source model (property)', () => {
  it(`check tests the value trace says wins in local, marks that row alone, and agrees with the loaders' orders (${RUNS.file} layouts)`, async () => {
    await fc.assert(
      fc.asyncProperty(layout, async (l) => {
        const { root, home } = write(l);
        const env: Record<string, string> = { SHELL: '/bin/zsh', HOME: home, ...(l.processValue !== undefined ? { [NAME]: l.processValue } : {}) };
        const mode = l.mode;
        const expected = oracle(l);

        // trace, as `keydoctor trace --format json` prints it.
        const t = traceJson(traceVariables({ root, env, home, names: [NAME], ...(mode ? { mode } : {}) }), 0);
        const v = t.variables.find((x) => x.name === NAME);
        const traceWinner = v?.definitions.find((d) => /^wins in local(;|$)/.test(d.note ?? ''))
          ?? v?.definitions.find((d) => /^wins in new shell(;|$)/.test(d.note ?? ''));

        const { result } = await runCheck({
          cwd: root, env, home, envVars: expected ? [NAME] : [], offline: true, forceLive: false, timeoutMs: 1000,
          trustProjectConfig: false, failOn: 'error', historyCommits: 0, ...(mode ? { mode } : {}),
        });
        const k = result.keys.find((x) => x.name === NAME && !x.package);
        if (!expected) {
          expect(k).toBeUndefined();
          expect(traceWinner).toBeUndefined();
          return;
        }
        expect(k).toBeDefined();
        // The oracle, trace and check agree on the value and where it comes from.
        expect(k!.fingerprint).toBe(fingerprint(expected.value));
        expect(traceWinner?.fingerprint).toBe(k!.fingerprint);
        expect(k!.source.file).toBe(expected.file === 'shell: ~/.zshrc' ? 'shell: ~/.zshrc' : expected.file);
        expect(`${traceWinner!.file}:${traceWinner!.line ?? ''}`).toBe(`${k!.source.file}:${k!.source.line ?? ''}`);
        // The → row is the tested definition, and only it.
        const marked = k!.definitions.filter((d) => d.wins);
        expect(marked).toHaveLength(1);
        expect(`${marked[0]!.location.file}:${marked[0]!.location.line ?? ''}`).toBe(`${k!.source.file}:${k!.source.line ?? ''}`);
        // No other row of the block says it wins where the tested one does.
        const ctx = /^wins in ([^;]+)/.exec(marked[0]!.note ?? '')?.[1];
        expect(ctx).toBeDefined();
        for (const d of k!.definitions) if (!d.wins) expect(d.note ?? '').not.toMatch(new RegExp(`^wins in ${ctx!.replace(/[()]/g, '\\$&')}(;|$)`));
      }),
      { numRuns: RUNS.file },
    );
  }, 120_000);
});
