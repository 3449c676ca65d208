// GitHub beyond api.github.com and its short tokens: the stateless installation tokens
// (ghs_APPID_JWT, ~520 characters) pass the format step and are masked whole in free
// text; GH_HOST / GITHUB_API_URL choose a ghe.com tenant or a GitHub Enterprise Server,
// and a host named less trustedly than the key never receives it (src/net/target.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { github } from '../../src/probes/github/index.js';
import { apiForHost, githubBaseUrl } from '../../src/probes/github/hosts.js';
import { PROBES } from '../../src/probes/index.js';
import { chooseBaseUrl, decideTarget, officialKind } from '../../src/net/target.js';
import { runCheck } from '../../src/check/run.js';
import { checkFormat } from '../../src/steps/format.js';
import { closeDispatchers } from '../../src/net/client.js';
import { Redactor } from '../../src/redact/redactor.js';
import { loadAnswer, loadProbeFixture, startFakeProvider } from '../fake-provider/server.js';
import { emptyProject, project } from '../helpers/cli.js';

const STATELESS = loadAnswer('github', '200-installation-repositories-stateless-token').key!;
const CLASSIC = loadProbeFixture('github').key;
const options = { envVars: ['GH_TOKEN'], provider: 'github', probes: PROBES, offline: false, forceLive: false, timeoutMs: 5000, trustProjectConfig: false };

afterAll(() => closeDispatchers());

