// Amazon Bedrock API keys: the recorded answers through the pipeline (probeSuite), and what a short-term key says
// about itself (its region and signed expiry) decided before anything is sent.
import { describe, expect, it } from 'vitest';
import { bedrock, createBedrockProbe } from '../../src/probes/bedrock/index.js';
import { shortTermFacts } from '../../src/probes/bedrock/key.js';
import { ProbeSetupError } from '../../src/probes/types.js';
import { classifyOutcome } from '../../src/steps/classify.js';
import { loadProbeFixture } from '../fake-provider/server.js';
import { probeSuite } from '../helpers/probe-suite.js';

probeSuite(bedrock);

/** A FAKE short-term key: base64 of a presigned URL's text, with FAKEFAKE standing in for signature bytes. */
function shortTerm(region: string, date: string): string {
  let head = `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAFAKEEXAMPLE00000%2F${date.slice(0, 8)}%2F${region}%2Fbedrock%2Faws4_request&X-Amz-Date=${date}&X-Amz-Expires=43200&X-Amz-SignedHeaders=host&X-Amz-Signature=`;
  while (head.length % 3) head += '0';
  return `bedrock-api-key-${Buffer.from(head).toString('base64')}FAKEFAKE${Buffer.from('EXAMPLE0&Version=1').toString('base64')}`;
}

const at = (iso: string) => createBedrockProbe({ now: () => new Date(iso) });
const ctx = (settings: Record<string, string | undefined>, baseUrl = 'https://bedrock.us-east-1.amazonaws.com') => ({ baseUrl, settings });
const setupError = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ProbeSetupError ? e : undefined;
  }
  return undefined;
};

describe('bedrock: a short-term key read locally', () => {
  it('the fixture\'s short-term key decodes to its region and its signed end (12 hours after it was made)', () => {
    const f = shortTermFacts(loadProbeFixture('bedrock').formats.accept['short-term']!);
    expect(f).toEqual({ region: 'us-east-1', expiresAt: new Date('2026-01-01T12:00:00Z') });
  });

  it('a long-term key and a damaged value say nothing', () => {
    expect(shortTermFacts(loadProbeFixture('bedrock').key)).toBeUndefined();
    expect(shortTermFacts('bedrock-api-key-FAKEFAKEFAKE')).toBeUndefined();
  });

  it('a key within its 12 hours, used in its region, is sent to ListFoundationModels as a bearer token', () => {
    const key = shortTerm('eu-west-1', '20260101T000000Z');
    const req = at('2026-01-01T06:00:00Z').request(key, ctx({ AWS_REGION: 'eu-west-1' }, 'https://bedrock.eu-west-1.amazonaws.com'));
    expect(req).toMatchObject({ method: 'GET', url: 'https://bedrock.eu-west-1.amazonaws.com/foundation-models', headers: { authorization: `Bearer ${key}` } });
  });

  it('an expired key is not sent: the finding says when it ended and how to get a new one', () => {
    const e = setupError(() => at('2026-01-01T12:00:01Z').request(shortTerm('us-east-1', '20260101T000000Z'), ctx({ AWS_REGION: 'us-east-1' })));
    expect(e?.message).toMatch(/expired at 2026-01-01T12:00:00\.000Z/);
    expect(e?.fix).toMatch(/new short-term key/);
  });

  it('a key used outside its region is not sent: the fix names the key\'s region', () => {
    const e = setupError(() => at('2026-01-01T01:00:00Z').request(shortTerm('eu-west-1', '20260101T000000Z'), ctx({ AWS_REGION: 'us-east-1' })));
    expect(e?.message).toMatch(/made for eu-west-1.*region in force is us-east-1/);
    expect(e?.fix).toMatch(/AWS_REGION=eu-west-1/);
  });

  it('with no region set, a key of another region than us-east-1 says so', () => {
    const e = setupError(() => at('2026-01-01T01:00:00Z').request(shortTerm('ap-south-1', '20260101T000000Z'), ctx({})));
    expect(e?.message).toMatch(/AWS_REGION is not set/);
  });

  it('the region of an endpoint host wins over AWS_REGION (AWS_ENDPOINT_URL_BEDROCK)', () => {
    const key = shortTerm('eu-west-1', '20260101T000000Z');
    expect(() => at('2026-01-01T01:00:00Z').request(key, ctx({ AWS_REGION: 'us-east-1' }, 'https://bedrock.eu-west-1.amazonaws.com'))).not.toThrow();
  });
});

