// The generic HTTP rules keep the provider's own words: a verdict from the
// status alone still shows what the body said (it showed nothing for a 429).
import { describe, expect, it } from 'vitest';
import { classifyHttp, saidInJson } from '../../src/classify/http.js';
import type { Answer } from '../../src/probes/types.js';

const answer = (status: number, json: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Answer =>
  ({ status, headers, text: JSON.stringify(json), json });

describe('saidInJson', () => {
  it.each([
    [{ error: { message: 'Rate limit reached for requests', code: 'rate_limit_exceeded' } }, { providerCode: 'rate_limit_exceeded', providerMessage: 'Rate limit reached for requests' }],
    [{ error: { message: 'Overloaded', type: 'overloaded_error' } }, { providerCode: 'overloaded_error', providerMessage: 'Overloaded' }],
    [{ error: 'invalid_token' }, { providerMessage: 'invalid_token' }],
    [{ message: 'Bad credentials' }, { providerMessage: 'Bad credentials' }],
    [{ detail: 'Not found.' }, { providerMessage: 'Not found.' }],
    [{ errors: [{ code: 'E1', message: 'first' }, { message: 'second' }] }, { providerCode: 'E1', providerMessage: 'first' }],
    [{ nothing: 'here' }, {}],
    [['a list'], {}],
  ])('%j', (json, said) => {
    expect(saidInJson(answer(400, json))).toEqual(said);
  });

  it('never reads an HTML page, and bounds a long message', () => {
    expect(saidInJson({ status: 502, headers: { 'content-type': 'text/html' }, text: '<html>Bad gateway</html>' })).toEqual({});
    expect(saidInJson(answer(500, { message: 'x'.repeat(2000) })).providerMessage).toHaveLength(500);
  });
});

describe('classifyHttp', () => {
  it('a 429 the probe did not recognise: rate_limited, with the provider\'s message and code', () => {
    expect(classifyHttp(answer(429, { error: { message: 'Rate limit reached for requests', code: 'rate_limit_exceeded' } }))).toMatchObject({
      category: 'rate_limited', rule: 'http.429', providerCode: 'rate_limit_exceeded', providerMessage: 'Rate limit reached for requests',
    });
  });

  it('a 451 is a refusal of where the call came from (RFC 7725), not of the key', () => {
    expect(classifyHttp(answer(451, { msg: 'Service unavailable from a restricted location' }))).toMatchObject({ category: 'region_blocked', verdict: 'indeterminate', rule: 'http.451' });
  });
  it('a success carries no provider message', () => {
    expect(classifyHttp(answer(200, { message: 'hello' }))).not.toHaveProperty('providerMessage');
  });
});
