// Every screen of test/screens/scenarios.ts, run and compared with the text
// committed beside it. UPDATE_SCREENS=1 writes the texts (and the README's
// copies) after a deliberate change; read the diff before committing it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';
import { runScreen } from './run.js';
import { SCREENS } from './scenarios.js';

const UPDATE = process.env.UPDATE_SCREENS === '1';
const DIR = join(ROOT, 'test', 'screens');

beforeAll(() => ensureBuilt(), 120_000);

describe('screens', () => {
  it('names each screen once', () => {
    const names = SCREENS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(SCREENS.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const r = await runScreen(s);
    for (const key of Object.values(FAKE)) expect(r.raw).not.toContain(key);
    const file = join(DIR, `${s.name}.txt`);
    if (UPDATE || !existsSync(file)) writeFileSync(file, r.text);
    expect(r.text).toBe(readFileSync(file, 'utf8'));
    expect(r.code, r.text).toBe(s.exit);
  }, 60_000);
});

/** `<!-- screen: NAME -->` and the code block after it (indented as the marker is). */
const BLOCK = /^([ \t]*)<!-- screen: ([\w-]+) -->\n\1```(\w*)\n([\s\S]*?)^\1```/gm;

describe('README', () => {
  it('every example marked as a screen is that screen, verbatim', () => {
    const file = join(ROOT, 'README.md');
    const readme = readFileSync(file, 'utf8');
    const names: string[] = [];
    const next = readme.replace(BLOCK, (whole, indent: string, name: string, lang: string, body: string) => {
      names.push(name);
      const screen = readFileSync(join(DIR, `${name}.txt`), 'utf8').replace(/^(?=.)/gm, indent);
      if (UPDATE) return `${indent}<!-- screen: ${name} -->\n${indent}\`\`\`${lang}\n${screen}${indent}\`\`\``;
      expect(body, `README's ${name} example; UPDATE_SCREENS=1 rewrites it`).toBe(screen);
      return whole;
    });
    if (UPDATE && next !== readme) writeFileSync(file, next);
    expect(names.length).toBe((readme.match(/<!-- screen:/g) ?? []).length);
    for (const n of names) expect(SCREENS.map((s) => s.name)).toContain(n);
  });
});
