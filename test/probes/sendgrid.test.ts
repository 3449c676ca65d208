import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { sendgrid } from '../../src/probes/sendgrid/index.js';
import type { Answer } from '../../src/probes/types.js';

probeSuite(sendgrid);

function answer(json: unknown, status: number): Answer {
  return { status, headers: {}, text: JSON.stringify(json), json };
}

describe('sendgrid: specifics', () => {
  it('a 401 that says the credits are used up is billing_or_quota, not invalid_key', () => {
    const c = sendgrid.classify(answer({ errors: [{ message: 'Maximum credits exceeded', field: null, help: null }] }, 401));
    expect(c).toMatchObject({ category: 'billing_or_quota', rule: 'sendgrid.credits_exceeded' });
  });

  it('reads errors given as plain strings too', () => {
    const c = sendgrid.classify(answer({ errors: ['Maximum credits exceeded'], message: 'error' }, 401));
    expect(c?.category).toBe('billing_or_quota');
  });

  it('a 403 proves a restricted but working key, never an unknown one', () => {
    const c = sendgrid.classify(answer({ errors: [{ field: null, message: 'access forbidden' }] }, 403));
    expect(c?.category).toBe('insufficient_permissions');
  });

  it('a restricted key shows exactly the scopes it holds', () => {
    expect(sendgrid.identity?.(answer({ scopes: ['mail.send'] }, 200))).toEqual({ scopes: ['mail.send'] });
  });
});
