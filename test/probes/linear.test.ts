import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { linear } from '../../src/probes/linear/index.js';

probeSuite(linear);

const CTX = { baseUrl: 'https://api.linear.app', settings: {} };

describe('linear: specifics', () => {
  it('sends a personal key raw and an OAuth token as Bearer', () => {
    const personal = `lin_api_${'FAKE'.repeat(10)}`;
    const oauth = `lin_oauth_${'fa4e'.repeat(16)}`;
    expect(linear.request(personal, CTX).headers.authorization).toBe(personal);
    expect(linear.request(oauth, CTX).headers.authorization).toBe(`Bearer ${oauth}`);
  });

  it('asks for the viewer and the organization in one read-only query', () => {
    const req = linear.request(`lin_api_${'FAKE'.repeat(10)}`, CTX);
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://api.linear.app/graphql');
    const query = (JSON.parse(req.body ?? '{}') as { query: string }).query;
    expect(query).toMatch(/viewer\s*\{\s*id name email\s*\}/);
    expect(query).toMatch(/organization\s*\{\s*name\s*\}/);
    expect(query).not.toMatch(/mutation/);
  });

  it('a partial answer whose viewer resolved is a working key', () => {
    const json = { data: { viewer: { id: 'fa4e', name: 'Fake', email: 'fake@example.com' }, organization: null }, errors: [{ message: 'organization not readable', extensions: { type: 'forbidden' } }] };
    expect(linear.classify({ status: 200, headers: {}, text: JSON.stringify(json), json })).toBeUndefined();
  });
});
