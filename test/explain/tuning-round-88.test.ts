// The eighty-eighth tuning round of issue 20 (2026-12-08): six of heldout106's and heldout107's decidable misses,
// written at the session's end. The texts here were WRITTEN FOR THIS TEST.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a CLI that found no credential of any kind', () => {
  readAs('malformed_key', [
    ['Run copilot -p "review this change"\nError: No authentication information found.\nError: Process completed with exit code 1.'],
    ['Error: None of the following secrets are set: COPILOT_GITHUB_TOKEN, GH_AW_GITHUB_TOKEN'],
  ]);
});

describe('AWS accounts and roles', () => {
  readAs('billing_or_quota', [
    ['botocore.errorfactory.SubscriptionRequiredException: An error occurred (SubscriptionRequiredException) when calling the StartTranscriptionJob operation: The AWS Access Key Id needs a subscription for the service', 'aws'],
  ]);
  readAs('tenant_mismatch', [
    ['An error occurred (ValidationError) when calling the AssumeRoleWithSAML operation: Principal exists outside the account of the Role being assumed.', 'aws'],
  ]);
  readAs('insufficient_permissions', [
    ['ECS was unable to assume the role \'arn:aws:iam::111122223333:role/app-task\' that was provided for this task. Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.', 'aws'],
  ]);
  it('names the trust policy', () => {
    expect(explainText('ECS was unable to assume the role \'arn:aws:iam::111122223333:role/x\'').fixes.join(' ')).toMatch(/ecs-tasks\.amazonaws\.com/);
  });
});