describe('github: stateless installation tokens (ghs_APPID_JWT)', () => {
  it('the fixture token is realistic: 520 characters, two dots, fake', () => {
    expect(STATELESS).toHaveLength(520);
    expect(STATELESS.split('.')).toHaveLength(3);
    expect(STATELESS).toMatch(/^ghs_\d+_.*FAKE/);
  });

  it('is a well-formed installation token: no "may be truncated" warning', () => {
    const r = checkFormat(STATELESS, github, { others: PROBES });
    expect(r.format?.id).toBe('app-installation');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('passes --fail-on warning end to end, answered by the installation repositories call', async () => {
    const fake = await startFakeProvider(loadAnswer('github', '200-installation-repositories-stateless-token').response);
    try {
      const { result, redactor } = await runCheck({
        ...options, cwd: emptyProject(), env: { GH_TOKEN: STATELESS, KEYDOCTOR_GITHUB_BASE_URL: fake.url },
        probes: [...PROBES.filter((p) => p.id !== 'github'), { ...github, officialHosts: [...github.officialHosts, '127.0.0.1'] }], failOn: 'warning',
      });
      expect(fake.requests[0]!.path).toBe('/installation/repositories?per_page=1');
      expect(result.keys[0]!.category).toBe('ok');
      expect(result.exitCode).toBe(0);
      expect(redactor.redact(JSON.stringify(result))).not.toContain(STATELESS.slice(-40));
    } finally {
      await fake.close();
    }
  });

  it('the redactor masks the whole token in text nobody registered (canary)', () => {
    const out = new Redactor().redact(`Authorization: token ${STATELESS} (from the job log)`);
    // No run of the token of 12 characters or more survives, from its head to its signature.
    for (let i = 0; i + 12 <= STATELESS.length; i += 6) expect(out).not.toContain(STATELESS.slice(i, i + 12));
  });

  it('still takes the short ones and refuses a truncated one', () => {
    expect(github.keyFormats.find((f) => f.pattern.test('ghs_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE'))?.id).toBe('app-installation');
    expect(checkFormat('ghs_FAKEFAKEFAKE', github, { others: PROBES }).format).toBeUndefined();
  });
});

describe('github: the host a token is for', () => {
  it('builds the API of github.com, a ghe.com tenant and a GitHub Enterprise Server', () => {
    expect(githubBaseUrl({})).toBeUndefined();
    expect(githubBaseUrl({ GH_HOST: 'github.com' })).toBeUndefined();
    expect(githubBaseUrl({ GITHUB_API_URL: 'https://api.github.com' })).toBeUndefined();
    expect(githubBaseUrl({ GH_HOST: 'octo.ghe.com' })).toBe('https://api.octo.ghe.com');
    expect(githubBaseUrl({ GH_HOST: 'https://GHES.example.com/' })).toBe('https://ghes.example.com/api/v3');
    expect(githubBaseUrl({ GITHUB_API_URL: 'https://ghes.example.com/api/v3/' })).toBe('https://ghes.example.com/api/v3');
    expect(githubBaseUrl({ GH_HOST: 'octo.ghe.com', GITHUB_API_URL: 'https://api.github.com' })).toBe('https://api.octo.ghe.com');
    expect(githubBaseUrl({ GH_HOST: 'not a host/../x' })).toBeUndefined();
    expect(apiForHost('api.octo.ghe.com')).toBe('https://api.octo.ghe.com');
  });

  it('a ghe.com API host is a tenant host, a server is no official host', () => {
    expect(officialKind(github, 'api.octo.ghe.com')).toBe('tenant');
    expect(officialKind(github, 'ghes.example.com')).toBeUndefined();
    expect(officialKind(github, 'api.github.com')).toBe('fixed');
  });

  for (const [host, what] of [['ghes.example.com', 'a server'], ['octo.ghe.com', 'a ghe.com tenant']] as const) {
    it(`GH_HOST naming ${what}, set in the process environment like the key: allowed`, () => {
      const lookup = (name: string) => (name === 'GH_HOST' ? { value: host, trust: 'env' as const, def: { file: 'process environment' } } : undefined);
      const choice = chooseBaseUrl(github, { lookup }, undefined, { GH_HOST: host }, 'env');
      const d = decideTarget(github, choice, 'env', false);
      expect(d.allowed).toBe(true);
      if (d.allowed) expect(new URL(d.baseUrl).host).toBe(new URL(githubBaseUrl({ GH_HOST: host })!).host);
    });
  }

  for (const setting of ['GH_HOST=ghes.example.com', 'GH_HOST=octo.ghe.com', 'GITHUB_API_URL=https://ghes.example.com/api/v3']) {
    it(`${setting} in the project's .env with the key in the environment: refused, not sent`, async () => {
      const fake = await startFakeProvider({ status: 200, body: { login: 'FAKE' } });
      try {
        const { result } = await runCheck({ ...options, cwd: project({ '.env': `${setting}\n` }), env: { GH_TOKEN: CLASSIC }, failOn: 'error' });
        const k = result.keys[0]!;
        const live = k.steps.find((s) => s.step === 'live')!;
        expect(live.findings.map((f) => f.code)).toContain('live.base_url_refused');
        expect(live.findings.find((f) => f.code === 'live.base_url_refused')!.message).toMatch(/\.env:1/);
        expect(k.live).toBeUndefined();
        expect(result.exitCode).toBe(3);
        expect(fake.requests).toHaveLength(0);
      } finally {
        await fake.close();
      }
    });
  }

  it('GITHUB_API_URL in the process environment with the key there too: sent to that server and answered', async () => {
    const fake = await startFakeProvider(loadAnswer('github', '200-user').response);
    try {
      const { result } = await runCheck({ ...options, cwd: emptyProject(), env: { GH_TOKEN: CLASSIC, GITHUB_API_URL: `${fake.url}/api/v3` }, failOn: 'error' });
      expect(fake.requests.map((r) => r.path)).toEqual(['/api/v3/user']);
      expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${CLASSIC}`);
      const k = result.keys[0]!;
      expect(k.category).toBe('ok');
      expect(k.steps.find((s) => s.step === 'live')!.findings.find((f) => f.code === 'live.custom_base_url')?.message).toMatch(/GITHUB_API_URL \(process environment\)/);
      expect(result.exitCode).toBe(0);
    } finally {
      await fake.close();
    }
  });

  for (const name of ['GH_ENTERPRISE_TOKEN', 'GITHUB_ENTERPRISE_TOKEN']) {
    it(`${name} with no server named: not sent to github.com, and the fix says to set GH_HOST`, async () => {
      const { result } = await runCheck({ ...options, envVars: [name], cwd: emptyProject(), env: { [name]: CLASSIC }, failOn: 'error' });
      const k = result.keys[0]!;
      const f = k.steps.find((s) => s.step === 'live')!.findings.find((x) => x.code === 'live.missing_setting');
      expect(f?.message).toMatch(new RegExp(`${name} is a GitHub Enterprise Server token .* not sent to github\\.com`));
      expect(f?.fix).toMatch(/Set GH_HOST/);
      expect(k.live).toBeUndefined();
      expect(result.exitCode).toBe(1); // a setting missing is a problem of the configuration, as for every probe
    });

    it(`${name} with the server named in the process environment: sent there`, async () => {
      const fake = await startFakeProvider(loadAnswer('github', '200-user').response);
      try {
        const { result } = await runCheck({ ...options, envVars: [name], cwd: emptyProject(), env: { [name]: CLASSIC, GITHUB_API_URL: `${fake.url}/api/v3` }, failOn: 'error' });
        expect(fake.requests.map((r) => r.path)).toEqual(['/api/v3/user']);
        expect(result.keys[0]!.category).toBe('ok');
      } finally {
        await fake.close();
      }
    });
  }

  it('GH_TOKEN with no host named still goes to github.com: only the enterprise variables are held back', () => {
    const req = github.request(CLASSIC, { baseUrl: 'https://api.github.com', settings: {}, variable: 'GH_TOKEN' });
    expect(new URL(req.url).host).toBe('api.github.com');
    expect(github.request(CLASSIC, { baseUrl: 'https://api.github.com', settings: {} }).url).toBe(req.url);
  });
});
