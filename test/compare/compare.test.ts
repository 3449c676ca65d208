// `keydoctor compare` against the fake provider, which answers per
// Authorization header: the configured key gets one recorded answer, the fresh
// key another. The four outcomes the issue names, and the safety rules.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeDispatchers } from '../../src/net/client.js';
import { closedPort, loadAnswer, startFakeProvider, type Behaviour, type FakeProvider } from '../fake-provider/server.js';
import { project } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';
import { compareCli, FRESH_OPENAI } from './harness.js';

const OLD = FAKE.openaiProject;
let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => closeDispatchers());

const answer = (name: string) => loadAnswer('openai', name).response;

/** A provider that answers `old` to the configured key and `fresh` to the fresh one. */
async function perKey(old: Behaviour, fresh: Behaviour): Promise<FakeProvider> {
  return startFakeProvider((req) => (req.headers.authorization === `Bearer ${OLD}` ? old : req.headers.authorization === `Bearer ${FRESH_OPENAI}` ? fresh : { status: 400, body: {} }));
}

async function compareJson(extra: string[] = [], env: Record<string, string> = {}, stdin = `${FRESH_OPENAI}\n`) {
  const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--format', 'json', '--base-url', fake!.url, ...extra], { env: { OPENAI_API_KEY: OLD, ...env }, stdin });
  expect(r.stdout + r.stderr).not.toContain(OLD);
  expect(r.stdout + r.stderr).not.toContain(FRESH_OPENAI);
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : undefined };
}

