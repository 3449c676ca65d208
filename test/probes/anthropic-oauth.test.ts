// Anthropic's other credentials: a Claude subscription's OAuth token (sk-ant-oat…) is
// refused by the API and belongs in CLAUDE_CODE_OAUTH_TOKEN; a stray ANTHROPIC_AUTH_TOKEN
// gives "Invalid bearer token". Neither fix may send the OAuth token to ANTHROPIC_AUTH_TOKEN.
import { afterAll, describe, expect, it } from 'vitest';
import { anthropic } from '../../src/probes/anthropic/index.js';
import { PROBES } from '../../src/probes/index.js';
import { overrideVar } from '../../src/net/target.js';
import { runCheck } from '../../src/check/run.js';
import { checkFormat } from '../../src/steps/format.js';
import { closeDispatchers } from '../../src/net/client.js';
import { explain } from '../../src/explain/explain.js';
import { loadAnswer, loadProbeFixture, startFakeProvider } from '../fake-provider/server.js';
import { emptyProject } from '../helpers/cli.js';

const OAUTH = loadProbeFixture('anthropic').formats.accept.oauth!;
const standIn = { ...anthropic, officialHosts: [...anthropic.officialHosts, '127.0.0.1'] };

describe('anthropic: a subscription OAuth token in ANTHROPIC_API_KEY', () => {
  afterAll(() => closeDispatchers());

  it('the format step stops it and says where it belongs, not ANTHROPIC_AUTH_TOKEN', () => {
    const r = checkFormat(OAUTH, anthropic, { others: PROBES });
    expect(r.blocking).toBe(true);
    const f = r.findings.find((x) => x.code === 'format.unusable_key_type')!;
    expect(f.message).toMatch(/CLAUDE_CODE_OAUTH_TOKEN/);
    expect(f.message).toMatch(/sk-ant-api03-/);
    expect(f.message).not.toMatch(/ANTHROPIC_AUTH_TOKEN/);
  });

  it('sent anyway (--force-live), the API\'s refusal is read as the same problem, with the same way out', async () => {
    const fake = await startFakeProvider(loadAnswer('anthropic', '401-oauth-not-supported').response);
    try {
      const { result, redactor } = await runCheck({
        cwd: emptyProject(), env: { ANTHROPIC_API_KEY: OAUTH, [overrideVar(anthropic)]: fake.url }, envVars: ['ANTHROPIC_API_KEY'], provider: 'anthropic',
        probes: [...PROBES.filter((p) => p.id !== 'anthropic'), standIn], offline: false, forceLive: true, timeoutMs: 5000, trustProjectConfig: false, failOn: 'error',
      });
      expect(fake.requests).toHaveLength(1);
      const k = result.keys[0]!;
      expect({ category: k.category, rule: k.classification?.rule }).toEqual({ category: 'malformed_key', rule: 'anthropic.oauth_not_supported' });
      const fixes = k.fixes.join('\n');
      expect(fixes).toMatch(/CLAUDE_CODE_OAUTH_TOKEN/);
      expect(fixes).not.toMatch(/ANTHROPIC_AUTH_TOKEN/);
      expect(result.exitCode).toBe(1);
      expect(redactor.redact(JSON.stringify(result))).not.toContain(OAUTH);
    } finally {
      await fake.close();
    }
  });

  it('no fix of the probe points an OAuth token to ANTHROPIC_AUTH_TOKEN', () => {
    const all = [...(anthropic.phrases ?? []).flatMap((p) => p.fixes)];
    for (const fix of all.filter((f) => /sk-ant-oat/.test(f))) expect(fix).not.toMatch(/ANTHROPIC_AUTH_TOKEN/);
  });
});

describe('anthropic: explain knows the other credentials', () => {
  it('"Invalid bearer token" says to unset a stray ANTHROPIC_AUTH_TOKEN', () => {
    const { result } = explain({ text: 'API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"Invalid bearer token"}}' }, { probes: PROBES });
    expect({ provider: result.provider, category: result.category }).toEqual({ provider: 'anthropic', category: 'invalid_key' });
    expect(result.fixes.join('\n')).toMatch(/unset it/);
  });

  it('a text naming CLAUDE_CODE_OAUTH_TOKEN is Anthropic\'s', () => {
    const { result } = explain({ text: 'CLAUDE_CODE_OAUTH_TOKEN from claude setup-token returns 401 Invalid bearer token on every API call' }, { probes: PROBES });
    expect(result.provider).toBe('anthropic');
  });
});

