// The eighty-fourth tuning round of issue 20 (2026-12-08): heldout103's three decidable misses. The texts here were
// WRITTEN FOR THIS TEST.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a tool naming the credentials it needs because it found none', () => {
  readAs('malformed_key', [
    ['$ s3-cli sync s3://docs-bucket/site public/site\nThis utility needs a config file formatted the same as for s3cmd\nor AWS_SECRET_KEY and AWS_ACCESS_KEY environment variables.\nerror Command failed with exit code 1.'],
    ['uploader needs a ~/.uploadrc file or the UPLOAD_API_TOKEN environment variable'],
  ]);
  it('a need of permissions beside a token\'s variable is not read so', () => {
    expect(explainText('This action needs write access and the GITHUB_TOKEN environment variable.\nHttpError: Resource not accessible by integration').category).toBe('insufficient_permissions');
  });
});

describe('the AWS SDK for JavaScript v2\'s bare 301 from S3', () => {
  readAs('tenant_mismatch', [
    ['node_modules/aws-sdk/lib/request.js:31\n            throw err;\n            ^\n301: null\n    at Request.extractError (node_modules/aws-sdk/lib/services/s3.js:577:35)\n    at Request.callListeners (node_modules/aws-sdk/lib/sequential_executor.js:106:20)', 'aws'],
  ]);
  it('"301: null" without S3\'s frame is not read so', () => {
    expect(explainText('Error: 301: null').rule).not.toMatch(/bucket_other_region/);
  });
});

describe('a check run created with a personal access token', () => {
  readAs('insufficient_permissions', [
    ['RequestError [HttpError]: You must authenticate via a GitHub App.\n  status: 403,\n  documentation_url: https://docs.github.com/rest/checks/runs#create-a-check-run', 'github'],
  ]);
  it('tells to use an App\'s token', () => {
    expect(explainText('You must authenticate via a GitHub App.').fixes.join(' ')).toMatch(/GITHUB_TOKEN/);
  });
});
