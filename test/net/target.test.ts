import { describe, expect, it } from 'vitest';
import { chooseBaseUrl, decideTarget, isOfficialHost } from '../../src/net/target.js';
import { openai } from '../../src/probes/openai/index.js';
import { sourcesOf } from '../helpers/sources.js';
import { project, emptyProject } from '../helpers/cli.js';

const env = (e: Record<string, string>) => sourcesOf(emptyProject(), e);

describe('where a key may be sent', () => {
  it('the official host by default, with the SDK\'s path', () => {
    const d = decideTarget(openai, chooseBaseUrl(openai, env({})), 'env', false);
    expect(d).toMatchObject({ allowed: true, baseUrl: 'https://api.openai.com/v1', official: true });
  });

  it('a base URL with no path keeps the provider\'s default path', () => {
    const d = decideTarget(openai, chooseBaseUrl(openai, env({ KEYDOCTOR_OPENAI_BASE_URL: 'http://127.0.0.1:8080' })), 'env', false);
    expect(d).toMatchObject({ allowed: true, baseUrl: 'http://127.0.0.1:8080/v1' });
  });

  it('the keydoctor override beats the SDK variable, and the flag beats both', () => {
    const p = env({ KEYDOCTOR_OPENAI_BASE_URL: 'https://a.example.com', OPENAI_BASE_URL: 'https://b.example.com/v1' });
    expect(chooseBaseUrl(openai, p).url).toBe('https://a.example.com');
    expect(chooseBaseUrl(openai, p, 'https://c.example.com').from).toBe('--base-url');
    expect(chooseBaseUrl(openai, env({ OPENAI_BASE_URL: 'https://b.example.com/v1' })).from).toBe('OPENAI_BASE_URL (process environment)');
  });

  it('plain http to a non-loopback host is refused whatever its trust', () => {
    const d = decideTarget(openai, { url: 'http://proxy.example.com/v1', from: '--base-url', trust: 'flag' }, 'env', true);
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reason).toMatch(/unencrypted/);
  });

  it('a project file cannot send an environment key elsewhere, and says how to allow it', () => {
    const dir = project({ '.env': 'OPENAI_BASE_URL=https://evil.example.com/v1\n' });
    const choice = chooseBaseUrl(openai, sourcesOf(dir));
    expect(choice).toMatchObject({ trust: 'project', from: 'OPENAI_BASE_URL (.env:1)' });
    const refused = decideTarget(openai, choice, 'env', false);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.reason).toContain('.env:1');
      expect(refused.reason).toContain('evil.example.com');
      expect(refused.fix).toContain('--trust-project-config');
    }
    expect(decideTarget(openai, choice, 'env', true).allowed).toBe(true);
    expect(decideTarget(openai, choice, 'project', false).allowed).toBe(true);
    expect(decideTarget(openai, choice, 'flag', false).allowed).toBe(false);
  });

  it('credentials in a base URL are refused', () => {
    expect(decideTarget(openai, { url: 'https://u:p@x.example.com', from: '--base-url', trust: 'flag' }, 'env', false).allowed).toBe(false);
  });

  it('an exact entry is a fixed host, a host matched only by a wildcard a tenant', async () => {
    const { officialKind } = await import('../../src/net/target.js');
    const { sentry } = await import('../../src/probes/sentry/index.js');
    expect(officialKind(sentry, 'sentry.io')).toBe('fixed');
    expect(officialKind(sentry, 'de.sentry.io')).toBe('fixed');
    expect(officialKind(sentry, 'some-org.sentry.io')).toBe('tenant');
    expect(officialKind(sentry, 'sentry.io.example.com')).toBeUndefined();
  });

  it('a tenant host from a less trusted place is refused by the trust rule, from as trusted a place allowed', () => {
    const probe = { ...openai, officialHosts: ['api.openai.com', '*.openai.azure.com'] };
    const from = (trust: 'project' | 'env') => ({ url: 'https://theirs.openai.azure.com', from: 'OPENAI_BASE_URL (.env:1)', trust, setBy: [{ name: 'OPENAI_BASE_URL', where: '.env:1' }] });
    expect(decideTarget(probe, from('project'), 'env', false)).toMatchObject({ allowed: false, trust: true, reason: expect.stringContaining('a host on openai.azure.com') });
    expect(decideTarget(probe, from('env'), 'env', false)).toMatchObject({ allowed: true, official: true });
    expect(decideTarget(probe, from('project'), 'project', false)).toMatchObject({ allowed: true, official: true });
    expect(decideTarget(probe, from('project'), 'env', true)).toMatchObject({ allowed: true, official: true });
    // The fixed host stays open to any key, whoever named it.
    expect(decideTarget(probe, { ...from('project'), url: 'https://api.openai.com/v1' }, 'flag', false)).toMatchObject({ allowed: true, official: true });
  });

  it('a wildcard official host matches subdomains only', () => {
    const probe = { ...openai, officialHosts: ['*.openai.azure.com'] };
    expect(isOfficialHost(probe, 'my-res.openai.azure.com')).toBe(true);
    expect(isOfficialHost(probe, 'openai.azure.com')).toBe(false);
    expect(isOfficialHost(probe, 'evilopenai.azure.com')).toBe(false);
  });
});

describe('a base URL derived from settings (a self-managed host)', () => {
  it('is as trusted as the settings that alone would build it, and names them', async () => {
    const { twilio } = await import('../../src/probes/twilio/index.js');
    const dir = project({ '.env': 'TWILIO_ACCOUNT_SID=ACFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\nTWILIO_EDGE=dublin\n' });
    const view = sourcesOf(dir, { TWILIO_REGION: 'ie1' });
    const settings = Object.fromEntries(twilio.settingsEnv!.map((n) => [n, view.lookup(n)?.value]));
    // The project's TWILIO_EDGE changes the host: the URL is the project's choice, and only it is named.
    expect(chooseBaseUrl(twilio, view, undefined, settings)).toMatchObject({ url: 'https://api.dublin.ie1.twilio.com', trust: 'project', from: 'TWILIO_EDGE (.env:2)', derived: true });
    // Without it, the account id in .env does not make the environment's region a project choice.
    const { TWILIO_EDGE: _edge, ...rest } = settings;
    expect(chooseBaseUrl(twilio, view, undefined, rest)).toMatchObject({ url: 'https://api.ie1.twilio.com', trust: 'env', from: 'TWILIO_REGION (process environment)' });
  });

  it('carries the trust of the settings it comes from', async () => {
    const { gitlab } = await import('../../src/probes/gitlab/index.js');
    const fromEnv = chooseBaseUrl(gitlab, env({}), undefined, { GITLAB_HOST: 'gitlab.example.com' }, 'env');
    expect(fromEnv).toMatchObject({ url: 'https://gitlab.example.com/api/v4', trust: 'env' });
    expect(decideTarget(gitlab, fromEnv, 'env', false).allowed).toBe(true);
    // The same host named only in a project file may not receive a key from the environment.
    const fromFile = chooseBaseUrl(gitlab, env({}), undefined, { GITLAB_HOST: 'gitlab.example.com' }, 'project');
    expect(decideTarget(gitlab, fromFile, 'env', false).allowed).toBe(false);
    expect(decideTarget(gitlab, fromFile, 'project', false).allowed).toBe(true);
  });
});
