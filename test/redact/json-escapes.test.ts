// The redactor runs over JSON text too (explain --json, check --format json, the report's .json): masking a value must
// never swallow the backslash of an escaped quote after it, or the output stops being JSON. Found when explain quoted a
// URL whose key ended in %0A ("…?api_key=…%0A") in its evidence (tuning round 28).
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redact/redactor.js';

const quoted = [
  'the text says "https://api.example.com/data?api_key=FAKEabc123%0A"',
  'the text says "https://api.example.com/v1?token=FAKEabcdef123456"',
  'the text says "Authorization: Bearer FAKEabcdef123456"',
  'header "x-api-key: FAKEabcdef123456"',
  'body {"Authorization": "Bearer FAKEabcdef123456"}',
];

describe('redacting JSON text keeps it JSON', () => {
  for (const s of quoted) {
    it(s, () => {
      const text = JSON.stringify({ evidence: [s] }, null, 2);
      const out = new Redactor().redact(text);
      const parsed = JSON.parse(out) as { evidence: string[] };
      expect(parsed.evidence[0]).not.toContain('FAKEabc');
    });
  }
  it('a backslash inside a query value does not end the mask early', () => {
    const out = new Redactor().redact('GET https://x.example/?token=FAKEab\\cdef123456 200');
    expect(out).not.toContain('cdef123456');
  });
});
