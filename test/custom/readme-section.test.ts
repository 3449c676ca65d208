// The README's "Adding a provider" examples (README.md, "### Your own API" onwards) are
// run as written: every fenced block that names a file after its language is
// written to a fresh project and home directory, then checked end to end.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDispatchers } from '../../src/net/client.js';
import { startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { project } from '../helpers/cli.js';
import { ACME_KEY, GATEWAY_KEY, check, probesFor } from './helpers.js';

// The examples are read from the README itself, from "### Your own API" to the next top-level section.
const README = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md'), 'utf8');
const SECTION_TEXT = README.slice(README.indexOf('### Your own API'), README.indexOf('\n## ', README.indexOf('### Your own API')));
const blocks = [...SECTION_TEXT.matchAll(/```(\w+) ([^\n]+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, name: m[2]!, text: m[3]! }));
const filesNamed = (name: string) => blocks.filter((b) => b.name === name).map((b) => b.text);

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => closeDispatchers());

/** The project the README describes: its .keydoctor.yml (all snippets), the plugin package, fake keys in .env. */
function readmeProject(): string {
  const files: Record<string, string> = {
    '.keydoctor.yml': filesNamed('.keydoctor.yml').join(''),
    '.env': `BILLING_API_KEY=${GATEWAY_KEY}\nACME_API_KEY=${ACME_KEY}\n`,
  };
  for (const b of blocks) if (b.name.startsWith('node_modules/')) files[b.name] = b.text;
  return project(files);
}
/** A home whose config names the plugin, installed where the README says: npm install --prefix ~/.config/keydoctor. */
const readmeHome = () => {
  const files: Record<string, string> = { '.config/keydoctor/config.yml': filesNamed('~/.config/keydoctor/config.yml')[0]! };
  for (const b of blocks) if (b.name.startsWith('node_modules/')) files[`.config/keydoctor/${b.name}`] = b.text;
  return project(files);
};

describe('README "Adding a provider"', () => {
  it('has the examples this test runs', () => {
    expect(blocks.map((b) => b.name)).toEqual([
      '.keydoctor.yml', 'refusal', 'node_modules/keydoctor-probe-acme/package.json', 'node_modules/keydoctor-probe-acme/index.js',
      '.keydoctor.yml', '~/.config/keydoctor/config.yml',
    ]);
  });

  it('the custom provider and the plugin classify their answers as the README says', async () => {
    fake = await startFakeProvider((req) => req.path === '/v1/me'
      ? { status: 401, body: { error: { message: 'User disabled by an administrator' } } }
      : { status: 401, body: { error: { code: 'key_revoked' } } });
    const dir = readmeProject();
    // The user's own config names the plugin, so it loads without --trust-project-config.
    const probes = await probesFor(dir, { env: { HOME: readmeHome() } });
    expect(probes.notices).toEqual([]);
    const { result } = await check(dir, probes, { env: { KEYDOCTOR_BILLING_GATEWAY_BASE_URL: fake.url, KEYDOCTOR_ACME_BASE_URL: fake.url } });
    const byName = Object.fromEntries(result.keys.map((k) => [k.name, k]));
    expect(byName.BILLING_API_KEY).toMatchObject({
      provider: 'billing-gateway', category: 'invalid_user', verdict: 'invalid', keyType: 'Billing gateway key',
      fixes: ['Re-enable the user in the gateway console or issue a key to a service account.', 'Then put the new key where this run loads it: edit BILLING_API_KEY at .env:1, the definition this run loads.'],
    });
    expect(byName.ACME_API_KEY).toMatchObject({ provider: 'acme', category: 'revoked_or_expired', verdict: 'invalid', keyType: 'secret key' });
    expect(fake.requests.map((r) => [r.path, r.headers.authorization ?? r.headers['x-acme-key']]).sort()).toEqual([
      ['/v1/me', `Bearer ${GATEWAY_KEY}`],
      ['/v2/whoami', ACME_KEY],
    ]);
  });

  it('a header rule and identity paths work as documented', async () => {
    fake = await startFakeProvider((req) => req.path === '/v1/me'
      ? { status: 503, headers: { 'x-gateway-state': 'maintenance' }, body: {} }
      : { status: 200, body: { team: { name: 'Example Team' } } });
    const dir = readmeProject();
    const { result } = await check(dir, await probesFor(dir, { trustProjectConfig: true }), { env: { KEYDOCTOR_BILLING_GATEWAY_BASE_URL: fake.url, KEYDOCTOR_ACME_BASE_URL: fake.url } });
    const byName = Object.fromEntries(result.keys.map((k) => [k.name, k]));
    expect(byName.BILLING_API_KEY).toMatchObject({ category: 'provider_outage', verdict: 'indeterminate', classification: { rule: 'billing-gateway.maintenance' } });
    expect(byName.ACME_API_KEY).toMatchObject({ category: 'ok', identity: { organization: 'Example Team' } });
  });

  it('without the user\'s config or the flag, the plugin is skipped and keydoctor says so', async () => {
    const probes = await probesFor(readmeProject(), { env: { HOME: project({}) } });
    expect(probes.probes.map((p) => p.id)).not.toContain('acme');
    expect(probes.notices[0]).toMatch(/^Skipped plugin keydoctor-probe-acme: .*--trust-project-config/);
  });

  it('the refusal it quotes is the one a key from the environment gets', async () => {
    const dir = readmeProject();
    const { result } = await check(dir, await probesFor(dir), { env: { BILLING_API_KEY: GATEWAY_KEY }, envVars: ['BILLING_API_KEY'] });
    const live = result.keys[0]!.steps.find((s) => s.step === 'live')!;
    expect(live.findings[0]!.message).toBe(filesNamed('refusal')[0]!.trim());
  });
});
