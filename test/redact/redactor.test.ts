import { describe, expect, it } from 'vitest';
import { fingerprint, redactValue } from '../../src/redact/fingerprint.js';
import { Redactor } from '../../src/redact/redactor.js';
import { FAKE } from '../helpers/keys.js';

describe('redaction', () => {
  it('a fingerprint is sha256: and 8 hex of the exact value; short values get none', () => {
    expect(fingerprint(FAKE.openaiProject)).toMatch(/^sha256:[0-9a-f]{8}$/);
    expect(fingerprint(FAKE.openaiProject + ' ')).not.toBe(fingerprint(FAKE.openaiProject));
    expect(fingerprint('hunter2hunter2')).toBeNull();
  });

  it('the redacted form keeps the provider prefix and the last four characters only', () => {
    expect(redactValue(FAKE.openaiProject)).toBe(`sk-proj-…${FAKE.openaiProject.slice(-4)}`);
    expect(redactValue(FAKE.stripeTest)).toBe(`sk_test_…${FAKE.stripeTest.slice(-4)}`);
    expect(redactValue('short')).toBe('(5 chars)');
    expect(redactValue('{\n  "type": "service_account",\n  "private_key": "FAKE"\n}\n')).toBe('(JSON credentials)');
  });

  it('every registered secret is replaced wherever it appears, trimmed or not', () => {
    const r = new Redactor();
    r.add(` ${FAKE.openaiProject}\n`);
    const out = r.redact(`a ${FAKE.openaiProject} b {"k":"${FAKE.openaiProject}"}`);
    expect(out).not.toContain(FAKE.openaiProject);
    expect(out).toContain(fingerprint(FAKE.openaiProject)!);
  });

  it('credential shapes are masked even when never registered', () => {
    const r = new Redactor();
    const out = r.redact('proxy http://alice:s3cret@proxy.example.com:8080 url https://x.example.com/v1?key=AIzaFAKE123&x=1 Authorization: Bearer abc.def x-api-key: FAKEVALUE');
    expect(out).not.toMatch(/alice|s3cret|AIzaFAKE123|abc\.def|FAKEVALUE/);
    expect(out).toContain('http://***@proxy.example.com:8080');
    expect(out).toContain('?key=***&x=1');
    expect(out).toContain('Authorization: Bearer ***');
  });

  it('the credential after any scheme word an API documents is masked, not the scheme word', () => {
    const r = new Redactor();
    for (const [scheme, secret] of [['Bot', 'FAKEdiscordTok3nValue'], ['SSWS', '00FAKEoktaTok3nValue'], ['ApiKey', 'RkFLRWlkOkZBS0VrZXk='], ['Key', 'FAKEfalkey:FAKEsecret9'], ['DeepL-Auth-Key', 'FAKEdeepl0000-0000:fx']]) {
      expect(r.redact(`Authorization: ${scheme} ${secret}`)).toBe(`Authorization: ${scheme} ***`);
    }
  });

  it('a header name ending a path or an error code is not a header: the words after it stay', () => {
    const r = new Redactor();
    expect(r.redact('the text says "auth/invalid-api-key": Firebase\'s documented wording')).toContain("Firebase's documented wording");
    // A header of its own name, however prefixed, is still masked.
    expect(r.redact('-H "x-foo-api-key: FAKEVALUE123" -H "Api-Key: FAKEOTHER456"')).not.toMatch(/FAKEVALUE123|FAKEOTHER456/);
  });

  it('a placeholder, an elided value or a scheme word alone is not a credential: instructions keep their form', () => {
    const r = new Redactor();
    for (const text of [
      'send `Authorization: Bearer <token>` with the token itself',
      'Send `Authorization: Bearer <access token>`: the access token',
      'not in "Authorization: Bearer".',
      '(Authorization: Bearer …)',
      'send "Authorization: Bearer sk-…" with the key set',
      'curl -H "Authorization: Bearer $OPENAI_API_KEY"',
      'headers: { Authorization: "Bearer {key}" } and Authorization: Bearer {{ secrets.token }}',
      'put the proxy credentials in it (`http://user:pass@proxy:port`)',
      'CLOUDINARY_URL=cloudinary://KEY:SECRET@CLOUD',
    ]) expect(r.redact(text)).toBe(text);
    // The same places with a value in them are still masked.
    expect(r.redact('Authorization: Bearer FAKEsecretvalue123 and x-api-key: <FAKE0secret9value>')).toBe('Authorization: Bearer *** and x-api-key: ***');
    expect(r.redact('api-key: FAKEsecretvalue0123456789…')).toBe('api-key: ***');
    expect(r.redact('Authorization: Bearer $ecretFAKEvalue9')).toBe('Authorization: Bearer ***');
    expect(r.redact('x-api-key: <AbCdEfGhIjKlMnOpQrStUvWxFAKE> and Authorization: Bearer {{QwErTyUiOpAsDfGhJkFAKE}}')).toBe('x-api-key: *** and Authorization: Bearer ***');
    expect(r.redact('http://alice:s3cret@proxy:8080 http://user:s3cret@proxy:8080')).not.toMatch(/alice|s3cret/);
  });

  it('deep redaction reaches every string in a structure', () => {
    const r = new Redactor();
    r.add(FAKE.githubClassic);
    expect(JSON.stringify(r.redactDeep({ a: [{ b: `x${FAKE.githubClassic}y` }] }))).not.toContain(FAKE.githubClassic);
  });
});
