// `keydoctor explain`: a pasted error (argument, standard input or --body-file)
// → what it means. Exit codes: 0 classified, 1 unknown, 2 bad input.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { PROBES, probeById, unknownProviderMessage } from '../probes/index.js';
import { explain, knownProviders } from '../explain/explain.js';
import { decodeInput, readBounded, type ReadResult } from '../explain/input.js';
import type { ExplainInput } from '../explain/types.js';
import { Redactor } from '../redact/redactor.js';
import { registerEnvSecrets } from '../redact/secrets.js';
import { renderExplainJson } from '../render/explain-json.js';
import { renderExplainPretty } from '../render/explain-pretty.js';
import { useColor, write, type Streams } from './output.js';
import { modeName, oneOf, requireDirectory } from './parse.js';
import { LOADERS, type LoaderName } from '../trace/types.js';
import { summaryOf } from './command-list.js';
import type { Register } from './context.js';

interface ExplainFlags {
  provider?: string;
  status?: number;
  header: string[];
  bodyFile?: string;
  json?: boolean;
  format: 'pretty' | 'json';
  color?: boolean;
  guess: boolean;
  cwd?: string;
  mode?: string;
  loader?: LoaderName;
}

type Stdin = NodeJS.ReadableStream & { isTTY?: boolean };

function parseStatus(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 100 || n > 599) throw new InvalidArgumentError('an HTTP status from 100 to 599');
  return n;
}

function collectHeader(v: string, prev: string[]): string[] {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*\s*:/.test(v)) throw new InvalidArgumentError('"name: value", e.g. --header \'x-github-sso: required\'');
  return [...prev, v];
}

async function readFile(path: string, stdin: Stdin): Promise<ReadResult> {
  if (path === '-') return readBounded(stdin);
  try {
    return await readBounded(createReadStream(path));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new UsageError(`cannot read --body-file ${path}: ${reason}`);
  }
}


export function registerExplain(program: Command, io: Streams & { stdin: Stdin }, env: Record<string, string | undefined>, setExit: (code: number) => void): void {
  program
    .command('explain')
    .description(summaryOf('explain'))
    .argument('[text...]', 'the error text; or pipe it on standard input (`kubectl logs pod | keydoctor explain`)')
    .option('--provider <id>', 'the provider the error came from, when the text does not say')
    .option('--status <code>', 'the HTTP status of the answer', parseStatus)
    .option('--header <line>', 'a response header, "name: value" (repeatable)', collectHeader, [] as string[])
    .option('--body-file <path>', 'read the response body from a file ("-" for standard input)')
    .option('--cwd <dir>', 'also read the project the error came from (offline): which value of the provider\'s key it defines, where, whether it is sane, and whether it is the key the provider echoed')
    .option('--mode <mode>', 'with --cwd: the mode the app ran in, whose .env files load (default: NODE_ENV, else development)', modeName)
    .option('--loader <loader>', `with --cwd: the .env order the app applies: ${LOADERS.join(', ')} (default: from package.json)`, oneOf(LOADERS))
    .option('--no-guess', 'where no rule knows the words, say unknown rather than what a model learnt from labelled errors guesses')
    .option('--json', 'print JSON (same as --format json)')
    .option('--format <format>', 'pretty or json', oneOf(['pretty', 'json']), 'pretty')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (words: string[], flags: ExplainFlags) => {
      const known = knownProviders();
      if (flags.provider && !known.includes(flags.provider)) {
        throw new UsageError(unknownProviderMessage(flags.provider));
      }
      const notices: string[] = [];
      let text = words.join(' ');
      let from: 'argv' | 'stdin' | 'file' = 'argv';
      let body: string | undefined;
      if (flags.bodyFile) {
        const decoded = decodeInput(await readFile(flags.bodyFile, io.stdin));
        if (decoded.binary) throw new UsageError(`--body-file ${flags.bodyFile} is binary, not an error body`);
        body = decoded.text;
        notices.push(...decoded.notices);
        from = 'file';
      } else if (!text.trim()) {
        if (io.stdin.isTTY) throw new UsageError('nothing to explain: give the error text as an argument, pipe it in (`… | keydoctor explain`), or use --body-file');
        const decoded = decodeInput(await readBounded(io.stdin));
        if (decoded.binary) throw new UsageError('standard input is binary, not an error message');
        text = decoded.text;
        notices.push(...decoded.notices);
        from = 'stdin';
      }
      if (!text.trim() && !body?.trim() && flags.status === undefined) throw new UsageError('nothing to explain: the input is empty');

      const headers: Record<string, string> = {};
      for (const h of flags.header) {
        const i = h.indexOf(':');
        headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim();
      }
      const structured = flags.status !== undefined || body !== undefined || flags.header.length > 0;
      const input: ExplainInput = structured
        ? { provider: flags.provider, status: flags.status, headers, body: body ?? text, ...(body !== undefined && text ? { text } : {}) }
        : { provider: flags.provider, text };

      const dir = flags.cwd;
      if (dir !== undefined) requireDirectory(dir);
      if (dir === undefined && (flags.mode !== undefined || flags.loader !== undefined)) throw new UsageError(`--${flags.mode !== undefined ? 'mode' : 'loader'} says how the project loads its .env files: it needs --cwd DIR`);
      const run = explain(input, { from, guess: flags.guess });
      let result = run.result;
      result.notices.unshift(...notices);
      const redactor = new Redactor();
      registerEnvSecrets(env, redactor);
      for (const s of run.secrets) redactor.add(s);
      if (dir !== undefined) {
        // Loaded only when asked for: explain without a project reads no file.
        const { readProject, withProject } = await import('../explain/project.js');
        const reading = await readProject(result.provider, run.echo, { dir, cwd: resolve(dir), env, ...(env.HOME ? { home: env.HOME } : {}), ...(flags.mode ? { mode: flags.mode } : {}), ...(flags.loader ? { loader: flags.loader } : {}), probes: PROBES, redactor });
        result = withProject(result, reading);
      } else if (run.echo && probeById(result.provider ?? '') && (result.category === 'invalid_key' || result.category === 'malformed_key')) {
        // The provider showed the key it got: the project that sent it can say which definition that is, and what is wrong with it.
        result.fixes.push('From the app\'s project folder, `keydoctor explain --cwd .` with the same text says which definition holds the key echoed and whether its value is broken.');
      }
      const json = flags.json || flags.format === 'json';
      const out = json ? renderExplainJson(result) : renderExplainPretty(result, { color: useColor(flags.color, env, io.stdout.isTTY) });
      write(io.stdout, out, redactor, json ? 'json' : 'terminal');
      setExit(result.exitCode);
    });
}

export const register: Register = (p, c) => registerExplain(p, c.io, c.io.env, c.setExit);