describe('anthropic: ANTHROPIC_AUTH_TOKEN is checked as the SDKs send it', () => {
  afterAll(() => closeDispatchers());
  const GATEWAY = 'gw-FAKE-0123456789abcdef0123456789';

  it('sent as Authorization: Bearer (never x-api-key); any shape is taken; "Invalid bearer token" says to unset it', async () => {
    const fake = await startFakeProvider(loadAnswer('anthropic', '401-invalid-bearer-token').response);
    try {
      const { result, redactor } = await runCheck({
        cwd: emptyProject(), env: { ANTHROPIC_AUTH_TOKEN: GATEWAY, [overrideVar(anthropic)]: fake.url }, envVars: ['ANTHROPIC_AUTH_TOKEN'], provider: 'anthropic',
        probes: [...PROBES.filter((p) => p.id !== 'anthropic'), standIn], offline: false, forceLive: false, timeoutMs: 5000, trustProjectConfig: false, failOn: 'warning',
      });
      expect(fake.requests).toHaveLength(1);
      expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${GATEWAY}`);
      expect(fake.requests[0]!.headers['x-api-key']).toBeUndefined();
      const k = result.keys[0]!;
      expect(k.steps.flatMap((s) => s.findings).map((f) => f.code)).not.toContain('format.unrecognised');
      expect(k.category).toBe('invalid_key');
      expect(k.fixes.join('\n')).toMatch(/unset it/);
      expect(redactor.redact(JSON.stringify(result))).not.toContain(GATEWAY);
    } finally {
      await fake.close();
    }
  });

  it('ANTHROPIC_API_KEY still goes as x-api-key', () => {
    const req = anthropic.request('sk-ant-api03-FAKE', { baseUrl: 'https://api.anthropic.com/v1', settings: {}, variable: 'ANTHROPIC_API_KEY' });
    expect(req.headers['x-api-key']).toBe('sk-ant-api03-FAKE');
    expect(req.headers.authorization).toBeUndefined();
  });
});


describe('anthropic: CLAUDE_CODE_OAUTH_TOKEN is traced and checked for shape, never sent', () => {
  afterAll(() => closeDispatchers());

  it('an sk-ant-oat token there is right: no format error, nothing sent, not checked live with the reason, exit 0', async () => {
    const fake = await startFakeProvider(loadAnswer('anthropic', '200-models-list').response);
    try {
      const { result, redactor } = await runCheck({
        cwd: emptyProject(), env: { CLAUDE_CODE_OAUTH_TOKEN: OAUTH, [overrideVar(anthropic)]: fake.url }, envVars: ['CLAUDE_CODE_OAUTH_TOKEN'],
        probes: [...PROBES.filter((p) => p.id !== 'anthropic'), standIn], offline: false, forceLive: false, timeoutMs: 5000, trustProjectConfig: false, failOn: 'warning',
      });
      expect(fake.requests).toHaveLength(0);
      const k = result.keys[0]!;
      expect(k.provider).toBe('anthropic');
      expect(k.steps.flatMap((s) => s.findings).filter((f) => f.severity !== 'info')).toEqual([]);
      expect({ verdict: k.verdict, summary: k.summary }).toEqual({ verdict: 'not_checked', summary: 'Well-formed subscription OAuth token; not checked live.' });
      expect(k.steps.find((s) => s.step === 'live')!.reason).toMatch(/only from Claude Code itself/);
      expect(result.exitCode).toBe(0);
      expect(redactor.redact(JSON.stringify(result))).not.toContain(OAUTH);
    } finally {
      await fake.close();
    }
  });

  it('the same token in ANTHROPIC_API_KEY is still stopped by the format step', () => {
    expect(checkFormat(OAUTH, anthropic, { others: PROBES, variable: 'ANTHROPIC_API_KEY' }).blocking).toBe(true);
    expect(checkFormat(OAUTH, anthropic, { others: PROBES, variable: 'CLAUDE_CODE_OAUTH_TOKEN' }).blocking).toBe(false);
  });
});
