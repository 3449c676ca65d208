// The suite every probe runs (test/probes/<id>.test.ts calls probeSuite):
// its format cases, and every recorded answer end to end through the pipeline.
// The fake provider replays the answer; the suite checks the request the probe
// sent, the category and verdict concluded, and the identity read.
import { afterAll, describe, expect, it } from 'vitest';
import type { Probe } from '../../src/probes/types.js';
import { PROBES } from '../../src/probes/index.js';
import { overrideVar } from '../../src/net/target.js';
import { runCheck } from '../../src/check/run.js';
import { checkFormat } from '../../src/steps/format.js';
import { closeDispatchers } from '../../src/net/client.js';
import { answerNames, loadAnswer, loadProbeFixture, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { emptyProject } from './cli.js';

export function probeSuite(probe: Probe): void {
  const pf = loadProbeFixture(probe.id);
  afterAll(() => closeDispatchers());

  describe(`${probe.id}: key formats`, () => {
    for (const [formatId, value] of Object.entries(pf.formats.accept)) {
      it(`recognises a ${formatId} key`, () => {
        expect(probe.keyFormats.find((f) => f.pattern.test(value))?.id).toBe(formatId);
      });
    }
    for (const value of pf.formats.reject) {
      it(`rejects ${value.slice(0, 12)}… (${value.length} chars) as no known format`, () => {
        const r = checkFormat(value, probe, { others: PROBES });
        expect(r.format).toBeUndefined();
        expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^format\.(unrecognised|wrong_provider|placeholder)$/)]));
      });
    }
    it('its fixture key is a well-formed key of its own', () => {
      expect(checkFormat(pf.key, probe, { others: PROBES }).blocking).toBe(false);
    });
    it('every key format is anchored', () => {
      for (const f of probe.keyFormats) expect(f.pattern.source.startsWith('^') && f.pattern.source.endsWith('$')).toBe(true);
    });
  });

  describe(`${probe.id}: recorded answers`, () => {
    for (const name of answerNames(probe.id)) {
      const fx = loadAnswer(probe.id, name);
      it(`${name} is ${fx.expect.category} (${fx.expect.verdict})`, async () => {
        const key = fx.key ?? pf.key;
        let fake: FakeProvider | undefined;
        try {
          fake = await startFakeProvider(fx.response);
          const envVar = pf.variable ?? probe.envVars[0]!;
          // The fake server stands in for the provider itself: its host counts as the probe's own,
          // so a recorded 5xx page is the provider's answer, not a gateway's in front of it.
          const standIn = { ...probe, officialHosts: [...probe.officialHosts, '127.0.0.1'] };
          const { result, redactor } = await runCheck({
            cwd: emptyProject(),
            env: { [envVar]: key, [overrideVar(probe)]: fake.url, ...pf.env, ...fx.env },
            envVars: [envVar],
            provider: probe.id,
            probes: [...PROBES.filter((p) => p.id !== probe.id), standIn],
            offline: false,
            forceLive: false,
            timeoutMs: 5000,
            trustProjectConfig: false,
            failOn: 'error',
          });
          const k = result.keys[0]!;

          // The request: method, path, authentication, exactly once.
          const want = { ...pf.request, ...fx.request };
          expect(fake.requests).toHaveLength(1);
          const seen = fake.requests[0]!;
          expect(seen.method).toBe(want.method);
          expect(seen.path).toBe(want.path);
          for (const [h, v] of Object.entries(want.headers ?? {})) expect(seen.headers[h]).toBe(v.replace('{key}', key));

          // The conclusion.
          expect({ category: k.category, verdict: k.verdict }).toEqual({ category: fx.expect.category, verdict: fx.expect.verdict });
          if (fx.expect.rule) expect(k.classification?.rule).toBe(fx.expect.rule);
          if (fx.expect.identity) expect(k.identity).toMatchObject(fx.expect.identity);
          // valid: exit 0 (a key lacking a permission on the probe's own call works, limited); invalid: 1; not judged: 3.
          expect(result.exitCode).toBe(fx.expect.verdict === 'valid' ? 0 : fx.expect.verdict === 'invalid' ? 1 : 3);
          // DESIGN "Categories": a permission refused on the probe's own call is valid (limited) with a warning naming
          // what is missing, never a plain "accepted" line.
          if (fx.expect.category === 'insufficient_permissions' && fx.expect.verdict === 'valid') {
            const said = k.steps.flatMap((st) => st.findings).filter((f) => f.code.startsWith('classify.'));
            expect(said.map((f) => f.severity)).toEqual(['warning']);
            expect(said[0]!.message).toContain('lacks a permission');
          }

          // Nothing of the key in what would be printed.
          expect(redactor.redact(JSON.stringify(result))).not.toContain(key);
        } finally {
          await fake?.close();
        }
      });
    }
  });
}
