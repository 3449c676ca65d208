// The fifty-eighth tuning round of issue 20 (2026-12-07): heldout75's decidable misses, after its untuned figure (0 of
// 2) and blind label were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('GitHub GraphQL refusing a field the token may not read', () => {
  readAs('insufficient_permissions', [
    ['error: Post "https://api.github.com/graphql": repository.pullRequests.nodes.0.author: FORBIDDEN: Resource not accessible by personal access token', 'github'],
  ]);
});

describe('the Replicate client created without a token', () => {
  readAs('malformed_key', [
    ['Error: Missing required parameter: auth\n    at new Replicate (/app/node_modules/replicate/index.js:1:100)', 'replicate'],
  ]);
  it('says where to set the token, the build included', () => {
    expect(explainText('Error: Missing required parameter: auth').fixes.join(' ')).toMatch(/REPLICATE_API_TOKEN/);
  });
});
