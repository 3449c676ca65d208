// Regular expressions written in a project file run inside keydoctor, over key
// values and over answers from a host the project names. V8's backtracking
// engine can take exponential or high polynomial time on some patterns
// ("ReDoS"), and a check that hangs in CI is a broken check. So:
//
// 1. Nested repeats are refused, as substack/safe-regex does (star height > 1):
//    a repeated group that contains a variable repeat (`(a+)+`, `(\w*x){2,}`),
//    and an open-ended repeat of alternatives (`(a|ab)*`).
// 2. Every other pattern gets a cost: the number of ways a failing match can
//    be tried, bounded from above. Each variable repeat multiplies it by its
//    width (an open-ended one, `*` `+` `{n,}`, by the input bound; `{n,m}` by
//    2(m-n+1); `?` by 2), each group of k alternatives by k, and an unanchored
//    search by the input bound once more. Above BUDGET the pattern is refused.
// 3. Input is bounded: a key pattern sees at most 1,024 characters (longer
//    values do not match), a body pattern the first 4 KiB of the answer.
//
// Measured on Node 20 with all-'a' input, accepted: `a+b` (cost 1.7e7) over
// 4 KiB 20 ms; `^a+a{1,64}a{1,64}b$` (1.7e7) over 1,024 characters 47 ms;
// `^a+a+b$` (1e6) 9 ms. Refused: `.*a.*b` takes 1.9 s on 2 KiB,
// `a{1,64}a{1,64}a{1,64}b` 7.6 s on 4 KiB, `.*a.*a.*b` does not finish on 512.

export interface RegexLimits {
  /** Longest input the pattern is run on; longer input does not match. */
  maxInput: number;
  /** The pattern must match a whole value: ^…$ with no top-level `|`. */
  wholeValue?: boolean;
  flags?: string;
}

/** The most backtracking paths a pattern may have on its bounded input. */
export const BUDGET = 5e7;

export const KEY_PATTERN: RegexLimits = { maxInput: 1024, wholeValue: true };
export const BODY_PATTERN: RegexLimits = { maxInput: 4096, flags: 'i' };
export const HEADER_PATTERN: RegexLimits = { maxInput: 1024, flags: 'i' };
const MAX_SOURCE = 300;

/** A RegExp that does not match input longer than its bound (test, exec, match all go through exec). */
export class BoundedRegExp extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
  constructor(source: string, flags: string, readonly maxInput: number) {
    super(source, flags);
  }
  override exec(input: string): RegExpExecArray | null {
    return input.length > this.maxInput ? null : super.exec(input);
  }
}

interface Frame {
  variable: boolean; // contains a repeat of variable count
  alternatives: number;
}

/** Why the pattern is refused, or undefined when it is acceptable. */
export function unsafeReason(source: string, limits: RegexLimits): string | undefined {
  if (source.length > MAX_SOURCE) return `longer than ${MAX_SOURCE} characters`;
  try {
    new RegExp(source, limits.flags ?? '');
  } catch (err) {
    return `not a valid regular expression (${(err as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
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
        if (last.variable && max > 1) return 'a repeated group contains a repeat (like `(a+)+`), which can take exponential time; repeat the inner part only';
        if (last.alternatives > 1 && openEnded) return 'an open-ended repeat of alternatives (like `(a|ab)*`) can take exponential time; repeat a character class instead';
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
    return `a failing match could be tried ~${cost.toExponential(0)} ways (the limit is ${BUDGET.toExponential(0)}): each open-ended repeat (*, +, {n,}) multiplies the work by the input length (${limits.maxInput}); ` +
      `bound the repeats ({1,40}), anchor the pattern, or match the literal text the provider sends`;
  }
  if (limits.wholeValue) {
    if (!source.startsWith('^') || !/(^|[^\\])\$$/.test(source)) return 'must match the whole key: start with ^ and end with $';
    if (topLevelAlternation(source)) return 'has a top-level `|`, so ^ and $ do not both apply: write ^(a|b)$';
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

/** Compile a user's pattern under the limits; a string says why it was refused. */
export function compileUserRegex(source: string, limits: RegexLimits): BoundedRegExp | string {
  const why = unsafeReason(source, limits);
  return why ?? new BoundedRegExp(source, limits.flags ?? '', limits.maxInput);
}
