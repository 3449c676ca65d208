// The forty-fifth tuning round of issue 20 (2026-12-06): heldout63's decidable misses, after its untuned figure and
// blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up
// names; none is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a CLI given no token, timing out on its browser login', () => {
  it('is no key sent, not a network timeout', () => {
    const r = explainText('Logging into your Netlify account...\nOpening https://app.netlify.com/authorize?response_type=ticket\n- Waiting for authorization...\n Error: Timed out waiting for authorization. If you do not have a Netlify account, please create one.');
    expect(r.category).toBe('malformed_key');
    expect(r.fixes[0]).toMatch(/NETLIFY_AUTH_TOKEN/);
  });
});

describe('GitHub Packages\' npm registry naming the scope a token lacks', () => {
  readAs('insufficient_permissions', [
    ["npm ERR! 401 Unauthorized - PUT https://npm.pkg.github.com/@example%2fwidget - Your token has not been granted the required scopes to execute this query. The 'id' field requires one of the following scopes: ['read:packages'], but your token has only been granted the: ['repo'] scopes."],
  ]);
});

describe('Stripe: a key of the wrong kind for the CLI, Stripe.js given none, an object of another account', () => {
  readAs('malformed_key', [
    ['$ stripe listen --forward-to localhost:3000/webhook\nthe CLI only supports using a secret or restricted key', 'stripe'],
    ['Unhandled Runtime Error\nIntegrationError: Missing value for Stripe(): apiKey should be a string.', 'stripe'],
  ]);
  readAs('tenant_mismatch', [
    ["StripeException: Resource payment_intent not found: 'pi_3ExampleFAKE', code=resource_missing", 'stripe'],
  ]);
});
