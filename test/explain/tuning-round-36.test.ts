// The thirty-sixth tuning round of issue 20 (2026-12-06): heldout49-50's decidable misses (the providers keydoctor has a
// probe for), after both batches' untuned figures and blind labels were committed. Every text here was WRITTEN FOR THIS
// TEST from the wording the rules cite, with made-up buckets, organisations and package names; none is a copy of a corpus
// text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('an S3 bucket addressed through another region', () => {
  readAs('tenant_mismatch', [
    ['Upload failed: PermanentRedirect: The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.', 'aws'],
    ['[Aws\\S3\\Exception\\PermanentRedirectException]\n  The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint: "example-bucket.s3.amazonaws.com".', 'aws'],
  ]);
  it('the XML answer with its 301 is the bucket\'s region, not a proxy', () => {
    const r = explainText('ERROR - Status: 301 Moved Permanently\nERROR - Body:\n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.</Message><Endpoint>example-bucket.s3-eu-west-1.amazonaws.com</Endpoint><Bucket>example-bucket</Bucket></Error>');
    expect(r.category).toBe('tenant_mismatch');
    expect(r.provider).toBe('aws');
    expect(r.fixes.join(' ')).toMatch(/region/);
  });
});

describe('Cloudflare code 9109', () => {
  it('with "Invalid access token" is a token Cloudflare does not know', () => {
    expect(explainText('✘ [ERROR] A request to the Cloudflare API (/accounts) failed.\n\n  Invalid access token [code: 9109]').category).toBe('invalid_key');
    expect(explainText('Error: Code 9109: Invalid access token', 'cloudflare').category).toBe('invalid_key');
  });
  it('with "Unauthorized to access requested resource" is still a permission refusal', () => {
    expect(explainText('{"success":false,"errors":[{"code":9109,"message":"Unauthorized to access requested resource"}]}', 'cloudflare').category).toBe('insufficient_permissions');
  });
});

describe('npm publish', () => {
  it('a PUT the registry answers 404 is a token that may not write there', () => {
    const r = explainText("npm ERR! code E404\nnpm ERR! 404 Not Found - PUT https://registry.npmjs.org/@example%2fpkg - Not found\nnpm ERR! 404  '@example/pkg@1.0.0' is not in this registry.");
    expect(r.category).toBe('insufficient_permissions');
    expect(r.provider).toBe('npm');
    expect(r.fixes.join(' ')).toMatch(/NODE_AUTH_TOKEN/);
  });
  it('with npm\'s expiry notice before it, the token expired', () => {
    expect(explainText('npm notice Access token expired or revoked. Please try logging in again.\nnpm error code E404\nnpm error 404 Not Found - PUT https://registry.npmjs.org/example-pkg - Not found').category).toBe('revoked_or_expired');
  });
  it('a GET the registry answers 404 is not read as a refusal', () => {
    expect(explainText("npm ERR! 404 Not Found - GET https://registry.npmjs.org/example-missing-pkg - Not found").category).not.toBe('insufficient_permissions');
  });
});

describe('provider wordings', () => {
  it('sentry-cli using the organisation its token names is a token of another organisation', () => {
    const r = explainText('WARN    2025-01-01 10:00:00 Using organization `example-a` (embedded in token) rather than manually-configured organization `example-b`. To use `example-b`, please provide an auth token for this organization.');
    expect(r.category).toBe('tenant_mismatch');
    expect(r.provider).toBe('sentry');
  });
  it('twilio-node built without an Account SID', () => {
    const r = explainText("/app/node_modules/twilio/lib/rest/Twilio.js:126\n    throw new Error('username is required');");
    expect(r.category).toBe('malformed_key');
    expect(r.provider).toBe('twilio');
  });
  it('"username is required" without Twilio names nobody and is not read as Twilio\'s', () => {
    expect(explainText('Error: username is required').provider).toBeNull();
  });
  readAs('malformed_key', [['Invalid Api Key: Key should be 37 chars long.']]);
});
