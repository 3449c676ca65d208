// The sixty-ninth tuning round of issue 20 (2026-12-07): heldout83's decidable miss, after its untuned figure (2 of 3)
// and blind label were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('cloudflared cannot decode the tunnel token it was given', () => {
  readAs('malformed_key', [
    ["2026-01-01T00:00:00Z ERR Provided Tunnel token is not valid.\nSee 'cloudflared tunnel run --help'.", 'cloudflare'],
    ['Provided tunnel token is not valid (illegal base64 data at input byte 0).', 'cloudflare'],
  ]);
  it('says which value the token is', () => {
    expect(explainText('ERR Provided Tunnel token is not valid.').fixes.join(' ')).toMatch(/Install connector/);
  });
});
