// A switch variable hands a key to another provider (Probe.switchedVars): with GOOGLE_GENAI_USE_VERTEXAI=true the
// Google Gen AI SDKs send GOOGLE_API_KEY to Vertex AI (express mode), so check tests it there, says why, and never
// sends it to the Gemini API; without the switch, or with --provider google-gemini, it stays Gemini's.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';

const KEY = 'AIzaSyFAKE-EXAMPLE-0123456789abcdefghij';

let fake: FakeProvider | undefined;
beforeAll(() => ensureBuilt());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('GOOGLE_GENAI_USE_VERTEXAI decides where GOOGLE_API_KEY goes', () => {
  it('on in .env: checked as Vertex AI, sent only to the Vertex AI address, with the switch and its line named', async () => {
    fake = await startFakeProvider(loadAnswer('vertex-ai', '200-count-tokens').response);
    const dir = project({ '.env': `GOOGLE_API_KEY=${KEY}\nGOOGLE_GENAI_USE_VERTEXAI=True\n` });
    const env = { KEYDOCTOR_VERTEX_AI_BASE_URL: fake.url, KEYDOCTOR_GOOGLE_GEMINI_BASE_URL: 'http://127.0.0.1:9/' };
    const r = await runCli(['check', '--cwd', dir, '--format', 'json'], { env });
    const json = JSON.parse(r.stdout);
    expect(r.code).toBe(0);
    expect(json.keys).toHaveLength(1);
    expect(json.keys[0]).toMatchObject({ name: 'GOOGLE_API_KEY', provider: 'vertex-ai', category: 'ok' });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.path).toMatch(/publishers\/google\/models\/[\w.-]+:countTokens$/);
    const pretty = await runCli(['check', '--cwd', dir, '--offline'], {});
    expect(pretty.stdout).toMatch(/GOOGLE_API_KEY {2}Vertex AI/);
    expect(pretty.stdout).toContain('GOOGLE_GENAI_USE_VERTEXAI=True at .env:2');
    expect(pretty.stdout + pretty.stderr + r.stdout + r.stderr).not.toContain(KEY);
  });

  it('"1" in the process environment switches it too; "false" does not', async () => {
    const dir = project({ '.env': `GOOGLE_API_KEY=${KEY}\n` });
    const on = JSON.parse((await runCli(['check', '--cwd', dir, '--offline', '--format', 'json'], { env: { GOOGLE_GENAI_USE_VERTEXAI: '1' } })).stdout);
    expect(on.keys.map((k: { provider: string }) => k.provider)).toEqual(['vertex-ai']);
    const off = JSON.parse((await runCli(['check', '--cwd', dir, '--offline', '--format', 'json'], { env: { GOOGLE_GENAI_USE_VERTEXAI: 'false' } })).stdout);
    expect(off.keys.map((k: { provider: string }) => k.provider)).toEqual(['google-gemini']);
  });

  it('--provider google-gemini keeps the key Gemini\'s whatever the switch says; --provider vertex-ai finds it when the switch is on', async () => {
    const dir = project({ '.env': `GOOGLE_API_KEY=${KEY}\nGOOGLE_GENAI_USE_VERTEXAI=true\n` });
    const gemini = JSON.parse((await runCli(['check', '--cwd', dir, '--offline', '--provider', 'google-gemini', '--format', 'json'], {})).stdout);
    expect(gemini.keys.map((k: { provider: string }) => k.provider)).toEqual(['google-gemini']);
    const vertex = JSON.parse((await runCli(['check', '--cwd', dir, '--offline', '--provider', 'vertex-ai', '--format', 'json'], {})).stdout);
    expect(vertex.keys.map((k: { name: string }) => k.name)).toEqual(['GOOGLE_API_KEY']);
  });

  it('--env-var GOOGLE_API_KEY follows the switch as well', async () => {
    const dir = project({ '.env': `GOOGLE_API_KEY=${KEY}\nGOOGLE_GENAI_USE_VERTEXAI=true\n` });
    const r = JSON.parse((await runCli(['check', '--cwd', dir, '--offline', '--env-var', 'GOOGLE_API_KEY', '--format', 'json'], {})).stdout);
    expect(r.keys.map((k: { provider: string }) => k.provider)).toEqual(['vertex-ai']);
  });
});
