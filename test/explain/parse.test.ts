// Reading pasted text: literals SDKs print, statuses in every form, curl -i,
// wrapped and escaped JSON, HTML pages, and network failures in words.
import { describe, expect, it } from 'vitest';
import { literalToJson, parseLoose } from '../../src/explain/literal.js';
import { findNetworkCode } from '../../src/explain/netcodes.js';
import { parseInput, parseText } from '../../src/explain/parse.js';

describe('object literals as SDKs print them', () => {
  it('turns a Python dict repr into JSON: quotes, None/True/False, apostrophes inside double quotes', () => {
    const repr = `{'error': {'message': "You didn't provide an API key.", 'param': None, 'ok': False, 'retry': True, 'n': 3}}`;
    expect(JSON.parse(literalToJson(repr)!)).toEqual({ error: { message: "You didn't provide an API key.", param: null, ok: false, retry: true, n: 3 } });
  });

  it('keeps escaped quotes and backslashes inside Python strings', () => {
    expect(parseLoose(String.raw`{'m': 'it\'s a \\ path'}`)).toEqual({ m: "it's a \\ path" });
  });

  it('turns a Node util.inspect object into JSON: bare keys, single quotes, [Object], undefined', () => {
    const inspected = `{ error: { message: 'Incorrect API key provided', type: 'invalid_request_error', param: null, raw: [Object], code: undefined } }`;
    expect(parseLoose(inspected)).toEqual({ error: { message: 'Incorrect API key provided', type: 'invalid_request_error', param: null, raw: null, code: null } });
  });

  it('reads JSON logged inside a JSON string once unescaped', () => {
    expect(parseLoose(String.raw`{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}`)).toEqual({ type: 'error', error: { type: 'overloaded_error' } });
  });

  it('refuses text that is not a literal', () => {
    expect(literalToJson('{ error: invalid_token }')).toBeUndefined();
  });
});

describe('the status of a pasted error', () => {
  const forms: Array<[string, number]> = [
    ["openai.AuthenticationError: Error code: 401 - {'error': {}}", 401],
    ['Request failed with status code 429', 429],
    ['Authorization failed, status=401, body={}', 401],
    ['Status Code: 403', 403],
    ['[HTTP 401] Unable to create record: Authenticate', 401],
    ['openai.error.APIError: HTTP code 502 from API', 502],
    ['401 Client Error: Unauthorized for url: https://huggingface.co/api', 401],
    ['[400 Bad Request] API key not valid', 400],
    ['401 Incorrect API key provided: sk-proj-****abcd.', 401],
    ['google.api_core.exceptions.InvalidArgument: 400 API key not valid.', 400],
    ['GET https://api.github.com/x -> 403 / API rate limit exceeded', 403],
    ['Error response 401 while fetching https://api.mistral.ai/v1/chat/completions', 401],
    ['"POST / HTTP/1.1" 403 305', 403],
    ['<html><head><title>api.openai.com | 502: Bad gateway</title></head></html>', 502],
  ];
  for (const [text, status] of forms) {
    it(`reads ${status} from "${text.slice(0, 50)}"`, () => {
      expect(parseText(text).status).toBe(status);
    });
  }

  it('falls back to the envelope (Google: error.code) and then to the SDK class', () => {
    expect(parseText('{"error": {"code": 403, "message": "x", "status": "PERMISSION_DENIED"}}').status).toBe(403);
    expect(parseText('stripe.error.PermissionError: Request req_1: no').statusFrom).toBe('class PermissionError');
  });

  it('does not take ports, durations or counts for a status', () => {
    expect(parseText('connect ETIMEDOUT 128.242.250.157:443').status).toBeUndefined();
    expect(parseText('Limit 30000, Used 29937, Requested 385. Please try again in 644ms.').status).toBeUndefined();
  });
});

