import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandsFor } from '../../src/cli/main.js';

/** Every command, written out: a test that derived this from the table could not fail. */
const COMMANDS = ['check', 'demo', 'trace', 'explain', 'compare', 'report', 'providers', 'completion'];
import { ensureBuilt, ROOT, runCli } from '../helpers/cli.js';

beforeAll(() => ensureBuilt(), 60_000);

describe('the CLI entry', () => {
  it('loads only the command argv names, check by default, none for --help/--version', () => {
    const argv = (...a: string[]) => ['node', 'keydoctor', ...a];
    expect(commandsFor(argv())).toEqual(['check']);
    expect(commandsFor(argv('--env-var', 'X'))).toEqual(['check']);
    expect(commandsFor(argv('report', '--offline'))).toEqual(['report']);
    expect(commandsFor(argv('--help'))).toEqual([]);
    expect(commandsFor(argv('help', 'trace'))).toEqual(['trace']);
    expect(commandsFor(argv('help', 'nope'))).toEqual([]);
  });

  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(r.code).toBe(0);
  });

  it('--help lists every command, says check is the default and gives the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\s`, 'm'));
    expect(r.stdout).toContain('With no command, keydoctor runs check');
    expect(r.stdout).toMatch(/Exit codes: 0 .*1 .*2 /s);
  });

  it('the fast top-level --help is exactly what commander prints for `help`', async () => {
    const fast = await runCli(['--help']);
    const commander = await runCli(['help']);
    expect(fast.stdout).toBe(commander.stdout);
  });

  it('help for a command shows its options', async () => {
    const r = await runCli(['help', 'report']);
    expect(r.stdout).toContain('--out <dir>');
  });

  it.each([
    [['chek'], "keydoctor: unknown command 'chek'; did you mean check?"],
    [['check', '--provider', 'gemini'], 'keydoctor: unknown provider "gemini"; did you mean google-gemini?'],
    [['check', '--fail-on', 'warn'], "keydoctor: option '--fail-on <severity>' argument 'warn' is invalid. one of error, warning; did you mean warning?"],
  ])('a mistyped name: %j is one line with a suggestion, exit 2', async (args, line) => {
    const r = await runCli([...args, '--offline']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(line);
    expect(r.stdout).toBe('');
  });
});
