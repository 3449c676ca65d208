import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { perplexity } from '../../src/probes/perplexity/index.js';
import { classifyHttp } from '../../src/classify/http.js';
import type { Answer } from '../../src/probes/types.js';

probeSuite(perplexity);

const html = (status: number, text: string): Answer => ({ status, headers: { 'content-type': 'text/html' }, text });
const OPENRESTY_401 = '<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>openresty/1.21.4.3</center>\r\n</body>\r\n</html>\r\n';

describe('perplexity: never blame the key for a page that does not say why', () => {
  it('the openresty 401 page is recognised as Perplexity\'s edge, and stays indeterminate', () => {
    expect(perplexity.classify(html(401, OPENRESTY_401))).toMatchObject({ category: 'unknown', verdict: 'indeterminate', rule: 'perplexity.edge_401_page' });
  });
  it('any other HTML 401 is not recognised and falls to the generic proxy rule', () => {
    const portal = html(401, '<!doctype html><html><title>Sign in to the guest Wi-Fi</title></html>');
    expect(perplexity.classify(portal)).toBeUndefined();
    expect(classifyHttp(portal)).toMatchObject({ category: 'proxy_error', verdict: 'indeterminate' });
  });
  it('only the JSON invalid_api_key answer proves the key wrong', () => {
    const json = { error: { message: 'Invalid API key provided. You can find your API key at https://www.perplexity.ai/settings/api.', type: 'invalid_api_key', code: 401 } };
    expect(perplexity.classify({ status: 401, headers: {}, text: JSON.stringify(json), json })?.verdict).toBe('invalid');
  });
  it('checks the key with a free, read-only GET, not a billed completion', () => {
    const r = perplexity.request('pplx-' + 'FAKE'.repeat(12), { baseUrl: 'https://api.perplexity.ai', settings: {} });
    expect(r).toMatchObject({ method: 'GET', url: 'https://api.perplexity.ai/async/chat/completions' });
    expect(r.body).toBeUndefined();
  });
});
