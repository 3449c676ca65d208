// The fifty-seventh tuning round of issue 20 (2026-12-07): the providers heldout71–74's decidable texts did not name
// where their category was right, after all four batches' untuned figures were committed. Every text here was WRITTEN
// FOR THIS TEST with made-up names; none is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import { explainText } from './reads.js';

describe('a provider named by words only it writes', () => {
  it.each([
    ['ERROR: AccessDenied: Access Denied status code: 403, request id: EXAMPLE0000000001, host id: ZXhhbXBsZQ==', 'aws'],
    ['error listing backups: BucketRegionError: incorrect region, the bucket is not in region us-east-1', 'aws'],
    ["This application does not have the required permissions for this endpoint on account 'acct_1EXAMPLEFAKE0000'.", 'stripe'],
    ["Error: Invalid project ref format. Must be like 'abcdefghijklmnopqrst'.", 'supabase-management'],
    ['Failed to list zones: Invalid request headers (6003)', 'cloudflare'],
  ])('%s → %s', (text, provider) => {
    expect(explainText(text).provider).toBe(provider);
  });
});

describe('a key variable named for a provider', () => {
  it('names it, as weakly as its name in prose', () => {
    const r = explainText('reviewdog: environment variable $EXAMPLEBOT_GITHUB_API_TOKEN is not set');
    expect(r.provider).toBe('github');
  });
  it('a stem two providers share, or a short one, names nobody', () => {
    expect(explainText('error: MY_AZURE_KEY is not set').provider).toBeNull();
    expect(explainText('error: MY_DO_TOKEN is not set').provider).toBeNull();
  });
  it('the variable a provider reads itself still outweighs a name', () => {
    expect(explainText('OPENAI_API_KEY is not set (GITHUB_RUNNER_TOKEN was read)').provider).toBe('openai');
  });
});
