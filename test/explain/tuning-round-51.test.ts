// The fifty-first tuning round of issue 20 (2026-12-07): heldout69's decidable misses, after its untuned figure (31 of
// 37) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/explain/parse.js';
import { explainText, readAs } from './reads.js';

describe('no key was read or sent', () => {
  readAs('malformed_key', [
    ['botocore.exceptions.ProfileNotFound: The config profile (research) could not be found', 'aws'],
    ["StorageException: headers must have required property 'authorization'"],
    ["fatal: Authentication failed for 'https://ci-bot:@git.example.test/group/widgets.git/'"],
    ['WARN api_client: Unauthorised request with token: insert your api key here\n401 Unauthorized'],
  ]);
  it('the evidence says what the masked URL showed, and the fix names no URL output would mask', () => {
    const r = explainText("fatal: Authentication failed for 'https://ci-bot:@git.example.test/group/widgets.git/'");
    expect(r.evidence[0]).toMatch(/a URL with a user name and an empty password$/);
    expect(r.fixes.join(' ')).not.toMatch(/:\/\//);
  });
  it('a URL with a user and no password part at all is git asking for one, not an empty token', () => {
    expect(explainText("fatal: Authentication failed for 'https://ci-bot@git.example.test/group/widgets.git/'").rule).not.toBe('phrase.empty_password_in_url');
  });
  it('a comment telling where a key goes is not a placeholder sent', () => {
    expect(explainText('# put your api key here\n401 Unauthorized').rule).not.toBe('phrase.placeholder_sent');
  });
});

describe('GitHub: tokens that may not do this', () => {
  readAs('insufficient_permissions', [
    ["remote: Temporary clone tokens are read-only.\nfatal: unable to access 'https://github.com/octo-school/widgets.git/': The requested URL returned error: 403", 'github'],
  ]);
  it('a 404 whose X-OAuth-Scopes header is empty: a token created with no scope', () => {
    const text = '[ERROR] HTTP Error 404 Not Found\n    Headers:\n    Server: GitHub.com\n    Content-Type: application/json; charset=utf-8\n    X-GitHub-Request-Id: ABCD:1234\n    X-OAuth-Scopes: \n    X-RateLimit-Limit: 5000\n    X-RateLimit-Remaining: 4990';
    const r = explainText(text);
    expect(r).toMatchObject({ category: 'insufficient_permissions', rule: 'github.token_without_scopes', provider: 'github' });
    expect(r.evidence.join(' ')).toMatch(/X-OAuth-Scopes is empty/);
  });
  it('a token with scopes, answered 404, is not read so', () => {
    const text = '[ERROR] HTTP Error 404 Not Found\n    Server: GitHub.com\n    Content-Type: application/json\n    X-OAuth-Scopes: repo, workflow';
    expect(explainText(text).rule).not.toBe('github.token_without_scopes');
  });
});

describe('a header that reports the rate window is no limit reached', () => {
  it('X-RateLimit-Limit and -Remaining with some left', () => {
    expect(explainText('HTTP Error 404 Not Found\nServer: GitHub.com\nX-RateLimit-Limit: 5000\nX-RateLimit-Remaining: 4987').category).not.toBe('rate_limited');
  });
  readAs('rate_limited', [
    ['HTTP Error 403 Forbidden\nX-RateLimit-Limit: 60\nX-RateLimit-Remaining: 0'],
    ['Request failed: rate limit exceeded, try again later'],
  ]);
});

describe('headers a log prints without a status line', () => {
  it('are read from an indented run of name: value lines with an HTTP header among them', () => {
    const p = parseInput({ text: 'HTTP Error 404\n  Server: GitHub.com\n  Date: Mon, 01 Jan 2026 00:00:00 GMT\n  X-GitHub-Request-Id: ABCD:1234\n' });
    expect(p.headers).toMatchObject({ server: 'GitHub.com', 'x-github-request-id': 'ABCD:1234' });
  });
  it('are not a YAML list of settings', () => {
    expect(parseInput({ text: 'error: 401\nmodel: gpt-x\nregion: eu\nretries: 3\n' }).headers).toEqual({});
  });
});
