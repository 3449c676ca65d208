// The forty-eighth tuning round of issue 20 (2026-12-07): heldout66's decidable misses, after its untuned figure and
// blind labels were committed (heldout67 was being collected meanwhile, by collectors who never read the code, to
// measure whether it carries). Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a corpus
// text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a key the call never had', () => {
  it('a sample\'s placeholder passed as the name of the variable to read', () => {
    const r = explainText('bot.Start(os.Getenv("my_bot_tokenhere"))\n2026/01/02 10:00:00 Not Found\nexit status 1');
    expect(r.category).toBe('malformed_key');
    expect(r.rule).toMatch(/placeholder_as_variable_name$/);
    // The placeholder is not quoted back: an author may have hidden a real key that way.
    expect(r.evidence.join(' ')).not.toMatch(/tokenhere/);
  });
  it('a variable\'s name in the lookup is no placeholder, whatever word it starts with', () => {
    for (const name of ['BOT_TOKEN', 'MY_API_KEY', 'YOUR_API_KEY']) {
      expect(explainText(`client = Client(os.getenv("${name}"))\nHTTPError: 401 Unauthorized`).rule).not.toMatch(/placeholder_as_variable_name/);
    }
    expect(explainText('client = Client(os.getenv("YOUR_TOKEN_HERE"))\nHTTPError: 401 Unauthorized').rule).toMatch(/placeholder_as_variable_name$/);
  });
  it('a key variable shown with nothing after it, where a log was cut above its env: header', () => {
    const r = explainText('  WIDGET_API_KEY:\n  LOG_LEVEL: debug\n"is_error": true,\n"num_turns": 1');
    expect(r.category).toBe('malformed_key');
    expect(r.evidence.join(' ')).toMatch(/WIDGET_API_KEY with nothing after it/);
  });
  it('the empty line may end the text', () => {
    expect(explainText('Error: 401 Unauthorized\nWIDGET_API_KEY:').rule).toMatch(/empty_key_line$/);
  });
  it('a mapping under the name, or a compose file\'s environment, is not an empty value', () => {
    expect(explainText('WIDGET_API_KEY:\n  valueFrom:\n    secretKeyRef: widget\nError: 401').rule).not.toMatch(/empty_key_line/);
    expect(explainText('services:\n  app:\n    environment:\n      WIDGET_API_KEY:\n      LOG_LEVEL: debug\nError: 401').rule).not.toMatch(/empty_key_line/);
  });
  it('a model\'s id echoed where the key belongs', () => {
    const r = explainText('Microsoft.SemanticKernel.HttpOperationException: Incorrect API key provided: gpt-4o-m**********mini. You can find your API key at https://platform.openai.com/account/api-keys.');
    expect(r.category).toBe('malformed_key');
    expect(r.rule).toMatch(/echoed_model_id$/);
  });
  it('a key of an unfamiliar start is still not a model id', () => {
    expect(explainText('openai.AuthenticationError: Incorrect API key provided: ks-7xvA2**********9Qz1. You can find your API key at https://platform.openai.com/account/api-keys.').rule).not.toMatch(/echoed_model_id/);
  });
  readAs('malformed_key', [
    // reqwest quoting the header whose token kept a file's newline.
    ["Error: request failed: Bad Header: invalid header 'Authorization: Bearer hf_FAKEexample\\n'"],
  ]);
});

describe('provider wordings', () => {
  readAs('tenant_mismatch', [
    ['$ sentry-cli releases files v1 upload-sourcemaps ./dist\nerror: http error: (404)', 'sentry'],
    ['ERROR in Sentry Plugin: StatusCodeError: 400 - "{\\"projects\\": [\\"Invalid project slugs\\"]}"', 'sentry'],
    ['listing models failed: Your application is authenticating by using local Application Default Credentials. The aiplatform.googleapis.com API requires a quota project, which is not set by default.', 'vertex-ai'],
  ]);
  readAs('insufficient_permissions', [
    ["Discord.Net.HttpException: 'The server responded with error 403: Forbidden'", 'discord'],
    ['npm ERR! publish Failed PUT 404\nnpm ERR! code E404\nnpm ERR! 404 Not found : @example/widget', 'npm'],
  ]);
  it('a 404 of another service is not read as Sentry\'s', () => {
    expect(explainText('error: http error: (404)').category).not.toBe('tenant_mismatch');
  });
});
