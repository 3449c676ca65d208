// The fixture project through the built CLI, as a user runs it.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { GATEWAY_KEY, GATEWAY_PROJECT, customAnswers } from './helpers.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('keydoctor check in the gateway fixture project', () => {
  beforeAll(() => ensureBuilt(), 60_000);
  const answer = (id: string, name: string) => customAnswers(id).find(([n]) => n === name)![1].response;

  it('checks the custom provider\'s key, skips the untrusted plugin with a notice, and exits 1 on a disabled user', async () => {
    fake = await startFakeProvider(answer('billing-gateway', '401-user-disabled'));
    const r = await runCli(['check', '--format', 'json'], { cwd: GATEWAY_PROJECT, env: { KEYDOCTOR_BILLING_GATEWAY_BASE_URL: fake.url } });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.keys).toHaveLength(1);
    expect(out.keys[0]).toMatchObject({ name: 'BILLING_API_KEY', provider: 'billing-gateway', category: 'invalid_user', verdict: 'invalid' });
    expect(out.notices.join('\n')).toMatch(/Skipped plugin keydoctor-probe-acme: .*\.keydoctor\.yml:29.*--trust-project-config/);
    expect(r.stdout + r.stderr).not.toContain(GATEWAY_KEY);
  });

  it('with --trust-project-config the plugin\'s probe checks its key too', async () => {
    fake = await startFakeProvider((req) => (req.path === '/v1/me' ? answer('billing-gateway', '200-me-names-user-and-org') : answer('acme', '200-whoami-names-team')));
    const r = await runCli(['check', '--format', 'json', '--trust-project-config'], {
      cwd: GATEWAY_PROJECT, env: { KEYDOCTOR_BILLING_GATEWAY_BASE_URL: fake.url, KEYDOCTOR_ACME_BASE_URL: fake.url },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).keys.map((k: { provider: string; category: string }) => [k.provider, k.category]).sort()).toEqual([['acme', 'ok'], ['billing-gateway', 'ok']]);
  });

  it('a key from the environment is refused for the project\'s host, naming the file, the host and the flag', async () => {
    const r = await runCli(['check', '--format', 'json', '--env-var', 'BILLING_API_KEY'], { cwd: GATEWAY_PROJECT, env: { BILLING_API_KEY: GATEWAY_KEY } });
    const live = JSON.parse(r.stdout).keys[0].steps.find((s: { step: string }) => s.step === 'live');
    expect(live.findings[0].message).toContain('.keydoctor.yml');
    expect(live.findings[0].message).toContain('gateway.example.internal');
    expect(live.findings[0].fix).toContain('--trust-project-config');
  });

  it('a broken provider is one line on stderr and exit 2', async () => {
    const { project } = await import('../helpers/cli.js');
    const r = await runCli(['check'], { cwd: project({ '.keydoctor.yml': 'providers:\n  - id: gw\n    envVars: [GW_KEY]\n    request: { url: http://gw.example.com/me, auth: \'X-Key: {key}\' }\n' }) });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^keydoctor: \.keydoctor\.yml:4: providers\[0\]\.request\.url: is plain http to gw\.example\.com/);
  });
});
