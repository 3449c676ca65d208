// The fault matrix, part 2: an answer comes, but not the one it seems
// (sizes, encodings, redirects, rate limits, outages, errors in a 200). Run through the
// built CLI (`check --format json --timeout N`). Each fault must end in the
// right category and exit code (3: inconclusive; 1 only where the answer
// proves a key problem), with a fix that names the likely cause, and the run
// must finish: each test's vitest timeout is the CLI's --timeout plus
// MARGIN_MS. No timing is asserted. Every fault runs with a canary key that
// must appear in no output, and servers that quote the credentials back.
import { describe, expect, it } from 'vitest';
import { loadAnswer } from '../fake-provider/server.js';
import { assertNoCanary, checkJson, findings, MARGIN_MS } from './helpers.js';
import { echo, expectVerdict, faultHooks, run, server, T } from './fault-run.js';

faultHooks();

describe('answers that are not what they seem', () => {
  it('a 64 MB answer is read to 1 MiB only, with a finding: unknown (JSON cut short), exit 3', async () => {
    const total = 64 * 1024 * 1024;
    const s = await server({ kind: 'huge', bytes: total });
    const v = await run('huge', s.url, { timeout: 10_000 });
    expectVerdict(v, 'unknown', 3, /cut off|proxy/);
    expect(findings(v.k).map((f) => f.code)).toContain('live.body_truncated');
    expect(s.sent).toBeLessThan(total); // the client stopped reading; the rest was never sent
  }, 10_000 + MARGIN_MS);

  it('a 12 MB HTML 502 from a gateway (the base URL is not the provider\'s) is read to 1 MiB: proxy_error naming the gateway, exit 3', async () => {
    const s = await server({ kind: 'huge', bytes: 12 * 1024 * 1024, status: 502, contentType: 'text/html' });
    const v = await run('huge-html', s.url, { timeout: 10_000 });
    expectVerdict(v, 'proxy_error', 3, /Check the gateway at 127\.0\.0\.1:\d+/);
    expect(findings(v.k).map((f) => f.code)).toContain('live.body_truncated');
  }, 10_000 + MARGIN_MS);

  it('a 200 whose JSON body does not parse: unknown, exit 3, never ok', async () => {
    const s = await server({ kind: 'answer', status: 200, body: '{"object":"list","data":[{"id":"gpt-4o"' });
    const v = await run('bad-json', s.url);
    expectVerdict(v, 'unknown', 3, /proxy|base URL/);
    expect(v.k.classification?.rule).toBe('http.invalid_json');
  }, T + MARGIN_MS);

  it('an HTML page with status 200 (a captive portal): proxy_error, exit 3', async () => {
    const s = await server((req) => ({ kind: 'answer', status: 200, headers: { 'content-type': 'text/html' }, body: `<!DOCTYPE html><html><title>Hotel WiFi login</title><p>${echo(req)}</p></html>` }));
    const v = await run('portal', s.url);
    expectVerdict(v, 'proxy_error', 3, /portal/);
  }, T + MARGIN_MS);

  it.each([['not-gzip'], ['corrupt-stream']] as const)('content-encoding gzip over %s bytes: network_error (corrupt body), exit 3', async (damaged) => {
    const s = await server({ kind: 'gzip-garbage', damaged });
    const v = await run(`gzip-${damaged}`, s.url);
    expectVerdict(v, 'network_error', 3, /proxy|antivirus/);
    expect(v.k.live?.errorCode).toBe('ERR_BODY_DECODE');
  }, T + MARGIN_MS);

  it('a well-formed gzip answer is decoded and read like any other (401 invalid_api_key: exit 1)', async () => {
    const { gzipSync } = await import('node:zlib');
    const answer = loadAnswer('openai', '401-invalid-api-key').response;
    const s = await server({ kind: 'answer', status: 401, headers: { 'content-encoding': 'gzip' }, body: gzipSync(JSON.stringify(answer.body)) });
    const v = await run('gzip-ok', s.url);
    expectVerdict(v, 'invalid_key', 1, /API key|key/i);
  }, T + MARGIN_MS);

  it.each([[301], [302], [307], [308]])('a %i to another host is not followed: proxy_error, exit 3, the other host receives nothing', async (status) => {
    const other = await server({ kind: 'answer', status: 200, body: JSON.stringify(loadAnswer('openai', '200-models-list').response.body) });
    const s = await server({ kind: 'answer', status, headers: { location: `${other.url}/v1/models` } });
    const v = await run(`redirect-${status}`, s.url);
    expectVerdict(v, 'proxy_error', 3, /base URL/);
    expect(v.k.classification?.rule).toBe('http.redirect');
    expect(v.k.classification?.evidence.join(' ')).toContain('not followed');
    expect(s.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
  }, T + MARGIN_MS);
});

describe('the provider says no, or not now', () => {
  it('429 without Retry-After: asked again twice, then rate_limited, exit 3', async () => {
    const s = await server((req) => ({ kind: 'answer', status: 429, body: JSON.stringify({ error: { message: `Rate limit reached for ${echo(req)}`, type: 'requests', code: 'rate_limit_exceeded' } }) }));
    const v = await run('429', s.url, { timeout: 5000 });
    expectVerdict(v, 'rate_limited', 3, /[Ww]ait/);
    expect(s.requests).toHaveLength(3);
    expect(v.k.live?.attempts).toBe(3);
    expect(findings(v.k).map((f) => f.code)).toContain('live.retried');
  }, 5000 + MARGIN_MS);

  it('429 with Retry-After: 1: honoured, asked again twice, then rate_limited, exit 3', async () => {
    const s = await server({ kind: 'answer', status: 429, headers: { 'retry-after': '1' }, body: '{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}}' });
    const v = await run('429-ra', s.url, { timeout: 5000 });
    expectVerdict(v, 'rate_limited', 3, /[Ww]ait/);
    expect(s.requests).toHaveLength(3);
    expect(v.k.live?.headers['retry-after']).toBe('1');
  }, 5000 + MARGIN_MS);

  it('429 with a Retry-After beyond the cap (120 s): not asked again, rate_limited, exit 3', async () => {
    const s = await server({ kind: 'answer', status: 429, headers: { 'retry-after': '120' }, body: '{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}}' });
    const v = await run('429-long', s.url);
    expectVerdict(v, 'rate_limited', 3, /[Ww]ait/);
    expect(s.requests).toHaveLength(1);
    expect(v.k.live?.attempts).toBeUndefined();
  }, T + MARGIN_MS);

  it('429 with a Retry-After longer than the time left: not asked again', async () => {
    const s = await server({ kind: 'answer', status: 429, headers: { 'retry-after': '2' }, body: '{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}}' });
    const v = await run('429-timeout', s.url, { timeout: 1000 });
    expectVerdict(v, 'rate_limited', 3, /[Ww]ait/);
    expect(s.requests).toHaveLength(1);
  }, 1000 + MARGIN_MS);

  it('429 then 200: the retry gets the verdict (ok, exit 0), the attempts recorded', async () => {
    const ok = loadAnswer('openai', '200-models-list').response;
    const s = await server((_req, i) => (i === 0 ? { kind: 'answer', status: 429, headers: { 'retry-after': '0' }, body: '{}' } : { kind: 'answer', status: 200, body: JSON.stringify(ok.body) }));
    const v = await run('429-then-ok', s.url, { timeout: 5000 });
    expect({ category: v.k.category, exit: v.r.code }).toEqual({ category: 'ok', exit: 0 });
    expect(v.k.live?.attempts).toBe(2);
  }, 5000 + MARGIN_MS);

  it('500: provider_outage, exit 3', async () => {
    const s = await server({ kind: 'answer', status: 500, body: '{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}' });
    expectVerdict(await run('500', s.url), 'provider_outage', 3, /status page|later/);
  }, T + MARGIN_MS);

  it('502 with a gateway\'s HTML page from a base URL that is not the provider\'s: proxy_error, exit 3, the gateway named, no status page', async () => {
    const s = await server((req) => ({ kind: 'answer', status: 502, headers: { 'content-type': 'text/html' }, body: `<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center><!-- ${echo(req)} --></body></html>` }));
    const v = await run('502', s.url);
    expectVerdict(v, 'proxy_error', 3, /Check the gateway at 127\.0\.0\.1:\d+/);
    expect(v.k.fixes.join(' ')).not.toMatch(/status page/);
    expect(v.k.classification?.evidence.join(' ')).toMatch(/HTML|gateway/);
  }, T + MARGIN_MS);

  it('503 overloaded: provider_outage, exit 3', async () => {
    const s = await server({ kind: 'answer', status: 503, body: '{"error":{"message":"The engine is currently overloaded, please try again later","type":"server_error"}}' });
    expectVerdict(await run('503', s.url), 'provider_outage', 3, /status page|later/);
  }, T + MARGIN_MS);

  it('200 with an error body the probe recognises (Slack ok:false invalid_auth): invalid_key, exit 1', async () => {
    const s = await server((req) => ({ kind: 'answer', status: 200, body: JSON.stringify({ ok: false, error: 'invalid_auth', warning: echo(req) }) }));
    const key = `xoxb-1234567890-1234567890-CANARY${Math.random().toString(36).slice(2, 10).toUpperCase()}FAKEEX`;
    const v = await checkJson(['--timeout', String(T)], { SLACK_BOT_TOKEN: key, KEYDOCTOR_SLACK_BASE_URL: s.url });
    assertNoCanary(v.r, key);
    expectVerdict(v, 'invalid_key', 1, /OAuth|token/);
  }, T + MARGIN_MS);

  it('200 with an error body nobody recognises: unknown, exit 3, never ok', async () => {
    const s = await server({ kind: 'answer', status: 200, body: '{"error":{"message":"upstream said no"}}' });
    const v = await run('200-error', s.url);
    expectVerdict(v, 'unknown', 3, /report|body/);
    expect(v.k.classification?.rule).toBe('http.2xx_error_body');
  }, T + MARGIN_MS);
});
