// A small .gitignore matcher: the subset of gitignore(5) that project trees
// use. Blank lines and `#` comments are skipped; `!` re-includes; a trailing
// `/` matches directories only; a pattern with a `/` before its end is anchored
// to the .gitignore's directory, otherwise it matches a name at any depth;
// `*`, `?`, `[...]`, and `**` in leading (`**/x`), trailing (`x/**`) and middle
// (`a/**/b`) position. Deeper files override shallower ones and, within a
// file, the last matching pattern decides (https://git-scm.com/docs/gitignore).

export interface IgnoreRule {
  re: RegExp;
  negate: boolean;
  dirOnly: boolean;
  anchored: boolean;
}

export interface IgnoreFile {
  /** The directory holding the .gitignore, relative to the walk root ('' for the root). */
  base: string;
  rules: IgnoreRule[];
  /**
   * Without `!` rules the order does not matter: one alternation per kind of
   * rule answers "does any match" in a single test (the walk asks for every entry).
   */
  any?: { name?: RegExp; path?: RegExp; dirName?: RegExp; dirPath?: RegExp };
}

export function parseGitignore(base: string, text: string): IgnoreFile {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const rule = compileRule(raw);
    if (rule) rules.push(rule);
  }
  if (rules.some((r) => r.negate)) return { base, rules };
  const join = (pick: (r: IgnoreRule) => boolean) => {
    const sel = rules.filter(pick);
    return sel.length ? new RegExp(sel.map((r) => `(?:${r.re.source})`).join('|')) : undefined;
  };
  const any: NonNullable<IgnoreFile['any']> = {};
  const name = join((r) => !r.anchored && !r.dirOnly);
  const path = join((r) => r.anchored && !r.dirOnly);
  const dirName = join((r) => !r.anchored && r.dirOnly);
  const dirPath = join((r) => r.anchored && r.dirOnly);
  if (name) any.name = name;
  if (path) any.path = path;
  if (dirName) any.dirName = dirName;
  if (dirPath) any.dirPath = dirPath;
  return { base, rules, any };
}

export function compileRule(raw: string): IgnoreRule | undefined {
  let line = raw.replace(/^\uFEFF/, '');
  // Trailing spaces are dropped unless escaped with a backslash.
  line = line.replace(/(?<!\\)\s+$/, '').replace(/\\(\s)$/, '$1');
  if (!line || line.startsWith('#')) return undefined;
  let negate = false;
  if (line.startsWith('!')) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/')) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (!line) return undefined;
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  try {
    return { re: new RegExp(`^${globToRegex(line)}$`), negate, dirOnly, anchored };
  } catch {
    return undefined; // a pattern git cannot match either (a bracket range out of order): git skips it too
  }
}

/** A gitignore glob as a regular expression source (no anchors). */
export function globToRegex(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const next = glob[i + 2];
      if (atStart && next === '/') {
        out += '(?:.*/)?'; // `**/`: zero or more directories
        i += 3;
        continue;
      }
      if (atStart && next === undefined) {
        out += '.*'; // trailing `/**`: everything inside
        i += 2;
        continue;
      }
      out += '[^/]*';
      i += 2;
      while (glob[i] === '*') i++;
      continue;
    }
    if (c === '*') {
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, end);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escapeChar(glob[i + 1]!);
      i++;
    } else {
      out += escapeChar(c);
    }
    i++;
  }
  return out;
}

function escapeChar(c: string): string {
  return /[.+^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/**
 * Whether `rel` (a path relative to the walk root, `/`-separated) is ignored by
 * the .gitignore files in force, given deepest last.
 */
export function isIgnored(stack: readonly IgnoreFile[], rel: string, isDir: boolean): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  for (let s = stack.length - 1; s >= 0; s--) {
    const file = stack[s]!;
    const local = file.base ? rel.slice(file.base.length + 1) : rel;
    const any = file.any;
    if (any) {
      // No `!` rule here: a match ignores; no match leaves it to the shallower files.
      if (any.name?.test(name) || any.path?.test(local) || (isDir && (any.dirName?.test(name) || any.dirPath?.test(local)))) return true;
      continue;
    }
    for (let r = file.rules.length - 1; r >= 0; r--) {
      const rule = file.rules[r]!;
      if (rule.dirOnly && !isDir) continue;
      if (rule.re.test(rule.anchored ? local : name)) return !rule.negate;
    }
  }
  return false;
}