describe('keydoctor compare: the four outcomes', () => {
  it('both keys work: both_ok, exit 0', async () => {
    fake = await perKey(answer('200-models-list'), answer('200-models-list'));
    const r = await compareJson();
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ schemaVersion: 1, variable: 'OPENAI_API_KEY', provider: 'openai', conclusion: { code: 'both_ok', blame: 'none' } });
    expect(r.json.old).toMatchObject({ category: 'ok', verdict: 'valid', source: { kind: 'process' } });
    expect(r.json.fresh).toMatchObject({ category: 'ok', verdict: 'valid', source: { kind: 'stdin' } });
    expect(r.json.old.fingerprint).not.toBe(r.json.fresh.fingerprint);
    expect(fake.requests.map((q) => q.headers.authorization)).toEqual([`Bearer ${OLD}`, `Bearer ${FRESH_OPENAI}`]);
  });

  it('old fails with a deactivated user, fresh works: the old key\'s user is the problem, exit 1', async () => {
    fake = await perKey(answer('401-account-deactivated'), answer('200-models-list'));
    const r = await compareJson();
    expect(r.code).toBe(1);
    expect(r.json.old).toMatchObject({ category: 'invalid_user', verdict: 'invalid', live: { status: 401 } });
    expect(r.json.fresh).toMatchObject({ category: 'ok', live: { status: 200 } });
    expect(r.json.conclusion).toMatchObject({ code: 'old_fails_fresh_ok', blame: 'old_account' });
    expect(r.json.conclusion.summary).toMatch(/died with its user/);
    expect(r.json.conclusion.differences).toContain('answer: 401 → 200');
    expect(r.json.conclusion.nextSteps[0]).toMatch(/^Replace OPENAI_API_KEY in the process environment \(a shell profile, CI secret or deployment setting\) with the fresh key/);
  });

  it('old is not recognised, fresh works: the old key itself is the problem, exit 1', async () => {
    fake = await perKey(answer('401-invalid-api-key'), answer('200-models-list'));
    const r = await compareJson();
    expect(r.code).toBe(1);
    expect(r.json.conclusion).toMatchObject({ code: 'old_fails_fresh_ok', blame: 'old_key' });
  });

  it('both fail alike with no quota: the account both keys bill is the problem, exit 1', async () => {
    fake = await perKey(answer('429-insufficient-quota'), answer('429-insufficient-quota'));
    const r = await compareJson();
    expect(r.code).toBe(1);
    expect(r.json.conclusion).toMatchObject({ code: 'both_fail_alike', blame: 'account' });
    expect(r.json.conclusion.summary).toMatch(/the key is not what differs/);
  });

  it('both fail alike with a 500: the provider is the problem, inconclusive, exit 3', async () => {
    fake = await perKey(answer('500-server-error'), answer('500-server-error'));
    const r = await compareJson();
    expect(r.code).toBe(3);
    expect(r.json.conclusion).toMatchObject({ code: 'both_fail_alike', blame: 'provider' });
  });

  it('both unreachable: the network path is the problem, exit 3', async () => {
    const port = await closedPort();
    const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--format', 'json', '--base-url', `http://127.0.0.1:${port}`], { env: { OPENAI_API_KEY: OLD }, stdin: FRESH_OPENAI });
    expect(r.code).toBe(3);
    const j = JSON.parse(r.stdout);
    expect(j.old.category).toBe('network_error');
    expect(j.conclusion).toMatchObject({ code: 'both_fail_alike', blame: 'network' });
  });

  it('a placeholder configured, fresh works: old_fails_fresh_ok without sending the placeholder', async () => {
    fake = await perKey(answer('401-invalid-api-key'), answer('200-models-list'));
    const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--format', 'json', '--base-url', fake.url], { env: { OPENAI_API_KEY: 'your-api-key-here' }, stdin: FRESH_OPENAI });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.old).toMatchObject({ category: 'malformed_key', verdict: 'invalid', liveSkipped: expect.stringContaining('format step') });
    expect(j.conclusion).toMatchObject({ code: 'old_fails_fresh_ok', blame: 'old_key' });
    expect(fake.requests).toHaveLength(1);
  });

  it('both fail alike with a mismatched organisation: the setting sent with both is the problem, named', async () => {
    fake = await perKey(answer('401-mismatched-organization'), answer('401-mismatched-organization'));
    const r = await compareJson([], { OPENAI_ORG_ID: 'org-FAKEOTHER' });
    expect(r.json.conclusion).toMatchObject({ code: 'both_fail_alike', blame: 'settings' });
    expect(r.json.conclusion.nextSteps.join(' ')).toContain('OPENAI_ORG_ID');
    expect(fake.requests.every((q) => q.headers['openai-organization'] === 'org-FAKEOTHER')).toBe(true);
  });

  it('both fail differently: each side says what it says, exit 1', async () => {
    fake = await perKey(answer('401-invalid-api-key'), answer('429-insufficient-quota'));
    const r = await compareJson();
    expect(r.code).toBe(1);
    expect(r.json.conclusion).toMatchObject({ code: 'both_fail_differently' });
    expect(r.json.conclusion.summary).toMatch(/configured key says invalid_key \(401 invalid_api_key\); the fresh key says billing_or_quota \(429 insufficient_quota\)/);
  });

  it('old works, fresh fails: the configured key is not the problem, exit 1 for the fresh key', async () => {
    fake = await perKey(answer('200-models-list'), answer('401-invalid-api-key'));
    const r = await compareJson();
    expect(r.code).toBe(1);
    expect(r.json.conclusion).toMatchObject({ code: 'fresh_fails_old_ok', blame: 'fresh_key' });
  });
});

