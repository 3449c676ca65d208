// The sixty-first tuning round of issue 20 (2026-12-07): heldout78's decidable misses, after its untuned figure (11 of
// 15) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe("the AWS SDK for Java's 301 for a bucket of another region", () => {
  readAs('tenant_mismatch', [
    ['com.amazonaws.services.s3.model.AmazonS3Exception: Moved Permanently (Service: Amazon S3; Status Code: 301; Error Code: 301 Moved Permanently; Request ID: EXAMPLE0000000000)', 'aws'],
  ]);
  it('is not read as a proxy', () => {
    expect(explainText('AmazonS3Exception: Moved Permanently (Service: Amazon S3; Status Code: 301; Error Code: 301 Moved Permanently)').category).not.toBe('proxy_error');
  });
});

describe('GitHub: a read-only deploy key, and an App credential that names no installation', () => {
  readAs('insufficient_permissions', [
    ['ERROR: The key you are authenticating with has been marked as read only.\nfatal: Could not read from remote repository.', 'github'],
  ]);
  readAs('tenant_mismatch', [
    ['java.lang.IllegalArgumentException: Found multiple installations for GitHub app ID 000000 but none match credential owner "". Set the right owner in the credential advanced options to one of: example-a, example-b', 'github'],
  ]);
});

describe("a notebook's secret never added", () => {
  readAs('malformed_key', [
    ["SecretNotFoundError: Secret EXAMPLE_KEY does not exist.", null],
    ["google.colab.userdata.SecretNotFoundError: Secret 'GEMINI_API_KEY' does not exist.", null],
  ]);
  it('says where to add it', () => {
    expect(explainText('SecretNotFoundError: Secret EXAMPLE_KEY does not exist.').fixes.join(' ')).toMatch(/Secrets panel/);
  });
});
