// The checks a regular expression from a project file passes before it runs
// (on RE2, ./user-regex.ts: linear in the input, whatever the pattern).
//
// Refused, a config error naming the file and line (exit 2):
// - a pattern longer than 300 characters, or not a valid JavaScript regular
//   expression (the syntax the README documents);
// - one RE2 cannot run: lookaround, backreferences;
// - one whose RE2 program is too large for its input bound: RE2's time grows
//   with input length x program size (re2js 2.10, Node 20, this machine:
//   `(?:\w+\s?){1,1000}$`, 5,002 instructions, ~3 s over 4 KiB). Under
//   PROGRAM_BUDGET the slowest pattern found took ~50 ms over 4 KiB
//   (`(?:\w+\s?){1,97}$`, 487) and ~150 ms over 1 KiB (1,953);
// - a key pattern that does not match a whole value (^...$, no top-level |).
// Input is bounded: a key pattern sees at most 1,024 characters (longer values
// do not match), a body pattern the first 4 KiB of the answer.
//
// Lint, a notice (the pattern still runs): what would make a backtracking
// engine (V8's, PCRE: the app's own code may use the same pattern) take
// exponential or high polynomial time. These were the guard before RE2, and
// were bypassed (`^(?:a?){40}b$` over 25 characters ran for minutes); now they
// only advise:
// 1. Nested repeats, as substack/safe-regex flags them (star height > 1): a
//    repeated group that contains a variable repeat (`(a+)+`, `(\w*x){2,}`),
//    and an open-ended repeat of alternatives (`(a|ab)*`).
// 2. A cost: the number of ways a failing match can be tried, bounded from
//    above. Each variable repeat multiplies it by its width (an open-ended one,
//    `*` `+` `{n,}`, by the input bound; `{n,m}` by 2(m-n+1); `?` by 2), each
//    group of k alternatives by k, and an unanchored search by the input bound
//    once more. Above BUDGET the lint says so.
import { re2, type UserRegex } from './user-regex.js';

export type { UserRegex } from './user-regex.js';

export interface RegexLimits {
  /** Longest input the pattern is run on; longer input does not match. */
  maxInput: number;
  /** The pattern must match a whole value: ^…$ with no top-level `|`. */
  wholeValue?: boolean;
  flags?: string;
}

/** The most backtracking paths a pattern may have on its bounded input before the lint speaks. */
export const BUDGET = 5e7;
/** The most input length x RE2 program size: a body pattern (4 KiB) up to 488 instructions, a key pattern 1,953. */
export const PROGRAM_BUDGET = 2e6;

export const KEY_PATTERN: RegexLimits = { maxInput: 1024, wholeValue: true };
export const BODY_PATTERN: RegexLimits = { maxInput: 4096, flags: 'i' };
export const HEADER_PATTERN: RegexLimits = { maxInput: 1024, flags: 'i' };
const MAX_SOURCE = 300;

/** A pattern that passed the checks, and what the lint says of it. */
export interface CheckedRegex {
  regex: UserRegex;
  lint?: string;
}

