// Vertex AI: an express mode key's recorded answers through the pipeline (probeSuite); credentials exchanged for a
// token first, with both answers (token endpoint, then Vertex AI) replayed by the fake provider; the token host rule;
// and the private key, which must never appear in any output (a canary with a throwaway key made here).
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVertexProbe, vertexAi } from '../../src/probes/vertex-ai/index.js';
import { ProbeSetupError, type Probe } from '../../src/probes/types.js';
import { PROBES } from '../../src/probes/index.js';
import { runCheck } from '../../src/check/run.js';
import { renderPretty } from '../../src/render/pretty.js';
import { loadAnswer, startFakeProvider, type RecordedResponse } from '../fake-provider/server.js';
import { emptyProject } from '../helpers/cli.js';
import { probeSuite } from '../helpers/probe-suite.js';

probeSuite(vertexAi);

// A throwaway RSA key, made for this run only: FAKE, never a real credential, never committed.
const { privateKey: FAKE_PEM, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const PEM_BODY = FAKE_PEM.split('\n').filter((l) => l && !l.startsWith('-----'));

const serviceAccount = (tokenUri: string, extra: Record<string, string> = {}) => JSON.stringify({
  type: 'service_account', project_id: 'fake-example-project', private_key_id: 'fakeexamplekeyid', private_key: FAKE_PEM,
  client_email: 'keydoctor-fake@fake-example-project.iam.gserviceaccount.com', client_id: '000000000000000000000', token_uri: tokenUri, ...extra,
}, null, 2);
const authorizedUser = (tokenUri: string) => JSON.stringify({ type: 'authorized_user', client_id: 'FAKE.apps.googleusercontent.com', client_secret: 'FAKE-client-secret-EXAMPLE', refresh_token: '1//FAKEEXAMPLErefreshTOKEN', quota_project_id: 'fake-example-project', token_uri: tokenUri });

const NOW = new Date('2026-06-01T12:00:00Z');
/** The probe with the fake server standing in for Google (its host counts as Vertex AI's and as the token host). */
const standIn = (): Probe => ({ ...createVertexProbe({ now: () => NOW }), officialHosts: ['aiplatform.googleapis.com', '127.0.0.1'], exchangeHosts: ['oauth2.googleapis.com', '127.0.0.1'] });

/** Run check on one credential against a fake Google answering /token and the Vertex call. */
async function checkWith(value: (fakeUrl: string) => string, answers: { token: RecordedResponse; vertex?: RecordedResponse }, env: Record<string, string> = {}, probe = standIn()) {
  const fake = await startFakeProvider((req) => (req.path === '/token' ? answers.token : answers.vertex ?? { status: 500 }));
  try {
    const key = value(fake.url);
    const run = await runCheck({
      cwd: emptyProject(),
      env: { GOOGLE_APPLICATION_CREDENTIALS: key, KEYDOCTOR_VERTEX_AI_BASE_URL: fake.url, ...env },
      envVars: ['GOOGLE_APPLICATION_CREDENTIALS'], provider: 'vertex-ai',
      probes: [...PROBES.filter((p) => p.id !== 'vertex-ai'), probe],
      offline: false, forceLive: false, timeoutMs: 5000, trustProjectConfig: false, failOn: 'error',
    });
    return { ...run, key, requests: fake.requests };
  } finally {
    await fake.close();
  }
}
const exchangeAnswer = (name: string) => loadAnswer('vertex-ai', `exchange/${name}`);
const recorded = (name: string) => loadAnswer('vertex-ai', name).response;

describe('vertex-ai: a service account JSON, exchanged for a token first', () => {
  it('signs an RS256 JWT (cloud-platform scope, audience the token endpoint), then calls Vertex AI with the token it got', async () => {
    const { result, requests } = await checkWith((u) => serviceAccount(`${u}/token`), { token: exchangeAnswer('200-token').response, vertex: recorded('200-count-tokens') });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /token',
      'POST /v1/projects/fake-example-project/locations/global/publishers/google/models/gemini-2.5-flash:countTokens',
    ]);
    const body = new URLSearchParams(requests[0]!.body);
    expect(body.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const [head, claims, sig] = body.get('assertion')!.split('.');
    expect(JSON.parse(Buffer.from(head!, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'fakeexamplekeyid' });
    const c = JSON.parse(Buffer.from(claims!, 'base64url').toString()) as Record<string, unknown>;
    expect(c).toMatchObject({ iss: 'keydoctor-fake@fake-example-project.iam.gserviceaccount.com', scope: 'https://www.googleapis.com/auth/cloud-platform', iat: NOW.getTime() / 1000, exp: NOW.getTime() / 1000 + 3600 });
    const { createVerify } = await import('node:crypto');
    expect(createVerify('RSA-SHA256').update(`${head}.${claims}`).verify(publicKey, Buffer.from(sig!, 'base64url'))).toBe(true);
    expect(requests[1]!.headers.authorization).toBe('Bearer ya29.FAKEEXAMPLEaccessTOKENfromTHEexchangeFAKE');
    const k = result.keys[0]!;
    expect({ category: k.category, verdict: k.verdict, exit: result.exitCode }).toEqual({ category: 'ok', verdict: 'valid', exit: 0 });
    expect(JSON.stringify(k)).toContain('live.token_exchanged');
  });

  it('GOOGLE_APPLICATION_CREDENTIALS as people set it, a path to the key file: the file is read and exchanged, its path shown, never its content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kd-vertex-'));
    const file = join(dir, 'sa.json');
    const { result, requests, redactor } = await checkWith((u) => {
      writeFileSync(file, serviceAccount(`${u}/token`));
      return file;
    }, { token: exchangeAnswer('200-token').response, vertex: recorded('200-count-tokens') });
    expect(requests.map((r) => `${r.method} ${r.path.split('/').slice(0, 3).join('/')}`)).toEqual(['POST /token', 'POST /v1/projects']);
    const k = result.keys[0]!;
    expect({ category: k.category, exit: result.exitCode }).toEqual({ category: 'ok', exit: 0 });
    const out = redactor.redact(renderPretty(result, { color: false, verbose: true }) + JSON.stringify(result));
    for (const line of PEM_BODY) expect(out).not.toContain(line);
  });

  it('GOOGLE_CLOUD_PROJECT wins over the key file\'s project_id, and GOOGLE_CLOUD_LOCATION names the location', async () => {
    const { requests } = await checkWith((u) => serviceAccount(`${u}/token`), { token: exchangeAnswer('200-token').response, vertex: recorded('200-count-tokens') }, { GOOGLE_CLOUD_PROJECT: 'other-fake-project', GOOGLE_CLOUD_LOCATION: 'global' });
    expect(requests[1]!.path).toBe('/v1/projects/other-fake-project/locations/global/publishers/google/models/gemini-2.5-flash:countTokens');
  });

  it.each([
    ['400-invalid-jwt-signature', 'vertex-ai.invalid_jwt_signature'],
  ])('a refused exchange (%s) is the verdict: Vertex AI is never called', async (name, rule) => {
    const fx = exchangeAnswer(name);
    const { result, requests } = await checkWith((u) => serviceAccount(`${u}/token`), { token: fx.response });
    expect(requests).toHaveLength(1);
    const k = result.keys[0]!;
    expect({ category: k.category, verdict: k.verdict, rule: k.classification?.rule }).toEqual({ category: fx.expect.category, verdict: fx.expect.verdict, rule });
    expect(result.exitCode).toBe(1);
  });

  it('a token endpoint answering 200 without a token judges nothing (exit 3), and Vertex AI is not called', async () => {
    const { result, requests } = await checkWith((u) => serviceAccount(`${u}/token`), { token: { status: 200, body: { hello: 'portal' } } });
    expect(requests).toHaveLength(1);
    expect(result.keys[0]!.verdict).not.toBe('valid');
    expect(JSON.stringify(result.keys[0])).toContain('live.exchange_no_token');
    expect(result.exitCode).toBe(3);
  });

  it('a dependent call that finds the role missing: the credential works, limited', async () => {
    const { result } = await checkWith((u) => serviceAccount(`${u}/token`), { token: exchangeAnswer('200-token').response, vertex: recorded('403-permission-denied') });
    expect({ category: result.keys[0]!.category, verdict: result.keys[0]!.verdict, exit: result.exitCode }).toEqual({ category: 'insufficient_permissions', verdict: 'valid', exit: 0 });
  });
});

