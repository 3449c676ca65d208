// The thirtieth tuning round of issue 20 (2026-12-06): heldout37-38's misses that show the key itself in the text (an
// echoed value that is empty or a log line, a JSON object sent as a bearer token, a live key sent to a sandbox host) or
// name their cause in words any service may use (an IP outside the allow-list, a stored session gone), after both
// batches' untuned figures and blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording
// the rules cite, with made-up names, ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('the key the text shows', () => {
  readAs('malformed_key', [
    ["notifier.deliver: invalid api key: ''"],
    ['{"code":401,"message":"API key parameter \'INFO:worker:Starting up\' is invalid"}'],
    ['exporter: 401 Unauthorized (body: token does not match: Bearer {"token":"<token>"})'],
    ["login fail: please put the API key in the 'Authorization' header of the request"],
  ]);
  readAs('wrong_environment', [
    ['POST https://api-sandbox.example-pay.com/v2/checkout 401 (Unauthorized)\n{"error":"Invalid authentication credentials."}\nExamplePay.init(\'pk_live_FAKE0000000000000000\')'],
  ]);
});

describe('causes in words no rule knew', () => {
  readAs('insufficient_permissions', [
    ['{"error":"Unauthorized IP address: 203.0.113.7","status":401}'],
    ['Error: IP not whitelisted for this API key'],
    ['the path of request is not allowed with appid: FAKEappid [407]'],
  ]);
  readAs('revoked_or_expired', [['Error: Unauthorized - Session not found. Run `example login` again.']]);
  readAs('invalid_user', [['{"message":"Der API-Zugriff ist für gelöschte Nutzer gesperrt"}']]);
});

describe('what round 30 may not do', () => {
  it('a live key sent to a live host is not a sandbox mix-up', () => {
    expect(explainText('POST https://api.example-pay.com/v2/checkout 401\n{"error":"invalid api key"}\nkey=pk_live_FAKE0000000000000000').category).toBe('invalid_key');
  });
  it('the evidence names the sandbox host, never the key', () => {
    const r = explainText('POST https://api-sandbox.example-pay.com/v2/x 401\n{"error":"invalid api key"}\nkey=sk_live_FAKE0000000000000000');
    expect(r.evidence.join(' ')).toContain('api-sandbox.example-pay.com');
    expect(JSON.stringify(r)).not.toContain('sk_live_FAKE0000000000000000');
  });
  it('a key echoed back with letters is judged as before', () => {
    expect(explainText("Error: invalid api key: 'FAKEabcdefghijklmnopqrstuvwx1234'").category).toBe('invalid_key');
  });
  it('a proxy\'s 407 is still a proxy', () => {
    expect(explainText('HTTP/1.1 407 Proxy Authentication Required').category).toBe('proxy_error');
  });
});
