// The sixty-eighth tuning round of issue 20 (2026-12-07): heldout82's one decidable miss, after its untuned figure (21
// of 22) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy
// of a corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a client that went on without credentials, then was refused', () => {
  readAs('malformed_key', [
    ['10:00AM WRN using anonymous credentials to connect S3 region=eu-west-1\n10:00AM ERR operation error S3: HeadObject, https response error StatusCode: 403, api error AccessDenied: Access Denied', null],
  ]);
  it('says to pass the credentials to the component that went anonymous', () => {
    expect(explainText('WRN using anonymous credentials to connect S3').fixes.join(' ')).toMatch(/pass the credentials to that component/);
  });
  it('a server that refuses anonymous access beside credentials it could not use is not read so', () => {
    expect(explainText('security_exception: unable to authenticate with provided credentials and anonymous access is not allowed for this request').category).not.toBe('malformed_key');
  });
});
