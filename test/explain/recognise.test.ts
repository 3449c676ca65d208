// Which provider a pasted error names: from the probes' data and hints, and the table of providers with no probe.
import { describe, expect, it } from 'vitest';
import { literalPrefixes, prefixTable, providerOfKey } from '../../src/explain/keys.js';
import { recognise } from '../../src/explain/recognise.js';
import { HINTS } from '../../src/explain/hints.js';
import { PROBES } from '../../src/probes/index.js';
import { acme, stubProbe } from './stub-probes.js';

describe('provider recognition', () => {
  it("names a probe by its official host, key prefix or variable, from the probe's own data", () => {
    expect(recognise('POST https://api.acme.test/v1/x failed', [acme]).winner?.id).toBe('acme');
    expect(recognise('Invalid key provided: acme_live_****wxyz', [acme]).winner?.id).toBe('acme');
    expect(recognise('check that ACME_API_KEY is set', [acme]).winner?.id).toBe('acme');
  });

  it("names a provider whose probe is not in force, from that probe's hints: SDK classes, envelopes, hosts", () => {
    expect(recognise('botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId)', []).winner?.id).toBe('aws');
    expect(recognise("The server responded with: {'ok': False, 'error': 'invalid_auth'}", []).winner?.id).toBe('slack');
    expect(recognise('{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}', []).winner?.id).toBe('cloudflare');
    expect(recognise('GET https://gitlab.example.com/api/v4/user: 401', []).winner?.id).toBe('gitlab');
  });

  it('gives the strongest signal the win: a docs link beats a name in prose', () => {
    const r = recognise('OpenAI API error: … refer to: https://docs.anthropic.com/en/api/rate-limits', []);
    expect(r.winner?.id).toBe('anthropic');
  });

  it('does not count a name inside a longer name, a host or a package path', () => {
    expect(recognise('exceeded token rate limit under Azure OpenAI API version 2024-05-01', []).winner?.id).toBe('azure-openai');
    expect(recognise('plugin_id com.github.manland.mattermost-plugin-gitlab failed', []).all).toEqual([]);
  });

  it('names nobody on a tie', () => {
    const r = recognise('moved from Stripe to GitHub', []);
    expect(r.all.length).toBe(2);
    expect(r.winner).toBeUndefined();
  });

  it('on a tie, prefers where the text comes from over the prefix of a key it quotes', () => {
    const r = recognise('Invalid key provided: acme_live_****wxyz. Find your key at https://console.anthropic.com/settings/keys', [acme]);
    expect(r.all.map((x) => x.score)).toEqual([2, 2]);
    expect(r.winner?.id).toBe('anthropic');
  });
});

describe('key prefixes', () => {
  it('reads the literal start of a key pattern, expanding one alternation', () => {
    expect(literalPrefixes(/^sk-proj-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$/)).toEqual(['sk-proj-']);
    expect(literalPrefixes(/^sk-(?:svcacct|service)-[A-Za-z0-9_-]+$/)).toEqual(['sk-svcacct-', 'sk-service-']);
    expect(literalPrefixes(/^pk_(?:live|test)_[A-Za-z0-9]{20,247}$/)).toEqual(['pk_live_', 'pk_test_']);
    expect(literalPrefixes(/^SG\.[\w-]{22}\.[\w-]{43}$/)).toEqual(['SG.']);
    expect(literalPrefixes(/^sk-ant-oat\d{2}-[\w-]+$/)).toEqual(['sk-ant-oat']);
    expect(literalPrefixes(/^[a-f0-9]{32}$/)).toEqual([]);
  });

  it('finds the owner of a masked key by its visible start, and nobody on a tie', () => {
    const table = [{ prefix: 'sk-ant-api03-', provider: 'anthropic' }, { prefix: 'sk-', provider: 'openai' }, { prefix: 'sk-', provider: 'deepseek' }];
    expect(providerOfKey('sk-ant-a****awAA', table)?.provider).toBe('anthropic');
    expect(providerOfKey('sk-FAKE****E873', table)).toBeUndefined();
  });

  it('takes prefixes only from distinctive formats: a bare shape names no provider', () => {
    const bare = { ...acme, id: 'bare', keyFormats: [{ id: 'hex', description: 'hex', pattern: /^bare_[a-f0-9]{32}$/, distinctive: false }] };
    expect(prefixTable([bare]).some((p) => p.provider === 'bare')).toBe(false);
  });
});

describe('hints live in the probes', () => {
  it('keeps in the hint table only providers that have no probe', () => {
    expect(HINTS.filter((h) => PROBES.some((p) => p.id === h.id)).map((h) => h.id)).toEqual([]);
  });

  it("recognises a provider by its probe's hints when the probe is in force, and when it is not", () => {
    const text = 'pinecone.exceptions.UnauthorizedException: (401) Reason: Unauthorized';
    expect(recognise(text, PROBES).winner?.id).toBe('pinecone');
    expect(recognise(text, [acme]).winner?.id).toBe('pinecone');
  });

  it("reads a probe's own hints (a custom or stub probe can carry them too)", () => {
    const hinted = stubProbe('hinted', () => undefined, { hints: { sdk: [/HintedApiError/] } });
    expect(recognise('Error: HintedApiError 401', [hinted]).winner?.signals).toContain('SDK HintedApiError');
  });
});
