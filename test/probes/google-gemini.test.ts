import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { probeSuite } from '../helpers/probe-suite.js';
import { googleGemini } from '../../src/probes/google-gemini/index.js';
import { PROBES, probeForEnvVar } from '../../src/probes/index.js';
import type { Answer } from '../../src/probes/types.js';
import { loadAnswer, loadProbeFixture, startFakeProvider } from '../fake-provider/server.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(googleGemini);

const key = loadProbeFixture('google-gemini').key;
const ctx = { baseUrl: googleGemini.defaultBaseUrl, settings: {} };
const googleError = (status: number, rpcStatus: string, message: string, reason?: string): Answer => {
  const json = {
    error: {
      code: status,
      message,
      status: rpcStatus,
      ...(reason ? { details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' }] } : {}),
    },
  };
  return { status, headers: {}, text: JSON.stringify(json), json };
};

describe('google-gemini: specifics', () => {
  it('sends the key in the x-goog-api-key header, never in the query string', () => {
    const req = googleGemini.request(key, ctx);
    expect(req.headers['x-goog-api-key']).toBe(key);
    expect(req.headers.authorization).toBeUndefined();
    expect(req.url).not.toContain(key);
    expect(new URL(req.url).searchParams.has('key')).toBe(false);
  });

  it('keeps the SDK layout: GOOGLE_GEMINI_BASE_URL is a host root and the API version is added to it', () => {
    expect(googleGemini.request(key, { baseUrl: 'https://gemini-proxy.example.com', settings: {} }).url)
      .toBe('https://gemini-proxy.example.com/v1beta/models?pageSize=1');
  });

  it('an expired key is revoked_or_expired although Google gives it the same reason as an invalid one', () => {
    const expired = googleGemini.classify(googleError(400, 'INVALID_ARGUMENT', 'API key expired. Please renew the API key.', 'API_KEY_INVALID'));
    const invalid = googleGemini.classify(googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', 'API_KEY_INVALID'));
    expect(expired).toMatchObject({ category: 'revoked_or_expired', verdict: 'invalid', providerCode: 'API_KEY_INVALID' });
    expect(invalid).toMatchObject({ category: 'invalid_key', verdict: 'invalid', providerCode: 'API_KEY_INVALID' });
  });

  it('names the key\'s Cloud project when a 403 gives it', () => {
    const a = googleError(403, 'PERMISSION_DENIED', 'Generative Language API has not been used in project 000000FAKE before or it is disabled.', 'SERVICE_DISABLED');
    const details = (a.json as { error: { details: Array<Record<string, unknown>> } }).error.details;
    details[0]!.metadata = { consumer: 'projects/000000FAKE' };
    expect(googleGemini.classify(a)?.evidence.join(' ')).toContain('projects/000000FAKE');
  });

  it('a 403 it does not recognise is left to the generic rules, so the key is not blamed', () => {
    expect(googleGemini.classify(googleError(403, 'PERMISSION_DENIED', 'The caller does not have permission'))).toBeUndefined();
  });

  it('GEMINI_API_KEY and GOOGLE_API_KEY both lead to this probe, the Gemini-specific name first', () => {
    const probes = [...PROBES, googleGemini];
    expect(googleGemini.envVars[0]).toBe('GEMINI_API_KEY');
    expect(probeForEnvVar('GEMINI_API_KEY', probes)?.id).toBe('google-gemini');
    expect(probeForEnvVar('GOOGLE_API_KEY', probes)?.id).toBe('google-gemini');
    expect(probeForEnvVar('GOOGLE_GENERATIVE_AI_API_KEY', probes)?.id).toBe('google-gemini');
  });
});

describe('google-gemini: the Vercel AI SDK\'s variable', () => {
  beforeAll(() => ensureBuilt());

  it('check finds GOOGLE_GENERATIVE_AI_API_KEY in .env.local, sends it to Gemini in the header, and reads the refusal', async () => {
    const bad = loadAnswer('google-gemini', '400-api-key-invalid');
    const fake = await startFakeProvider(bad.response);
    try {
      const dir = project({ 'package.json': '{"dependencies":{"next":"15.0.0","ai":"^5.0.0","@ai-sdk/google":"^2.0.0"}}', '.env.local': `GOOGLE_GENERATIVE_AI_API_KEY=${key}\n` });
      const r = await runCli(['check', '--cwd', dir, '--format', 'json'], { env: { KEYDOCTOR_GOOGLE_GEMINI_BASE_URL: fake.url } });
      const json = JSON.parse(r.stdout);
      expect(json.keys).toHaveLength(1);
      expect(json.keys[0]).toMatchObject({ name: 'GOOGLE_GENERATIVE_AI_API_KEY', provider: 'google-gemini', category: 'invalid_key' });
      expect(r.code).toBe(1);
      expect(fake.requests).toHaveLength(1);
      expect(fake.requests[0]!.headers['x-goog-api-key']).toBe(key);
      const pretty = await runCli(['check', '--cwd', dir, '--offline'], {});
      expect(pretty.stdout).toMatch(/GOOGLE_GENERATIVE_AI_API_KEY {2}Google Gemini/);
      expect(pretty.stdout).toContain('.env.local:1');
      expect(r.stdout + r.stderr + pretty.stdout + pretty.stderr).not.toContain(key);
    } finally {
      await fake.close();
    }
  });
});

describe('google-gemini: auth keys and the retiring standard keys (issue 18)', () => {
  const pf = loadProbeFixture('google-gemini');
  const authKey = pf.formats.accept['auth-key']!;
  const facts = (formatId: string) => ({ name: 'GEMINI_API_KEY', provider: 'google-gemini', formatId, ci: false });

  it('recognises an AQ. auth key and sends it in the same x-goog-api-key header', () => {
    const r = checkFormat(authKey, googleGemini, { others: PROBES });
    expect(r.format?.id).toBe('auth-key');
    expect(r.findings.map((f) => f.code)).not.toContain('format.unrecognised');
    const req = googleGemini.request(authKey, ctx);
    expect(req.headers).toEqual({ 'x-goog-api-key': authKey });
  });

  it('an IQ. value has no confirmed shape: unrecognised, and the live call decides', () => {
    const r = checkFormat(`IQ.${'FAKE_EXAMPLE0'.repeat(4).slice(0, 50)}`, googleGemini, { others: PROBES });
    expect(r.findings.map((f) => f.code)).toContain('format.unrecognised');
    expect(r.blocking).toBe(false);
  });

  it('warns that standard keys are being retired, with the dates and the source; never for an auth key', () => {
    const [w] = googleGemini.prevention!(facts('api-key'));
    expect(w).toMatchObject({ code: 'prevent.key_type_retiring', severity: 'warning' });
    expect(w!.message).toMatch(/2026-06-19/);
    expect(w!.message).toMatch(/September 2026/);
    expect(w!.message).toContain('https://ai.google.dev/gemini-api/docs/api-key');
    expect(w!.fix).toMatch(/AQ\./);
    expect(googleGemini.prevention!(facts('auth-key'))).toEqual([]);
  });

  it('the standard-key refusal is not a wrong key: insufficient for every call, with the restriction and auth-key fixes', () => {
    const c = googleGemini.classify(googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', 'ACCESS_TOKEN_TYPE_UNSUPPORTED'));
    expect(c).toMatchObject({ category: 'insufficient_permissions', verdict: 'invalid', everyCall: true, providerCode: 'ACCESS_TOKEN_TYPE_UNSUPPORTED' });
    expect(c!.fixes.join(' ')).toMatch(/Generative Language API/);
    expect(c!.fixes.join(' ')).toMatch(/aistudio\.google\.com\/apikey/);
    // The same message on a 401 without the reason (Kilo-Org/kilocode#11763 quotes only the message).
    const bare = googleGemini.classify(googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.'));
    expect(bare?.rule).toBe('google-gemini.access_token_type_unsupported');
  });
});
