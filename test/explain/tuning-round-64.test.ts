// The sixty-fourth tuning round of issue 20 (2026-12-07): not a batch's misses but GitHub's answers that named nobody
// (57 corpus texts). GitHub's own wordings name it where an app prints them alone. Every text here was WRITTEN FOR THIS
// TEST; none is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import { explainText } from './reads.js';

describe("GitHub's own answers name GitHub", () => {
  it.each([
    ['The job was not started because recent account payments have failed or your spending limit needs to be increased.'],
    ['The job was not started because your account is locked due to a billing issue.'],
    ['denied: installation not allowed to Write organization package'],
    ['403 Forbidden permission_denied: The requested installation does not exist.'],
    ['permission_denied: The token provided does not match expected scopes'],
    ["remote: Write access to repository not granted.\nfatal: unable to access 'https://example.invalid/repo/': The requested URL returned error: 403"],
    ['error validating token: missing required scope \'read:org\''],
    ['422: There is at least one repository that does not exist or is not accessible to the parent installation'],
  ])('%s', (text) => {
    expect(explainText(text).provider).toBe('github');
  });
});

describe("GitHub Packages' installation of another owner", () => {
  it('is a package under another owner than the token is for', () => {
    const r = explainText('denied: permission_denied: The requested installation does not exist.');
    expect(r.category).toBe('tenant_mismatch');
    expect(r.provider).toBe('github');
  });
});
