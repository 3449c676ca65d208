// The engine for regular expressions written in a project file (a custom
// provider's keyFormat, bodyMatches, header rules). They run over key values
// and over answers from a host the project names, so a hostile clone must not
// be able to make a check hang: they run on RE2 (re2js, the pure-JavaScript
// port: https://github.com/le0pard/re2js#readme), whose time is linear in the
// input, never on V8's backtracking engine. RE2 has no lookaround and no
// backreferences; a pattern that needs them is refused (./safe-regex.ts).
//
// Every caller gets this small interface, not a RegExp: nothing can hand the
// pattern's source back to V8 by way of RegExp methods (split, matchAll).
import { RE2JS } from 're2js';

export interface UserRegex {
  /** The pattern as written in the file. */
  readonly source: string;
  /** Whether the pattern matches somewhere in `input` (as RegExp.prototype.test); input longer than the bound does not match. */
  test(input: string): boolean;
}

/** Compile for RE2; a string says why RE2 cannot run the pattern. */
export function re2(source: string, opts: { ignoreCase: boolean; maxInput: number }): { regex: UserRegex; programSize: number } | string {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source, opts.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (err) {
    return String((err as Error)?.message ?? err).replace(/^error parsing regexp: /, '');
  }
  const regex: UserRegex = {
    source,
    test: (input) => input.length <= opts.maxInput && compiled.test(input),
  };
  return { regex, programSize: compiled.programSize() };
}