describe('vertex-ai: application default credentials of a user (authorized_user)', () => {
  it('trades the refresh token at the token endpoint', async () => {
    const { result, requests } = await checkWith((u) => authorizedUser(`${u}/token`), { token: exchangeAnswer('200-token').response, vertex: recorded('200-count-tokens') });
    const body = new URLSearchParams(requests[0]!.body);
    expect(body.get('grant_type')).toBe('refresh_token');
    expect(body.get('refresh_token')).toBe('1//FAKEEXAMPLErefreshTOKEN');
    expect(result.keys[0]!.verdict).toBe('valid');
  });

  it('invalid_rapt: sign in again, with the gcloud command that renews the application default credentials', async () => {
    const { result } = await checkWith((u) => authorizedUser(`${u}/token`), { token: exchangeAnswer('400-invalid-rapt').response });
    const k = result.keys[0]!;
    expect({ category: k.category, rule: k.classification?.rule }).toEqual({ category: 'revoked_or_expired', rule: 'vertex-ai.reauth_required' });
    expect(JSON.stringify(k)).toContain('gcloud auth application-default login');
  });
});

describe('vertex-ai: the token host rule', () => {
  it('a token_uri naming another host is refused and not sent; the finding says why', async () => {
    const { result, requests } = await checkWith(() => serviceAccount('https://token.evil.example/token'), { token: exchangeAnswer('200-token').response });
    expect(requests).toHaveLength(0);
    const text = JSON.stringify(result.keys[0]);
    expect(text).toContain('live.exchange_refused');
    expect(text).toMatch(/token\.evil\.example.*only at oauth2\.googleapis\.com/);
    expect(result.exitCode).toBe(1);
  });

  it('plain http to a host other than loopback is refused, even when the host is listed', async () => {
    // .invalid never resolves (RFC 2606): were the rule broken, the request would still reach nobody.
    const probe = { ...standIn(), exchangeHosts: ['oauth2.googleapis.invalid', '127.0.0.1'] };
    const { result, requests } = await checkWith(() => serviceAccount('http://oauth2.googleapis.invalid/token'), { token: exchangeAnswer('200-token').response }, {}, probe);
    expect(requests).toHaveLength(0);
    expect(JSON.stringify(result.keys[0])).toContain('live.exchange_refused');
    expect(JSON.stringify(result.keys[0])).not.toContain('net.');
  });

  it('the registered probe exchanges only at oauth2.googleapis.com, by default there', () => {
    expect(vertexAi.exchangeHosts).toEqual(['oauth2.googleapis.com']);
    const ex = vertexAi.exchange!(serviceAccount(undefined as unknown as string), { baseUrl: 'https://aiplatform.googleapis.com', settings: {} });
    expect(ex?.request.url).toBe('https://oauth2.googleapis.com/token');
  });
});

