import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { netlify } from '../../src/probes/netlify/index.js';

probeSuite(netlify);

describe('netlify: plain-text answers', () => {
  it('a 401 with the plain-text body Unauthorized is an invalid token, with the text as the provider message', () => {
    const c = netlify.classify({ status: 401, headers: { 'content-type': 'text/plain' }, text: 'Unauthorized\n' })!;
    expect(c.rule).toBe('netlify.unauthorized');
    expect(c.providerMessage).toBe('Unauthorized');
  });

  it('a 401 HTML page (a proxy or gateway) is not read as Netlify\'s answer', () => {
    expect(netlify.classify({ status: 401, headers: { 'content-type': 'text/html' }, text: '<html><body>401 Unauthorized</body></html>' })).toBeUndefined();
  });
});
