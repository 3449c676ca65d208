// The fixture project end to end: a custom YAML provider and a local plugin
// package, checked through the whole pipeline against the fake provider.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeDispatchers } from '../../src/net/client.js';
import { startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { ACME_KEY, GATEWAY_KEY, GATEWAY_PROJECT, check, customAnswers, probesFor } from './helpers.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => closeDispatchers());

const cases = [
  { id: 'billing-gateway', envVar: 'BILLING_API_KEY', key: GATEWAY_KEY, path: '/v1/me', auth: ['authorization', `Bearer ${GATEWAY_KEY}`] },
  { id: 'acme', envVar: 'ACME_API_KEY', key: ACME_KEY, path: '/v2/whoami', auth: ['x-acme-key', ACME_KEY] },
] as const;

for (const c of cases) {
  describe(`${c.id} (${c.id === 'acme' ? 'plugin' : 'custom provider'}): recorded answers through the pipeline`, () => {
    for (const [name, fx] of customAnswers(c.id)) {
      it(`${name} is ${fx.expect.category} (${fx.expect.verdict})`, async () => {
        fake = await startFakeProvider(fx.response);
        const loaded = await probesFor(GATEWAY_PROJECT, { trustProjectConfig: true });
        // The fake server stands in for the provider's own host (see test/helpers/probe-suite.ts).
        const probes = { ...loaded, probes: loaded.probes?.map((p) => ({ ...p, officialHosts: [...p.officialHosts, '127.0.0.1'] })) };
        const override = `KEYDOCTOR_${c.id.toUpperCase().replace(/-/g, '_')}_BASE_URL`;
        // The key comes from the project's own .env: it may go to the project's host.
        const { result, redactor } = await check(GATEWAY_PROJECT, probes, { envVars: [c.envVar], env: { [override]: fake.url } });
        const k = result.keys[0]!;
        expect(k.source).toMatchObject({ kind: 'dotenv', file: '.env' });
        expect(fake.requests).toHaveLength(1);
        expect(fake.requests[0]).toMatchObject({ method: 'GET', path: c.path });
        expect(fake.requests[0]!.headers[c.auth[0]]).toBe(c.auth[1]);
        expect({ category: k.category, verdict: k.verdict }).toEqual({ category: fx.expect.category, verdict: fx.expect.verdict });
        if (fx.expect.rule) expect(k.classification?.rule).toBe(fx.expect.rule);
        if (fx.expect.identity) expect(k.identity).toMatchObject(fx.expect.identity);
        expect(result.exitCode).toBe(fx.expect.category === 'ok' ? 0 : fx.expect.verdict === 'invalid' ? 1 : 3);
        expect(redactor.redact(JSON.stringify(result))).not.toContain(c.key);
      });
    }
  });
}

describe('the fixture project as a whole', () => {
  it('checks both keys in one run, each with its own probe', async () => {
    fake = await startFakeProvider((req) => (req.path === '/v1/me' ? customAnswers('billing-gateway')[0]![1].response : customAnswers('acme')[0]![1].response));
    const probes = await probesFor(GATEWAY_PROJECT, { trustProjectConfig: true });
    const { result } = await check(GATEWAY_PROJECT, probes, {
      env: { KEYDOCTOR_BILLING_GATEWAY_BASE_URL: fake.url, KEYDOCTOR_ACME_BASE_URL: fake.url },
    });
    const byName = Object.fromEntries(result.keys.map((k) => [k.name, k]));
    expect(byName.BILLING_API_KEY).toMatchObject({ provider: 'billing-gateway', category: 'ok', keyType: 'Billing gateway key' });
    expect(byName.ACME_API_KEY).toMatchObject({ provider: 'acme', category: 'ok', keyType: 'secret key' });
    expect(result.exitCode).toBe(0);
  });

  it('without --trust-project-config the plugin is skipped with a notice, and the custom provider still runs', async () => {
    const probes = await probesFor(GATEWAY_PROJECT);
    expect(probes.probes.map((p) => p.id)).toContain('billing-gateway');
    expect(probes.probes.map((p) => p.id)).not.toContain('acme');
    expect(probes.notices).toEqual([expect.stringMatching(/^Skipped plugin keydoctor-probe-acme: it is named only in the project file \.keydoctor\.yml:29.*--trust-project-config/)]);
  });

  it('a key format declared in YAML is checked offline like a built-in one', async () => {
    const probes = await probesFor(GATEWAY_PROJECT);
    const { result } = await check(GATEWAY_PROJECT, probes, { offline: true, envVars: ['BILLING_API_KEY'], env: { BILLING_API_KEY: 'bk_live_FAKE' } });
    expect(result.keys[0]!.steps[0]!.findings.map((f) => f.code)).toContain('format.unrecognised');
  });
});
