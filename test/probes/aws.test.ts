import { afterAll, describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { aws, createAwsProbe } from '../../src/probes/aws/index.js';
import { signingKey, signV4 } from '../../src/probes/aws/sigv4.js';
import { ProbeSetupError } from '../../src/probes/types.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { closeDispatchers, send } from '../../src/net/client.js';
import { startFakeProvider } from '../fake-provider/server.js';

probeSuite(aws);
afterAll(() => closeDispatchers());

// AWS's documentation credentials (they spell EXAMPLE).
const ID = 'AKIDEXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const FORM = 'application/x-www-form-urlencoded; charset=utf-8';
const sig = (auth: string) => /Signature=([0-9a-f]{64})$/.exec(auth)?.[1];

describe('aws: the SigV4 signer matches AWS\'s published examples', () => {
  it('derives the documented signing key (signature-v4-examples: 20120215/us-east-1/iam)', () => {
    expect(signingKey(SECRET, '20120215', 'us-east-1', 'iam').toString('hex')).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });

  it('signs the documented GET ListUsers request (docs.aws.amazon.com/general/latest/gr/sigv4_signing.html)', () => {
    const h = signV4({
      method: 'GET', url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08', headers: { 'Content-Type': FORM }, body: '',
      region: 'us-east-1', service: 'iam', accessKeyId: ID, secretAccessKey: SECRET, date: new Date('2015-08-30T12:36:00Z'),
    });
    expect(h.authorization).toBe('AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7');
    expect(h['x-amz-date']).toBe('20150830T123600Z');
  });

  it('signs the documented POST form-body request, the shape of GetCallerIdentity (sigv4-signed-request-examples.html)', () => {
    const h = signV4({
      method: 'POST', url: 'https://iam.amazonaws.com/', headers: { 'Content-type': FORM }, body: 'Action=ListUsers&Version=2010-05-08',
      region: 'us-east-1', service: 'iam', accessKeyId: ID, secretAccessKey: SECRET, date: new Date('2011-09-09T23:36:00Z'),
    });
    expect(sig(h.authorization!)).toBe('ced6826de92d2bdeed8f846f0bf508e8559e98e4b0199114b84c54174deb456c');
  });

  it.each([
    ['get-vanilla', 'https://example.amazonaws.com/', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'],
    ['get-vanilla-query-order-key-case', 'https://example.amazonaws.com/?Param2=value2&Param1=value1', 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500'],
  ])('passes aws-sig-v4-test-suite %s', (_name, url, want) => {
    const h = signV4({ method: 'GET', url, headers: {}, body: '', region: 'us-east-1', service: 'service', accessKeyId: ID, secretAccessKey: SECRET, date: new Date('2015-08-30T12:36:00Z') });
    expect(sig(h.authorization!)).toBe(want);
  });
});

describe('aws: the GetCallerIdentity request', () => {
  const fixed = createAwsProbe({ now: () => new Date('2015-08-30T12:36:00Z') });
  const ctx = (settings: Record<string, string | undefined>) => ({ baseUrl: 'https://sts.amazonaws.com', settings });

  it('is a signed POST to the global endpoint for sts/us-east-1, dated by the injected clock, and carries no trace of the secret', () => {
    const req = fixed.request(SECRET, ctx({ AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_REGION: 'eu-west-1' }));
    expect(req).toMatchObject({ method: 'POST', url: 'https://sts.amazonaws.com/', body: 'Action=GetCallerIdentity&Version=2011-06-15' });
    expect(req.headers['x-amz-date']).toBe('20150830T123600Z');
    expect(req.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/20150830\/us-east-1\/sts\/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$/);
    expect(JSON.stringify(req)).not.toContain(SECRET);
    // Same clock, same request, same signature: deterministic.
    expect(fixed.request(SECRET, ctx({ AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' })).headers.authorization).toBe(req.headers.authorization);
  });

  it('sends and signs AWS_SESSION_TOKEN as X-Amz-Security-Token', () => {
    const req = fixed.request(SECRET, ctx({ AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE', AWS_SESSION_TOKEN: 'FAKE/session+token==' }));
    expect(req.headers['x-amz-security-token']).toBe('FAKE/session+token==');
    expect(req.headers.authorization).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,');
  });

  it('a regional endpoint is signed for its own region', () => {
    const req = fixed.request(SECRET, { baseUrl: 'https://sts.eu-west-1.amazonaws.com', settings: { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' } });
    expect(req.headers.authorization).toContain('/20150830/eu-west-1/sts/aws4_request');
  });

  it('the signature the server recomputes from the bytes it received matches (host with port, body, date)', async () => {
    const fake = await startFakeProvider({ status: 200, bodyText: '<GetCallerIdentityResponse/>' });
    try {
      const req = aws.request(SECRET, { baseUrl: fake.url, settings: { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' } });
      await send(req, { timeoutMs: 5000, env: {} });
      const seen = fake.requests[0]!;
      const header = (n: string) => String(seen.headers[n]);
      const recomputed = signV4({
        method: seen.method, url: `http://${header('host')}${seen.path}`, headers: { 'content-type': header('content-type') }, body: seen.body,
        region: 'us-east-1', service: 'sts', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: SECRET,
        date: new Date(header('x-amz-date').replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z')),
      });
      expect(header('authorization')).toBe(recomputed.authorization);
      expect(seen.body).toBe('Action=GetCallerIdentity&Version=2011-06-15');
    } finally {
      await fake.close();
    }
  });

  it('a missing key id, a key id with a newline, or a temporary key id without its session token is a setup error, not a crash', () => {
    expect(() => aws.request(SECRET, ctx({}))).toThrow(ProbeSetupError);
    expect(() => aws.request(SECRET, ctx({ AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE\n' }))).toThrow(/spaces, a newline or quotes/);
    expect(() => aws.request(SECRET, ctx({ AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE' }))).toThrow(/AWS_SESSION_TOKEN/);
  });

  it('a key id in AWS_SECRET_ACCESS_KEY (the two swapped) is unusable, offline', () => {
    const r = checkFormat('AKIAIOSFODNN7EXAMPLE', aws, { others: PROBES });
    expect(r.blocking).toBe(true);
    expect(r.findings.find((f) => f.code === 'format.unusable_key_type')?.message).toContain('swapped');
  });

  it('a 40-character lower-case hex value (another provider\'s key) is not taken for an AWS secret', () => {
    expect(aws.keyFormats.some((f) => f.pattern.test('0123456789abcdef0123456789abcdef01234567'))).toBe(false);
  });
});
