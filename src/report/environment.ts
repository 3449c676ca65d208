// What support asks about the machine: versions, OS, CI, proxy and CA
// settings (credentials removed), and what DNS says about the provider hosts.
import { lookup } from 'node:dns/promises';
import { arch, platform, release } from 'node:os';
import { VERSION } from '../version.js';

export interface EnvironmentInfo {
  keydoctor: string;
  node: string;
  os: string;
  ci: string | null;
  proxy: Record<string, string>;
  nodeExtraCaCerts: boolean;
  dns: { host: string; addresses: string[]; error?: string }[];
}

const CI_VARS: [string, string][] = [
  ['GITHUB_ACTIONS', 'GitHub Actions'], ['GITLAB_CI', 'GitLab CI'], ['CIRCLECI', 'CircleCI'], ['JENKINS_URL', 'Jenkins'],
  ['BUILDKITE', 'Buildkite'], ['TF_BUILD', 'Azure Pipelines'], ['BITBUCKET_BUILD_NUMBER', 'Bitbucket Pipelines'], ['TRAVIS', 'Travis CI'],
];

/** A proxy URL without its user:password. */
export function stripCredentials(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = '***';
      u.password = '';
    }
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}

export async function describeEnvironment(env: Record<string, string | undefined>, hosts: string[], offline: boolean): Promise<EnvironmentInfo> {
  const proxy: Record<string, string> = {};
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) {
    const v = env[name];
    if (v) proxy[name] = name.toLowerCase() === 'no_proxy' ? v : stripCredentials(v);
  }
  const ci = CI_VARS.find(([v]) => env[v])?.[1] ?? (env.CI && env.CI !== 'false' ? 'unknown CI' : null);
  const dns = offline ? [] : await Promise.all([...new Set(hosts)].map(resolve));
  return {
    keydoctor: VERSION,
    node: process.version,
    os: `${platform()} ${release()} ${arch()}`,
    ci,
    proxy,
    nodeExtraCaCerts: !!env.NODE_EXTRA_CA_CERTS,
    dns,
  };
}

async function resolve(host: string): Promise<EnvironmentInfo['dns'][number]> {
  try {
    const timeout = new Promise<never>((_r, reject) => setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), 3000).unref());
    const all = await Promise.race([lookup(host, { all: true }), timeout]);
    return { host, addresses: all.map((a) => a.address) };
  } catch (err) {
    return { host, addresses: [], error: (err as NodeJS.ErrnoException).code ?? 'error' };
  }
}
