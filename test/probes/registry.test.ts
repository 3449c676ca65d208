// One registry, checked (renovate's habit): every probe folder is registered,
// has its fixtures and its test file, and the registry is sorted and unique.
// A probe owns its whole story (issue 19): besides its recorded answers, the real
// error texts explain is tested on (fixtures/errors/<id>/) and what explain
// recognises it by in pasted text (its hints).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/types.js';
import { PROBES } from '../../src/probes/index.js';
import { isOfficialHost } from '../../src/net/target.js';
import { answerNames, FIXTURES, loadAnswer } from '../fake-provider/server.js';
import { ROOT } from '../helpers/cli.js';

const folders = readdirSync(join(ROOT, 'src', 'probes')).filter((f) => statSync(join(ROOT, 'src', 'probes', f)).isDirectory() && !f.startsWith('_'));

describe('probe registry', () => {
  it('registers every probe folder, sorted by id, once', () => {
    const ids = PROBES.map((p) => p.id);
    expect(ids).toEqual([...folders].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('no alias is another probe\'s id or another probe\'s alias (aws once claimed "bedrock")', () => {
    const ids = new Set(PROBES.map((p) => p.id));
    const seen = new Map<string, string>();
    for (const p of PROBES) {
      for (const a of p.aliases ?? []) {
        expect(ids.has(a), `${p.id} alias ${a}`).toBe(false);
        expect(seen.get(a), `${p.id} alias ${a}`).toBeUndefined();
        seen.set(a, p.id);
      }
    }
  });

  for (const probe of PROBES) {
    describe(probe.id, () => {
      it('has a test file, a probe fixture and at least three recorded answers', () => {
        expect(existsSync(join(ROOT, 'test', 'probes', `${probe.id}.test.ts`))).toBe(true);
        expect(existsSync(join(FIXTURES, 'probes', probe.id, 'probe.json'))).toBe(true);
        expect(answerNames(probe.id).length).toBeGreaterThanOrEqual(3);
      });
      it('records a success with its identity, and at least two failures', () => {
        const answers = answerNames(probe.id).map((n) => loadAnswer(probe.id, n));
        const ok = answers.filter((a) => a.expect.category === 'ok');
        expect(ok.length).toBeGreaterThanOrEqual(1);
        if (probe.identity) expect(ok.some((a) => a.expect.identity && Object.keys(a.expect.identity).length > 0)).toBe(true);
        expect(answers.filter((a) => a.expect.category !== 'ok').length).toBeGreaterThanOrEqual(2);
      });
      it('names a source for every recorded answer and uses only known categories', () => {
        for (const n of answerNames(probe.id)) {
          const a = loadAnswer(probe.id, n);
          expect(a.source, n).toMatch(/^https:\/\//);
          expect(CATEGORIES).toContain(a.expect.category);
        }
      });
      it('has at least two real error texts for explain, each with its source', () => {
        const dir = join(FIXTURES, 'errors', probe.id);
        const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
        expect(files.length, `fixtures/errors/${probe.id}/`).toBeGreaterThanOrEqual(2);
        for (const f of files) expect((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { source?: string }).source, f).toMatch(/^https:\/\//);
      });
      it('tells explain what names it in pasted text (SDK names, envelope shapes, doc domains or hosts)', () => {
        const h = probe.hints ?? {};
        expect([h.sdk, h.envelope, h.domains, h.hosts].some((x) => (x?.length ?? 0) > 0)).toBe(true);
      });
      it('declares its contract data', () => {
        expect(probe.id).toMatch(/^[a-z0-9-]+$/);
        expect(probe.envVars.length).toBeGreaterThan(0);
        expect(probe.docs).toMatch(/^https:\/\//);
        expect(probe.officialHosts.length).toBeGreaterThan(0);
        expect(new URL(probe.defaultBaseUrl).protocol).toBe('https:');
        expect(isOfficialHost(probe, new URL(probe.defaultBaseUrl).hostname)).toBe(true);
      });
    });
  }
});
