import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { datadog } from '../../src/probes/datadog/index.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { chooseBaseUrl, decideTarget } from '../../src/net/target.js';

probeSuite(datadog);

const project = { lookup: () => undefined };
const target = (site: string) => decideTarget(datadog, chooseBaseUrl(datadog, project, undefined, { DD_SITE: site }), 'env', false);

describe('datadog: sites', () => {
  it.each([
    ['datadoghq.com', 'https://api.datadoghq.com'],
    ['us5.datadoghq.com', 'https://api.us5.datadoghq.com'],
    ['https://app.datadoghq.eu/', 'https://api.datadoghq.eu'],
    [' ddog-gov.com ', 'https://api.ddog-gov.com'],
    ['ap1.datadoghq.com', 'https://api.ap1.datadoghq.com'],
  ])('DD_SITE=%j sends the key to %s, an official host', (site, url) => {
    const t = target(site);
    expect(t.allowed && t.baseUrl).toBe(url);
    expect(t.allowed && t.official).toBe(true);
  });

  it('a DD_SITE that is not a Datadog site is refused before the key is sent, naming the host', () => {
    const t = target('datadog.com');
    expect(t.allowed).toBe(false);
    expect(!t.allowed && t.reason).toContain('api.datadog.com');
  });

  it('a 403 does not over-claim: it names both a wrong key and a wrong DD_SITE, and the site that answered', () => {
    const c = datadog.classify({
      status: 403, headers: {}, text: '',
      json: { status: 'error', code: 403, errors: ['Forbidden'], statuspage: 'http://status.us5.datadoghq.com', email: 'support@datadoghq.com' },
    })!;
    expect(c.rule).toBe('datadog.forbidden');
    expect(c.category).not.toBe('tenant_mismatch');
    expect(c.evidence.join(' ')).toContain('us5.datadoghq.com');
    expect(c.fixes.join(' ')).toMatch(/DD_SITE/);
    expect(c.fixes.join(' ')).toMatch(/revoked|mistyped/);
  });

  it('an application key in DD_API_KEY is unusable, offline', () => {
    const r = checkFormat('abcdef0123456789abcdef0123456789abcdef01', datadog, { others: PROBES });
    expect(r.blocking).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('format.unusable_key_type');
  });
});
