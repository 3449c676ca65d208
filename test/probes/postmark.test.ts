import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { postmark } from '../../src/probes/postmark/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { PROBES } from '../../src/probes/index.js';

probeSuite(postmark);

const KEY = 'fa4efa4e-fa4e-4fa4-8fa4-fa4efa4efa4e';

describe('postmark: specifics', () => {
  it('sends the token as X-Postmark-Server-Token', () => {
    const req = postmark.request(KEY, { baseUrl: 'https://api.postmarkapp.com', settings: {} });
    expect(req).toEqual({ method: 'GET', url: 'https://api.postmarkapp.com/server', headers: { 'x-postmark-server-token': KEY, accept: 'application/json' } });
  });

  it('a sandbox server works and says it is a sandbox; the server tokens in the body are never reported', () => {
    const json = { ID: 1, Name: 'FAKE', DeliveryType: 'Sandbox', ApiTokens: [KEY] };
    const id = postmark.identity?.({ status: 200, headers: {}, text: JSON.stringify(json), json });
    expect(id).toEqual({ project: 'FAKE', serverId: '1', mode: 'Sandbox' });
    expect(JSON.stringify(id)).not.toContain(KEY);
  });

  it('the test token is recognised, marked test-mode and not sent', () => {
    const r = checkFormat('POSTMARK_API_TEST', postmark, { others: PROBES });
    expect(r.format?.environment).toBe('test');
    expect(r.blocking).toBe(true);
  });
});
