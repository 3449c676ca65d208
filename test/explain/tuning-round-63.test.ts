// The sixty-third tuning round of issue 20 (2026-12-07): not a batch's misses but the corpus's most common unnamed
// provider, OpenAI (89 texts named nobody). OpenAI's own answers, as its error-code guide words them, name it where an
// app prints them alone. Every text here was WRITTEN FOR THIS TEST; none is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import { explainText } from './reads.js';

describe("OpenAI's own answers name OpenAI", () => {
  it.each([
    ['Something went wrong. Reason: You exceeded your current quota, please check your plan and billing details.', 'billing_or_quota'],
    ['RateLimitError [429] Your account is not active, please check your billing details on our website.', 'billing_or_quota'],
    ['403: Project `proj_EXAMPLE0000` does not have access to model `gpt-4o`', 'insufficient_permissions'],
    ['{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported"}}', 'region_blocked'],
    ['You have insufficient permissions for this operation. Missing scopes: api.responses.write.', 'insufficient_permissions'],
  ])('%s', (text, category) => {
    const r = explainText(text);
    expect(r.provider).toBe('openai');
    expect(r.category).toBe(category);
  });
  it('a wording OpenAI-compatible services share still names nobody', () => {
    expect(explainText('Error: Request failed with status code 401').provider).toBeNull();
  });
});
