// The seventieth tuning round of issue 20 (2026-12-07): heldout84's decidable misses, after its untuned figure (3 of 5)
// and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a credentials object never made', () => {
  readAs('malformed_key', [
    ["  File \"/app/example/reader.py\", line 12, in open_tile\n    key = session.get_credentials().access_key\nAttributeError: 'NoneType' object has no attribute 'access_key'", null],
  ]);
});

describe("S3's location constraint for a bucket of another region", () => {
  readAs('tenant_mismatch', [
    ['ERROR 17: The eu-south-1 location constraint is incompatible for the region specific endpoint this request was sent to.', 'aws'],
  ]);
  it("says to use the bucket's region, in the region summary", () => {
    const r = explainText('IllegalLocationConstraintException: The ap-east-1 location constraint is incompatible for the region specific endpoint this request was sent to. (Service: Amazon S3)');
    expect(r.category).toBe('tenant_mismatch');
    expect(r.summary).toMatch(/another AWS region/);
  });
});
