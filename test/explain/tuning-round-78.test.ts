// The seventy-eighth tuning round of issue 20 (2026-12-07): heldout95's decidable misses, after its untuned figure (27 of
// 39) and blind labels were committed. The texts here were WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe("git's push refused for the account it signed in as", () => {
  // Round 59 read a person's name as another account's stored login; the words say only that this account may not push.
  readAs('insufficient_permissions', [
    ["remote: Permission to example-course/syllabus.git denied to example-student.\nfatal: unable to access 'https://github.com/example-course/syllabus/': The requested URL returned error: 403", 'github'],
    ['ERROR: Permission to example-org/book.git denied to someone-else.', 'github'],
  ]);
  it('gives both ways out, the repository first', () => {
    const r = explainText('remote: Permission to example-course/syllabus.git denied to example-student.');
    const fix = r.fixes.join(' ');
    expect(fix).toMatch(/git remote -v/);
    expect(fix).toMatch(/invitation/);
    expect(fix).toMatch(/credential helper/);
    expect(fix.indexOf('git remote -v')).toBeLessThan(fix.indexOf('credential helper'));
  });
});

describe('AWS: a request signed for another region, and a signature AWS could not match', () => {
  readAs('tenant_mismatch', [
    [`{:ErrorResponse {:Error {:Code "SignatureDoesNotMatch", :Message "Credential should be scoped to a valid region, not 'eu-north-1'. "}}}`, 'aws'],
    ['Write-S3Object: Error making request with Error Code MovedPermanently and Http Status Code MovedPermanently. No further error information was returned by the service.', 'aws'],
  ]);
  readAs('unknown', [
    ['SignatureDoesNotMatch', 'aws'],
    ['botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.', 'aws'],
  ]);
  // The AWS probe's own table reads SignatureDoesNotMatch as a wrong secret, true of the request keydoctor signs itself
  // (Classification.ownRequest); a pasted answer came from another client's signer, and reads by its words.
  it('the same answer pasted as its XML body with its status reads the same, not by the probe table', () => {
    const r = explainText('HTTP/1.1 403 Forbidden\n<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><RequestId>EXAMPLE0</RequestId></Error>');
    expect([r.category, r.provider, r.rule]).toEqual(['unknown', 'aws', 'phrase.aws.signature_mismatch']);
  });
  it('the signature mismatch gives the secret check first, then the client', () => {
    const fix = explainText('SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.').fixes.join(' ');
    expect(fix).toMatch(/secret/);
    expect(fix).toMatch(/get-caller-identity/);
  });
  it('a bucket in another region still reads so, and the access key id AWS does not know still blames the key', () => {
    expect(explainText('PermanentRedirect: The bucket you are attempting to access must be addressed using the specified endpoint.').category).toBe('tenant_mismatch');
    expect(explainText('InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.').category).toBe('invalid_key');
  });
});

describe('an echoed placeholder printed with JSON escapes', () => {
  readAs('malformed_key', [
    [':body {"error": {"message": "Incorrect API key provided: \\u003cAPI ****KEY\\u003e. You can find your API key at https://platform.openai.com/account/api-keys."}}', 'openai'],
    ['Incorrect API key provided: \\u003cYOUR-KEY\\u003e. You can find your API key at https://platform.openai.com/account/api-keys.', 'openai'],
    // Escaped once more, as a JSON string logged inside another (the redactor's decoding reads any number of backslashes).
    ['Incorrect API key provided: \\\\u003cYOUR ***KEY\\\\u003e. You can find your API key at https://platform.openai.com/account/api-keys.', 'openai'],
  ]);
});
