// What a pasted error means, and which layer decides: the provider's probe,
// then its text rules, then the generic wording, network and HTTP rules.
import { describe, expect, it } from 'vitest';
import { explain, knownProviders } from '../../src/explain/explain.js';
import type { ExplainInput } from '../../src/explain/types.js';
import type { Probe } from '../../src/probes/types.js';
import { acme, broken, greedy, stubProbe } from './stub-probes.js';

function run(input: ExplainInput | string, probes: readonly Probe[] = []) {
  return explain(typeof input === 'string' ? { text: input } : input, { probes }).result;
}

describe('precedence', () => {
  it("lets the provider's probe rule win over text rules that also match", () => {
    const r = run('api.acme.test answered 401 {"error":{"code":"key_revoked","message":"Invalid API key"}}', [acme]);
    expect(r).toMatchObject({ category: 'revoked_or_expired', provider: 'acme', rule: 'acme.key_revoked', ruleSource: 'probe' });
  });

  it("uses the provider's text rules when it has no probe", () => {
    const r = run("slack_sdk.errors.SlackApiError: The server responded with: {'ok': False, 'error': 'account_inactive'}");
    expect(r).toMatchObject({ category: 'invalid_user', provider: 'slack', rule: 'phrase.slack.account_inactive', ruleSource: 'phrase' });
  });

  it('reads the body before the status: a 429 that says quota is billing, not a rate limit', () => {
    expect(run('429 Too Many Requests {"error":{"message":"You exceeded your current quota, please check your plan and billing details."}}').category).toBe('billing_or_quota');
  });

  it('falls back to the status when nothing else is known', () => {
    expect(run('HTTP/1.1 401 Unauthorized\n\n')).toMatchObject({ category: 'invalid_key', rule: 'http.401', ruleSource: 'http' });
    expect(run('HTTP/1.1 503 Service Unavailable\n\n').category).toBe('provider_outage');
  });

  it('reads a failure below HTTP through the shared network rules, with the NODE_EXTRA_CA_CERTS fix for TLS', () => {
    const r = run("Error: self signed certificate in certificate chain { code: 'SELF_SIGNED_CERT_IN_CHAIN' }");
    expect(r).toMatchObject({ category: 'tls_error', rule: 'net.self_signed_cert_in_chain', networkCode: 'SELF_SIGNED_CERT_IN_CHAIN' });
    expect(r.fixes.join(' ')).toContain('NODE_EXTRA_CA_CERTS');
    expect(run('curl: (56) Received HTTP code 407 from proxy after CONNECT').category).toBe('proxy_error');
  });

  it('calls an HTML page with no status a proxy or portal, without inventing a status', () => {
    const r = run('<!DOCTYPE html><html><head><title>Access denied</title></head><body>Blocked by your organisation</body></html>');
    expect(r.category).toBe('proxy_error');
    expect(r.evidence.join(' ')).not.toMatch(/status 0/);
    expect(r.status).toBeUndefined();
  });

  it('survives a probe that throws, and moves on to the next layer', () => {
    const r = run('api.broken.test 401 {"error":{"message":"Invalid API key"}}', [broken]);
    expect(r).toMatchObject({ provider: 'broken', category: 'invalid_key', ruleSource: 'phrase' });
  });

  it('with no provider named, no probe decides: a rule keyed on a bare status stays with its own provider', () => {
    const r = run('401 {"error":{"message":"nope"}}', [greedy]);
    expect(r.rule).toBe('http.401');
  });

  it("with no provider named, even a probe that reads the envelope's code does not decide; the generic rules do", () => {
    // acme reads error.code key_revoked; this text names no provider, so acme's rule may not speak for it.
    const r = run('401 {"error":{"code":"key_revoked","message":"nope"}}', [acme]);
    expect(r.provider).toBeNull();
    expect(r.rule).not.toMatch(/^acme\./);
    expect(r.ruleSource).not.toBe('probe');
  });

  it('exits 1 on what it cannot classify, 0 otherwise', () => {
    expect(run('the build is red').exitCode).toBe(1);
    expect(run('the build is red').category).toBe('unknown');
    expect(run('HTTP/1.1 401 Unauthorized\n\n').exitCode).toBe(0);
  });
});

describe('what the error says about the key that was sent', () => {
  it('a URL echoed back as the key is a malformed value, not an invalid key', () => {
    const r = run('401 Incorrect API key provided: https://********lETQ. You can find your API key at https://api.acme.test', [acme]);
    expect(r).toMatchObject({ category: 'malformed_key', rule: 'acme.unauthorized.echoed_url' });
  });

  it('a key of another provider echoed back is a wrong-provider key', () => {
    const beta = stubProbe('beta', () => undefined);
    const r = run('https://api.acme.test/v1 → 401 Incorrect API key provided: beta_live_****wxyz.', [acme, beta]);
    expect(r).toMatchObject({ category: 'wrong_provider', provider: 'acme' });
    expect(r.evidence.join(' ')).toContain("Beta's keys");
  });

  it('a missing key stays a missing key even when the probe says invalid', () => {
    expect(run('api.acme.test 401 {"error":{"message":"x-api-key header is required"}}', [acme]).category).toBe('malformed_key');
  });

  it('a probe reading "the key is live" on a refused call means the key lacks a permission for it', () => {
    const r = run({ provider: 'acme', status: 403, body: { error: { code: 'live_but_restricted' } } }, [acme]);
    expect(r).toMatchObject({ category: 'insufficient_permissions', rule: 'acme.live_restricted.call_refused' });
  });
});

describe('wording only', () => {
  it('"Invalid user associated with this key" is an invalid user', () => {
    expect(run('Error: Invalid user associated with this key')).toMatchObject({ category: 'invalid_user', rule: 'phrase.invalid_user_for_key' });
  });

  it('"Bad credentials" for GitHub is an invalid key', () => {
    expect(run({ text: 'HttpError: Bad credentials', provider: 'github' })).toMatchObject({ category: 'invalid_key', provider: 'github', rule: 'phrase.github.bad_credentials' });
  });

  it('Stripe\'s "similar object exists in live mode" is a key of the wrong environment', () => {
    expect(run('No such customer: cus_123; a similar object exists in live mode, but a test mode key was used to make this request.')).toMatchObject({ category: 'wrong_environment', provider: 'stripe' });
  });
});

describe('the result', () => {
  it('adds where the provider manages keys to a key problem\'s fixes', () => {
    expect(run('api.acme.test 401 {"error":{"code":"key_revoked"}}', [acme]).fixes.at(-1)).toBe('Acme keys are managed at https://console.acme.test/keys.');
  });

  it('does not send a quota or a country refusal to the key console, which mends neither', () => {
    const lfs = run('batch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.');
    expect(lfs).toMatchObject({ category: 'billing_or_quota', provider: 'github' });
    expect(lfs.fixes.join('\n')).not.toMatch(/keys are managed at/);
    const openai = run('403 {"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported"}}');
    expect(openai.category).toBe('region_blocked');
    expect(openai.fixes.join('\n')).not.toMatch(/keys are managed at/);
  });

  it('knows every registered probe and every hinted provider', () => {
    expect(knownProviders([acme])).toEqual(expect.arrayContaining(['acme', 'openai', 'aws', 'slack']));
  });
});
