// TEMPLATE for test/probes/<id>.test.ts: probeSuite runs a probe's format cases and every
// recorded answer end to end (fake provider on 127.0.0.1, the whole pipeline); add table
// tests named for the rule they pin ("a rate limit stays indeterminate"), asserting ids, not wording.
//
// For the template itself this file is what keeps it from rotting: it compiles (typecheck
// covers src/probes/_template), its fixtures load and replay through the suite, and it stays
// out of the registry (folders starting with `_` are skipped, test/probes/registry.test.ts).
import { describe, expect, it } from 'vitest';
import { template } from '../../src/probes/_template/index.js';
import { PROBES } from '../../src/probes/index.js';
import { answerNames, loadAnswer, loadProbeFixture } from '../fake-provider/server.js';
import { probeSuite } from '../helpers/probe-suite.js';

probeSuite(template);

describe('_template: the probe to copy', () => {
  it('is not registered', () => {
    expect(PROBES.some((p) => p.id === template.id || p.name === template.name)).toBe(false);
  });

  it('has the fixtures a real probe needs: a fake key, a success with identity, two failures, each with a source', () => {
    expect(loadProbeFixture(template.id).key).toMatch(/FAKE|EXAMPLE/);
    const answers = answerNames(template.id).map((n) => loadAnswer(template.id, n));
    expect(answers.filter((a) => a.expect.category === 'ok' && a.expect.identity).length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => a.expect.category !== 'ok').length).toBeGreaterThanOrEqual(2);
    for (const a of answers) expect(a.source).toMatch(/^https:\/\//);
  });

  it('a rate limit stays indeterminate: it says nothing about the key', () => {
    expect(template.classify({ status: 429, headers: {}, text: '', json: {} })?.verdict).toBe('indeterminate');
  });

  it('declares hints for explain', () => {
    expect(template.hints?.sdk?.length ?? 0).toBeGreaterThan(0);
  });
});
