// The forty-seventh tuning round of issue 20 (2026-12-06): heldout64's decidable misses, after its untuned figure and
// blind labels were committed (heldout65 was committed before this round too, to measure whether it carries). Every text
// here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a key the text shows was never set, or given empty', () => {
  it('an environment dump with the key variable set to a word for nothing', () => {
    const r = explainText('printenv shows AWS_ACCESS_KEY_ID=undefined\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.');
    expect(r.category).toBe('malformed_key');
    expect(r.evidence.join(' ')).toMatch(/AWS_ACCESS_KEY_ID set to nothing/);
  });
  it('a command-line option for the key given nothing', () => {
    const r = explainText('Installing deploy tool\ninvalid option "--api_key="\nfailed to deploy');
    expect(r.category).toBe('malformed_key');
    expect(r.evidence.join(' ')).toMatch(/--api_key with nothing after "="/);
  });
  it('an option given a variable is a value, not an empty one', () => {
    const r = explainText('deploy --token="$DEPLOY_TOKEN" --yes\nError: The specified token is not valid.');
    expect(r.rule).not.toMatch(/empty_key_option/);
  });
  readAs('malformed_key', [
    ['npm error code E401\nnpm error 401 Unauthorized - GET https://npm.pkg.github.com/download/@example/widget/1.0.0/abc - authentication token not provided'],
    // A JWT verifier given something that is not a JWT at all.
    ['{"statusCode":"403","error":"Unauthorized","message":"Invalid Compact JWS"}'],
  ]);
});

describe('a masked key echoed inside a sample\'s brackets', () => {
  it('the brackets were sent with the key', () => {
    const r = explainText('openai.AuthenticationError: Incorrect API key provided: {sk-Ab1C*****************************************xyz}.');
    expect(r.category).toBe('malformed_key');
    expect(r.rule).toMatch(/echoed_brackets$/);
  });
  it('an author\'s word over the key is not judged', () => {
    expect(explainText('openai.AuthenticationError: Incorrect API key provided: {REDACTED}.').rule).not.toMatch(/echoed_brackets$/);
  });
});

describe('provider wordings', () => {
  readAs('tenant_mismatch', [
    ['Error: 401 Attempted to access resource with incorrect regional hostname. Please make your request to eu.api.openai.com', 'openai'],
    ["DiscordAPIError[10002]: Unknown Application\n  rawError: { message: 'Unknown Application', code: 10002 },\n  status: 404,\n  url: 'https://discord.com/api/v10/applications/1/guilds/2/commands'", 'discord'],
  ]);
  readAs('malformed_key', [
    ['copilot extension: bad request: Personal Access Tokens are not supported for this endpoint', 'github'],
  ]);
  readAs('insufficient_permissions', [
    ['github models sample fails: "Must have \'models\' permissions to access this endpoint"'],
    ['my bot fails to start with "Dissallowed intent(s)" after adding i_message_content with dpp::cluster', 'discord'],
    ['[FTL] registering commands failed\nDSharpPlus.Exceptions.UnauthorizedException: Unauthorized: 403\n   at DSharpPlus.Net.DiscordApiClient.BulkOverwriteGuildApplicationCommandsAsync()', 'discord'],
  ]);
  readAs('rate_limited', [
    ['raise RetryAfter(retry_after)\ntelegram.error.RetryAfter: Flood control exceeded. Retry in 7.0 seconds', 'telegram'],
  ]);
  it('a 401 from Discord is still a token it does not know', () => {
    expect(explainText('DiscordAPIError[0]: 401: Unauthorized\n  status: 401').category).toBe('invalid_key');
  });
});
