// The forty-third tuning round of issue 20 (2026-12-06): heldout60's decidable misses, after its untuned figure and
// blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up
// names; none is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('GitHub\'s secondary rate limit', () => {
  readAs('rate_limited', [
    ['Octokit.ForbiddenException : You have triggered an abuse detection mechanism and have been temporarily blocked from content creation.'],
    ['gh: You have exceeded a secondary rate limit. Please wait a few minutes before you try again. (HTTP 403)'],
  ]);
});

describe('npm refusing an automation token where a package requires two-factor authentication', () => {
  readAs('insufficient_permissions', [
    ['npm ERR! code E403\nnpm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/example-pkg - Two-factor authentication is required to publish this package but an automation token was specified'],
  ]);
});

describe('Vercel refusing the token its CLI sent', () => {
  it('is a token Vercel does not accept', () => {
    const r = explainText('Error: The specified token is not valid. Use `vercel login` to generate a new token.');
    expect(r.category).toBe('invalid_key');
    expect(r.fixes[0]).toMatch(/VERCEL_TOKEN/);
  });
});
