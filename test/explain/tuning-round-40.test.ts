// The fortieth tuning round of issue 20 (2026-12-06): heldout55-56's decidable misses, after both batches' untuned
// figures and blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with
// made-up names; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a key that never reached the provider', () => {
  readAs('malformed_key', [
    ['Error: You need an API key to use this client.\nVisit https://ai.google.dev to get one, put it in an environment variable like GEMINI_API_KEY'],
    ["npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"Example Package Registry\""],
    ["sg request headers: { Authorization: 'Bearer undefined', 'User-Agent': 'example/1.0' }\n401 The provided authorization grant is invalid, expired, or revoked"],
    ['An error occurred (ValidationError) when calling the AssumeRoleWithWebIdentity operation: Request ARN is invalid'],
  ]);
  it('an npm E401 without the registry\'s challenge stays a credential the registry refused', () => {
    expect(explainText('npm ERR! code E401\nnpm ERR! Incorrect or missing password.').category).toBe('invalid_key');
  });
  it('"Bearer" followed by a real-looking token is not a word for nothing', () => {
    expect(explainText("Authorization: 'Bearer nullFAKE0000000000000000' 401 Unauthorized").category).not.toBe('malformed_key');
  });
});

describe('AWS refusing a key outside its partition or in an opt-in region', () => {
  readAs('tenant_mismatch', [
    ['$ example-tool --region us-gov-west-1\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid'],
    ['Scanning me-south-1\nbotocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the ListQueues operation: The security token included in the request is invalid.'],
  ]);
  it('shows the region beside AWS\'s words', () => {
    const r = explainText('role arn:aws-us-gov:iam::123456789012:role/example\nInvalidClientTokenId: The security token included in the request is invalid');
    expect(r.evidence.join('\n')).toMatch(/and "arn:aws-us-gov:"/);
  });
  it('the same refusal in a commercial region stays an unknown key', () => {
    expect(explainText('Scanning eu-west-1\nAn error occurred (InvalidClientTokenId) when calling the ListUsers operation: The security token included in the request is invalid').category).toBe('invalid_key');
  });
});

describe('permission refusals', () => {
  readAs('insufficient_permissions', [
    ['! [remote rejected] main -> main (refusing to allow an OAuth App to create or update workflow `.github/workflows/ci.yml` without `workflow` scope)'],
    ["RequestError [HttpError]: Not Found\n  status: 404,\n  url: 'https://api.github.com/repos/example-org/example-repo/installation'"],
  ]);
});

describe('words read where they are words', () => {
  it('a URL\'s path is not a rate limit', () => {
    expect(explainText('Validation failed with GitHub returned 401 for https://api.github.com/rate_limit').category).not.toBe('rate_limited');
  });
  it('a JSON body that Node printed as joined string pieces reads as the provider sent it', () => {
    const text = "responseBody: '{\\n' +\n  '  \"error\": {\\n' +\n  '    \"type\": \"forbidden\",\\n' +\n  '    \"message\": \"Request not allowed\"\\n' +\n  '  }\\n' +\n  '}',";
    expect(explainText(text, 'anthropic').category).toBe('region_blocked');
  });
});
