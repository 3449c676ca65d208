// The twenty-eighth tuning round of issue 20 (2026-12-06): three of heldout34's misses that are exactly what keydoctor
// is for (a key carrying a newline, a key of the wrong length, no key sent), after heldout33-34's untuned figures and
// blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up
// names, ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('key shapes heldout34 showed', () => {
  readAs('malformed_key', [
    ['requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://rpc.example.io/v3/FAKEprojectid%0D'],
    ['GET https://api.example.com/v2/quote?apikey=FAKEkey%0A&symbol=X -> 403'],
    ['Error: entered token is invalid (must be exactly 64 characters long)'],
    ['{"error":{"code":-32000,"message":"Unauthorized: You must authenticate your request with an API key."}}'],
  ]);
});

describe('what round 28 may not do', () => {
  it('an encoded newline inside a query, not at the end of a value, is not read as a key with a newline', () => {
    expect(explainText('GET https://api.example.com/search?q=a%0Ab&page=2 -> 200').rule).not.toBe('phrase.newline_in_url_key');
  });
  it('the quoted URL keeps a long key shortened', () => {
    const r = explainText('401 Unauthorized for url: https://rpc.example.io/v3/FAKE5b3bc440fa88ea12eaa4456161%0D');
    expect(r.category).toBe('malformed_key');
    expect(r.evidence.join(' ')).not.toContain('FAKE5b3bc440fa88ea12eaa4456161');
  });
});
