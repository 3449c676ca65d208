// The tree walk and its .gitignore matcher, and the dotenv reading that must
// match the dotenv package exactly.
import { projectRoot } from '../../src/io/files.js';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { isIgnored, parseGitignore } from '../../src/text/gitignore.js';
import { scanDotenv } from '../../src/trace/readers/dotenv-family.js';
import { walk } from '../../src/trace/walk.js';
import { project } from '../helpers/cli.js';

describe('gitignore patterns', () => {
  const root = parseGitignore('', [
    '# comment', '', 'node_modules', '*.log', '!keep.log', '/build-root', 'docs/*.pdf', 'tmp/',
    '**/cache/**', 'a/**/z', '\\#hash', 'trailing   ', 'ch[ae]t?.txt', '[!x]y.md',
  ].join('\n'));
  it.each([
    ['node_modules', true, true],
    ['pkg/node_modules', true, true],
    ['x/app.log', false, true],
    ['x/keep.log', false, false],
    ['build-root', true, true],
    ['src/build-root', true, false],
    ['docs/a.pdf', false, true],
    ['docs/sub/a.pdf', false, false],
    ['tmp', true, true],
    ['tmp', false, false],
    ['p/cache/x.js', false, true],
    ['a/z', false, true],
    ['a/b/c/z', false, true],
    ['#hash', false, true],
    ['trailing', false, true],
    ['chat1.txt', false, true],
    ['chet.txt', false, false],
    ['ay.md', false, true],
    ['xy.md', false, false],
  ] as const)('%s (directory: %s) ignored: %s', (rel, isDir, expected) => {
    expect(isIgnored([root], rel, isDir)).toBe(expected);
  });

  it('a deeper .gitignore overrides a shallower one, relative to its own directory', () => {
    const stack = [parseGitignore('', '*.env.ts\n'), parseGitignore('pkg', '!keep.env.ts\n/local.ts\n')];
    expect(isIgnored(stack, 'pkg/a.env.ts', false)).toBe(true);
    expect(isIgnored(stack, 'pkg/keep.env.ts', false)).toBe(false);
    expect(isIgnored(stack, 'pkg/local.ts', false)).toBe(true);
    expect(isIgnored(stack, 'pkg/sub/local.ts', false)).toBe(false);
    expect(isIgnored(stack, 'local.ts', false)).toBe(false);
  });
});

describe('walk', () => {
  it('skips dependency and build directories, ignored paths and binaries, lists gitignored .env files, and survives symlink loops', () => {
    const dir = project({
      '.gitignore': '.env.local\nout-of-tree/\n',
      '.env.local': 'A=1\n',
      'src/a.ts': '',
      'node_modules/x/index.js': '',
      'dist/b.js': '',
      'logo.png': '',
      'pkg/.gitignore': 'gen/\n',
      'pkg/gen/c.ts': '',
      'pkg/d.ts': '',
    });
    mkdirSync(join(dir, 'pkg', 'deep'), { recursive: true });
    symlinkSync(dir, join(dir, 'pkg', 'deep', 'up'));
    symlinkSync(join(dir, 'missing'), join(dir, 'dangling'));
    const w = walk(projectRoot(dir));
    expect(w.files.map((f) => `${f.rel}${f.ignored ? ' (ignored)' : ''}`).sort()).toEqual([
      '.env.local (ignored)', '.gitignore', 'pkg/.gitignore', 'pkg/d.ts', 'src/a.ts',
    ]);
    expect(w.binary).toBe(1);
    expect(w.problems).toEqual([]);
  });
});

describe('dotenv reading matches the dotenv package', () => {
  const text = [
    '# comment',
    'export A=plain value # trailing comment',
    'B="double # not a comment\\nnext"',
    "C='single $HOME'",
    'D=`back tick`',
    'E="multi',
    'line"',
    'F: colon form',
    'A=later wins',
    'G=',
    '  H = spaced  ',
    'not a line',
    'I={"json": true}',
  ].join('\r\n');

  it('gives every occurrence the value dotenv.parse gives the last one, with its line', () => {
    const scan = scanDotenv(text, null);
    const last = new Map(scan.occurrences.map((o) => [o.name, o.value]));
    expect(Object.fromEntries(last)).toEqual(parse(text));
    expect(scan.occurrences.map((o) => `${o.name}:${o.line}`)).toEqual(['A:2', 'B:3', 'C:4', 'D:5', 'E:6', 'F:8', 'A:9', 'G:10', 'H:11', 'I:13']);
    expect(scan.skipped).toEqual([{ line: 12, text: 'not a line' }]);
  });
});

