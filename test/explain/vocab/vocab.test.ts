// The service vocabulary's contract (src/explain/vocab): every entry is a service without a probe, every rule cites
// its source, a service's words are read only where the text shows the service, and a code said to be the service's
// alone does not match the wordings every service shares.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/types.js';
import { HINTS } from '../../../src/explain/hints.js';
import { rule } from '../../../src/explain/phrase.js';
import { serviceReading } from '../../../src/explain/service-words.js';

const readServiceWords = (...args: Parameters<typeof serviceReading>) => serviceReading(...args)?.classification;
import { SERVICES, type ServiceWords } from '../../../src/explain/vocab/index.js';
import { PROBES } from '../../../src/probes/index.js';
import { explainText } from '../reads.js';

/** Wordings any service may use: no service's `codes` may match them, and no `seen` may either. */
const COMMON = [
  '401 Unauthorized', 'HTTP 403 Forbidden', 'Access Denied', 'Invalid API key', 'invalid_api_key', 'Unauthorized',
  'Forbidden', 'Authentication failed', 'invalid token', 'The access token expired', 'Rate limit exceeded',
  '429 Too Many Requests', 'Quota exceeded', 'insufficient permissions', 'Permission denied', 'invalid_grant',
  'invalid_client', 'unauthorized_client', 'access_denied', 'insufficient_scope', 'Internal Server Error',
  'Service Unavailable', 'Bad Request', 'Not Found', 'The API key is missing', 'account suspended', 'Error: request failed with status code 401',
  'Traceback (most recent call last):', 'at processTicksAndRejections (node:internal/process/task_queues:95:5)', 'api key', 'error',
];

describe('the service vocabulary', () => {
  const ids = SERVICES.map((s) => s.id);

  it('has one entry per service, each with a kebab-case id', () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('holds only services without a probe or a hint (their wordings live there)', () => {
    expect(ids.filter((id) => PROBES.some((p) => p.id === id) || HINTS.some((h) => h.id === id))).toEqual([]);
  });

  it.each(SERVICES.map((s) => [s.id, s] as const))('%s: rules that cite a source, a category and a fix', (_id, s) => {
    for (const r of [...s.rules, ...(s.codes ?? [])]) {
      expect(r.source, `${s.id}.${r.id}`).toMatch(/^https:\/\/\S+$/);
      expect(CATEGORIES, `${s.id}.${r.id}`).toContain(r.category);
      expect(r.fixes.length, `${s.id}.${r.id}`).toBeGreaterThan(0);
      expect(r.match.flags, `${s.id}.${r.id}`).not.toMatch(/[gy]/);
      expect(r.match.test(''), `${s.id}.${r.id} matches nothing`).toBe(false);
    }
    const rids = [...s.rules, ...(s.codes ?? [])].map((r) => r.id);
    expect(rids.filter((id, i) => rids.indexOf(id) !== i), s.id).toEqual([]);
    expect(s.seen.flags).not.toMatch(/[gy]/);
    expect(s.seen.test('')).toBe(false);
  });

  it.each(SERVICES.map((s) => [s.id, s] as const))('%s: its name test and its codes leave the common wordings alone', (_id, s) => {
    for (const text of COMMON) {
      expect(s.seen.test(text), `${s.id} seen in "${text}"`).toBe(false);
      for (const r of s.codes ?? []) expect(r.match.test(text), `${s.id}.${r.id} on "${text}"`).toBe(false);
    }
  });
});

describe('reading a service\'s words', () => {
  const acme: ServiceWords = {
    id: 'acme',
    name: 'Acme',
    seen: /\bapi\.acme\.test\b|\bAcmeError\b/i,
    rules: [rule('blocked', /\bthe application is blocked\b/i, 'invalid_user', ['Ask Acme to unblock it.'], 'https://acme.test/docs/errors')],
    codes: [rule('list_denied', /\bACME_LIST_DENIED\b/, 'insufficient_permissions', ['Use an admin key.'], 'https://acme.test/docs/errors')],
  };
  const p = (search: string, status?: number) => ({ search, ...(status !== undefined ? { status } : {}) });

  it('reads a wording only where the text shows the service', () => {
    expect(readServiceWords(p('AcmeError: the application is blocked'), [acme])?.rule).toBe('vocab.acme.blocked');
    expect(readServiceWords(p('the application is blocked'), [acme])).toBeUndefined();
  });

  it('reads a code of the service alone without its name, and says whose wording it is', () => {
    const c = readServiceWords(p('HTTP 401 (Error code: "ACME_LIST_DENIED")', 401), [acme]);
    expect(c?.category).toBe('insufficient_permissions');
    expect(c?.rule).toBe('vocab.acme.list_denied');
    expect(c?.evidence[0]).toContain("Acme's documented wording");
  });

  it('never quotes a key-like run whole in its evidence', () => {
    const canary = 'FAKEcanary0123456789abcdefXYZ';
    const c = readServiceWords(p(`AcmeError: key ${canary}: the application is blocked`), [{ ...acme, rules: [rule('b', /key \S+: the application is blocked/, 'invalid_user', ['x'], 'https://acme.test')] }]);
    expect(c?.evidence.join(' ')).not.toContain(canary);
  });

  it('is read by explain after the probes and before the shared wordings', () => {
    // With no service registered for it, the text falls to the shared rules: the pass changes nothing it does not know.
    expect(explainText('Invalid API key provided').category).toBe('invalid_key');
  });
});
