// The hard-coded key scan jumps over text that cannot hold a key; these pin
// that it finds exactly what reading every byte would, and that a value with
// non-token characters is found only inside the file's own bytes (the shared
// read buffer holds the previous, longer file behind them).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HardcodedScan } from '../../src/trace/hardcoded.js';
import { fingerprint, MIN_FINGERPRINT_LENGTH } from '../../src/redact/fingerprint.js';
import type { RawDef } from '../../src/trace/types.js';

const FORMAT = { id: 'test', description: 'test key', pattern: /^tk_[A-Za-z0-9_-]+$/ };

/** Every run of [A-Za-z0-9_-] of at least the fingerprint length starting with `tk_`, by reading every byte. */
function reference(text: string): string[] {
  return [...text.matchAll(new RegExp(`[A-Za-z0-9_-]{${MIN_FINGERPRINT_LENGTH},}`, 'g'))].map((m) => m[0]).filter((t) => t.startsWith('tk_'));
}

/** Fingerprints of the keys the scan reports as other keys of the provider. */
function scanned(text: string): string[] {
  const scan = new HardcodedScan([], [{ name: 'TEST_KEY', provider: 'Test', format: FORMAT, prefix: 'tk_' }], new Set());
  scan.scan('f.txt', Buffer.from(text, 'latin1'));
  return scan.findings.map((f) => /\((sha256:[0-9a-f]+)\)/.exec(f.finding.message)![1]!);
}

describe('the hard-coded key scan', () => {
  it('finds exactly the key-length token runs a byte-by-byte reading finds (500 runs)', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '\n', '=', '"', '.', ':', 'tk_', '-', '_'),
      fc.stringMatching(/^[A-Za-z0-9]{1,24}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const expected = [...new Set(reference(text).map((t) => fingerprint(t)!))];
        expect([...new Set(scanned(text))]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a value with non-token characters only within the file length it is given', () => {
    const value = 'tk_FAKE.EXAMPLE=value/0123456789';
    const def: RawDef = { name: 'TEST_KEY', kind: 'dotenv', file: '.env', line: 1, value };
    const scan = new HardcodedScan([def], [], new Set());
    const shared = Buffer.alloc(4096, ' ');
    shared.write(`const k = "${value}";\n`, 2000);
    shared.write('nothing here\n', 0);
    scan.scan('short.txt', shared, 13);
    expect(scan.findings).toEqual([]);
    scan.scan('long.txt', shared, 4096);
    expect(scan.findings.map((f) => f.finding.location)).toEqual([{ file: 'long.txt', line: 2 }]);
  });
});
