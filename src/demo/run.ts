// One demo run: the sample project written to a temporary folder, the
// recorded answer served on 127.0.0.1, and the real check pipeline over them.
// Nothing of the user's is read: the environment is the scenario's alone (no
// proxy, no HOME of theirs, no user config), the home folder is the demo's
// own, and git history is not searched.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCheck, type CheckRun } from '../check/run.js';
import { PROBES } from '../probes/index.js';
import type { CheckResult } from '../core/result.js';
import type { DemoScenario } from './scenarios.js';
import { closedPort, startReplayer } from './server.js';

/** Where the answers would come from without the demo: what the screen names. */
const STAND_IN_FOR = 'https://api.openai.com';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

export interface DemoRun extends CheckRun {
  /** The exit code `keydoctor check` gives for this project. */
  exitCode: number;
}

export async function runDemo(s: DemoScenario, opts: { onProgress?: Parameters<typeof runCheck>[0]['onProgress'] } = {}): Promise<DemoRun> {
  const base = mkdtempSync(join(tmpdir(), 'keydoctor-demo-'));
  const project = join(base, 'acme-chat');
  const home = join(base, 'home');
  mkdirSync(project);
  mkdirSync(home);
  writeTree(project, s.files);
  writeTree(home, s.home ?? {});
  const replayer = s.answer === 'unreachable' ? undefined : await startReplayer(s.answer);
  const url = replayer?.url ?? `http://127.0.0.1:${await closedPort()}`;
  try {
    const run = await runCheck({
      cwd: project,
      home,
      env: { ...s.env, HOME: home, SHELL: '/bin/zsh', KEYDOCTOR_OPENAI_BASE_URL: url },
      envVars: [],
      offline: false,
      forceLive: false,
      timeoutMs: 5000,
      trustProjectConfig: false,
      failOn: 'error',
      historyCommits: 0,
      probes: PROBES,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    return { ...run, result: asIfOfficial(run.result, url), exitCode: run.result.exitCode };
  } finally {
    await replayer?.close();
    rmSync(base, { recursive: true, force: true });
  }
}

/**
 * The result as the real API would have shown it: the stand-in's address
 * replaced by the provider's, and the line saying a custom base URL was used
 * dropped (the demo's header says what answered).
 */
function asIfOfficial(result: CheckResult, url: string): CheckResult {
  const host = new URL(url).host;
  const swap = <T>(v: T): T => {
    if (typeof v === 'string') return v.split(url).join(STAND_IN_FOR).split(host).join(new URL(STAND_IN_FOR).host) as T;
    if (Array.isArray(v)) return v.map(swap) as T;
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)])) as T;
    return v;
  };
  const keys = result.keys.map((k) => ({
    ...k,
    steps: k.steps.map((st) => ({ ...st, findings: st.findings.filter((f) => f.code !== 'live.custom_base_url') })),
  }));
  return swap({ ...result, keys });
}
