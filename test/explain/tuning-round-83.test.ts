// The eighty-third tuning round of issue 20 (2026-12-07): the decidable misses of heldout100–102 but two (PSResourceGet's
// "Re-run the command with -Credential", which it may print whether or not a credential was given, and a private
// repository's "not found" right after an App token was minted). The texts here were WRITTEN FOR THIS TEST.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a token never given, in a workflow\'s and a library\'s own words', () => {
  readAs('malformed_key', [
    ['##[error]You have to provide a GITHUB_TOKEN or GITHUB_PAT', 'github'],
    ['Error: you need to provide an API key before calling the model'],
    ['OSError: You specified use_auth_token=True, but a Hugging Face token was not found.', 'huggingface'],
    ['LocalTokenNotFoundError: Token is required (`token=True`), but no token found. You need to provide a token or be logged in to Hugging Face'],
  ]);
  it('a sentence naming the scope a token needs is not a token never given', () => {
    expect(explainText('You have to provide a GITHUB_TOKEN with the repo scope to open pull requests').rule).not.toBe('phrase.no_key_sent');
    // Nor by the cue "need to provide … token" (found on rereading round 83).
    expect(explainText('You need to provide a token with the repo scope').category).toBe('insufficient_permissions');
  });
});

describe('a credential\'s command-line option given no value', () => {
  readAs('malformed_key', [
    ["Option 't, token' has no value."],
    ["error: option '-t, --token <token>' argument missing"],
    ['usage: publish.py [-h] [--api-key API_KEY]\npublish.py: error: argument --api-key: expected one argument'],
    ["Error: Option '--github-token' requires an argument."],
    ["error: a value is required for '--token <TOKEN>' but none was supplied"],
    ['Error: flag needs an argument: --access-token'],
    ["Required argument missing for option: '--token'."],
  ]);
  it('an option that holds no credential is not read so', () => {
    for (const text of ["error: option '--path <dir>' argument missing", "Option 'k, keyboard' has no value.", 'Error: flag needs an argument: --pattern']) {
      expect(explainText(text).rule, text).not.toBe('phrase.credential_option_empty');
    }
  });
  it('tells to quote the expansion', () => {
    expect(explainText("Option 't, token' has no value.").fixes.join(' ')).toMatch(/--token "\$TOKEN"/);
  });
});

describe('git asking for a user name, the line cut after the address', () => {
  readAs('malformed_key', [
    ["Run git push origin gh-pages\ncould not read Username for 'https://github.com'\nError: Process completed with exit code 128."],
  ]);
});

describe('an echoed key that is a reference to a secret store, sent unresolved', () => {
  readAs('malformed_key', [
    ['{"error":{"message":"Incorrect API key provided: $secret{*********key}. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}', 'openai'],
    ['Incorrect API key provided: {vault://**********-key}. You can find your API key at https://platform.openai.com/account/api-keys.', 'openai'],
  ]);
  it('says it is a reference, and where to look', () => {
    const r = explainText('Incorrect API key provided: $secret{*********key}. You can find your API key at https://platform.openai.com/account/api-keys.');
    expect(r.rule).toMatch(/echoed_reference$/);
    expect(r.fixes.join(' ')).toMatch(/secret it names exists/);
  });
});

describe('the AWS SDK for Java without the sts module', () => {
  readAs('unknown', [
    ['com.amazonaws.SdkClientException: Unable to load credentials from WebIdentityTokenCredentialsProvider: To use assume role profiles the aws-java-sdk-sts module must be on the class path.', 'aws'],
  ]);
  it('names the v1 module', () => {
    expect(explainText('the aws-java-sdk-sts module must be on the class path').fixes.join(' ')).toMatch(/aws-java-sdk-sts/);
  });
});

describe('a database password a URL cannot hold', () => {
  readAs('malformed_key', [
    ['      password: decodeURIComponent(url.password),\n                ^\nURIError: URI malformed\n    at decodeURIComponent (<anonymous>)'],
    ['Error: P1013: The provided database string is invalid. invalid port number in database URL.'],
  ]);
  it('a URIError elsewhere is not read so', () => {
    expect(explainText('URIError: URI malformed\n    at decodeURIComponent (<anonymous>)\n    at /app/pages/[slug].js:3:10').rule).not.toMatch(/password_not_url_encoded/);
  });
  it('tells to percent-encode it', () => {
    expect(explainText('Error: P1013: The provided database string is invalid. invalid port number in database URL.').fixes.join(' ')).toMatch(/percent-encode/);
  });
});

describe('a database host the network does not reach', () => {
  readAs('network_error', [
    ["Error: P1001: Can't reach database server at `db.abcdefghijklmnopqrst.supabase.co`:`5432`\n\nPlease make sure your database server is running at `db.abcdefghijklmnopqrst.supabase.co`:`5432`.", 'supabase'],
  ]);
});

describe('a forge\'s API access the tool holds no credential for', () => {
  readAs('malformed_key', [
    ['WARNING Could not push the repo: RepositoryException: GitLab merge request API access for gitlab.example.org is not configured', 'gitlab'],
    ['RepositoryException: GitHub pull request API access for github.com is not configured', 'github'],
  ]);
});

describe('GitHub\'s LFS allowance used up', () => {
  readAs('billing_or_quota', [
    ["batch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.\nerror: failed to fetch some objects from 'https://github.com/acme/assets.git/info/lfs'", 'github'],
    ["batch response: This repository exceeded its LFS budget. The account responsible for the budget should increase it to restore access.\nerror: failed to fetch some objects from 'https://github.com/acme/assets.git/info/lfs'", 'github'],
  ]);
  it('git-lfs\'s summary line alone is no failed connection', () => {
    expect(explainText("error: failed to fetch some objects from 'https://github.com/acme/assets.git/info/lfs'").category).not.toBe('network_error');
  });
});

describe('a ruleset refusing the account a push ran as', () => {
  readAs('insufficient_permissions', [
    ['! [remote rejected] l10n_main -> l10n_main (Cannot create ref due to creations being restricted)', 'github'],
    ['remote: error: GH006: Protected branch update failed for refs/heads/main.\nremote: Cannot update this protected ref.', 'github'],
  ]);
  it('push protection\'s GH013 is not read as a ruleset refusal', () => {
    expect(explainText('remote: error: GH013: Repository rule violations found for refs/heads/main.\nremote: - GITHUB PUSH PROTECTION\nremote:   Push cannot contain secrets').rule).not.toMatch(/ruleset_refusal/);
  });
});
