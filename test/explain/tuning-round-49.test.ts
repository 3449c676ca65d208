// The forty-ninth tuning round of issue 20 (2026-12-07): heldout67's decidable misses, after its untuned figure (42 of
// 50) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('S3 echoing an access key id that is not one', () => {
  it('a user name in the key id\'s field', () => {
    const r = explainText('<Error>\n  <Code>InvalidAccessKeyId</Code>\n  <Message>The AWS Access Key Id you provided does not exist in our records.</Message>\n  <AWSAccessKeyId>backup-user</AWSAccessKeyId>\n</Error>');
    expect(r.category).toBe('malformed_key');
    expect(r.rule).toBe('phrase.aws.access_key_id_not_a_key');
    // The quoted match is only the tag: the evidence says what the value behind it showed.
    expect(r.evidence.join(' ')).toMatch(/"<AWSAccessKeyId>", holding a value that is no access key id/);
    // The value is never quoted back: it may be the secret key set in the wrong field.
    expect(JSON.stringify(r)).not.toMatch(/backup-user/);
  });
  it('an id of a key\'s shape, or one the author masked, is still an id AWS does not know', () => {
    for (const id of ['AKIAFAKEEXAMPLE00001', 'AKIA************', 'xxxxxxxx', '&lt;redacted&gt;', 'AKIA…']) {
      expect(explainText(`<Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>${id}</AWSAccessKeyId>`).category).toBe('invalid_key');
    }
  });
});

describe('a key the program says it was not given', () => {
  readAs('malformed_key', [
    ["Looks like you are using the review bot but didn't get WIDGET_API_KEY seted in Variables/Secrets for this repo."],
    ['Deploy stopped: you forgot to set DEPLOY_TOKEN for this environment.'],
  ]);
  it('a variable someone did not get working is not one left unset', () => {
    expect(explainText("I didn't get WIDGET_API_KEY working with the proxy: 401 Unauthorized").rule).not.toBe('phrase.no_key_in_env');
  });
});

describe('provider wordings', () => {
  readAs('insufficient_permissions', [
    ["slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'channel_not_found'}", 'slack'],
  ]);
  readAs('malformed_key', [
    // node-telegram-bot-api's code names Telegram, whose 404 is a path without a token in it.
    ['12:00:01 WARN notifier/telegram: Error (ETELEGRAM: 404 Not Found)', 'telegram'],
  ]);
});
