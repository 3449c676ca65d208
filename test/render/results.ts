// CheckResults made the way users get them: the real pipeline, against the
// fake provider replaying recorded answers (as test/helpers/probe-suite.ts
// does), or offline on small projects. Every run names its variables, so no
// probe ever reaches for a real host.
import { runCheck, type CheckRun } from '../../src/check/run.js';
import { type CheckOptions } from '../../src/check/options.js';
import { PROBES } from '../../src/probes/index.js';
import { overrideVar } from '../../src/net/target.js';
import type { Behaviour } from '../fake-provider/server.js';
import { answerNames, closedPort, loadAnswer, loadProbeFixture, startFakeProvider } from '../fake-provider/server.js';
import { emptyProject, project } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';

/** Probes whose recorded answers the renderer tests replay (the first four, with the most varied answers). */
export const REPLAYED = ['openai', 'anthropic', 'stripe', 'github'] as const;

const BASE: Omit<CheckOptions, 'cwd' | 'env' | 'envVars'> = {
  offline: false,
  forceLive: false,
  timeoutMs: 5000,
  trustProjectConfig: false,
  failOn: 'error',
};

function probe(id: string) {
  const p = PROBES.find((x) => x.id === id);
  if (!p) throw new Error(`no probe ${id}`);
  return p;
}

export interface Replay extends CheckRun {
  /** The fake key that was checked: it must never appear in any output. */
  key: string;
}

/**
 * One probe's recorded answer (or any behaviour) replayed by the fake provider.
 * `keyIn: '.env'` puts the key on line 2 of the project's .env, after a comment.
 */
export async function replay(id: string, answer: string | Behaviour, opts: { keyIn?: 'env' | '.env' } = {}): Promise<Replay> {
  const p = probe(id);
  const pf = loadProbeFixture(id);
  const fx = typeof answer === 'string' ? loadAnswer(id, answer) : undefined;
  const key = fx?.key ?? pf.key;
  const envVar = p.envVars[0]!;
  const fake = await startFakeProvider(fx?.response ?? (answer as Behaviour));
  try {
    const inFile = opts.keyIn === '.env';
    const cwd = inFile ? project({ '.env': `# ${p.name}\n${envVar}=${key}\n` }) : emptyProject();
    const env = { ...(inFile ? {} : { [envVar]: key }), [overrideVar(p)]: fake.url, ...pf.env, ...fx?.env };
    const run = await runCheck({ ...BASE, cwd, env, envVars: [envVar], provider: id });
    return { ...run, key };
  } finally {
    await fake.close();
  }
}

/** Every recorded answer of the replayed probes, as [probe, answer] pairs. */
export function recordedAnswers(): [string, string][] {
  return REPLAYED.flatMap((id) => answerNames(id).map((a): [string, string] => [id, a]));
}

/** An offline check of a project made of `files`, for the named variables. */
export async function offline(files: Record<string, string>, envVars: string[], extra: Partial<CheckOptions> = {}): Promise<CheckRun> {
  return runCheck({ ...BASE, cwd: project(files), env: {}, envVars, offline: true, ...extra });
}

/** An OpenAI key in .env whose provider does not answer: a closed loopback port. */
export async function unreachable(): Promise<Replay> {
  const port = await closedPort();
  const key = FAKE.openaiProject;
  const run = await runCheck({
    ...BASE,
    cwd: project({ '.env': `OPENAI_API_KEY=${key}\n` }),
    env: { KEYDOCTOR_OPENAI_BASE_URL: `http://127.0.0.1:${port}` },
    envVars: ['OPENAI_API_KEY'],
  });
  return { ...run, key };
}

/**
 * An OpenAI key from the process environment and a base URL from the project's
 * .env: less trusted than the key, so the call is refused and nothing is sent.
 */
export async function refusedBaseUrl(): Promise<Replay> {
  const key = FAKE.openaiProject;
  const run = await runCheck({
    ...BASE,
    cwd: project({ '.env': 'OPENAI_BASE_URL=http://127.0.0.1:9/v1\n' }),
    env: { OPENAI_API_KEY: key },
    envVars: ['OPENAI_API_KEY'],
  });
  return { ...run, key };
}

/** A project in which nothing is found: only notices. */
export async function nothingFound(): Promise<CheckRun> {
  return runCheck({ ...BASE, cwd: emptyProject(), env: {}, envVars: [], offline: true });
}

// Fixture projects, named for what they show.
export const PROJECTS = {
  /** A Next.js app: .env.local wins with a value padded inside its quotes; .env holds another key. */
  paddedKeyShadowingAnother: {
    files: {
      'package.json': '{ "dependencies": { "next": "15.0.0" } }\n',
      '.env.local': `# local override\nOPENAI_API_KEY=" ${FAKE.openaiUser}"\n`,
      '.env': `OPENAI_API_KEY=${FAKE.openaiProject}\n`,
    },
    envVars: ['OPENAI_API_KEY'],
  },
  /** Lines dotenv cannot read around keys that are quoted twice, a placeholder, a hidden character. */
  malformedDotenvLines: {
    files: {
      '.env': [
        'this line is not a definition',
        `STRIPE_SECRET_KEY="'${FAKE.stripeTest}'"`,
        '=value without a name',
        'ANTHROPIC_API_KEY=your-api-key-here',
        'BROKEN="never closed',
        `GH_TOKEN=${FAKE.githubClassic.slice(0, 10)}\u200b${FAKE.githubClassic.slice(10)}`,
        '',
      ].join('\n'),
    },
    envVars: ['STRIPE_SECRET_KEY', 'ANTHROPIC_API_KEY', 'GH_TOKEN'],
  },
  /** A SendGrid key left empty in .env: the format and the trace both say so, on the same line. */
  emptyKeyInDotenv: {
    files: { '.env': 'SENDGRID_API_KEY=\n' },
    envVars: ['SENDGRID_API_KEY'],
  },
  /** A well-formed test key, checked offline: nothing to report. */
  wellFormedTestKey: {
    files: { '.env': `STRIPE_SECRET_KEY=${FAKE.stripeTest}\n` },
    envVars: ['STRIPE_SECRET_KEY'],
  },
} as const;

export function offlineProject(name: keyof typeof PROJECTS, extra: Partial<CheckOptions> = {}): Promise<CheckRun> {
  const p = PROJECTS[name];
  return offline(p.files, [...p.envVars], extra);
}

/** Every fake key the fixtures use, to assert none is ever printed. */
export const ALL_FAKE_KEYS: string[] = [...Object.values(FAKE), ...REPLAYED.map((id) => loadProbeFixture(id).key)];
