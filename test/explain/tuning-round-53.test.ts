// The fifty-third tuning round of issue 20 (2026-12-07): heldout71's decidable misses, after its untuned figure (25 of
// 32) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a credential header whose value holds a line break', () => {
  readAs('malformed_key', [
    ['Invalid auth token · Invalid Authorization header value from EXAMPLE_OAUTH_TOKEN: it contains a line break at character 40 (80 characters on 2 lines).', null],
    ['Error: the API key contains a newline; check the secret', null],
  ]);
});

describe('a command that asked for a credential where nothing could answer', () => {
  readAs('malformed_key', [
    ["Username for 'https://git.heroku.com': fatal: could not read Username for 'https://git.heroku.com': No such file or directory\nExited with code 128", 'heroku'],
    ["fatal: could not read Password for 'https://ci@gitlab.com': No such device or address", 'gitlab'],
    ['Run docker login docker.pkg.github.com -u example-bot\nError: Cannot perform an interactive login from a non TTY device', null],
  ]);
  it('says what to give git and docker in CI', () => {
    const fix = explainText('Error: Cannot perform an interactive login from a non TTY device').fixes.join(' ');
    expect(fix).toMatch(/credential helper/);
    expect(fix).toMatch(/--password-stdin/);
  });
});

describe('an SDK that will not build a client without a setting', () => {
  readAs('malformed_key', [
    ['Error: No region was given. The client should be instantiated with the `region` option or the `CLOUD_ML_REGION` environment variable should be set.', null],
  ]);
});

describe('OpenAI echoing an empty key', () => {
  readAs('malformed_key', [
    ["openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: . You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}", 'openai'],
  ]);
  it('says the key sent was empty, not that OpenAI does not know it', () => {
    const r = explainText("Incorrect API key provided: . You can find your API key at https://platform.openai.com/account/api-keys.");
    expect(r.evidence.join(' ')).toMatch(/the key echoed back is empty/);
  });
  it('a key echoed whole is still read as before', () => {
    expect(explainText('Incorrect API key provided: sk-proj-****FAKE. You can find your API key at https://platform.openai.com/account/api-keys.').category).toBe('invalid_key');
  });
});

describe('Supabase legacy keys turned off', () => {
  readAs('revoked_or_expired', [
    ['edge function error: Legacy API keys are disabled', 'supabase'],
  ]);
});

describe('an AWS refusal in another region than the resource the text names', () => {
  readAs('tenant_mismatch', [
    ['$ aws ssm get-parameter --name arn:aws:ssm:eu-west-1:123456789012:parameter/app/key\nAn error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::123456789012:assumed-role/ci/run is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:123456789012:parameter/app/key', 'aws'],
  ]);
  it('the same refusal with one region stays a missing permission', () => {
    expect(explainText('$ aws ssm get-parameter --name arn:aws:ssm:eu-west-1:123456789012:parameter/app/key\nAn error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::123456789012:assumed-role/ci/run is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-1:123456789012:parameter/app/key').category).toBe('insufficient_permissions');
  });
});
