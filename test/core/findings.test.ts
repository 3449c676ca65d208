// The catalogue of findings (src/core/findings.ts) is complete and true: every
// code the source can emit is in it with the severity it is emitted with, no
// entry is dead, the probes' recorded rules are `<probe>.<rule>` or a generic
// rule, and the README's table is the catalogue's.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDINGS, findingInfo } from '../../src/core/findings.js';
import { PROBES } from '../../src/probes/index.js';
import { renderFindingsTable } from '../../src/render/findings-table.js';
import { answerNames, loadAnswer } from '../fake-provider/server.js';
import { ROOT } from '../helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const files = sources(join(ROOT, 'src')).filter((f) => !f.endsWith('core/findings.ts'));
const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
const CODE = /['`]((?:bundle|expect|format|live|prevent|sources|trace|explain)\.[a-z_]+)['`]/g;
const emitted = new Set([...text.matchAll(CODE)].map((m) => m[1]!));
// Codes built from a field name: `expect.${field}` and `expect.${field}_unknown` (src/steps/expect.ts).
const DYNAMIC = ['organization', 'project', 'account'].flatMap((f) => [`expect.${f}`, `expect.${f}_unknown`]);

describe('the catalogue of findings', () => {
  it('lists every code the source emits', () => {
    expect([...emitted, ...DYNAMIC].filter((c) => !findingInfo(c)).sort()).toEqual([]);
  });

  it('has no entry that nothing emits', () => {
    const dead = Object.keys(FINDINGS).filter((c) => c !== 'classify' && !emitted.has(c) && !DYNAMIC.includes(c));
    expect(dead).toEqual([]);
  });

  it('gives each code the severity it is emitted with (or says it varies)', () => {
    const wrong: string[] = [];
    for (const m of text.matchAll(/code: '([a-z_.]+)',\s*severity: '(info|warning|error)'/g)) {
      const info = findingInfo(m[1]!);
      if (info && info.severity !== 'varies' && info.severity !== m[2]) wrong.push(`${m[1]} emitted as ${m[2]}, catalogued as ${info.severity}`);
    }
    // The format step's err() makes errors.
    for (const m of text.matchAll(/err\('(format\.[a-z_]+)'/g)) {
      const info = findingInfo(m[1]!);
      if (info && info.severity !== 'error' && info.severity !== 'varies') wrong.push(`${m[1]} emitted as error, catalogued as ${info.severity}`);
    }
    expect(wrong).toEqual([]);
  });

  it('knows every rule a probe\'s recorded answer is classified by: <probe>.<rule>, or a generic http.* / net.* rule', () => {
    for (const p of PROBES) {
      for (const n of answerNames(p.id)) {
        const rule = loadAnswer(p.id, n).expect.rule;
        if (rule) expect(rule, `${p.id}/${n}`).toMatch(new RegExp(`^(${p.id}\\.[a-z0-9_]+|http\\.[a-z0-9_]+|net\\.[a-z0-9_]+)$`));
      }
    }
  });

  it('is the table the README shows (UPDATE_README=1 rewrites it)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = '<!-- findings:start -->\n';
    const end = '<!-- findings:end -->';
    const i = readme.indexOf(start);
    const j = readme.indexOf(end);
    expect(i >= 0 && j > i, 'README.md has the findings markers').toBe(true);
    const table = renderFindingsTable();
    if (process.env.UPDATE_README) writeFileSync(join(ROOT, 'README.md'), readme.slice(0, i + start.length) + table + readme.slice(j));
    else expect(readme.slice(i + start.length, j)).toBe(table);
  });
});
