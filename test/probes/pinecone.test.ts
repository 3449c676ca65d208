import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { pinecone } from '../../src/probes/pinecone/index.js';

probeSuite(pinecone);

const KEY = 'pcsk_FAKE1_' + 'FAKE'.repeat(16).slice(0, 63);
const forbidden = (message: string) => ({ status: 403, headers: {}, text: '', json: { error: { code: 'FORBIDDEN', message }, status: 403 } });

describe('pinecone: specifics', () => {
  it('sends Api-Key and pins the API version', () => {
    const req = pinecone.request(KEY, { baseUrl: 'https://api.pinecone.io', settings: {} });
    expect(req.url).toBe('https://api.pinecone.io/indexes');
    expect(req.headers).toMatchObject({ 'api-key': KEY, 'x-pinecone-api-version': '2026-04' });
    expect(req.headers.authorization).toBeUndefined();
  });

  it('a 403 is a live key without control-plane access, unless it names a quota', () => {
    expect(pinecone.classify(forbidden('Forbidden.'))?.category).toBe('insufficient_permissions');
    expect(pinecone.classify(forbidden("You've reached your project's quota"))?.category).toBe('billing_or_quota');
  });

  it('the legacy per-environment 401 text is still an invalid key', () => {
    const c = pinecone.classify({ status: 401, headers: {}, text: 'API key is missing or invalid for the environment "us-west1-gcp". Check that the correct environment is specified.' });
    expect(c?.rule).toBe('pinecone.unauthenticated');
  });

  it('reads the project id from an index host, and an empty project has no indexes but an answer', () => {
    const one = pinecone.identity?.({ status: 200, headers: {}, text: '', json: { indexes: [{ name: 'fake-a', host: 'fake-a-fake999.svc.us-east1-gcp.pinecone.io' }] } });
    expect(one).toEqual({ project: 'fake999', indexes: ['fake-a'] });
    const none = pinecone.identity?.({ status: 200, headers: {}, text: '', json: { indexes: [] } });
    expect(none).toEqual({ project: undefined, indexes: [] });
  });
});
