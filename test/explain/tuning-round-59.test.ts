// The fifty-ninth tuning round of issue 20 (2026-12-07): heldout76's decidable misses, after its untuned figure (28 of
// 36) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import { explainText, readAs } from './reads.js';

describe("git's push refused for the account or key it signed in with", () => {
  readAs('tenant_mismatch', [
    ['ERROR: Permission to example-org/tool.jl.git denied to deploy key\nfatal: Could not read from remote repository.', 'github'],
  ]);
  // Round 59 read a person's name as another account's login too; round 78 (heldout94–95: the account was the right one
  // and the repository not its own) reads the words as they stand, a refusal for that account, and keeps this fix.
  readAs('insufficient_permissions', [
    ["remote: Permission to example-owner/site.git denied to former-login.\nfatal: unable to access 'https://github.com/example-owner/site.git/': The requested URL returned error: 403", 'github'],
  ]);
  // A workflow's bot is a token without write, not another account.
  readAs('insufficient_permissions', [
    ["remote: Permission to example-org/docs.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/example-org/docs.git/': The requested URL returned error: 403", 'github'],
    ['remote: Permission to example-org/docs.git denied to dependabot[bot].', null],
  ]);
  it('says which login to remove, and the other way out', () => {
    const fix = explainText('remote: Permission to example-owner/site.git denied to former-login.').fixes.join(' ');
    expect(fix).toMatch(/credential helper/);
    expect(fix).toMatch(/write access/);
  });
});

describe('credentials of an account the configuration excludes, or another organisation', () => {
  readAs('tenant_mismatch', [
    ['│ Error: AWS account ID not allowed: 000000000000\n│   with provider["registry.terraform.io/hashicorp/aws"],', 'aws'],
    ['{"errors":["Not allowed to access this organization"]}', null],
  ]);
});

describe("a key file that was not found, before the 'invalid' it causes", () => {
  readAs('malformed_key', [
    ['Error: OpenAI API key file not found OpenAI features wont work for you\nError: OpenAI API key is invalid OpenAI features wont work for you', 'openai'],
    ['credentials file not found: /etc/example/creds.json', null],
  ]);
});

describe("the GitHub provider's empty owner", () => {
  it('stays unknown, names GitHub, and says how to tell a missing token from a dead one', () => {
    const r = explain({ text: 'Error: This resource can only be used in the context of an organization, "" is a user.' }, { guess: false }).result;
    expect(r.category).toBe('unknown');
    expect(r.provider).toBe('github');
    expect(r.fixes.join(' ')).toMatch(/api\.github\.com\/user/);
  });
  it('a named user is not read so', () => {
    expect(explainText('Error: This resource can only be used in the context of an organization, "example-user" is a user.').rule).not.toMatch(/token_gave_no_owner/);
  });
});
