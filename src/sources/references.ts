// Whether the project uses a provider, for the rule on which user credentials
// are sent: a key found only in a CLI's own credential file (~/.aws/credentials,
// gh's hosts.yml, ~/.npmrc, …) is checked live only when the project
// references that provider (its variables in project files, an SDK among its
// dependencies; .keydoctor.yml and --provider/--env-var ask by name, see
// src/steps/discover.ts). Otherwise it is listed, not sent: running keydoctor
// in a repository must not send every cloud credential of the machine.
import type { Probe } from '../probes/types.js';
import { overrideVar } from '../probes/types.js';
import type { SourceModel } from './model.js';

/** SDK packages (npm and PyPI names, lower-case) by probe id, for the providers whose keys the CLIs' files hold. */
const SDKS: Record<string, (string | RegExp)[]> = {
  aws: [/^@aws-sdk\//, 'aws-sdk', 'boto3', 'botocore', 'aioboto3', 'aws-cdk-lib', 'serverless'],
  github: [/^@octokit\//, 'octokit', '@actions/github', 'pygithub', 'github3.py', 'ghapi'],
  npm: ['semantic-release', '@semantic-release/npm', 'release-it', 'np', 'lerna', '@changesets/cli', 'publint'],
  stripe: ['stripe', '@stripe/stripe-node', 'stripe-python'],
  'vertex-ai': [/^@google-cloud\//, 'google-auth-library', '@google/genai', /^google-cloud-/, 'google-auth', 'vertexai', 'langchain-google-vertexai'],
};

/** Kinds that are the user's, not the project's. */
const USER_KINDS = new Set(['process', 'shell', 'credential-file']);

/** Why the project counts as using `probe`, or undefined. */
export function projectUses(model: SourceModel, probe: Probe): string | undefined {
  const vars = new Set([...probe.envVars, ...(probe.settingsEnv ?? []), ...(probe.baseUrlEnv ? [probe.baseUrlEnv] : []), overrideVar(probe)]);
  for (const v of [...model.trace.variables, ...model.trace.settings]) {
    if (!vars.has(v.name)) continue;
    const d = v.definitions.find((x) => !USER_KINDS.has(x.kind));
    if (d) return `${d.line ? `${d.file}:${d.line}` : d.file} defines ${v.name}`;
  }
  const deps = model.trace.dependencies ?? [];
  const own = [probe.id, ...(probe.aliases ?? [])];
  const patterns = [...(SDKS[probe.id] ?? []), ...own, ...own.map((a) => new RegExp(`^@${a.replace(/[^a-z0-9-]/g, '')}/`))];
  const dep = deps.find((d) => patterns.some((p) => (typeof p === 'string' ? p === d.toLowerCase() : p.test(d.toLowerCase()))));
  if (dep) return `the project depends on ${dep}`;
  if (probe.id === 'npm' && model.trace.files.includes('.npmrc')) return 'the project has an .npmrc';
  return undefined;
}
