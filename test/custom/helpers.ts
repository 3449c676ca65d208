// Shared by the custom-provider and plugin suites: the fixture project, its
// recorded answers, and a check run against the fake provider.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { loadCustomProbes, type CustomLoadOptions } from '../../src/custom/load.js';
import { runCheck, type CheckRun } from '../../src/check/run.js';
import { type CheckOptions } from '../../src/check/options.js';
import type { CustomProbes } from '../../src/custom/types.js';
import { FIXTURES, type AnswerFixture } from '../fake-provider/server.js';

export const GATEWAY_PROJECT = join(FIXTURES, 'custom', 'gateway-project');
export const GATEWAY_KEY = 'bk_live_FAKEEXAMPLE0FAKEEXAMPLE0FAKEEXAM';
export const ACME_KEY = 'acme_FAKEEXAMPLE0FAKEEXAMPLE0';

/** Recorded answers of a custom probe: fixtures/custom/answers/<id>/*.json, by file name. */
export function customAnswers(id: string): [string, AnswerFixture][] {
  const dir = join(FIXTURES, 'custom', 'answers', id);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, f), 'utf8')) as AnswerFixture]);
}

/** The probes in force for a project directory, as the CLI computes them. */
export async function probesFor(cwd: string, opts: Partial<CustomLoadOptions> = {}): Promise<CustomProbes> {
  return loadCustomProbes(loadConfig(cwd), { trustProjectConfig: false, env: {}, cwd, ...opts });
}

export async function check(cwd: string, probes: CustomProbes, opts: Partial<CheckOptions>): Promise<CheckRun> {
  return runCheck({
    cwd, env: {}, envVars: [], offline: false, forceLive: false, timeoutMs: 5000, trustProjectConfig: false, failOn: 'error',
    probes: probes.probes, ...opts,
  });
}
