// The thirty-ninth tuning round of issue 20 (2026-12-06): shapes that recur across the corpus's decidable misses
// (heldout5, heldout7, heldout12, heldout51), written BEFORE heldout55-56 were read, so both batches measure it untuned.
// Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up names; none is a copy of a
// corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a client that threw on its own check for an absent key', () => {
  readAs('malformed_key', [
    ["/app/node_modules/example-chat/src/client.js:88\n    if (!token || typeof token !== 'string') throw new Error('TOKEN_INVALID');\n                                                   ^\n\nError [TOKEN_INVALID]: An invalid token was provided.\n    at Client.login (/app/node_modules/example-chat/src/client.js:88:52)"],
    ["  File \"/srv/app/client.py\", line 12, in __init__\n    if not api_key:\n        raise ValueError(\"invalid api key\")\nValueError: invalid api key"],
  ]);
  it('a check that tests the key\'s shape, not its absence, leaves the provider\'s reading alone', () => {
    expect(explainText("    if (token.length !== 59) throw new Error('TOKEN_INVALID');\nError [TOKEN_INVALID]: An invalid token was provided.").category).toBe('invalid_key');
  });
});

describe('an echoed key that ends in a template\'s brace', () => {
  it('a masked echo ending in "}" is a template sent unformatted', () => {
    const r = explainText("Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****_key} is invalid', 'type': 'authentication_error'}}", 'deepseek');
    expect(r.category).toBe('malformed_key');
    expect(r.rule).toMatch(/echoed_placeholder$/);
  });
  it('a whole "{MY_TOKEN}" in a URL is an author\'s mask over a key, not judged', () => {
    expect(explainText('Unexpected response code 401 for https://api.example.com/v1/me/?access_token={MY_ACCESS_TOKEN}').category).not.toBe('malformed_key');
  });
});

describe('an echoed key whose start no key of the provider has', () => {
  it('stays the provider\'s "incorrect key", with the start as evidence and a fix naming where another value comes from', () => {
    const r = explainText('Error: status code: 401, message: Incorrect API key provided: ks-FAKEa*******MPLE. You can find your API key at https://platform.openai.com/account/api-keys.');
    expect(r.category).toBe('invalid_key');
    expect(r.provider).toBe('openai');
    expect(r.evidence.join('\n')).toMatch(/starts "ks-FAKEa", which no OpenAI key does \(they start "sk-/);
    expect(r.fixes[0]).toMatch(/does not have the shape of an OpenAI key/);
  });
  it('an echo with OpenAI\'s own start adds nothing', () => {
    const r = explainText('Incorrect API key provided: sk-proj-****FAKE. You can find your API key at https://platform.openai.com/account/api-keys.');
    expect(r.evidence.join('\n')).not.toMatch(/which no OpenAI key does/);
  });
});
