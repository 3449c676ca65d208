// A host on a shared domain (`*.supabase.co`, `*.openai.azure.com`,
// `*.sentry.io`, `*.twilio.com`) or a base URL the probe builds from settings
// (a project URL, a resource name, a region, a Datadog site) is chosen by
// whoever set it: anyone can create a Supabase project or an Azure resource,
// so the host looks official and belongs to them. It is official only when
// that source is at least as trusted as the key (DESIGN "Where a key may be
// sent"); the probe's fixed hosts (api.openai.com, sentry.io) stay official
// for any key.
//
// Tenant hosts cannot be reached here (no DNS, no internet): every run has
// HTTPS_PROXY and HTTP_PROXY pointing at a loopback trap, through which undici
// would tunnel any request without resolving its host. A refused key leaves
// the trap untouched; an allowed one shows up as a CONNECT to the host it was
// sent to, and goes no further.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Trust } from '../../src/core/types.js';
import { closeDispatchers } from '../../src/net/client.js';
import { chooseBaseUrl, decideTarget } from '../../src/net/target.js';
import { azureOpenai } from '../../src/probes/azure-openai/index.js';
import { datadog } from '../../src/probes/datadog/index.js';
import { openai } from '../../src/probes/openai/index.js';
import { sentry } from '../../src/probes/sentry/index.js';
import { supabase } from '../../src/probes/supabase/index.js';
import { twilio } from '../../src/probes/twilio/index.js';
import type { Probe } from '../../src/probes/types.js';
import { liveCall } from '../../src/steps/live.js';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';
import { sourcesOf } from '../helpers/sources.js';
import { startTrap, type Trap } from './trap.js';

const SUPABASE_KEY = 'sb_secret_FAKEFAKEEXAMPLEEXAMPLE_FAKE0001';
const SUPABASE_FRESH = 'sb_secret_FRESHFAKEEXAMPLEEXAMPLE_FAKE0002';
const AZURE_KEY = 'FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEJQQJ99EXAMPLEEXAMPLEAAABACOGFAKE';
const SENTRY_KEY = `sntrys_${Buffer.from(JSON.stringify({ iat: 1700000000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'fake-example-org' })).toString('base64')}_FAKEFAKEFAKEEXAMPLEEXAMPLEEXAMPLEFAKEFAKE12`;
const TWILIO_SECRET = 'FAKEexampleFAKEexampleFAKEexampl';
const TWILIO_SETTINGS = 'TWILIO_ACCOUNT_SID=ACFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\nTWILIO_API_KEY=SKFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\n';
const DATADOG_KEY = 'FAKEEXAMPLEFAKEEXAMPLEFAKEEXAMPL';
const EVIL = 'https://attackerref.supabase.co/functions/v1/grab';

let trap: Trap;
beforeAll(async () => {
  ensureBuilt();
  trap = await startTrap();
}, 60_000);
afterEach(async () => {
  await trap.close();
  trap = await startTrap();
});
afterAll(async () => {
  await trap.close();
  await closeDispatchers();
});

const proxies = () => ({ HTTPS_PROXY: trap.url, HTTP_PROXY: trap.url });

/** The live step as `check` runs it, in a project with `files`: base URL choice, trust rule, and the call if allowed. */
async function live(probe: Probe, key: string, keyTrust: Trust, files: Record<string, string>, opts: { env?: Record<string, string>; baseUrl?: string; trustProjectConfig?: boolean } = {}) {
  const view = sourcesOf(project(files), { ...opts.env, ...proxies() });
  return liveCall(probe, key, keyTrust, view, { baseUrl: opts.baseUrl, trustProjectConfig: opts.trustProjectConfig ?? false, timeoutMs: 3000, onSecret: () => {} });
}

type Live = Awaited<ReturnType<typeof live>>;

function expectRefused(r: Live, host: string, where: string): { message: string; fix: string } {
  expect(r.outcome.kind).toBe('refused');
  expect(r.call).toBeUndefined();
  expect(trap.connections).toBe(0);
  const f = r.findings.find((x) => x.code === 'live.base_url_refused');
  expect(f, JSON.stringify(r.findings)).toMatchObject({ severity: 'warning' });
  expect(f!.message).toContain(host);
  expect(f!.message).toContain(where);
  expect(f!.fix).toContain('--trust-project-config');
  return { message: f!.message, fix: f!.fix! };
}

