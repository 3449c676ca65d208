import { afterAll, describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { stripe } from '../../src/probes/stripe/index.js';
import { PROBES } from '../../src/probes/index.js';
import { runCheck } from '../../src/check/run.js';
import { closeDispatchers } from '../../src/net/client.js';
import { checkFormat } from '../../src/steps/format.js';
import { emptyProject } from '../helpers/cli.js';
import { loadProbeFixture } from '../fake-provider/server.js';

probeSuite(stripe);

const pf = loadProbeFixture('stripe');
const orgKey = pf.formats.accept['org-test']!;
const webhookSecret = pf.formats.accept['webhook-secret']!;
afterAll(() => closeDispatchers());

/** A check with no fake provider: any request that escaped would go to a closed loopback proxy, never out. */
async function checkWithout(value: string, env: Record<string, string> = {}, forceLive = false) {
  const { result, redactor } = await runCheck({
    cwd: emptyProject(),
    env: { STRIPE_SECRET_KEY: value, HTTPS_PROXY: 'http://127.0.0.1:9', ...env },
    envVars: ['STRIPE_SECRET_KEY'],
    provider: 'stripe',
    probes: PROBES,
    offline: false,
    forceLive,
    timeoutMs: 2000,
    trustProjectConfig: false,
    failOn: 'error',
  });
  return { k: result.keys[0]!, printed: redactor.redact(JSON.stringify(result)) };
}

describe('stripe: organisation keys and webhook secrets (issue 18)', () => {
  it('an organisation key without STRIPE_CONTEXT is a finding saying what to set, and nothing is sent', async () => {
    const { k, printed } = await checkWithout(orgKey);
    const finding = k.steps.find((s) => s.step === 'live')!.findings.find((f) => f.code === 'live.missing_setting');
    expect(finding?.message).toMatch(/Stripe-Context/);
    expect(finding?.fix).toMatch(/STRIPE_CONTEXT/);
    expect(k.live).toBeUndefined();
    expect(printed).not.toContain(orgKey);
  });

  it('STRIPE_CONTEXT goes in the Stripe-Context header, for an organisation key and for any key the SDK is configured with it', () => {
    const ctx = { baseUrl: stripe.defaultBaseUrl, settings: { STRIPE_CONTEXT: ' acct_FAKEEXAMPLE0001/acct_FAKEEXAMPLE0002 ' } };
    expect(stripe.request(orgKey, ctx).headers['stripe-context']).toBe('acct_FAKEEXAMPLE0001/acct_FAKEEXAMPLE0002');
    expect(stripe.request(pf.key, ctx).headers['stripe-context']).toBe('acct_FAKEEXAMPLE0001/acct_FAKEEXAMPLE0002');
    expect(stripe.request(pf.key, { baseUrl: stripe.defaultBaseUrl, settings: {} }).headers).toEqual({ authorization: `Bearer ${pf.key}` });
  });

  it('a STRIPE_CONTEXT that is no account path is a finding, never a header', async () => {
    const { k } = await checkWithout(orgKey, { STRIPE_CONTEXT: 'acct_FAKE\r\nX-Injected: 1' });
    expect(k.steps.find((s) => s.step === 'live')!.findings.map((f) => f.code)).toContain('live.missing_setting');
    expect(k.live).toBeUndefined();
  });

  it('a webhook signing secret is "not an API key", with the variable that should hold sk_/rk_ in the fix, and is never sent', async () => {
    const r = checkFormat(webhookSecret, stripe, { others: PROBES });
    const f = r.findings.find((x) => x.code === 'format.unusable_key_type');
    expect(f?.message).toMatch(/webhook signing secret: it is not an API key/);
    expect(f?.fix).toMatch(/STRIPE_SECRET_KEY/);
    expect(f?.fix).toMatch(/sk_…|rk_…/);
    expect(r.blocking).toBe(true);
    const { k, printed } = await checkWithout(webhookSecret, {}, true);
    expect(k.live).toBeUndefined();
    expect(printed).not.toContain(webhookSecret);
  });
});
