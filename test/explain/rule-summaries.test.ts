// A rule whose reading the category's general summary would misstate carries a sentence of its own
// (PhraseRule.summary / Rule.summary, Classification.summary): Colab's missing secret sent nothing, so a summary of a
// value sent would be untrue; git's push refused for another account involves no organisation header; Azure's
// "invalid subscription key or wrong API endpoint" offers two causes. Texts WRITTEN FOR THIS TEST with made-up names.
import { describe, expect, it } from 'vitest';
import { explainText } from './reads.js';
import { summaryFor } from '../../src/explain/summary.js';
import { ownSummary } from '../../src/probes/kit.js';

const cases: ReadonlyArray<readonly [string, string, RegExp]> = [
  ["google.colab.userdata.SecretNotFoundError: Secret 'EXAMPLE_KEY' does not exist.", 'malformed_key', /no key was sent/],
  ['remote: Permission to example-org/example-repo.git denied to example-user.\nfatal: unable to access \'https://github.com/example-org/example-repo.git/\': The requested URL returned error: 403', 'insufficient_permissions', /account git signed in as/],
  ['ERROR: Permission to example-org/example-repo.git denied to deploy key\nfatal: Could not read from remote repository.', 'tenant_mismatch', /deploy key opens only the repository/],
  ['Error: This resource can only be used in the context of an organization, "" is a user.', 'unknown', /owner it uses is empty/],
  ['CredentialsProviderError: Could not load credentials from any providers\n    at providerChain (/app/node_modules/@smithy/property-provider/dist-cjs/index.js:1:1)', 'malformed_key', /found no credentials/],
  ['com.amazonaws.services.s3.model.AmazonS3Exception: Moved Permanently (Service: Amazon S3; Status Code: 301; Error Code: 301 Moved Permanently; Request ID: EXAMPLE0000)', 'tenant_mismatch', /another AWS region/],
  ['<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.</Message><Endpoint>example-bucket.s3.eu-west-1.amazonaws.com</Endpoint></Error>', 'tenant_mismatch', /another AWS region/],
  ['openai.AuthenticationError: Error code: 401 - {\'statusCode\': 401, \'message\': \'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.\'}', 'invalid_key', /key is wrong, or it belongs to another resource/],
];

describe("a rule's own summary", () => {
  it.each(cases)('%s', (text, category, says) => {
    const r = explainText(text);
    expect(r.category).toBe(category);
    expect(r.summary).toMatch(says);
    expect(r.summary).not.toBe(summaryFor(r.category, r.providerName));
  });

  it('a text no such rule reads keeps the general summary', () => {
    const r = explainText('Error code: 401 - {"error": {"message": "Incorrect API key provided: sk-proj-****FAKE.", "type": "invalid_request_error", "code": "invalid_api_key"}}');
    expect(r.summary).toBe(summaryFor('invalid_key', 'OpenAI'));
  });

  it('is dropped when a later layer changes the category', () => {
    const c = { category: 'invalid_key' as const, verdict: 'invalid' as const, rule: 'x', evidence: [], fixes: [], summary: { category: 'tenant_mismatch' as const, text: 'not this' } };
    expect(ownSummary(c)).toBeUndefined();
    expect(ownSummary({ ...c, category: 'tenant_mismatch' })).toBe('not this');
  });
});