describe('answers pasted whole', () => {
  it('reads curl -i: the last status line, its headers and the body', () => {
    const p = parseText('HTTP/1.1 200 Connection established\n\nHTTP/2 403\ncontent-type: application/json\nx-github-sso: required; url=https://github.com/orgs/x/sso\n\n{"message":"Resource protected by organization SAML enforcement."}\n');
    expect(p.status).toBe(403);
    expect(p.headers).toMatchObject({ 'content-type': 'application/json', 'x-github-sso': expect.stringContaining('required') });
    expect(p.json).toEqual({ message: 'Resource protected by organization SAML enforcement.' });
  });

  it('unwraps a provider envelope that a client wrapped as a string (gemini-cli)', () => {
    const p = parseText(String.raw`{"error":{"message":"{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"API key expired.\",\n    \"status\": \"INVALID_ARGUMENT\"\n  }\n}\n","code":400,"status":"Bad Request"}}`);
    expect(p.json).toMatchObject({ error: { code: 400, message: 'API key expired.' } });
  });

  it('prefers an error envelope over a log line\'s own JSON fields', () => {
    const p = parseText('{"level":"error","msg":"request failed"} then 401 {"error":{"message":"Invalid API Key","code":"invalid_api_key"}}');
    expect(p.json).toEqual({ error: { message: 'Invalid API Key', code: 'invalid_api_key' } });
  });

  it('keeps an HTML page as the body and says it is HTML', () => {
    const p = parseText('openai.InternalServerError: <html>\n<head><title>502 Bad Gateway</title></head>');
    expect(p).toMatchObject({ html: true, status: 502 });
  });

  it('combines given parts with a body file: the flag status wins, headers are lower-cased', () => {
    const p = parseInput({ status: 403, headers: { 'X-GitHub-SSO': 'required' }, body: '{"message":"Resource protected"}' });
    expect(p).toMatchObject({ status: 403, statusFrom: 'given', headers: { 'x-github-sso': 'required' }, json: { message: 'Resource protected' } });
  });

  it('strips terminal colours and control bytes before reading', () => {
    expect(parseText('\u001b[31mERROR\u001b[0m 429 Too Many Requests\u0000').status).toBe(429);
  });
});

describe('network failures named or described', () => {
  const texts: Array<[string, string]> = [
    ["FetchError: request failed, reason: getaddrinfo ENOTFOUND api.openai.com code: 'ENOTFOUND'", 'ENOTFOUND'],
    ["cause: ConnectTimeoutError: Connect Timeout Error { code: 'UND_ERR_CONNECT_TIMEOUT' }", 'UND_ERR_CONNECT_TIMEOUT'],
    ['Failed to establish a new connection: [Errno -2] Name or service not known', 'ENOTFOUND'],
    ['dial tcp: lookup api.anthropic.com: no such host', 'ENOTFOUND'],
    ['curl: (7) Failed to connect to localhost port 11434: Connection refused', 'ECONNREFUSED'],
    ['SocketException: Connection reset by peer (OS Error: Connection reset by peer, errno = 104)', 'ECONNRESET'],
    ["[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992)", 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
    ['x509: certificate signed by unknown authority', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
    ['Error: self signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN'],
    ["Hostname/IP does not match certificate's altnames: Host: api.x.com. is not in the cert's altnames", 'ERR_TLS_CERT_ALTNAME_INVALID'],
    ['OSError: Tunnel connection failed: 407 Proxy Authentication Required', 'PROXY_AUTH_REQUIRED'],
    ['curl: (56) Received HTTP code 403 from proxy after CONNECT', 'PROXY_ERROR'],
    ["ProxyError('Cannot connect to proxy.', NewConnectionError('[Errno 111] Connection refused'))", 'PROXY_ERROR'],
    ['context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'ETIMEDOUT'],
  ];
  for (const [text, code] of texts) {
    it(`reads ${code} from "${text.slice(0, 48)}"`, () => {
      expect(findNetworkCode(text)?.code).toBe(code);
    });
  }

  it('lets a TLS failure speak for the resets and timeouts around it', () => {
    expect(findNetworkCode("ECONNRESET after SELF_SIGNED_CERT_IN_CHAIN then ETIMEDOUT")?.code).toBe('SELF_SIGNED_CERT_IN_CHAIN');
  });
});
