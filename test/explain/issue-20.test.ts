// The five texts of issue 20, as a new user pasted them, and the runtime-aware fixes.
// Keys are fake; request ids are made up in the providers' formats.
import { describe, expect, it } from 'vitest';
import { classifyNetError } from '../../src/classify/network.js';
import { explain } from '../../src/explain/explain.js';
import { renderExplainPretty } from '../../src/render/explain-pretty.js';

const run = (text: string) => explain({ text }).result;
const screen = (text: string) => renderExplainPretty(run(text), { color: false });

const PY_TLS = `Traceback (most recent call last):
  File "/usr/lib/python3.12/site-packages/httpx/_transports/default.py", line 101, in map_httpcore_exceptions
    yield
httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)

The above exception was the direct cause of the following exception:

openai.APIConnectionError: Connection error.`;

describe('issue 20: a Python TLS failure gets the Python fix, not Node\'s', () => {
  it('reads the runtime from the traceback and names SSL_CERT_FILE / REQUESTS_CA_BUNDLE', () => {
    const r = run(PY_TLS);
    expect(r.category).toBe('tls_error');
    expect(r.runtime).toBe('python');
    const fixes = r.fixes.join('\n');
    expect(fixes).toMatch(/SSL_CERT_FILE/);
    expect(fixes).toMatch(/REQUESTS_CA_BUNDLE/);
    expect(fixes).toMatch(/certifi/);
    expect(fixes).not.toMatch(/NODE_EXTRA_CA_CERTS/);
    expect(r.evidence.join('\n')).toMatch(/raised by Python/);
  });

  it('gives Node its fix only for Node text', () => {
    const r = run("Error: unable to get local issuer certificate\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1558:34) {\n  code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'\n}");
    expect(r.runtime).toBe('node');
    expect(r.fixes.join('\n')).toMatch(/NODE_EXTRA_CA_CERTS/);
  });

  it.each([
    ['java', 'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target', /keytool/],
    ['go', 'Post "https://api.openai.com/v1/chat/completions": tls: failed to verify certificate: x509: certificate signed by unknown authority', /SSL_CERT_FILE/],
    ['curl', 'curl: (60) SSL certificate problem: unable to get local issuer certificate', /--cacert/],
    ['dotnet', 'System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.', /Trusted Root/],
  ])('%s: the trust fix is the runtime\'s own', (runtime, text, fix) => {
    const r = run(text);
    expect(r.category).toBe('tls_error');
    expect(r.runtime).toBe(runtime);
    expect(r.fixes.join('\n')).toMatch(fix);
    expect(r.fixes.join('\n')).not.toMatch(/NODE_EXTRA_CA_CERTS/);
  });

  it('names every common runtime\'s setting when the text shows none', () => {
    const r = run('certificate verify failed: self signed certificate in certificate chain');
    expect(r.category).toBe('tls_error');
    expect(r.runtime).toBeUndefined();
    const fixes = r.fixes.join('\n');
    for (const s of ['SSL_CERT_FILE', 'NODE_EXTRA_CA_CERTS', 'keytool', '--cacert']) expect(fixes).toContain(s);
  });

  it('gives proxy and DNS fixes for the runtime too', () => {
    expect(run("requests.exceptions.ProxyError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))").fixes.join('\n'))
      .toMatch(/requests, httpx/);
    const go = run('dial tcp: lookup api.openai.com on 127.0.0.11:53: server misbehaving');
    expect(go.category).toBe('network_error');
    expect(go.fixes.join('\n')).toMatch(/nslookup api\.openai\.com/);
    expect(go.fixes.join('\n')).toMatch(/GODEBUG=netdns=cgo/);
  });

  it('leaves check\'s own request (Node) with the Node fix', () => {
    expect(classifyNetError('UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'x').fixes.join('\n')).toMatch(/NODE_EXTRA_CA_CERTS/);
    expect(classifyNetError('ENOTFOUND', 'x', 'api.openai.com').fixes.join('\n')).toMatch(/keydoctor resolves through it/);
  });
});

describe('issue 20: a text without a status never shows "status 0"', () => {
  const STRIPE = '{"error": {"code": "resource_missing", "doc_url": "https://stripe.com/docs/error-codes/resource-missing", "message": "No such customer: \'cus_FAKE123\'", "param": "customer", "type": "invalid_request_error"}}';
  const SLACK = 'slack_sdk.errors.SlackApiError: The request to the Slack API failed.\nThe server responded with: {\'ok\': False, \'error\': \'invalid_auth\'}';
  it.each([['Stripe JSON', STRIPE], ['Slack text', SLACK]])('%s', (_name, text) => {
    const r = run(text);
    expect(r.status).toBeUndefined();
    expect(r.evidence.join('\n')).not.toMatch(/status 0/);
    expect(screen(text)).not.toMatch(/status 0/);
  });
  it('says in words that the text has no status', () => {
    expect(screen(SLACK)).toMatch(/no status in the text/);
  });
});

describe('issue 20: an SDK exception gives the status, the body gives the meaning', () => {
  it('anthropic.PermissionDeniedError with its body is not unknown', () => {
    const r = run("anthropic.PermissionDeniedError: Error code: 403 - {'type': 'error', 'error': {'type': 'permission_error', 'message': 'Your API key does not have permission to use the specified resource.'}, 'request_id': 'req_011CFAKEFAKEFAKEFAKE1234'}");
    expect(r.category).not.toBe('unknown');
    expect(r.status).toBe(403);
    expect(r.provider).toBe('anthropic');
  });
  it('the class alone gives a status, not a category a person could not give', () => {
    const r = run('anthropic.PermissionDeniedError: Permission denied');
    expect(r.status).toBe(403);
  });
});

describe('issue 20: request ids and the provider\'s code are shown', () => {
  it('from a curl -i transcript (request-id: header)', () => {
    const text = 'HTTP/2 401 \ndate: Tue, 02 Dec 2025 10:00:00 GMT\ncontent-type: application/json\nrequest-id: req_011CFAKEexample0000001\n\n{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CFAKEexample0000001"}';
    const r = run(text);
    expect(r.requestId).toBe('req_011CFAKEexample0000001');
    expect(r.providerCode).toBe('authentication_error');
    expect(screen(text)).toMatch(/request +req_011CFAKEexample0000001/);
  });
  it('from the Node SDK\'s request_id field', () => {
    const text = "Error: 403 {\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"Permission denied\"}}\n    at APIError.generate (node_modules/@anthropic-ai/sdk/error.js:44:20) {\n  status: 403,\n  request_id: 'req_011CFAKEexample0000002',\n  error: { type: 'error', error: { type: 'permission_error', message: 'Permission denied' } }\n}";
    expect(run(text).requestId).toBe('req_011CFAKEexample0000002');
  });
  it('from x-request-id, and never a placeholder such as undefined', () => {
    expect(run('HTTP/1.1 429 Too Many Requests\nx-request-id: 6b1dFAKE4e1f0a9e\n\n{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}').requestId).toBe('6b1dFAKE4e1f0a9e');
    expect(run("status: 403,\n  request_id: undefined,\n  error: { error: { type: 'forbidden', message: 'Request not allowed' } }").requestId).toBeUndefined();
  });
});

describe('issue 20: a distinctive phrase names the provider, with the reason', () => {
  it('"Bad credentials" alone names GitHub', () => {
    const r = run('Bad credentials');
    expect(r.provider).toBe('github');
    expect(r.providerFrom).toBe('text');
    expect(r.recognisedBy.join(' ')).toMatch(/wording "Bad credentials"/);
    expect(screen('Bad credentials')).toMatch(/recognised by wording "Bad credentials"/);
  });
  it('words several providers use name nobody', () => {
    expect(run('Invalid API key').provider).toBeNull();
  });
});
