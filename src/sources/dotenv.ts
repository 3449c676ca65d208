// dotenv files, parsed exactly as the `dotenv` package parses them
// (dotenv.parse, never config(): config() mutates process.env and, since v17,
// prints a line to stdout that would corrupt --format json).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'dotenv';

export const MAX_DOTENV_BYTES = 1024 * 1024;

export interface DotenvFile {
  /** Path relative to the project root. */
  file: string;
  values: Record<string, string>;
  /** Line (1-based) of the definition that wins inside the file: the last one. */
  lines: Record<string, number>;
  /** Set when the file exists but could not be read. */
  error?: string;
}

/**
 * The .env family in load order, highest priority first, for a mode
 * (development, production, test). The order is the one Next.js
 * (packages/next-env), Vite (loadEnv) and dotenv-flow agree on for
 * `.env.local` vs `.env`: `.env.[mode].local` > `.env.local` > `.env.[mode]` > `.env`.
 * Vite differs only in ranking `.env.[mode]` above `.env.local` (see trace).
 */
export function dotenvOrder(mode: string): string[] {
  const files = [`.env.${mode}.local`];
  if (mode !== 'test') files.push('.env.local'); // Next.js skips .env.local in test
  files.push(`.env.${mode}`, '.env');
  return files;
}

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*[=:]/;

export function readDotenv(root: string, file: string): DotenvFile | undefined {
  const path = join(root, file);
  let text: string;
  try {
    const st = statSync(path);
    if (!st.isFile()) return undefined;
    if (st.size > MAX_DOTENV_BYTES) return { file, values: {}, lines: {}, error: `larger than ${MAX_DOTENV_BYTES} bytes, not read` };
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { file, values: {}, lines: {}, error: `could not be read (${code ?? 'error'})` };
  }
  const values = parse(text);
  const lines: Record<string, number> = {};
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    const m = LINE.exec(line);
    if (m?.[1] && Object.hasOwn(values, m[1])) lines[m[1]] = i + 1;
  });
  return { file, values, lines };
}
