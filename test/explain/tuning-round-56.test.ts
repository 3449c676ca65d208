// The fifty-sixth tuning round of issue 20 (2026-12-07): heldout74's decidable misses and the providers its texts did not
// name, after its untuned figure (18 of 20) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST
// with made-up names; none is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('Discord: a token of another application, and a token Discord reset', () => {
  readAs('tenant_mismatch', [
    ["discord.errors.Forbidden: 403 Forbidden (error code: 20012): You are not authorized to perform this action on this application", 'discord'],
  ]);
  readAs('revoked_or_expired', [
    ["Bot Token Reset Due to Potential Abuse\nIt appears your bot, ExampleBot, has connected to Discord more than 1000 times within a short time period. We have gone ahead and reset your bot's token.", 'discord'],
  ]);
  it('a 403 without 20012 is still a permission the bot lacks', () => {
    expect(explainText('discord.errors.Forbidden: 403 Forbidden (error code: 50013): Missing Permissions').category).toBe('insufficient_permissions');
  });
});

describe('the provider named by words only it writes', () => {
  it.each([
    ['refusing to allow an OAuth App to create or update workflow `.github/workflows/ci.yml` without `workflow` scope', 'github'],
    ['403 Forbidden "Fire Pass API keys are not authorized for this route."', 'fireworks'],
    ['HTTP 402 {"error":{"message":"Insufficient credits. This account never purchased credits.","code":402}}', 'openrouter'],
    ['HTTP 401: Missing Authentication header', 'openrouter'],
    ['slack_bolt.RequestVerification:Invalid request signature detected', 'slack'],
    ['Missing input! Either a method or webhook is required to take action.', 'slack'],
    ['Get-S3Object : Specified value has invalid CRLF characters.', 'aws'],
  ])('%s → %s', (text, provider) => {
    expect(explainText(text).provider).toBe(provider);
  });
});