describe('bedrock: where the key goes', () => {
  it('to bedrock.<AWS_REGION>.amazonaws.com, AWS_REGION before AWS_DEFAULT_REGION, us-east-1 by default', () => {
    expect(bedrock.baseUrlFrom!({ AWS_REGION: 'eu-central-1', AWS_DEFAULT_REGION: 'us-west-2' })).toBe('https://bedrock.eu-central-1.amazonaws.com');
    expect(bedrock.baseUrlFrom!({ AWS_DEFAULT_REGION: 'us-west-2' })).toBe('https://bedrock.us-west-2.amazonaws.com');
    expect(bedrock.defaultBaseUrl).toBe('https://bedrock.us-east-1.amazonaws.com');
  });

  it('a host named by a region that is not AWS\'s is not official', () => {
    expect(bedrock.officialHosts).toContain('bedrock.eu-west-1.amazonaws.com');
    expect(bedrock.officialHosts).not.toContain('bedrock.evil.amazonaws.com');
    expect(bedrock.officialHosts.some((h) => h.startsWith('*'))).toBe(false);
  });
});

describe('bedrock: answers the recorded fixtures do not cover', () => {
  const answer = (status: number, body: unknown) => ({ status, headers: {}, text: JSON.stringify(body), json: body });

  it('a model the account has no access to: the key works', () => {
    const c = bedrock.classify(answer(403, { message: 'You don\'t have access to the model with the specified model ID.' }));
    expect(c).toMatchObject({ category: 'insufficient_permissions', verdict: 'invalid', rule: 'bedrock.model_access_denied' });
    // The rule refuses the call; check reads it for the key: valid, limited, with a warning.
    const said = classifyOutcome(bedrock, { kind: 'answer', answer: answer(403, { message: 'You don\'t have access to the model with the specified model ID.' }), truncated: false });
    expect(said.classification.verdict).toBe('valid');
    expect(said.findings[0]!.severity).toBe('warning');
  });

  it('an unknown security token blames the key', () => {
    expect(bedrock.classify(answer(403, { message: 'The security token included in the request is invalid.' }))?.rule).toBe('bedrock.unrecognized_client');
  });
});

describe('bedrock: an expired short-term key through check', () => {
  it('is not sent, fails the check (exit 1) with the finding, and never shows the key', async () => {
    const { runCheck } = await import('../../src/check/run.js');
    const { emptyProject } = await import('../helpers/cli.js');
    const key = shortTerm('us-east-1', '20260101T000000Z');
    const { result, redactor } = await runCheck({
      cwd: emptyProject(),
      env: { AWS_BEARER_TOKEN_BEDROCK: key, AWS_REGION: 'us-east-1', KEYDOCTOR_BEDROCK_BASE_URL: 'http://127.0.0.1:9' },
      envVars: ['AWS_BEARER_TOKEN_BEDROCK'],
      provider: 'bedrock',
      probes: [createBedrockProbe({ now: () => new Date('2026-02-01T00:00:00Z') })],
      offline: false, forceLive: false, timeoutMs: 2000, trustProjectConfig: false, failOn: 'error',
    });
    const findings = JSON.stringify(result.keys[0]);
    expect(findings).toContain('live.missing_setting');
    expect(findings).toMatch(/expired at 2026-01-01T12:00:00/);
    expect(result.exitCode).toBe(1);
    expect(redactor.redact(JSON.stringify(result))).not.toContain(key);
  });
});