/** Allowed: the call was made, to `host` (tunnelled to the trap, which went no further). */
function expectSentTo(r: Live, host: string): void {
  expect(r.findings.map((f) => f.code)).not.toContain('live.base_url_refused');
  expect(r.outcome.kind).not.toBe('refused');
  expect(trap.requestLines()).toEqual([`CONNECT ${host}:443 HTTP/1.1`]);
}

describe('a tenant host or a settings-built base URL from a project file gets no key from a more trusted place', () => {
  it('Supabase: SUPABASE_URL in .env, the key in the environment', async () => {
    const r = await live(supabase, SUPABASE_KEY, 'env', { '.env': `# our project\nSUPABASE_URL=${EVIL}\n` });
    const { message, fix } = expectRefused(r, 'attackerref.supabase.co', 'SUPABASE_URL (.env:2)');
    expect(message).toContain('the process environment');
    // The way out: for this run, or by setting the variable where the key comes from.
    expect(fix).toMatch(/setting KEYDOCTOR_SUPABASE_BASE_URL=https:\/\/attackerref\.supabase\.co\/functions\/v1\/grab in your environment/);
    expect(fix).toContain('.env:2');
  });

  it('Supabase: NEXT_PUBLIC_SUPABASE_URL in a Next.js app\'s .env.local, the key from standard input', async () => {
    const r = await live(supabase, SUPABASE_KEY, 'flag', { 'package.json': '{ "dependencies": { "next": "15.0.0" } }\n', '.env.local': `NEXT_PUBLIC_SUPABASE_URL=${EVIL}\n` });
    const { message, fix } = expectRefused(r, 'attackerref.supabase.co', 'NEXT_PUBLIC_SUPABASE_URL (.env.local:1)');
    expect(message).toContain('standard input');
    expect(fix).toContain('--base-url');
  });

  it('Azure OpenAI: AZURE_OPENAI_ENDPOINT (the SDK variable) in .env', async () => {
    const r = await live(azureOpenai, AZURE_KEY, 'env', { '.env': 'AZURE_OPENAI_ENDPOINT=https://attacker-res.openai.azure.com/\n' });
    expectRefused(r, 'attacker-res.openai.azure.com', 'AZURE_OPENAI_ENDPOINT (.env:1)');
  });

  it('Azure OpenAI: AZURE_RESOURCE_NAME in .env names the resource host', async () => {
    const r = await live(azureOpenai, AZURE_KEY, 'env', { '.env': 'AZURE_RESOURCE_NAME=attacker-res\n' });
    expectRefused(r, 'attacker-res.openai.azure.com', 'AZURE_RESOURCE_NAME (.env:1)');
  });

  it('Sentry: SENTRY_URL in .env names an organization subdomain', async () => {
    const r = await live(sentry, SENTRY_KEY, 'env', { '.env': 'SENTRY_URL=https://attacker-org.sentry.io\n' });
    expectRefused(r, 'attacker-org.sentry.io', 'SENTRY_URL (.env:1)');
  });

  it('Twilio: KEYDOCTOR_TWILIO_BASE_URL in .env names a *.twilio.com host', async () => {
    const r = await live(twilio, TWILIO_SECRET, 'env', { '.env': `${TWILIO_SETTINGS}KEYDOCTOR_TWILIO_BASE_URL=https://attacker.twilio.com\n` });
    expectRefused(r, 'attacker.twilio.com', 'KEYDOCTOR_TWILIO_BASE_URL (.env:3)');
  });

  it('Twilio: TWILIO_REGION and TWILIO_EDGE in .env choose the regional host; the Account SID beside them does not count', async () => {
    const r = await live(twilio, TWILIO_SECRET, 'env', { '.env': `${TWILIO_SETTINGS}TWILIO_REGION=ie1\nTWILIO_EDGE=dublin\n` });
    const { message } = expectRefused(r, 'api.dublin.ie1.twilio.com', 'TWILIO_REGION (.env:3)');
    expect(message).toContain('TWILIO_EDGE (.env:4)');
    expect(message).not.toContain('TWILIO_ACCOUNT_SID');
  });

  it('Datadog: DD_SITE in .env picks another site', async () => {
    const r = await live(datadog, DATADOG_KEY, 'env', { '.env': 'DD_SITE=us5.datadoghq.com\n' });
    expectRefused(r, 'api.us5.datadoghq.com', 'DD_SITE (.env:1)');
  });

  it('a key from the user\'s shell files is more trusted than the project too', async () => {
    const r = await live(supabase, SUPABASE_KEY, 'user', { '.env': `SUPABASE_URL=${EVIL}\n` });
    expectRefused(r, 'attackerref.supabase.co', 'SUPABASE_URL (.env:1)');
  });
});

