// explain's reading of a subject and what its sentence says of it (src/explain/pairs.ts), for words no rule and no
// cue idiom matches. Every text here was WRITTEN FOR THIS TEST in made-up services' words (the rule id proves that
// the pair reading decided: `pair.*`), with made-up names and ids. None is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/core/types.js';
import { readPairs } from '../../src/explain/pairs.js';
import { parseText } from '../../src/explain/parse.js';
import { explainText, readEach } from './reads.js';

function readByPair(cases: ReadonlyArray<readonly [string, Category]>): void {
  it.each(cases)('%s → %s', (text, category) => {
    const r = explainText(text);
    expect({ category: r.category, rule: r.rule }).toEqual({ category, rule: `pair.${category}` });
  });
}

describe('a subject and its predicate, in either order, decide the cause', () => {
  readByPair([
    // the predicate after its subject
    ['Zorbly agent: a valid workspace licence key cannot be found for this host', 'malformed_key'],
    ['frobctl: cannot be found: the licence key for this host', 'malformed_key'],
    ['Quux SDK: unable to start, the Quux auth secret is nil', 'malformed_key'],
    ['Quux SDK: the refresh token contains quotes', 'malformed_key'],
    ['Widgetly: the login Alice was locked after too many attempts', 'invalid_user'],
    ['Widgetly says the signing secret has been deleted by an owner', 'revoked_or_expired'],
    ['Frobnicator: the board you asked for does not exist in this datacenter', 'tenant_mismatch'],
    ['Quux: we could not verify partner key 1234', 'invalid_key'],
    // the predicate before its subject
    ['Frobnicator error 77: the boards entitlement is absent for this caller', 'insufficient_permissions'],
    ['Zorbly: this credential is refused for that operation', 'insufficient_permissions'],
    ['HTTP 403 - caller does not have the following entitlement: boards.write', 'insufficient_permissions'],
    // where the request came from, who it was sent as, what it reached, what it cost
    ['Zorbly: this host\'s origin is refused for the partner credential', 'insufficient_permissions'],
    ['Quux Mail: the sending domain example.test has not been verified', 'insufficient_permissions'],
    ['Frobnicator: board 42 refused for this caller', 'insufficient_permissions'],
    ['Widgetly: the partner plan has lapsed', 'billing_or_quota'],
  ]);
});

describe('error codes are read as the words they run together', () => {
  readEach([
    ['{"ok":false,"reason":"partnerTokenRotated"}', 'revoked_or_expired'],
    ['{"statusCode":"419","statusMessage":"TOKEN_NOT_RECOGNIZED_TOKEN"}', 'invalid_key'],
    ['zorbly.Reply(error: zorbly.Failure.invalidPartnerToken)', 'invalid_key'],
    ['{"ok":false,"reason":"PARTNER_KEY_REVOKED"}', 'revoked_or_expired'],
  ]);

  it('but not a class name, which says only where the error was raised', () => {
    expect(explainText('Traceback: quux.PermissionDeniedException raised in worker').rule.startsWith('pair.')).toBe(false);
  });
});

describe('what the pair reading leaves alone', () => {
  it.each([
    // an action that failed is not a value that was not set
    ['Could not set release notes for build 12'],
    // a JSON key missing from a response, and JSON's null, are not a missing credential
    ['frob.py: Error with the Frob API (data key missing from json)'],
    ['{"errors":[{"message":"bad tokens"}],"result":null}'],
    // a bare refusal of "the request" says no cause
    ['Quux: The request has been denied.'],
    // two causes offered in one sentence stay open
    ['Zorbly: the partner key is missing or the board does not exist'],
  ])('%s', (text) => {
    expect(explainText(text).rule.startsWith('pair.')).toBe(false);
  });

  it('does not read an HTML page', () => {
    expect(readPairs(parseText('<html><body><h1>Error</h1><p>Your API key cannot be found.</p></body></html>'))).toBeUndefined();
  });

  it('binds a predicate to the subject right after it before one earlier in the sentence', () => {
    // "missing the required scope": the key is there, the scope is not
    expect(explainText('Zorbly: your token is missing the required boards:write scope').category).toBe('insufficient_permissions');
  });

  it('reads a blob of one long line in bounded time and without a key-sized quote', () => {
    const blob = `${'token missing '.repeat(20_000)}`;
    const r = readPairs(parseText(blob));
    expect(r?.category).toBe('malformed_key');
    expect(r!.evidence[0]!.length).toBeLessThan(400);
  });
});

describe('an excerpt of the pasted text never shows a key of a format no probe knows', () => {
  const canary = 'zq9FAKEcanary0key8TEST7value6';
  it.each([
    [`Zorbly: the partner token ${canary} is not recognized by this host`],
    [`Zorbly: licence ${canary} cannot be found for this host`],
    [`Quux: token ${canary} is missing or the board does not exist`],
  ])('%s', (text) => {
    const r = explainText(text);
    expect(r.evidence.length).toBeGreaterThan(0);
    expect(JSON.stringify(r)).not.toContain(canary);
  });
});
