import { afterAll, describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { azureOpenai } from '../../src/probes/azure-openai/index.js';
import { PROBES } from '../../src/probes/index.js';
import { ProbeSetupError } from '../../src/probes/types.js';
import { runCheck } from '../../src/check/run.js';
import { closeDispatchers } from '../../src/net/client.js';
import { emptyProject } from '../helpers/cli.js';
import { loadProbeFixture } from '../fake-provider/server.js';

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