describe('the same hosts where the trust rule allows them', () => {
  it('the tenant host from the process environment, for a key from the environment', async () => {
    expectSentTo(await live(supabase, SUPABASE_KEY, 'env', {}, { env: { SUPABASE_URL: EVIL } }), 'attackerref.supabase.co');
  });

  it('the tenant host from --base-url, for a key from standard input or the environment', async () => {
    expectSentTo(await live(supabase, SUPABASE_KEY, 'flag', {}, { baseUrl: EVIL }), 'attackerref.supabase.co');
    const d = decideTarget(azureOpenai, chooseBaseUrl(azureOpenai, sourcesOf(project({})), 'https://mine.openai.azure.com'), 'env', false);
    expect(d).toMatchObject({ allowed: true, official: true, baseUrl: 'https://mine.openai.azure.com/openai' });
  });

  it('a key read from the project\'s own files goes to the project\'s own host', async () => {
    expectSentTo(await live(supabase, SUPABASE_KEY, 'project', { '.env': `SUPABASE_URL=${EVIL}\nSUPABASE_SECRET_KEY=${SUPABASE_KEY}\n` }), 'attackerref.supabase.co');
  });

  it('--trust-project-config lets the project choose', async () => {
    expectSentTo(await live(supabase, SUPABASE_KEY, 'env', { '.env': `SUPABASE_URL=${EVIL}\n` }, { trustProjectConfig: true }), 'attackerref.supabase.co');
  });

  it('a setting the project adds beside the one that chose the host changes nothing (the Account SID is not the host)', async () => {
    const r = await live(twilio, TWILIO_SECRET, 'env', { '.env': TWILIO_SETTINGS }, { env: { TWILIO_REGION: 'ie1', TWILIO_EDGE: 'dublin' } });
    expectSentTo(r, 'api.dublin.ie1.twilio.com');
  });

  it('the same project URL in the environment and in .env: the environment chose it', async () => {
    expectSentTo(await live(supabase, SUPABASE_KEY, 'env', { '.env': `NEXT_PUBLIC_SUPABASE_URL=${EVIL}\n` }, { env: { SUPABASE_URL: EVIL } }), 'attackerref.supabase.co');
  });
});

describe('the probe\'s fixed hosts stay official for any key, whoever named them', () => {
  it.each<[string, Probe, string, string, string]>([
    ['OPENAI_BASE_URL=https://api.openai.com/v1', openai, FAKE.openaiProject, 'OPENAI_BASE_URL=https://api.openai.com/v1\n', 'api.openai.com'],
    ['OPENAI_BASE_URL=https://eu.api.openai.com/v1 (data residency)', openai, FAKE.openaiProject, 'OPENAI_BASE_URL=https://eu.api.openai.com/v1\n', 'eu.api.openai.com'],
    ['SENTRY_URL=https://sentry.io', sentry, SENTRY_KEY, 'SENTRY_URL=https://sentry.io\n', 'sentry.io'],
    ['SENTRY_URL=https://de.sentry.io (a Sentry region)', sentry, SENTRY_KEY, 'SENTRY_URL=https://de.sentry.io\n', 'de.sentry.io'],
    ['DD_SITE=datadoghq.com (the default site)', datadog, DATADOG_KEY, 'DD_SITE=datadoghq.com\n', 'api.datadoghq.com'],
  ])('%s in .env, the key from the environment', async (_label, probe, key, env, host) => {
    expectSentTo(await live(probe, key, 'env', { '.env': env }), host);
  });
});

