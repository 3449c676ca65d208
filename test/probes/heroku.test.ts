import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { heroku } from '../../src/probes/heroku/index.js';

probeSuite(heroku);

const answer = (status: number, json: unknown) => ({ status, headers: {}, text: JSON.stringify(json), json });

describe('heroku: account state', () => {
  it('a 200 that names a suspension or unpaid invoices is not ok', () => {
    expect(heroku.classify(answer(200, { id: 'x', email: 'fake@example.com', suspended_at: '2026-01-01T00:00:00Z', delinquent_at: null }))?.category).toBe('invalid_user');
    expect(heroku.classify(answer(200, { id: 'x', email: 'fake@example.com', suspended_at: null, delinquent_at: '2026-01-01T00:00:00Z' }))?.category).toBe('billing_or_quota');
    expect(heroku.classify(answer(200, { id: 'x', suspended_at: null, delinquent_at: null }))).toBeUndefined();
  });

  it('an error body\'s id (the error id) never becomes the account id', () => {
    expect(heroku.identity!(answer(401, { id: 'unauthorized', message: 'Invalid credentials provided.' }))).toBeUndefined();
  });

  it('sends the versioned Accept header Heroku requires (else 406 not_acceptable)', () => {
    expect(heroku.request('x', { baseUrl: 'https://api.heroku.com', settings: {} }).headers.accept).toBe('application/vnd.heroku+json; version=3');
  });
});
