// Names a person types get a "did you mean", and names and counts printed get
// their small words right.
import { describe, expect, it } from 'vitest';
import { article, plural, withArticle } from '../../src/core/grammar.js';
import { closest, didYouMean, editDistance } from '../../src/core/suggest.js';
import { unknownProviderMessage } from '../../src/probes/index.js';

describe('did you mean', () => {
  it.each([
    ['chek', ['check', 'trace'], 'check'],
    ['chekc', ['check', 'trace'], 'check'],
    ['tarce', ['check', 'trace'], 'trace'],
    ['timout', ['keys', 'timeout', 'failOn'], 'timeout'],
    ['prdo', ['production', 'prod', 'test'], 'prod'],
    ['xyz', ['check', 'trace'], undefined],
    ['warn', ['error', 'warning'], 'warning'],
    ['mark', ['pretty', 'markdown', 'json'], 'markdown'],
    ['pre', ['pretty', 'preview'], undefined],
  ])('%s among %j is %s', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });

  it('a swap of two letters is one edit', () => {
    expect(editDistance('chekc', 'check')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('provider ids, with the names people type for them', () => {
    expect(unknownProviderMessage('gemini')).toBe('unknown provider "gemini"; did you mean google-gemini?');
    expect(unknownProviderMessage('claude')).toBe('unknown provider "claude"; did you mean anthropic?');
    expect(unknownProviderMessage('claud')).toBe('unknown provider "claud"; did you mean anthropic?');
    expect(unknownProviderMessage('gh')).toBe('unknown provider "gh"; did you mean github?');
    expect(unknownProviderMessage('azure')).toBe('unknown provider "azure"; did you mean azure-openai?');
    expect(unknownProviderMessage('opnai')).toBe('unknown provider "opnai"; did you mean openai?');
    expect(unknownProviderMessage('qqqq')).toBe('unknown provider "qqqq"; `keydoctor providers` lists them');
    expect(didYouMean('check', ['check'])).toBe('');
  });
});

describe('grammar', () => {
  it.each([
    ['Anthropic', 'an'], ['OpenAI', 'an'], ['API key', 'an'], ['HTTP error', 'an'], ['SDK', 'an'],
    ['project key', 'a'], ['Stripe', 'a'], ['user', 'a'], ['live-mode secret key', 'a'], ['hour', 'an'], ['xAI', 'an'], ['xero', 'a'],
  ])('%s takes %s', (word, a) => {
    expect(article(word)).toBe(a);
  });

  it('counts', () => {
    expect(plural(1, 'key')).toBe('1 key');
    expect(plural(2, 'key')).toBe('2 keys');
    expect(withArticle('Anthropic')).toBe('an Anthropic');
  });
});
