import { afterAll, describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { azureOpenai } from '../../src/probes/azure-openai/index.js';
import { ACCESS_DENIED_SUMMARY } from '../../src/probes/azure-openai/rules.js';
import { PROBES, probeForEnvVar } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { ProbeSetupError } from '../../src/probes/types.js';
import { runCheck } from '../../src/check/run.js';
import { closeDispatchers } from '../../src/net/client.js';
import { emptyProject } from '../helpers/cli.js';
import { loadAnswer, loadProbeFixture, startFakeProvider } from '../fake-provider/server.js';

probeSuite(azureOpenai);

const key = loadProbeFixture('azure-openai').key;
afterAll(() => closeDispatchers());

/** A check with no fake provider: any request that escaped would go to a closed loopback proxy, never out. */
async function checkWithout(env: Record<string, string>) {
  const { result } = await runCheck({
    cwd: emptyProject(),
    env: { AZURE_OPENAI_API_KEY: key, HTTPS_PROXY: 'http://127.0.0.1:9', ...env },
    envVars: ['AZURE_OPENAI_API_KEY'],
    provider: 'azure-openai',
    probes: [...PROBES, azureOpenai],
    offline: false,
    forceLive: false,
    timeoutMs: 2000,
    trustProjectConfig: false,
    failOn: 'error',
  });
  return result.keys[0]!;
}

describe('azure-openai: specifics', () => {
  it('a missing endpoint is a finding, not a crash, and nothing is sent', async () => {
    const k = await checkWithout({});
    const live = k.steps.find((s) => s.step === 'live')!;
    expect(live.status).toBe('error');
    expect(live.findings.map((f) => f.code)).toContain('live.missing_setting');
    expect(live.findings[0]?.fix).toMatch(/AZURE_OPENAI_ENDPOINT/);
    expect(k.live).toBeUndefined();
    expect(k.verdict).toBe('indeterminate');
  });

  it('an operation URL pasted as the endpoint is a finding that says which part to keep', async () => {
    const k = await checkWithout({ AZURE_OPENAI_ENDPOINT: 'https://fake-example.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21' });
    const finding = k.steps.find((s) => s.step === 'live')!.findings.find((f) => f.code === 'live.missing_setting');
    expect(finding?.message).toMatch(/operation URL/);
    expect(finding?.fix).toContain('https://fake-example.openai.azure.com/');
    expect(k.live).toBeUndefined();
  });

  it('sends the key in the api-key header to the resource the endpoint names', () => {
    const req = azureOpenai.request(key, { baseUrl: 'https://fake-example.cognitiveservices.azure.com/openai', settings: {} });
    expect(req.url).toBe('https://fake-example.cognitiveservices.azure.com/openai/deployments?api-version=2023-03-15-preview');
    expect(req.headers).toEqual({ 'api-key': key });
  });

  it('AZURE_RESOURCE_NAME (Vercel AI SDK) or AZURE_OPENAI_API_INSTANCE_NAME (LangChain) names the resource host', () => {
    expect(azureOpenai.baseUrlFrom?.({ AZURE_RESOURCE_NAME: 'Fake-Example' })).toBe('https://fake-example.openai.azure.com/openai');
    expect(azureOpenai.baseUrlFrom?.({ AZURE_OPENAI_API_INSTANCE_NAME: 'fake-example' })).toBe('https://fake-example.openai.azure.com/openai');
    expect(azureOpenai.baseUrlFrom?.({ AZURE_RESOURCE_NAME: 'evil.example.com/x' })).toBeUndefined();
  });

  it('the placeholder default refuses to build a request', () => {
    expect(() => azureOpenai.request(key, { baseUrl: azureOpenai.defaultBaseUrl, settings: {} })).toThrow(ProbeSetupError);
  });

  it('a 401 names both causes Azure cannot tell apart: a wrong key and a key of another resource', () => {
    const json = { error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint.' } };
    const c = azureOpenai.classify({ status: 401, headers: {}, text: JSON.stringify(json), json });
    expect(c).toMatchObject({ category: 'invalid_key', verdict: 'invalid' });
    expect(c?.fixes.join(' ')).toMatch(/another Azure OpenAI resource/);
  });
});

describe('azure-openai: the v1 API, the API version settings and Entra ID tokens (issue 18)', () => {
  const token = loadProbeFixture('azure-openai').formats.accept['entra-token']!;
  const jwt = (claims: Record<string, unknown>) =>
    [{ alg: 'RS256', typ: 'JWT' }, claims].map((p) => Buffer.from(JSON.stringify(p)).toString('base64url')).join('.') + '.FAKEEXAMPLEsignatureFAKE';
  const req = (baseUrl: string, settings: Record<string, string> = {}, k = key) => azureOpenai.request(k, { baseUrl, settings });

  it('a v1 base URL (…/openai/v1/, no api-version) is an endpoint, checked with the v1 models list', () => {
    const r = req('https://fake-example.openai.azure.com/openai/v1');
    expect(r.url).toBe('https://fake-example.openai.azure.com/openai/v1/models');
    expect(new URL(r.url).searchParams.has('api-version')).toBe(false);
    expect(r.headers).toEqual({ 'api-key': key });
  });

  it('a v1 operation URL is refused with the v1 base URL to keep', async () => {
    const k = await checkWithout({ AZURE_OPENAI_ENDPOINT: 'https://fake-example.openai.azure.com/openai/v1/chat/completions' });
    const finding = k.steps.find((s) => s.step === 'live')!.findings.find((f) => f.code === 'live.missing_setting');
    expect(finding?.message).toMatch(/operation URL/);
    expect(finding?.fix).toContain('https://fake-example.openai.azure.com/openai/v1/');
  });

  it('AZURE_OPENAI_API_VERSION / OPENAI_API_VERSION = v1, latest or preview choose the v1 route; a dated one keeps the only listing that names deployments', () => {
    const base = 'https://fake-example.openai.azure.com/openai';
    expect(req(base, { OPENAI_API_VERSION: 'v1' }).url).toBe(`${base}/v1/models`);
    expect(req(base, { AZURE_OPENAI_API_VERSION: 'latest' }).url).toBe(`${base}/v1/models`);
    expect(req(base, { AZURE_OPENAI_API_VERSION: 'preview', OPENAI_API_VERSION: '2024-10-21' }).url).toBe(`${base}/v1/models`);
    expect(req(base, { OPENAI_API_VERSION: '2024-10-21' }).url).toBe(`${base}/deployments?api-version=2023-03-15-preview`);
    expect(azureOpenai.settingsEnv).toEqual(expect.arrayContaining(['AZURE_OPENAI_API_VERSION', 'OPENAI_API_VERSION']));
  });

  it('an Entra ID token is recognised (not as any provider\'s distinctive key) and sent as a bearer token', () => {
    const r = checkFormat(token, azureOpenai, { others: PROBES });
    expect(r.format?.id).toBe('entra-token');
    expect(r.blocking).toBe(false);
    expect(req('https://fake-example.openai.azure.com/openai', {}, token).headers).toEqual({ authorization: `Bearer ${token}` });
    expect(probeForEnvVar('AZURE_OPENAI_AD_TOKEN', [...PROBES, azureOpenai])?.id).toBe('azure-openai');
  });

  it('a token for another API is not sent: the finding names its audience and how to get the right one', () => {
    const arm = jwt({ aud: 'https://management.azure.com/', exp: 4102444800 });
    try {
      req('https://fake-example.openai.azure.com/openai', {}, arm);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProbeSetupError);
      expect((e as ProbeSetupError).message).toContain('https://management.azure.com/');
      expect((e as ProbeSetupError).fix).toContain('--resource https://cognitiveservices.azure.com');
      expect((e as Error).message).not.toContain(arm);
    }
    expect(req('https://fake-example.openai.azure.com/openai', {}, jwt({ aud: 'https://cognitiveservices.azure.com/' })).headers.authorization).toMatch(/^Bearer /);
  });

  it('an expired token is an error from its own exp claim, the token never shown', async () => {
    const expired = jwt({ aud: 'https://cognitiveservices.azure.com', exp: 1735689600 });
    const { result, redactor } = await runCheck({
      cwd: emptyProject(),
      env: { AZURE_OPENAI_AD_TOKEN: expired, AZURE_OPENAI_ENDPOINT: 'https://fake-example.openai.azure.com/' },
      envVars: ['AZURE_OPENAI_AD_TOKEN'],
      provider: 'azure-openai',
      probes: [...PROBES, azureOpenai],
      offline: true,
      forceLive: false,
      timeoutMs: 2000,
      trustProjectConfig: false,
      failOn: 'error',
    });
    const k = result.keys[0]!;
    const findings = k.steps.flatMap((s) => s.findings);
    expect(findings.find((f) => f.code === 'prevent.expired')?.message).toMatch(/expired on 2025-01-01/);
    expect(redactor.redact(JSON.stringify(result))).not.toContain(expired);
  });
});

describe('azure-openai: the configured deployment against the ones the key reaches (issue 18)', () => {
  const facts = (settings: Record<string, string>, identity: Record<string, string[]> = { deployments: ['chat-FAKE', 'embed-FAKE'], models: ['gpt-4o', 'text-embedding-3-small'] }) =>
    ({ name: 'AZURE_OPENAI_API_KEY', provider: 'azure-openai', formatId: 'resource', ci: false, identity, settings });

  it('a configured deployment the resource has: nothing to say', () => {
    expect(azureOpenai.prevention!(facts({ AZURE_OPENAI_DEPLOYMENT: 'chat-FAKE' }))).toEqual([]);
    expect(azureOpenai.prevention!(facts({}))).toEqual([]);
  });

  it('one it lacks is an error naming the setting, the deployments there are, and a model name given for a deployment', () => {
    const [f] = azureOpenai.prevention!(facts({ AZURE_OPENAI_DEPLOYMENT_NAME: 'gpt-4o' }));
    expect(f).toMatchObject({ code: 'prevent.deployment_missing', severity: 'error' });
    expect(f!.message).toContain('AZURE_OPENAI_DEPLOYMENT_NAME is "gpt-4o"');
    expect(f!.message).toContain('chat-FAKE, embed-FAKE');
    expect(f!.message).toMatch(/model name/);
  });

  it('the v1 models list names no deployments: nothing is compared', () => {
    expect(azureOpenai.prevention!(facts({ AZURE_OPENAI_DEPLOYMENT: 'chat-FAKE' }, { models: ['gpt-4.1-mini'] }))).toEqual([]);
  });

  it('a 401 "invalid subscription key or wrong API endpoint" replayed: invalid_key, and a summary that names both causes', async () => {
    const fake = await startFakeProvider(loadAnswer('azure-openai', '401-invalid-subscription-key').response);
    try {
      const standIn = { ...azureOpenai, officialHosts: [...azureOpenai.officialHosts, '127.0.0.1'] };
      const { result } = await runCheck({
        cwd: emptyProject(),
        env: { AZURE_OPENAI_API_KEY: key, KEYDOCTOR_AZURE_OPENAI_BASE_URL: fake.url },
        envVars: ['AZURE_OPENAI_API_KEY'],
        provider: 'azure-openai',
        probes: [...PROBES.filter((p) => p.id !== 'azure-openai'), standIn],
        offline: false, forceLive: false, timeoutMs: 5000, trustProjectConfig: false, failOn: 'error',
      });
      const k = result.keys[0]!;
      expect(k.category).toBe('invalid_key');
      expect(k.summary).toBe(ACCESS_DENIED_SUMMARY);
      expect(k.classification?.summary).toBe(ACCESS_DENIED_SUMMARY);
      expect(JSON.stringify(result)).not.toContain(key);
    } finally {
      await fake.close();
    }
  });

  it('end to end: the listing replayed, AZURE_OPENAI_DEPLOYMENT compared, exit 1', async () => {
    const fx = loadAnswer('azure-openai', '200-deployments-list');
    const fake = await startFakeProvider(fx.response);
    try {
      const standIn = { ...azureOpenai, officialHosts: [...azureOpenai.officialHosts, '127.0.0.1'] };
      const { result } = await runCheck({
        cwd: emptyProject(),
        env: { AZURE_OPENAI_API_KEY: key, KEYDOCTOR_AZURE_OPENAI_BASE_URL: fake.url, AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-prod' },
        envVars: ['AZURE_OPENAI_API_KEY'],
        provider: 'azure-openai',
        probes: [...PROBES.filter((p) => p.id !== 'azure-openai'), standIn],
        offline: false, forceLive: false, timeoutMs: 5000, trustProjectConfig: false, failOn: 'error',
      });
      const k = result.keys[0]!;
      expect(fake.requests).toHaveLength(1);
      expect(k.verdict).toBe('valid');
      expect(k.steps.flatMap((s) => s.findings).find((f) => f.code === 'prevent.deployment_missing')?.message).toContain('"gpt-4o-prod"');
      expect(result.exitCode).toBe(1);
    } finally {
      await fake.close();
    }
  });

  it('the deployment in a pasted operation URL is named in the fix', () => {
    expect(() => azureOpenai.request(key, { baseUrl: 'https://fake-example.openai.azure.com/openai/deployments/chat-FAKE/chat/completions', settings: {} }))
      .toThrow(ProbeSetupError);
    try {
      azureOpenai.request(key, { baseUrl: 'https://fake-example.openai.azure.com/openai/deployments/chat-FAKE/chat/completions', settings: {} });
    } catch (e) {
      expect((e as ProbeSetupError).fix).toContain('(chat-FAKE) goes in AZURE_OPENAI_DEPLOYMENT');
    }
  });
});
