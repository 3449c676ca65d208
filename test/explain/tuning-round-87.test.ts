// The eighty-seventh tuning round of issue 20 (2026-12-08): heldout105's five decidable misses, and the summaries of two
// round-86 rules that said "widen the key's permissions" where the fix says the token is fine. The texts here were
// WRITTEN FOR THIS TEST.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('SES\'s daily sending quota, which SES words as a throttling failure', () => {
  readAs('billing_or_quota', [
    ['Swift_TransportException: Expected response code 250 but got code "454", with message "454 Throttling failure: Daily message quota exceeded."', 'aws'],
    ['botocore.exceptions.ClientError: An error occurred (Throttling) when calling the SendEmail operation: Daily message quota exceeded.', 'aws'],
  ]);
  it('a sending rate is still a rate', () => {
    expect(explainText('An error occurred (Throttling) when calling the SendEmail operation: Maximum sending rate exceeded.').category).toBe('rate_limited');
  });
});

describe('an AppSync API key that no longer exists', () => {
  readAs('revoked_or_expired', [
    ['UPDATE_FAILED GraphQLAPIDefaultApiKey AWS::AppSync::ApiKey  API key not found: da2-abcdefghijklmnopqrstuvwxyz', 'aws'],
  ]);
  it('another tool\'s "API key not found" is not AppSync\'s', () => {
    expect(explainText('Error: API key not found: sk-FAKE').rule).not.toBe('phrase.aws.appsync_key_gone');
  });
});

describe('an identity pool set up for another user pool', () => {
  readAs('tenant_mismatch', [
    ['NotAuthorizedException: Token is not from a supported provider of this identity pool.\n    at Request.extractError (node_modules/aws-sdk/lib/protocol/json.js:52:27)', 'aws'],
  ]);
});

describe('a webhook delivery GitHub did not sign', () => {
  readAs('malformed_key', [
    ['webhook: 400 {"error":"No X-Hub-Signature found on request"}', 'github'],
    ['Request URL: https://hooks.example.test/events\nUser-Agent: GitHub-Hookshot/abc1234\nX-GitHub-Event: push\n\nResponse: 400\nmissing signature', 'github'],
  ]);
  it('"missing signature" without GitHub\'s delivery headers is not read so', () => {
    expect(explainText('Error: missing signature').rule).not.toMatch(/webhook_unsigned/);
  });
  it('tells to set the secret on the webhook', () => {
    expect(explainText('No X-Hub-Signature-256 found on request').fixes.join(' ')).toMatch(/Webhooks \u2192 Secret/);
  });
});

describe('a summary that agrees with its fix', () => {
  it('a Vercel account without a login connection: the token is fine', () => {
    expect(explainText('Failed to link acme/site. You need to add a Login Connection to your GitHub account first.').summary).toMatch(/^Vercel accepted the token/);
  });
  it('a Sentry organisation that refuses members: the token is fine', () => {
    expect(explainText('403 Your organization has disabled this feature for members.').summary).toMatch(/^Sentry accepted the token/);
  });
});