describe('vertex-ai: the private key never appears in any output (canary, throwaway key)', () => {
  it('neither the JSON result, the pretty screen nor the findings hold any line of the PEM', async () => {
    for (const token of [exchangeAnswer('200-token').response, exchangeAnswer('400-invalid-jwt-signature').response]) {
      const { result, redactor } = await checkWith((u) => serviceAccount(`${u}/token`), { token, vertex: recorded('200-count-tokens') });
      const outputs = [redactor.redact(JSON.stringify(result)), redactor.redact(renderPretty(result, { color: false } as never))];
      for (const out of outputs) {
        for (const line of PEM_BODY) expect(out).not.toContain(line);
        expect(out).not.toContain('ya29.FAKEEXAMPLEaccessTOKENfromTHEexchangeFAKE');
      }
    }
  });

  it('a damaged private key is named as such, without the key or the library\'s words about it', () => {
    const broken = serviceAccount('https://oauth2.googleapis.com/token', { private_key: FAKE_PEM.replace(/\n/g, '\\n') });
    let e: unknown;
    try {
      vertexAi.exchange!(broken, { baseUrl: 'https://aiplatform.googleapis.com', settings: {} });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(ProbeSetupError);
    expect((e as Error).message).toMatch(/two characters \\n/);
    for (const line of PEM_BODY) expect((e as Error).message + (e as ProbeSetupError).fix).not.toContain(line.slice(0, 16));
  });
});

describe('vertex-ai: express mode and settings', () => {
  it('an express key with a location set is not sent: the SDK would drop it, and the global host is its only one', () => {
    expect(() => vertexAi.request('AIzaFAKEEXAMPLEFAKEEXAMPLEFAKEEXAMPLE00', { baseUrl: 'https://us-central1-aiplatform.googleapis.com', settings: { GOOGLE_CLOUD_LOCATION: 'us-central1' } }))
      .toThrow(/only on the global endpoint/);
  });

  it('a location builds the regional host; global keeps the global one', () => {
    expect(vertexAi.baseUrlFrom!({ GOOGLE_CLOUD_LOCATION: 'europe-west4' })).toBe('https://europe-west4-aiplatform.googleapis.com');
    expect(vertexAi.baseUrlFrom!({ CLOUD_ML_REGION: 'global' })).toBeUndefined();
    expect(vertexAi.officialHosts).toContain('europe-west4-aiplatform.googleapis.com');
  });

  it('an access token needs a project; a credential of another type or a path is named, not sent', () => {
    const ctx = { baseUrl: 'https://aiplatform.googleapis.com', settings: {} };
    expect(() => vertexAi.request('ya29.FAKEEXAMPLEFAKEEXAMPLEFAKEEXAMPLE', ctx)).toThrow(/GOOGLE_CLOUD_PROJECT/);
    expect(() => vertexAi.exchange!('{"type":"external_account"}', ctx)).toThrow(/"external_account" is not checked/);
    expect(() => vertexAi.exchange!('/home/me/keys/fake-sa.json', ctx)).toThrow(/path of a credential file/);
  });
});

describe('vertex-ai: what the redactor masks of a credential file', () => {
  it('its secret fields wherever they stand (whole, in part, JSON-escaped), not its project id, e-mail domain or token URL', async () => {
    const { Redactor } = await import('../../src/redact/redactor.js');
    const r = new Redactor(PROBES.flatMap((p) => p.keyFormats));
    const json = serviceAccount('https://oauth2.googleapis.com/token');
    r.add(json);
    const shown = r.redact(`POST https://aiplatform.googleapis.com/v1/projects/fake-example-project/x token_uri https://oauth2.googleapis.com/token\n${json}\n${JSON.stringify(FAKE_PEM)}\n${PEM_BODY[3]}`);
    expect(shown).toContain('projects/fake-example-project/x');
    expect(shown).toContain('token_uri https://oauth2.googleapis.com/token');
    for (const line of PEM_BODY) expect(shown).not.toContain(line.slice(8, 24));
    expect(shown).not.toContain('fakeexamplekeyid');
  });

  it('a JSON that does not parse is masked whole', async () => {
    const { Redactor } = await import('../../src/redact/redactor.js');
    const r = new Redactor(PROBES.flatMap((p) => p.keyFormats));
    const broken = serviceAccount('https://oauth2.googleapis.com/token').slice(0, -1) + ',}';
    r.add(broken);
    expect(r.redact(`x ${broken} y`)).not.toContain('fake-example-project');
  });
});
