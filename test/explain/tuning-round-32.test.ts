// The thirty-second tuning round of issue 20 (2026-12-06): written from the misses pooled over heldout16-42 (not from one
// batch), keeping only shapes of a runtime or a header that any service may print, and committed before heldout43-44
// (collected from Q&A and forum pages, not issue threads) were read. Every text here was WRITTEN FOR THIS TEST from the
// wording the rules cite, with made-up names, ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('an Authorization header that carries its scheme word alone', () => {
  readAs('malformed_key', [
    ['Error in call to API function "files/upload": Invalid authorization value in HTTP header "Authorization": "Bearer". Expecting "Bearer <token>".'],
    ["request failed { url: 'https://api.example.com/v1/items', headers: { Authorization: 'Bearer' } }"],
  ]);
});

it('quotes the header as the text has it, without a stray quote', () => {
  const r = explainText('Invalid authorization value in HTTP header "Authorization": "Bearer". Expecting "Bearer <token>".');
  expect(r.evidence.join('\n')).toContain('"Authorization": "Bearer"');
  expect(r.evidence.join('\n')).not.toContain('"Bearer""');
});

describe('requests as Python tools print it', () => {
  readAs('network_error', [
    ['exampletool: Network error (ConnectionError), entering retry loop.'],
    ["requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443)"],
  ]);
  it('reads the status in requests\' repr of a response', () => {
    const r = explainText('exampletool: ERROR Error while calling the API: internal error (<Response [502]>)');
    expect(r.category).toBe('provider_outage');
  });
});

describe('what round 32 may not do', () => {
  it('an Authorization header with a token after the scheme is not empty', () => {
    expect(explainText('Invalid authorization value in HTTP header "Authorization": "Bearer FAKEtoken000000". 401').category).not.toBe('malformed_key');
  });
  it('a library raising Python\'s own ConnectionError for an answer it got is not a network error', () => {
    expect(explainText('raise ConnectionError(f"Http response: {r.status}")\nConnectionError: Http response: 401').category).not.toBe('network_error');
  });
});
