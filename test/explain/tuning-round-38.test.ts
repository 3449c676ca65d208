// The thirty-eighth tuning round of issue 20 (2026-12-06): heldout53-54's decidable misses, after both batches' untuned
// figures and blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with
// made-up names; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a key that never reached the provider', () => {
  readAs('malformed_key', [
    ["Traceback (most recent call last):\n  File \"app.py\", line 9, in main\n    example_api_key = os.environ['gsk_FAKE0000000000000000']\n  File \"<frozen os>\", line 679, in __getitem__\nKeyError: 'gsk_FAKE0000000000000000'"],
  ]);
  it('a KeyError from os.environ for a variable that is not a key\'s is not read as a missing key', () => {
    expect(explainText("  home = os.environ['HOME']\nKeyError: 'HOME'").category).not.toBe('malformed_key');
  });
  it('Stripe echoing the scheme word as the key: nothing followed "Bearer"', () => {
    const r = explainText('When the API tries to create the token: No such API key: Bearer / invalid_client');
    expect(r.category).toBe('malformed_key');
    expect(r.rule).toMatch(/echoed_auth_scheme$/);
  });
  it('Stripe echoing a masked key it does not know stays an invalid key', () => {
    expect(explainText('No such API key: sk_test_****FAKE').category).toBe('invalid_key');
  });
});

describe('OpenAI\'s first GPT-4 snapshots are published names', () => {
  readAs('insufficient_permissions', [
    ['{"error":{"message":"The model: `gpt-4-0314` does not exist","type":"invalid_request_error","code":"model_not_found"}}'],
    ['The model `gpt-4-0613` does not exist or you do not have access to it. Learn more: https://help.openai.com/en/articles/7102672-how-can-i-access-gpt-4.'],
  ]);
  it('a name OpenAI never published still says nothing of the key', () => {
    expect(explainText('The model `gpt-4-0999` does not exist').category).toBe('unknown');
  });
});

describe('a provider\'s name is written as the provider writes it', () => {
  it('a summary that opens with npm keeps it lower case; "the provider" opens with a capital', () => {
    expect(explainText("npm error code E404\nnpm error 404 Not Found - PUT https://registry.npmjs.org/example-pkg - Not found").summary).toMatch(/^npm recognises the key/);
    expect(explainText('Error: 401 the key is invalid').summary).toMatch(/^The provider does not recognise/);
  });
});
