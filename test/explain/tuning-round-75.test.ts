// The seventy-fifth tuning round of issue 20 (2026-12-07): heldout91's one decidable miss, after its untuned figure (18 of
// 19) and blind labels were committed. The texts here were WRITTEN FOR THIS TEST; they are not copies of the corpus text.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import { explainText, readAs } from './reads.js';

const PASSWORD = 'CANARYpw0/EXAMPLE+FAKE';
const URI = `smtps://EXAMPLEUSER:${PASSWORD}@smtp.example.com:465/`;

describe('credentials inside a connection URL with a "/" left unencoded', () => {
  readAs('malformed_key', [
    [`level=fatal msg=Configuration value from key courier.smtp.connection_uri is not a valid URL: ${URI}`, null],
    [`error: parse "${URI}": invalid port ":CANARYpw0" after host`, null],
  ]);
  it('names the encoding in the fix', () => {
    expect(explainText(`is not a valid URL: ${URI}`).fixes.join(' ')).toMatch(/%2F/);
  });
  it('never quotes the URL, which holds the password', () => {
    const out = JSON.stringify(explain({ text: `Configuration value from key courier.smtp.connection_uri is not a valid URL: ${URI}` }).result);
    expect(out).not.toContain('CANARYpw0/EXAMPLE');
  });
  it('a URL without a password, or with an encoded one, is not read so', () => {
    expect(explainText('is not a valid URL: https://example.com/a/b@c').rule).not.toMatch(/url_credentials_unencoded/);
    expect(explainText('is not a valid URL: smtps://user:pa%2Fss@smtp.example.com:465/').rule).not.toMatch(/url_credentials_unencoded/);
  });
});
