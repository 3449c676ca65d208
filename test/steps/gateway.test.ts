// A gateway of the user's own (a base URL that is not the provider's) answering
// with its own 5xx error page is the gateway's failure, not a provider outage:
// "check the provider's status page" sent people to the wrong place.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifyHttp } from '../../src/classify/http.js';
import { startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';

const NGINX_502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n';
const answer = { status: 502, headers: { 'content-type': 'text/html' }, text: NGINX_502, json: undefined };

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
beforeAll(() => ensureBuilt(), 120_000);

describe('a gateway\'s own error page', () => {
  it('from a custom base URL: proxy_error naming the gateway; from the provider\'s own host: provider_outage', () => {
    expect(classifyHttp(answer, { gateway: 'llm-gw.internal:8443' })).toMatchObject({ category: 'proxy_error', verdict: 'indeterminate', rule: 'http.gateway_5xx' });
    expect(classifyHttp(answer, { gateway: 'llm-gw.internal:8443' }).fixes[0]).toMatch(/^Check the gateway at llm-gw\.internal:8443: is it up/);
    expect(classifyHttp(answer)).toMatchObject({ category: 'provider_outage', rule: 'http.5xx' });
  });

  it('end to end: the screen names the gateway and never the provider\'s status page', async () => {
    fake = await startFakeProvider({ status: 502, headers: { 'content-type': 'text/html' }, bodyText: NGINX_502 });
    const r = await runCli(['check'], { env: { OPENAI_API_KEY: FAKE.openaiProject, KEYDOCTOR_OPENAI_BASE_URL: fake.url } });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^\? OPENAI_API_KEY {2}OpenAI {2}proxy_error$/m);
    expect(r.stdout).toContain(`Check the gateway at 127.0.0.1:${fake.port}: is it up, and can it reach the provider?`);
    expect(r.stdout).not.toContain('status page');
  });
});
