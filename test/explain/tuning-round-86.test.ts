// The eighty-sixth tuning round of issue 20 (2026-12-08): heldout104's decidable misses. The texts here were WRITTEN FOR
// THIS TEST.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a provider block given none of its credential arguments', () => {
  readAs('malformed_key', [
    ['error: could not validate provider configuration: 2 errors occurred:\n\t* Invalid combination of arguments: "api_key": one of `api_key,api_token` must be specified\n\t* Invalid combination of arguments: "api_token": one of `api_key,api_token` must be specified'],
    ['Error: Invalid combination of arguments\n\n  with provider["registry.terraform.io/acme/widgets"],\n  "client_secret": one of `client_secret,password` must be specified'],
  ]);
  it('a list of ids, not credentials, is not read so', () => {
    expect(explainText('Error: Invalid combination of arguments: "zone_id": one of `account_id,zone_id` must be specified').rule).not.toBe('phrase.credential_argument_unset');
  });
});

describe('a git fetch with no credential to offer', () => {
  readAs('malformed_key', [
    ['error: failed to get `widgets` as a dependency of package `app v0.3.0`\nCaused by:\n  failed to authenticate when downloading repository\n  * attempted ssh-agent authentication, but no usernames succeeded: `git`\nCaused by:\n  error authenticating: no auth sock variable; class=Ssh (23)'],
    ['Caused by:\n  failed to authenticate when downloading repository: https://github.com/acme/private-crate\n  * attempted to find username/password via git\'s `credential.helper` support, but failed'],
    ['$ ssh-add - <<< "$DEPLOY_KEY"\nCould not open a connection to your authentication agent.'],
  ]);
  it('cargo\'s "no usernames succeeded" alone is not read as a missing agent', () => {
    expect(explainText('failed to authenticate when downloading repository\n  * attempted ssh-agent authentication, but no usernames succeeded: `git`').rule).not.toBe('phrase.git_fetch_no_credential');
  });
  it('says where the credential has to reach', () => {
    expect(explainText('error authenticating: no auth sock variable; class=Ssh (23)').fixes.join(' ')).toMatch(/SSH_AUTH_SOCK/);
  });
});

describe('a private key that could not be read', () => {
  readAs('malformed_key', [
    ['│ Error: No decodeable PEM data found\n│\n│   with provider["registry.terraform.io/integrations/github"],\n│   on providers.tf line 4, in provider "github":'],
    ['Run ssh-add - <<< "${{ secrets.DEPLOY_KEY }}"\nError loading key "(stdin)": error in libcrypto\nError: Process completed with exit code 1.'],
    ['ValueError: Could not deserialize key data. The data may be in an incorrect format, the provided password may be incorrect, it may be encrypted with an unsupported algorithm, or it may be an unsupported key type.'],
  ]);
  it('names line ends and a path given for the contents', () => {
    expect(explainText('Error: No decodeable PEM data found').fixes.join(' ')).toMatch(/CRLF[\s\S]*path/);
  });
});

describe('an organisation setting that refuses members', () => {
  readAs('insufficient_permissions', [
    ['Error: POST https://sentry.io/api/0/teams/acme/backend/projects/: 403 Your organization has disabled this feature for members.', 'sentry'],
  ]);
});

describe('a Vercel account with no login connection to the Git provider', () => {
  readAs('insufficient_permissions', [
    ['Error: Could not create project, unexpected error: bad_request - Failed to link acme/site. You need to add a Login Connection to your GitHub account first.', 'vercel'],
    ['Error: You need to add a Login Connection to your GitLab account first. (400)', 'vercel'],
  ]);
  it('names Vercel by its sentence though the text names GitHub, and a code stays with the named provider', () => {
    expect(explainText('Failed to link acme/site. You need to add a Login Connection to your GitHub account first.').recognisedBy?.join(' ')).toMatch(/only Vercel's errors use/);
    expect(explainText('OpenAI: {"detail":{"message":"Your authentication token has expired.","code":"token_expired"}} (code: 401)').provider).toBe('openai');
  });
});
