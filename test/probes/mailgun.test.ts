import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { mailgun } from '../../src/probes/mailgun/index.js';

probeSuite(mailgun);

const KEY = `key-${'fa4e'.repeat(8)}`;

describe('mailgun: specifics', () => {
  it('sends the key as the basic-auth password of the user "api"', () => {
    const req = mailgun.request(KEY, { baseUrl: 'https://api.mailgun.net', settings: {} });
    expect(req.url).toBe('https://api.mailgun.net/v3/domains?limit=1');
    const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
    expect(scheme).toBe('Basic');
    expect(Buffer.from(encoded ?? '', 'base64').toString()).toBe(`api:${KEY}`);
  });

  it('a 401 "Forbidden" is not called an invalid key, and the fix names the EU host', () => {
    const c = mailgun.classify({ status: 401, headers: {}, text: 'Forbidden' });
    expect(c).toMatchObject({ category: 'unknown', verdict: 'indeterminate' });
    expect(c?.evidence.join(' ')).toMatch(/other region/);
    expect(c?.fixes.join(' ')).toContain('api.eu.mailgun.net');
  });

  it('the region comes from MAILGUN_ENDPOINT (a host) or MAILGUN_REGION', () => {
    expect(mailgun.baseUrlFrom?.({})).toBeUndefined();
    expect(mailgun.baseUrlFrom?.({ MAILGUN_REGION: 'EU' })).toBe('https://api.eu.mailgun.net');
    expect(mailgun.baseUrlFrom?.({ MAILGUN_ENDPOINT: 'api.eu.mailgun.net' })).toBe('https://api.eu.mailgun.net');
    expect(mailgun.baseUrlFrom?.({ MAILGUN_ENDPOINT: 'https://api.mailgun.net', MAILGUN_REGION: 'eu' })).toBe('https://api.mailgun.net');
  });
});
