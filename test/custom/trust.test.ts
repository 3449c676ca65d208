// Where a custom provider's key may go (DESIGN "Where a key may be sent"): a
// provider defined in a project file is project-level. A key read from the
// project's own files may go to its host; a key from the process environment
// or stdin only with --trust-project-config. A project file never redirects a
// built-in probe's key.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { chooseBaseUrl, decideTarget } from '../../src/net/target.js';
import { closeDispatchers } from '../../src/net/client.js';
import { openai } from '../../src/probes/openai/index.js';
import { sourcesOf } from '../helpers/sources.js';
import type { Trust } from '../../src/core/types.js';
import { startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { FAKE } from '../helpers/keys.js';
import { emptyProject, project } from '../helpers/cli.js';
import { GATEWAY_KEY, GATEWAY_PROJECT, check, probesFor } from './helpers.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => closeDispatchers());

const gateway = async () => (await probesFor(GATEWAY_PROJECT)).probes.find((p) => p.id === 'billing-gateway')!;
const noOverrides = sourcesOf(emptyProject());

describe('decideTarget for a provider defined in a project file', () => {
  it.each<[Trust, boolean]>([['project', true], ['user', false], ['env', false], ['flag', false]])(
    'its own host receives a key from %s: %s', async (keyTrust, allowed) => {
      const probe = await gateway();
      expect(decideTarget(probe, chooseBaseUrl(probe, noOverrides), keyTrust, false).allowed).toBe(allowed);
    });

  it('the refusal names the file, the host and the flag', async () => {
    const probe = await gateway();
    const d = decideTarget(probe, chooseBaseUrl(probe, noOverrides), 'env', false);
    expect(d).toMatchObject({
      allowed: false,
      reason: "Billing gateway is defined in the project file .keydoctor.yml, so its host gateway.example.internal may receive only keys read from the project's own files, and this key came from the process environment",
      fix: 'If gateway.example.internal is yours, allow it with --trust-project-config.',
    });
  });

  it('--trust-project-config lets a more trusted key go there', async () => {
    const probe = await gateway();
    expect(decideTarget(probe, chooseBaseUrl(probe, noOverrides), 'flag', true)).toMatchObject({ allowed: true, official: true, baseUrl: 'https://gateway.example.internal' });
  });

  it('a base URL the user gave as trustedly as the key is the user\'s choice, even to the same host', async () => {
    const probe = await gateway();
    expect(decideTarget(probe, chooseBaseUrl(probe, noOverrides, 'https://gateway.example.internal'), 'flag', false).allowed).toBe(true);
    const env = sourcesOf(emptyProject(), { KEYDOCTOR_BILLING_GATEWAY_BASE_URL: 'https://gw.example.com' }, [probe]);
    expect(decideTarget(probe, chooseBaseUrl(probe, env), 'env', false)).toMatchObject({ allowed: true, official: false });
  });

  it('an override in a project file back to the same host is still project-level', async () => {
    const probe = await gateway();
    const dir = project({ '.env': 'KEYDOCTOR_BILLING_GATEWAY_BASE_URL=https://gateway.example.internal/v1\n' });
    const choice = chooseBaseUrl(probe, sourcesOf(dir, {}, [probe]));
    expect(decideTarget(probe, choice, 'env', false).allowed).toBe(false);
    expect(decideTarget(probe, choice, 'project', false).allowed).toBe(true);
  });

  it('built-in probes are untouched: their official host takes any key', () => {
    expect(decideTarget(openai, chooseBaseUrl(openai, noOverrides), 'flag', false)).toMatchObject({ allowed: true, official: true });
  });
});

describe('end to end', () => {
  const loopbackProject = (port: number) => project({
    '.keydoctor.yml': `providers:\n  - id: billing-gateway\n    envVars: [BILLING_API_KEY]\n    request: { url: 'http://127.0.0.1:${port}/v1/me', auth: 'Authorization: Bearer {key}' }\n`,
  });

  it('a key from the process environment is not sent to a project-defined host, and the finding says why', async () => {
    fake = await startFakeProvider({ status: 200, body: {} });
    const dir = loopbackProject(fake.port);
    const { result } = await check(dir, await probesFor(dir), { env: { BILLING_API_KEY: GATEWAY_KEY } });
    expect(fake.requests).toHaveLength(0);
    const live = result.keys[0]!.steps.find((s) => s.step === 'live')!;
    expect(live.findings[0]).toMatchObject({ code: 'live.base_url_refused', fix: expect.stringContaining('--trust-project-config') });
    expect(live.findings[0]!.message).toContain('.keydoctor.yml');
    expect(live.findings[0]!.message).toContain(`127.0.0.1:${fake.port}`);
    expect(result.keys[0]).toMatchObject({ verdict: 'indeterminate', category: 'unknown' });
  });

  it('nor a key from standard input', async () => {
    fake = await startFakeProvider({ status: 200, body: {} });
    const dir = loopbackProject(fake.port);
    const { result } = await check(dir, await probesFor(dir), { stdinKey: GATEWAY_KEY, provider: 'billing-gateway' });
    expect(fake.requests).toHaveLength(0);
    expect(result.keys[0]!.steps.find((s) => s.step === 'live')!.findings[0]!.message).toContain('standard input');
  });

  it('with --trust-project-config it is sent', async () => {
    fake = await startFakeProvider({ status: 200, body: {} });
    const dir = loopbackProject(fake.port);
    const { result } = await check(dir, await probesFor(dir, { trustProjectConfig: true }), { env: { BILLING_API_KEY: GATEWAY_KEY }, trustProjectConfig: true });
    expect(fake.requests).toHaveLength(1);
    expect(result.keys[0]!.category).toBe('ok');
  });

  it('a key read from the project\'s own .env is sent without the flag', async () => {
    fake = await startFakeProvider({ status: 200, body: {} });
    const dir = loopbackProject(fake.port);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/.env`, `BILLING_API_KEY=${GATEWAY_KEY}\n`);
    const { result } = await check(dir, await probesFor(dir), {});
    expect(fake.requests).toHaveLength(1);
    expect(result.keys[0]!).toMatchObject({ provider: 'billing-gateway', category: 'ok' });
  });

  it('a project file cannot send a built-in probe\'s environment key anywhere else', async () => {
    fake = await startFakeProvider({ status: 200, body: { data: [] } });
    const dir = project({
      '.env': `OPENAI_BASE_URL=${fake.url}/v1\n`,
      '.keydoctor.yml': 'providers:\n  - id: my-gateway\n    envVars: [MY_GATEWAY_KEY]\n    request: { url: https://gw.example.com/me, auth: \'X-Key: {key}\' }\n',
    });
    const { result } = await check(dir, await probesFor(dir), { env: { OPENAI_API_KEY: FAKE.openaiProject }, envVars: ['OPENAI_API_KEY'] });
    expect(fake.requests).toHaveLength(0);
    expect(result.keys[0]!.steps.find((s) => s.step === 'live')!.findings[0]).toMatchObject({ code: 'live.base_url_refused' });
  });

  it('nor claim a built-in probe\'s variable or id for a host of its own', async () => {
    const claimVar = project({ '.keydoctor.yml': 'providers:\n  - id: my-gateway\n    envVars: [OPENAI_API_KEY]\n    request: { url: https://gw.example.com/me, auth: \'X-Key: {key}\' }\n' });
    await expect(probesFor(claimVar)).rejects.toThrow(/\.keydoctor\.yml:3: providers\[0\]\.envVars\[0\]: OPENAI_API_KEY already belongs to the built-in OpenAI probe/);
    const claimId = project({ '.keydoctor.yml': 'providers:\n  - id: openai\n    envVars: [MY_KEY]\n    request: { url: https://gw.example.com/me, auth: \'X-Key: {key}\' }\n' });
    await expect(probesFor(claimId)).rejects.toThrow(/\.keydoctor\.yml:2: providers\[0\]\.id: "openai" is already the built-in OpenAI probe/);
  });
});
