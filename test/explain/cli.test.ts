// keydoctor explain as a user runs it: text, structured parts, standard input;
// exit codes 0 (classified), 1 (unknown), 2 (bad input); nothing of a key echoed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { canary, FAKE } from '../helpers/keys.js';
import { runExplain } from './run.js';

const ISSUE_EXAMPLE = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'keydoctor-explain-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe('keydoctor explain: input forms', () => {
  it('explains text given as an argument and exits 0', async () => {
    const r = await runExplain([ISSUE_EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/invalid_key\s+OpenAI/);
    expect(r.stdout).toContain('openai.invalid_api_key');
    expect(r.stdout).toContain('platform.openai.com/api-keys');
  });

  it('prints one JSON object with category, provider, summary, evidence and fixes', async () => {
    const r = await runExplain(['--json', ISSUE_EXAMPLE]);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ category: 'invalid_key', provider: 'openai', rule: 'openai.invalid_api_key', exitCode: 0 });
    expect(typeof json.summary).toBe('string');
    expect(Array.isArray(json.evidence) && Array.isArray(json.fixes)).toBe(true);
    expect((await runExplain(['--format', 'json', ISSUE_EXAMPLE])).stdout).toBe(r.stdout.replace(/"generatedAt".*\n/, ''));
  });

  it('reads the error from standard input when no text is given (kubectl logs | keydoctor explain)', async () => {
    const log = '2024-05-01T10:00:00Z INFO starting\n2024-05-01T10:00:01Z ERROR Error code: 429 - {\'error\': {\'message\': \'You exceeded your current quota, please check your plan and billing details.\', \'type\': \'insufficient_quota\', \'param\': None, \'code\': \'insufficient_quota\'}}\n';
    const r = await runExplain(['--json'], { stdin: log });
    expect(JSON.parse(r.stdout)).toMatchObject({ category: 'billing_or_quota', status: 429 });
  });

  it('takes --provider, --status, --header and --body-file as the parts of an answer', async () => {
    const body = file('response.json', JSON.stringify({ message: 'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.' }));
    const r = await runExplain(['--json', '--provider', 'github', '--status', '403', '--header', 'x-github-sso: required; url=https://github.com/orgs/fake/sso', '--body-file', body]);
    expect(JSON.parse(r.stdout)).toMatchObject({ category: 'insufficient_permissions', provider: 'github', providerFrom: 'flag', rule: 'github.saml_sso', status: 403 });
  });

  it('reads the body from standard input with --body-file -', async () => {
    const r = await runExplain(['--json', '--provider', 'stripe', '--status', '401', '--body-file', '-'], {
      stdin: JSON.stringify({ error: { code: 'api_key_expired', message: 'Expired API Key provided: rk_test_****FAKE', type: 'invalid_request_error' } }),
    });
    expect(JSON.parse(r.stdout)).toMatchObject({ category: 'revoked_or_expired', provider: 'stripe', rule: 'stripe.api_key_expired' });
  });

  it('exits 1 when the error cannot be classified', async () => {
    const r = await runExplain(['something went wrong somewhere']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unknown');
  });
});

describe('keydoctor explain: bad input exits 2 with one line, no stack', () => {
  const cases: Array<[string, string[], Parameters<typeof runExplain>[1]]> = [
    ['no text on an interactive terminal', [], {}],
    ['empty standard input', [], { stdin: '   \n' }],
    ['a status outside 100-599', ['--status', '999', 'x'], {}],
    ['a header without a colon', ['--header', 'nocolon', 'x'], {}],
    ['an unknown provider', ['--provider', 'nosuchprovider', 'x'], {}],
    ['a body file that does not exist', ['--body-file', '/nonexistent/keydoctor/body.json'], {}],
  ];
  for (const [what, args, opts] of cases) {
    it(what, async () => {
      const r = await runExplain(args, opts);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^keydoctor: .+\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('binary on standard input', async () => {
    const bytes = Buffer.alloc(256 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const r = await runExplain([], { stdin: bytes });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('binary');
  });

  it('a writer that never stops: reading ends at 1 MiB instead of hanging', async () => {
    let sent = 0;
    const endless = new Readable({
      read() {
        sent += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024, sent % 3 ? 0xff : 0x00));
      },
    });
    const r = await runExplain([], { stdin: endless });
    expect(r.code).toBe(2);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('keydoctor explain: long input', () => {
  it('reads the first MiB of a long log, says so, and still finds the error', async () => {
    const filler = '2024-05-01T10:00:00Z INFO request served in 12 ms\n'.repeat(50_000);
    const r = await runExplain(['--json'], { stdin: `getaddrinfo ENOTFOUND api.openai.com\n${filler}` });
    const json = JSON.parse(r.stdout) as { category: string; notices: string[] };
    expect(json.category).toBe('network_error');
    expect(json.notices.join(' ')).toMatch(/first 1024 KiB/);
  });
});

describe('keydoctor explain: never echoes a key', () => {
  it('redacts a full key pasted in the text, reports it as seen, and warns about argv', async () => {
    const key = canary('explain');
    const r = await runExplain(['--json', `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key}.', 'code': 'invalid_api_key'}}`]);
    expect(r.stdout).not.toContain(key);
    const json = JSON.parse(r.stdout) as { keysSeen: Array<{ redacted: string; provider: string }>; notices: string[] };
    expect(json.keysSeen).toEqual([expect.objectContaining({ provider: 'openai', redacted: expect.stringMatching(/^sk-proj-…/) })]);
    expect(json.notices.join(' ')).toMatch(/full key.*Rotate/);
    expect(json.notices.join(' ')).toMatch(/shell history/);
  });

  it('redacts keys of every known format in the pretty output too, from standard input', async () => {
    const text = `tried ${FAKE.anthropic} and ${FAKE.stripeLive} and ${FAKE.githubClassic}: 401 {"message":"Bad credentials"}`;
    const r = await runExplain([], { stdin: text });
    for (const k of [FAKE.anthropic, FAKE.stripeLive, FAKE.githubClassic]) expect(r.stdout).not.toContain(k);
    expect(r.stdout).not.toMatch(/shell history/);
  });

  it('redacts the value of a secret variable of the environment when the text holds it', async () => {
    const secret = 'zq9FAKEopaque7secret3value';
    const r = await runExplain([`401 {"error":{"message":"Invalid token ${secret}"}}`], { env: { ACME_API_TOKEN: secret } });
    expect(r.stdout).not.toContain(secret);
  });
});
