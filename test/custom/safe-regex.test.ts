// Patterns from a project file run over key values and over answers from a
// host the project names: ones prone to catastrophic backtracking are refused,
// and every pattern sees bounded input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_PATTERN, BoundedRegExp, KEY_PATTERN, compileUserRegex, unsafeReason } from '../../src/custom/safe-regex.js';
import { literalPrefix, isDistinctive } from '../../src/probes/types.js';

describe('patterns accepted', () => {
  it.each([
    ['^bk_(live|test)_[A-Za-z0-9]{32}$', KEY_PATTERN],
    ['^xoxb-[0-9]{1,20}-[0-9]{1,20}-[A-Za-z0-9]+$', KEY_PATTERN],
    ['^sk-(proj-)?[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$', KEY_PATTERN],
    ['^a+a{1,64}a{1,64}b$', KEY_PATTERN],
    ['^acme_(?:[a-f0-9]{8}-){3}[a-f0-9]{12}$', KEY_PATTERN],
    ['user (disabled|inactive)', BODY_PATTERN],
    ['"code":\\s*"KEY_EXPIRED"', BODY_PATTERN],
    ['error.*disabled', BODY_PATTERN],
    ['(?<reason>tenant|org) mismatch', BODY_PATTERN],
  ])('%s', (source, limits) => {
    expect(unsafeReason(source, limits)).toBeUndefined();
  });
});

describe('patterns refused, with the reason', () => {
  it.each([
    ['(a+)+b', BODY_PATTERN, /a repeated group contains a repeat/],
    ['(\\w*x){2,}', BODY_PATTERN, /a repeated group contains a repeat/],
    ['((ab)*c)+', BODY_PATTERN, /a repeated group contains a repeat/],
    ['(a|ab)*c', BODY_PATTERN, /open-ended repeat of alternatives/],
    ['.*a.*b', BODY_PATTERN, /could be tried ~7e\+10 ways \(the limit is 5e\+7\)/],
    ['\\s*a{1,100}a+c', BODY_PATTERN, /could be tried/],
    ['(a|b){30}c', BODY_PATTERN, /could be tried/],
    ['^a+a+a+b$', KEY_PATTERN, /could be tried ~1e\+9 ways/],
    ['^a{1,64}a{1,64}a{1,64}a{1,64}b$', KEY_PATTERN, /could be tried/],
    ['a{1,64}a{1,64}a{1,64}b', BODY_PATTERN, /could be tried/],
    ['^sk-[a-z]{8}$|^pk-[a-z]{8}$', KEY_PATTERN, /top-level `\|`/],
    ['sk-[a-z]+', KEY_PATTERN, /must match the whole key/],
    ['(unclosed', BODY_PATTERN, /not a valid regular expression/],
    ['a'.repeat(301), BODY_PATTERN, /longer than 300 characters/],
  ])('%s', (source, limits, why) => {
    expect(unsafeReason(source, limits)).toMatch(why);
  });
});

describe('bounded input', () => {
  it('a key pattern does not match a value longer than its bound, through test, exec and match', () => {
    const re = compileUserRegex('^k_[a-z]+$', KEY_PATTERN) as BoundedRegExp;
    expect(re.test(`k_${'a'.repeat(100)}`)).toBe(true);
    const long = `k_${'a'.repeat(KEY_PATTERN.maxInput)}`;
    expect(re.test(long)).toBe(false);
    expect(re.exec(long)).toBeNull();
    expect(long.match(re)).toBeNull();
  });

  it('stays usable as a key format: its literal prefix still makes it distinctive', () => {
    const re = compileUserRegex('^bk_(live|test)_[A-Za-z0-9]{32}$', KEY_PATTERN) as BoundedRegExp;
    expect(literalPrefix(re)).toBe('bk_');
    expect(isDistinctive({ id: 'custom', pattern: re, description: 'x' })).toBe(true);
  });

  it('body patterns are case-insensitive, key patterns are not', () => {
    expect((compileUserRegex('user disabled', BODY_PATTERN) as RegExp).test('User Disabled')).toBe(true);
    expect((compileUserRegex('^bk_[a-z]{3}$', KEY_PATTERN) as RegExp).test('BK_abc')).toBe(false);
  });
});

describe('any text as a pattern', () => {
  it('is compiled or refused with a reason, never thrown', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (source) => {
      for (const limits of [KEY_PATTERN, BODY_PATTERN]) {
        const r = compileUserRegex(source, limits);
        expect(typeof r === 'string' || r instanceof RegExp).toBe(true);
      }
    }), { numRuns: 500 });
  });
});