describe('end to end: the built CLI in a hostile project', () => {
  const hostile = (extra: Record<string, string> = {}) => project({ '.env': `SUPABASE_URL=${EVIL}\n`, ...extra });
  const liveFindings = (k: { steps: { step: string; findings: { code: string; severity: string; message: string; fix?: string }[] }[] }) => k.steps.find((s) => s.step === 'live')?.findings ?? [];

  it('check: a Supabase key from the shell is not sent to the project\'s tenant host; exit 3 with the way out', async () => {
    const r = await runCli(['check', '--format', 'json', '--timeout', '3000'], { cwd: hostile(), env: { SUPABASE_SECRET_KEY: SUPABASE_KEY, ...proxies() } });
    expect(trap.connections).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(SUPABASE_KEY);
    expect(r.code).toBe(3);
    const k = JSON.parse(r.stdout).keys[0];
    expect(k).toMatchObject({ name: 'SUPABASE_SECRET_KEY', verdict: 'indeterminate' });
    expect(liveFindings(k)[0]).toMatchObject({ code: 'live.base_url_refused', severity: 'warning' });
    expect(liveFindings(k)[0]!.message).toMatch(/SUPABASE_URL \(\.env:1\).*attackerref\.supabase\.co/);
    expect(liveFindings(k)[0]!.fix).toContain('--trust-project-config');
  });

  it('check: .keydoctor.yml mapping other secrets to provider supabase sends none of them', async () => {
    const cwd = hostile({ '.keydoctor.yml': 'keys:\n  - env: AWS_SECRET_ACCESS_KEY\n    provider: supabase\n  - env: DATABASE_PASSWORD\n    provider: supabase\n  - env: SESSION_SECRET\n    provider: supabase\n' });
    const secrets = {
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYFAKEEXAMPLE',
      DATABASE_PASSWORD: 'FAKE-example-db-pass-0001',
      SESSION_SECRET: 'FAKEEXAMPLEsessionSECRET0123456789',
    };
    const r = await runCli(['check', '--format', 'json', '--timeout', '3000'], { cwd, env: { ...secrets, ...proxies() } });
    expect(trap.connections).toBe(0);
    for (const v of Object.values(secrets)) expect(r.stdout + r.stderr).not.toContain(v);
    const keys = JSON.parse(r.stdout).keys as Parameters<typeof liveFindings>[0][];
    expect(keys).toHaveLength(3);
    for (const k of keys) expect(liveFindings(k).map((f) => f.code)).toContain('live.base_url_refused');
  });

  it('check --trust-project-config: the same project may choose, and the key would go there', async () => {
    await runCli(['check', '--format', 'json', '--timeout', '3000', '--trust-project-config'], { cwd: hostile(), env: { SUPABASE_SECRET_KEY: SUPABASE_KEY, ...proxies() } });
    expect(trap.requestLines()).toEqual(['CONNECT attackerref.supabase.co:443 HTTP/1.1']);
  });

  it('compare: neither the configured key nor the fresh one from standard input goes to the project\'s tenant host', async () => {
    const r = await runCli(['compare', 'SUPABASE_SECRET_KEY', '--fresh-stdin', '--format', 'json', '--timeout', '3000'], {
      cwd: hostile(), env: { SUPABASE_SECRET_KEY: SUPABASE_KEY, ...proxies() }, stdin: `${SUPABASE_FRESH}\n`,
    });
    expect(trap.connections).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(SUPABASE_KEY);
    expect(r.stdout + r.stderr).not.toContain(SUPABASE_FRESH);
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout);
    for (const side of [out.old, out.fresh]) {
      expect(side.verdict).toBe('indeterminate');
      expect(side.liveSkipped).toMatch(/attackerref\.supabase\.co/);
      expect(side.findings.map((f: { code: string }) => f.code)).toContain('live.base_url_refused');
    }
  });
});
