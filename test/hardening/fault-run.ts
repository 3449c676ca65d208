// The fault matrix's runner: fault servers closed after each test, the CLI
// run as OpenAI with a fresh canary key, and the verdict checks every fault
// shares (category, exit code, a fix naming the cause, no crash, no canary).
import { afterEach, beforeAll, expect } from 'vitest';
import { startFaultServer } from '../fake-provider/faults.js';
import { canary } from '../helpers/keys.js';
import { ensureBuilt } from '../helpers/cli.js';
import { assertNoCanary, checkJson, type Verdict } from './helpers.js';

/** The CLI's --timeout for every fault; a test's vitest timeout is this plus MARGIN_MS. */
export const T = 1500;

const cleanups: (() => Promise<void>)[] = [];

/** Register the hooks: build once, close every server after each test. */
export function faultHooks(): void {
  beforeAll(() => ensureBuilt(), 120_000);
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((c) => c()));
  });
}

/** Close `close` after the current test. */
export function later(close: () => Promise<void>): void {
  cleanups.push(close);
}

export async function server(fault: Parameters<typeof startFaultServer>[0]) {
  const s = await startFaultServer(fault);
  later(() => s.close());
  return s;
}

/** Run the CLI as OpenAI against `baseUrl`, with a fresh canary key that must appear in no output. */
export async function run(tag: string, baseUrl: string, extra: { env?: Record<string, string>; args?: string[]; timeout?: number } = {}): Promise<Verdict & { key: string }> {
  const key = canary(tag);
  const v = await checkJson(['--timeout', String(extra.timeout ?? T), ...(extra.args ?? [])], { OPENAI_API_KEY: key, KEYDOCTOR_OPENAI_BASE_URL: baseUrl, ...extra.env });
  assertNoCanary(v.r, key);
  return { ...v, key };
}

export function expectVerdict(v: Verdict, category: string, exit: number, fix: RegExp): void {
  expect({ category: v.k.category, exit: v.r.code }, v.r.stderr).toEqual({ category, exit });
  expect(v.k.fixes.join(' ')).toMatch(fix);
  expect(v.r.stderr).not.toMatch(/internal error|\bat .*\.js:\d+/);
}

/** A body that quotes the credentials back, as some gateways and providers do. */
export const echo = (req: { headers: Record<string, string | string[] | undefined> }) => String(req.headers.authorization ?? '');