/** Check and compile a user's pattern under the limits; a string says why it is refused. */
export function compileUserRegex(source: string, limits: RegexLimits): CheckedRegex | string {
  if (source.length > MAX_SOURCE) return `longer than ${MAX_SOURCE} characters`;
  try {
    new RegExp(source, limits.flags ?? '');
  } catch (err) {
    return `not a valid regular expression (${(err as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  const compiled = re2(source, { ignoreCase: (limits.flags ?? '').includes('i'), maxInput: limits.maxInput });
  if (typeof compiled === 'string') {
    return `RE2 cannot run it (${compiled}): keydoctor runs patterns on RE2, in linear time, which has no lookaround ((?=, (?!, (?<=, (?<!) and no backreferences (\\1, \\k<name>)`;
  }
  const most = Math.floor(PROGRAM_BUDGET / limits.maxInput);
  if (compiled.programSize > most) {
    return `compiles to ${compiled.programSize} RE2 instructions, and over ${limits.maxInput} characters of input at most ${most} are allowed: bound or shorten the repeats`;
  }
  if (limits.wholeValue) {
    if (!source.startsWith('^') || !/(^|[^\\])\$$/.test(source)) return 'must match the whole key: start with ^ and end with $';
    if (topLevelAlternation(source)) return 'has a top-level `|`, so ^ and $ do not both apply: write ^(a|b)$';
  }
  const lint = backtrackingLint(source, limits);
  return { regex: compiled.regex, ...(lint ? { lint } : {}) };
}

const EXPONENTIAL = 'RE2 runs it in linear time here, but a backtracking engine (JavaScript, PCRE) can take exponential time on it';

interface Frame {
  variable: boolean; // contains a repeat of variable count
  alternatives: number;
}

/** What would make a backtracking engine slow on the pattern, or undefined (the source is a valid RegExp). */
export function backtrackingLint(source: string, limits: RegexLimits): string | undefined {
  const stack: Frame[] = [{ variable: false, alternatives: 1 }];
  let cost = source.startsWith('^') ? 1 : limits.maxInput;
  let last: 'atom' | Frame | undefined; // what a quantifier would apply to
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      i++;
      last = 'atom';
    } else if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      last = 'atom';
    } else if (ch === '(') {
      stack.push({ variable: false, alternatives: 1 });
      if (source[i + 1] === '?') {
        const lookbehind = source[i + 2] === '<' && (source[i + 3] === '=' || source[i + 3] === '!');
        i = source[i + 2] === '<' && !lookbehind ? source.indexOf('>', i) : i + (lookbehind ? 3 : 2);
      }
      last = undefined;
    } else if (ch === ')') {
      const frame = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      if (frame.variable) parent.variable = true;
      cost *= frame.alternatives;
      last = frame;
    } else if (ch === '|') {
      stack[stack.length - 1]!.alternatives++;
      last = undefined;
    } else if (ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i)))) {
      let min = ch === '+' ? 1 : 0;
      let max = ch === '?' ? 1 : Infinity;
      if (ch === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i))!;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        i += m[0].length - 1;
      }
      if (source[i + 1] === '?') i++; // lazy: same cost on a failing input
      const openEnded = max === Infinity;
      // A bounded range counts double: its paths are long as well as many (measured, see the top).
      if (max !== min) cost *= openEnded ? limits.maxInput : max === 1 ? 2 : 2 * (max - min + 1);
      if (last && last !== 'atom') {
        if (last.variable && max > 1) return `a repeated group contains a repeat (like \`(a+)+\`): ${EXPONENTIAL}; repeat the inner part only`;
        if (last.alternatives > 1 && openEnded) return `an open-ended repeat of alternatives (like \`(a|ab)*\`): ${EXPONENTIAL}; repeat a character class instead`;
        // Each further repetition of a group of k alternatives can choose again.
        if (last.alternatives > 1 && max > 1) cost *= last.alternatives ** (max - 1);
      }
      if (max !== min && max > 1) stack[stack.length - 1]!.variable = true;
      last = undefined;
    } else if (ch === '^' || ch === '$') {
      last = undefined;
    } else {
      last = 'atom';
    }
  }
  cost *= stack[0]!.alternatives;
  if (cost > BUDGET) {
    return `a backtracking engine (JavaScript, PCRE) could try a failing match ~${cost.toExponential(0)} ways (over ${BUDGET.toExponential(0)}): each open-ended repeat (*, +, {n,}) multiplies the work by the input length (${limits.maxInput}); ` +
      'RE2 runs it in linear time here, but bound the repeats ({1,40}), anchor the pattern, or match the literal text the provider sends';
  }
  return undefined;
}

function topLevelAlternation(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (ch === '[') for (i++; i < source.length && source[i] !== ']'; i++) { if (source[i] === '\\') i++; }
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}
