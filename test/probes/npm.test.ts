import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { npm } from '../../src/probes/npm/index.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(npm);

describe('npm: registry answers', () => {
  it('a 401 without a reason is invalid_key, but an HTML 401 from a proxy is left to the generic rules', () => {
    expect(npm.classify({ status: 401, headers: {}, text: '{}', json: {} })?.rule).toBe('npm.unauthorized');
    expect(npm.classify({ status: 401, headers: {}, text: '' })?.rule).toBe('npm.unauthorized');
    expect(npm.classify({ status: 401, headers: { 'content-type': 'text/html' }, text: '<html><body>Proxy login</body></html>' })).toBeUndefined();
  });

  it('the fixes name the December 2025 revocation of classic tokens and the 90-day limit', () => {
    const fixes = npm.classify({ status: 401, headers: {}, text: '{}', json: {} })!.fixes.join(' ');
    expect(fixes).toMatch(/classic token/);
    expect(fixes).toMatch(/90 days/);
  });

  it('a GitHub token in NODE_AUTH_TOKEN is named as another provider\'s key, offline', () => {
    const ghs = 'ghs_' + 'FAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKE';
    expect(checkFormat(ghs, npm, { others: PROBES }).findings.map((f) => f.code)).toContain('format.wrong_provider');
  });

  it('the registry from NPM_CONFIG_REGISTRY keeps its path: whoami is asked of that registry', () => {
    const req = npm.request('npm_FAKEFAKEFAKEFAKEFAKEEXAMPLEEXAMPLE12', { baseUrl: 'https://npm.example.com/artifactory/api/npm/npm-remote/', settings: {} });
    expect(req.url).toBe('https://npm.example.com/artifactory/api/npm/npm-remote/-/whoami');
  });
});