describe('keydoctor compare: where the keys go, and what is never shown', () => {
  it('both keys go to the same base URL, decided under the fresh key\'s trust: an environment base URL sends neither', async () => {
    fake = await perKey(answer('200-models-list'), answer('200-models-list'));
    const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--format', 'json'], { env: { OPENAI_API_KEY: OLD, KEYDOCTOR_OPENAI_BASE_URL: fake.url }, stdin: FRESH_OPENAI });
    expect(fake.requests).toHaveLength(0);
    expect(r.code).toBe(3);
    const j = JSON.parse(r.stdout);
    expect(j.conclusion).toMatchObject({ code: 'not_sent', blame: 'base_url' });
    expect(j.conclusion.summary).toContain('KEYDOCTOR_OPENAI_BASE_URL');
    expect(j.conclusion.nextSteps[0]).toContain('--base-url');
  });

  it('--trust-project-config lets a base URL from the project receive both keys', async () => {
    fake = await perKey(answer('401-account-deactivated'), answer('200-models-list'));
    const dir = project({ '.env': `OPENAI_API_KEY=${OLD}\nOPENAI_BASE_URL=${fake.url}/v1\n` });
    const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--format', 'json', '--trust-project-config'], { cwd: dir, stdin: FRESH_OPENAI });
    expect(fake.requests).toHaveLength(2);
    const j = JSON.parse(r.stdout);
    expect(j.old.source).toMatchObject({ kind: 'dotenv', file: '.env', line: 1 });
    expect(j.conclusion.nextSteps[0]).toMatch(/^Replace OPENAI_API_KEY at \.env:1/);
    expect(r.stdout).not.toContain(OLD);
    expect(r.stdout).not.toContain(FRESH_OPENAI);
  });

  it('pretty output names both keys by redacted form and fingerprint only', async () => {
    fake = await perKey(answer('401-account-deactivated'), answer('200-models-list'));
    const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--base-url', fake.url, '--no-color'], { env: { OPENAI_API_KEY: OLD }, stdin: FRESH_OPENAI });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/configured\s+✗ invalid_user\s+sk-proj-…/);
    expect(r.stdout).toMatch(/fresh\s+✓ ok\s+sk-proj-…PLE1\s+sha256:[0-9a-f]{8}/);
    expect(r.stdout).toContain('conclusion');
    expect(r.stdout + r.stderr).not.toContain(OLD);
    expect(r.stdout + r.stderr).not.toContain(FRESH_OPENAI);
  });

  it('a provider that echoes the fresh key back cannot make it appear in the output', async () => {
    fake = await startFakeProvider((req) => ({
      status: 401,
      body: { error: { message: `Incorrect API key provided: ${String(req.headers.authorization).replace('Bearer ', '')}`, code: 'invalid_api_key' } },
    }));
    for (const format of ['json', 'pretty']) {
      const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--format', format, '--base-url', fake.url], { env: { OPENAI_API_KEY: OLD }, stdin: FRESH_OPENAI });
      expect(r.stdout.length).toBeGreaterThan(0);
      expect(r.stdout + r.stderr).not.toContain(FRESH_OPENAI);
      expect(r.stdout + r.stderr).not.toContain(OLD);
    }
  });

  it('without --fresh-stdin: usage error, exit 2, nothing sent', async () => {
    fake = await perKey(answer('200-models-list'), answer('200-models-list'));
    const r = await compareCli(['compare', 'OPENAI_API_KEY', '--base-url', fake.url], { env: { OPENAI_API_KEY: OLD }, stdin: FRESH_OPENAI });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fresh-stdin');
    expect(fake.requests).toHaveLength(0);
  });

  it('the configured key fed back as the fresh one: usage error, exit 2, nothing sent, no key shown', async () => {
    fake = await perKey(answer('200-models-list'), answer('200-models-list'));
    const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--base-url', fake.url], { env: { OPENAI_API_KEY: OLD }, stdin: `${OLD}\n` });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the configured OPENAI_API_KEY itself \(sha256:[0-9a-f]{8}\)/);
    expect(r.stderr).not.toContain(OLD);
    expect(fake.requests).toHaveLength(0);
  });

  it('empty standard input: usage error, exit 2', async () => {
    const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin'], { env: { OPENAI_API_KEY: OLD }, stdin: '\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standard input held no key');
  });

  it('a variable set nowhere: usage error, exit 2', async () => {
    const r = await compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin'], { stdin: FRESH_OPENAI });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OPENAI_API_KEY is not set');
  });

  it('a key given where the variable name goes is refused without echoing it', async () => {
    const r = await compareCli(['compare', 'sk-proj-abc/def', '--fresh-stdin'], { stdin: FRESH_OPENAI });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('never goes on the command line');
  });
});
