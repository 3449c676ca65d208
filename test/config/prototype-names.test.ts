// Names from a config or project file are data, never property paths: a
// variable called `constructor` or a provider id `toString` must be looked up
// as the project's own name (Object.hasOwn, a Map), not found on
// Object.prototype. Property: every member name of Object.prototype, fed as an
// env name, a declared key, a custom provider's envVars and id, and a provider
// id, through the built CLI, ends in a contract exit code (0-3) without an
// internal error or a stack trace. Everything runs offline or on loopback.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';

const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const KEY = 'sk-proj-FAKEEXAMPLE0000000000000000000000000000T3BlbkFJFAKEEXAMPLE00000000';
// A closed loopback port: a call that gets this far fails at once, and nothing leaves the machine.
const NOWHERE = 'http://127.0.0.1:9';

const idLike = (name: string) => name.toLowerCase().replace(/_/g, '');
const provider = (id: string, envVar: string) => [
  'providers:',
  `  - id: ${JSON.stringify(id)}`,
  `    envVars: [${JSON.stringify(envVar)}]`,
  "    keyFormat: '^sk-[A-Za-z0-9-]+$'",
  "    request: { url: 'https://gw.example.com/me', auth: 'Authorization: Bearer {key}' }",
  '',
].join('\n');

interface Case {
  args: string[];
  files?: Record<string, string>;
  env?: Record<string, string>;
  stdin?: string;
}

const CASES: Record<string, (name: string) => Case> = {
  'a .env variable': (n) => ({ args: ['check', '--offline', '--format', 'json'], files: { '.env': `${n}=${KEY}\nOPENAI_API_KEY=${KEY}\n` } }),
  'a .env variable named by --env-var': (n) => ({ args: ['check', '--offline', '--env-var', n], files: { '.env': `${n}=${KEY}\n` } }),
  'a process variable named by --env-var': (n) => ({ args: ['check', '--offline', '--env-var', n], env: { [n]: KEY } }),
  'a variable of the production and development .env files': (n) => ({
    args: ['check', '--offline', '--env-var', n, '--provider', 'openai'], files: { '.env': `${n}=${KEY}\n`, '.env.production': `${n}=${KEY}\n`, '.env.development': `${n}=${KEY}\n` },
  }),
  'a variable no file defines, named by --env-var': (n) => ({ args: ['check', '--offline', '--env-var', n] }),
  'a key declared in .keydoctor.yml': (n) => ({ args: ['check', '--offline'], files: { '.keydoctor.yml': `keys: [${JSON.stringify(n)}]\n`, '.env': `${n}=${KEY}\n` } }),
  'a key declared in .keydoctor.yml, defined nowhere': (n) => ({ args: ['check', '--offline', '--format', 'json'], files: { '.keydoctor.yml': `keys:\n  - env: ${JSON.stringify(n)}\n` } }),
  'a provider id in .keydoctor.yml': (n) => ({ args: ['check', '--offline'], files: { '.keydoctor.yml': `keys:\n  - env: OPENAI_API_KEY\n    provider: ${JSON.stringify(n)}\n`, '.env': `OPENAI_API_KEY=${KEY}\n` } }),
  'a custom provider\'s envVars': (n) => ({ args: ['check', '--offline'], files: { '.keydoctor.yml': provider('gw', n), '.env': `${n}=${KEY}\n` } }),
  'a custom provider\'s id': (n) => ({ args: ['check', '--offline'], files: { '.keydoctor.yml': provider(n, 'GW_KEY'), '.env': `GW_KEY=${KEY}\n` } }),
  // Ids are lower-case: `constructor` is one as it is, the others as near as an id can be (`tostring`).
  'a custom provider\'s id, checked live on loopback': (n) => ({
    args: ['check', '--trust-project-config', '--timeout', '2000'], files: { '.keydoctor.yml': provider(idLike(n), 'GW_KEY'), '.env': `GW_KEY=${KEY}\n` },
    env: { [`KEYDOCTOR_${idLike(n).toUpperCase()}_BASE_URL`]: NOWHERE },
  }),
  '--provider': (n) => ({ args: ['check', '--offline', '--provider', n, '--env-var', 'OPENAI_API_KEY'], env: { OPENAI_API_KEY: KEY } }),
  '--provider with --key-stdin': (n) => ({ args: ['check', '--offline', '--provider', n, '--key-stdin'], stdin: KEY }),
  'trace of a .env variable': (n) => ({ args: ['trace', n, '--format', 'json'], files: { '.env': `${n}=${KEY}\n`, 'docker-compose.yml': `services:\n  app:\n    environment:\n      ${n}: \${${n}}\n` } }),
  'report of a variable': (n) => ({ args: ['report', '--offline', '--env-var', n], files: { '.env': `${n}=${KEY}\n` } }),
  'compare of a variable': (n) => ({ args: ['compare', n, '--fresh-stdin', '--base-url', NOWHERE, '--timeout', '2000'], files: { '.env': `${n}=${KEY}\n` }, stdin: KEY }),
  'explain with --provider': (n) => ({ args: ['explain', '--provider', n, '--status', '401', 'Incorrect API key provided'] }),
};

const STACK = /^\s+at .+(:\d+|\(native\)|<anonymous>)/m;

describe('names of Object.prototype members from files and flags', () => {
  beforeAll(() => ensureBuilt(), 60_000);

  const product = NAMES.flatMap((name) => Object.keys(CASES).map((place) => [name, place] as const));
  it.each(product)('%s as %s: a contract exit code, no internal error, no stack', async (name, place) => {
    const c = CASES[place]!(name);
    const cwd = project(c.files ?? {});
    const r = await runCli(c.args, { cwd, ...(c.env ? { env: c.env } : {}), ...(c.stdin !== undefined ? { stdin: c.stdin } : {}) });
    const out = `${r.stdout}\n${r.stderr}`;
    expect([0, 1, 2, 3], out).toContain(r.code);
    expect(out).not.toMatch(/internal error/i);
    expect(out).not.toMatch(STACK);
    expect(out).not.toContain(KEY);
  });
});
