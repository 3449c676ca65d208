// A provider that echoes the key it received, cut or escaped, end to end
// through the built CLI: the three leaks an adversarial review reproduced, each
// against a loopback server answering as Google does, each output (json, junit,
// both report files) searched for any 8 characters of the key, as written and
// decoded. The short form shows "AIza" and the last 4; nothing else of the key
// may be there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeProvider, type FakeProvider, type RecordedResponse } from '../fake-provider/server.js';
import { ensureBuilt, emptyProject, runCli } from '../helpers/cli.js';
import { jsonEscaped, leakedWindows, percentEncoded } from './leaks.js';

/** A Google API key in format (AIza + 35), visibly fake, unique to this run. */
function geminiCanary(): string {
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let tail = '';
  for (let i = 0; i < 29; i++) tail += alnum[Math.floor(Math.random() * alnum.length)];
  return `AIzaSyFAKE${tail}`;
}

/** Google's 400 envelope for a bad key, with `message` as its message. */
function invalidKey(message: string): RecordedResponse {
  return {
    status: 400,
    body: { error: { code: 400, message, status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }] } },
  };
}

/** The same envelope written by hand, so the key can stand in it escaped. */
function rawEnvelope(keyText: string): RecordedResponse {
  return { status: 400, headers: { 'content-type': 'application/json' }, bodyText: `{"error":{"code":400,"message":"API key not valid: ${keyText}","status":"INVALID_ARGUMENT"}}` };
}

interface Case {
  rule: string;
  answer: (key: string) => RecordedResponse;
  /** What shows the echo reached the output at all (so a clean output is not a vacuous pass). */
  reached: (reportJson: string, checkJson: string) => void;
}

const excerptOf = (reportJson: string) => (JSON.parse(reportJson) as { keys: { live?: { bodyExcerpt?: string } }[] }).keys[0]?.live?.bodyExcerpt ?? '';

const cases: Case[] = [
  {
    rule: 'a provider message cut at 157 characters keeps no 8 characters of the key (35 of 39 were left)',
    answer: (key) => invalidKey(`API key not valid. ${'x'.repeat(102)} ${key}`),
    reached: (_report, check) => {
      const evidence = (JSON.parse(check) as { keys: { classification?: { evidence: string[] } }[] }).keys[0]?.classification?.evidence.join(' ') ?? '';
      expect(evidence).toMatch(/API key not valid\. x+ \[REDACTED part of AIza…/);
    },
  },
  {
    rule: 'the 2,000-character body excerpt keeps no 8 characters of the key (38 of 39 were left)',
    answer: (key) => ({ status: 400, bodyText: `${'x'.repeat(1962)}${key}${'y'.repeat(60)}` }),
    reached: (report) => expect(excerptOf(report)).toMatch(/^x{1962}\[REDACTED part of AIza…\w{4} sha256:[0-9a-f]{8}\]…$/),
  },
  {
    rule: 'a key echoed JSON-\\u-escaped, every character, is masked in the body excerpt',
    answer: (key) => rawEnvelope(jsonEscaped(key)),
    reached: (report) => expect(excerptOf(report)).toMatch(/API key not valid: \[REDACTED AIza…/),
  },
  {
    rule: 'a key echoed with every third character \\u-escaped is masked in the body excerpt',
    answer: (key) => rawEnvelope(jsonEscaped(key, 3)),
    reached: (report) => expect(excerptOf(report)).toMatch(/API key not valid: \[REDACTED AIza…/),
  },
  {
    rule: 'a key echoed percent-encoded, every character, is masked in the body excerpt',
    answer: (key) => rawEnvelope(percentEncoded(key)),
    reached: (report) => expect(excerptOf(report)).toMatch(/API key not valid: \[REDACTED AIza…/),
  },
  {
    rule: 'a key echoed with some characters percent-encoded, one twice (%2541), is masked in the body excerpt',
    answer: (key) => rawEnvelope(percentEncoded(key, 2).replace('%', '%25')),
    reached: (report) => expect(excerptOf(report)).toMatch(/API key not valid: \[REDACTED AIza…/),
  },
];

let servers: FakeProvider[] = [];
beforeAll(() => ensureBuilt(), 120_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('a provider echoing the key, cut or escaped, leaves no part of it in any output', () => {
  for (const c of cases) {
    it(c.rule, async () => {
      const key = geminiCanary();
      const server = await startFakeProvider((req) => {
        // Echo only what was sent: a server that never saw the key proves nothing.
        const sent = String(req.headers['x-goog-api-key'] ?? '');
        return c.answer(sent);
      });
      servers.push(server);
      const env = { GEMINI_API_KEY: key, KEYDOCTOR_GOOGLE_GEMINI_BASE_URL: server.url };
      const cwd = emptyProject();
      const outputs: [string, string][] = [];
      let checkJson = '';
      for (const format of ['json', 'junit', 'pretty']) {
        const r = await runCli(['check', '--format', format, '-v'], { cwd, env });
        outputs.push([`check ${format} stdout`, r.stdout], [`check ${format} stderr`, r.stderr]);
        if (format === 'json') checkJson = r.stdout;
      }
      const rep = await runCli(['report', '--out', cwd], { cwd, env });
      outputs.push(['report stdout', rep.stdout], ['report stderr', rep.stderr]);
      const files = readdirSync(cwd).filter((f) => f.startsWith('keydoctor-report-'));
      expect(files).toHaveLength(2);
      for (const f of files) outputs.push([f, readFileSync(join(cwd, f), 'utf8')]);

      expect(server.requests.length).toBeGreaterThan(0);
      expect(server.requests.every((r) => r.headers['x-goog-api-key'] === key)).toBe(true);
      c.reached(outputs.find(([n]) => n.endsWith('.json'))![1], checkJson);
      for (const [where, text] of outputs) expect(leakedWindows(text, key), `8-character windows of the key in ${where}`).toEqual([]);
    }, 60_000);
  }
});
