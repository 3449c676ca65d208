// A custom provider as a probe: the request on the base URL in force, the
// project's rules first with the verdict their category implies, the generic
// rules underneath, identity read from JSON paths and headers.
import { describe, expect, it } from 'vitest';
import { customProbe } from '../../src/custom/provider.js';
import { validateProviders } from '../../src/custom/schema.js';
import type { Answer } from '../../src/probes/types.js';
import { classifyOutcome } from '../../src/steps/classify.js';

const spec = (over: Record<string, unknown> = {}) => validateProviders([{
  id: 'billing-gateway',
  envVars: ['BILLING_API_KEY'],
  request: { url: 'https://gateway.example.internal/v1/me?view=min', auth: 'X-Gateway-Key: key={key}', headers: { Accept: 'application/json' } },
  identity: { account: '$.user.email', team: '$.teams[0].name', scopes: '$.scopes', region: 'header:X-Region' },
  classify: [
    { id: 'ok_but_flagged', when: { status: 200, header: { 'x-flag': 'legacy' } }, category: 'ok' },
    { id: 'user_disabled', when: { status: [401, 403], bodyMatches: 'user (disabled|inactive)' }, category: 'invalid_user', fix: 'Re-enable the user.' },
    { id: 'throttled', when: { bodyMatches: 'slow down' }, category: 'rate_limited', fix: 'Wait.' },
  ],
  ...over,
}], '.keydoctor.yml', () => undefined, { ids: new Map(), envVars: new Map() })[0]!;

const probe = customProbe(spec(), '.keydoctor.yml');
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { status, headers, text, ...(typeof body === 'string' ? {} : { json: body }) };
};

describe('the request', () => {
  it('goes to the URL of the file, with the key only in the auth header', () => {
    const req = probe.request('bk_FAKE', { baseUrl: probe.defaultBaseUrl, settings: {} });
    expect(req).toEqual({
      method: 'GET',
      url: 'https://gateway.example.internal/v1/me?view=min',
      headers: { accept: 'application/json', 'x-gateway-key': 'key=bk_FAKE' },
    });
  });

  it('follows the base URL in force, keeping the path', () => {
    expect(probe.request('k', { baseUrl: 'http://127.0.0.1:8080', settings: {} }).url).toBe('http://127.0.0.1:8080/v1/me?view=min');
    expect(probe.request('k', { baseUrl: 'https://proxy.example.com/gw/', settings: {} }).url).toBe('https://proxy.example.com/gw/v1/me?view=min');
  });
});

describe('classification', () => {
  it('the first matching rule decides, with its fix and rule id', () => {
    const c = probe.classify(answer(403, { message: 'User disabled since 2025-01-01' }))!;
    expect(c).toMatchObject({ category: 'invalid_user', verdict: 'invalid', rule: 'billing-gateway.user_disabled', fixes: ['Re-enable the user.'], providerMessage: 'User disabled since 2025-01-01' });
  });

  it.each([
    ['ok', answer(200, {}, { 'x-flag': 'LEGACY' }), 'valid'],
    ['an inconclusive category', answer(400, 'please slow down'), 'indeterminate'],
    ['a key problem', answer(401, 'user inactive'), 'invalid'],
  ])('%s gives its verdict', (_name, a, verdict) => {
    expect(probe.classify(a)?.verdict).toBe(verdict);
  });

  it('no matching rule leaves the answer to the generic rules', () => {
    expect(probe.classify(answer(401, { error: 'nope' }))).toBeUndefined();
    expect(classifyOutcome(probe, { kind: 'answer', answer: answer(401, { error: 'nope' }), truncated: false }).classification.rule).toBe('http.401');
    expect(classifyOutcome(probe, { kind: 'answer', answer: answer(503, 'down'), truncated: false }).classification.rule).toBe('http.5xx');
  });

  it('a body pattern looks at the first 4 KiB only', () => {
    expect(probe.classify(answer(401, `${' '.repeat(5000)}user disabled`))).toBeUndefined();
  });

  it('a status rule does not match another status', () => {
    expect(probe.classify(answer(500, 'user disabled'))).toBeUndefined();
  });
});

describe('identity', () => {
  it('reads JSON paths, array items and headers', () => {
    const id = probe.identity!(answer(200, { user: { email: 'ops@example.com' }, teams: [{ name: 'Billing' }], scopes: ['read', 'write'] }, { 'x-region': 'eu' }));
    expect(id).toEqual({ account: 'ops@example.com', team: 'Billing', scopes: ['read', 'write'], region: 'eu' });
  });

  it('is undefined when nothing is found, and odd shapes are skipped', () => {
    expect(probe.identity!(answer(200, 'plain text'))).toBeUndefined();
    expect(probe.identity!(answer(200, { user: { email: { nested: true } }, teams: 'none' }))).toBeUndefined();
  });
});

describe('names of Object.prototype members in the file are the answer\'s own names only', () => {
  const named = customProbe(spec({
    identity: { account: '$.constructor', org: '$.__proto__', team: '$.user.toString', region: 'header:constructor' },
    classify: [{ id: 'proto_header', when: { header: { constructor: 'function', 'x-ok': '.' } }, category: 'ok' }],
  }), '.keydoctor.yml');

  it('a header rule does not match a header the answer lacks', () => {
    expect(named.classify(answer(200, {}, { 'x-ok': 'yes' }))).toBeUndefined();
    expect(named.classify(answer(200, {}, { constructor: 'function', 'x-ok': 'yes' }))?.rule).toBe('billing-gateway.proto_header');
  });

  it('identity paths find nothing on Object.prototype, and the answer\'s own keys of those names', () => {
    expect(named.identity!(answer(200, { user: {} }))).toBeUndefined();
    expect(named.identity!(answer(200, JSON.parse('{"constructor":"acct","__proto__":"org"}'), { constructor: 'eu' }))).toEqual({ account: 'acct', org: 'org', region: 'eu' });
  });
});
