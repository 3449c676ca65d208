// Patterns from a project file run on RE2 (linear time) over bounded input:
// what RE2 cannot run, or what is too large for its bound, is refused with the
// reason; what would backtrack badly elsewhere still runs, with a lint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_PATTERN, KEY_PATTERN, backtrackingLint, compileUserRegex, type CheckedRegex } from '../../src/custom/safe-regex.js';
import { literalPrefix, isDistinctive } from '../../src/probes/types.js';

const compiled = (source: string, limits = KEY_PATTERN) => {
  const r = compileUserRegex(source, limits);
  if (typeof r === 'string') throw new Error(`refused: ${r}`);
  return r as CheckedRegex;
};

describe('patterns accepted without a lint', () => {
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
    expect(compiled(source, limits).lint).toBeUndefined();
  });
});

describe('patterns refused, with the reason', () => {
  it.each([
    ['(?=a)b', BODY_PATTERN, /^RE2 cannot run it \(invalid or unsupported Perl syntax: `\(\?=`\): .*no lookaround/],
    ['(?!disabled)user', BODY_PATTERN, /^RE2 cannot run it .*no lookaround/],
    ['(?<=user )disabled', BODY_PATTERN, /^RE2 cannot run it .*no lookaround/],
    ['(?<!not )disabled', BODY_PATTERN, /^RE2 cannot run it .*no lookaround/],
    ['(a)\\1', BODY_PATTERN, /^RE2 cannot run it \(invalid escape sequence: `\\1`\): .*no backreferences/],
    ['(?<q>["\'])x\\k<q>', BODY_PATTERN, /^RE2 cannot run it .*no backreferences/],
    ['(?:\\w+\\s?){1,100}$', BODY_PATTERN, /^compiles to \d+ RE2 instructions, and over 4096 characters of input at most 488 are allowed/],
    ['^sk-[a-z]{8}$|^pk-[a-z]{8}$', KEY_PATTERN, /top-level `\|`/],
    ['sk-[a-z]+', KEY_PATTERN, /must match the whole key/],
    ['(unclosed', BODY_PATTERN, /not a valid regular expression/],
    ['(?i)user', BODY_PATTERN, /not a valid regular expression/],
    ['a'.repeat(301), BODY_PATTERN, /longer than 300 characters/],
  ])('%s', (source, limits, why) => {
    expect(compileUserRegex(source, limits)).toMatch(why);
  });
});

describe('what would backtrack on another engine runs, with a lint saying so', () => {
  it.each([
    ['(a+)+b', BODY_PATTERN, /a repeated group contains a repeat .*RE2 runs it in linear time here/],
    ['(\\w*x){2,}', BODY_PATTERN, /a repeated group contains a repeat/],
    ['((ab)*c)+', BODY_PATTERN, /a repeated group contains a repeat/],
    ['(a|ab)*c', BODY_PATTERN, /open-ended repeat of alternatives/],
    ['.*a.*b', BODY_PATTERN, /could try a failing match ~7e\+10 ways \(over 5e\+7\)/],
    ['\\s*a{1,100}a+c', BODY_PATTERN, /could try a failing match/],
    ['(a|b){30}c', BODY_PATTERN, /could try a failing match/],
    ['^a+a+a+b$', KEY_PATTERN, /could try a failing match ~1e\+9 ways/],
    ['^a{1,64}a{1,64}a{1,64}a{1,64}b$', KEY_PATTERN, /could try a failing match/],
    ['a{1,64}a{1,64}a{1,64}b', BODY_PATTERN, /could try a failing match/],
  ])('%s', (source, limits, why) => {
    const r = compiled(source, limits);
    expect(r.lint).toMatch(why);
    expect(backtrackingLint(source, limits)).toBe(r.lint);
  });

  it('and matches as it should', () => {
    expect(compiled('(a+)+b', BODY_PATTERN).regex.test(`${'a'.repeat(4000)}!`)).toBe(false);
    expect(compiled('(a+)+b', BODY_PATTERN).regex.test('xaaab')).toBe(true);
  });
});

describe('matching', () => {
  it('a key pattern does not match a value longer than its bound', () => {
    const re = compiled('^k_[a-z]+$').regex;
    expect(re.test(`k_${'a'.repeat(100)}`)).toBe(true);
    expect(re.test(`k_${'a'.repeat(KEY_PATTERN.maxInput)}`)).toBe(false);
  });

  it('anchors mean the whole value, as in JavaScript: no match before a trailing newline or after a prefix', () => {
    const re = compiled('^bk_[a-z]{3}$').regex;
    expect([re.test('bk_abc'), re.test('bk_abc\n'), re.test('xbk_abc'), re.test('bk_abcd')]).toEqual([true, false, false, false]);
  });

  it('an unanchored body pattern matches anywhere', () => {
    expect(compiled('user (disabled|inactive)', BODY_PATTERN).regex.test('{"error":"user inactive since May"}')).toBe(true);
  });

  it('stays usable as a key format: its literal prefix still makes it distinctive', () => {
    const re = compiled('^bk_(live|test)_[A-Za-z0-9]{32}$').regex;
    expect(re).not.toBeInstanceOf(RegExp);
    expect(literalPrefix(re)).toBe('bk_');
    expect(isDistinctive({ id: 'custom', pattern: re, description: 'x' })).toBe(true);
  });

  it('body patterns are case-insensitive, key patterns are not', () => {
    expect(compiled('user disabled', BODY_PATTERN).regex.test('User Disabled')).toBe(true);
    expect(compiled('^bk_[a-z]{3}$').regex.test('BK_abc')).toBe(false);
  });
});

describe('any text as a pattern', () => {
  it('is compiled or refused with a reason, never thrown', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (source) => {
      for (const limits of [KEY_PATTERN, BODY_PATTERN]) {
        const r = compileUserRegex(source, limits);
        expect(typeof r === 'string' || typeof r.regex.test('sample input') === 'boolean').toBe(true);
      }
    }), { numRuns: 500 });
  });
});
