// Service vocabulary, group "devdata": see types.ts. Each rule cites the service's own documentation (or, where the
// wording lives only in the service's code, its official source). Wordings the shared rules already read rightly are
// left to them; the rules here name what they misread or leave unknown.
import { rule } from '../phrase.js';
import type { ServiceWords } from './types.js';

const ALGOLIA_BLOCKED = 'https://www.algolia.com/doc/faq/troubleshooting/why-is-my-app-blocked/';
const ALGOLIA_ERRORS = 'https://www.algolia.com/doc/api-client/advanced/';
const ATLAS_ERRORS = 'https://www.mongodb.com/docs/atlas/reference/api-errors/';
// Elasticsearch's own sources for the licence refusal and the authorization-denied message.
const ES_LICENSE = 'https://github.com/elastic/elasticsearch/blob/main/x-pack/plugin/core/src/main/java/org/elasticsearch/license/LicenseUtils.java';
const ES_DENIED = 'https://github.com/elastic/elasticsearch/blob/main/x-pack/plugin/security/src/main/java/org/elasticsearch/xpack/security/authz/AuthorizationDenialMessages.java';
// Elasticsearch's API-key authenticator: the reasons it gives in `additional_unsuccessful_credentials`.
const ES_API_KEYS = 'https://github.com/elastic/elasticsearch/blob/main/x-pack/plugin/security/src/main/java/org/elasticsearch/xpack/security/authc/ApiKeyService.java';
const SNOWFLAKE_NETWORK = 'https://docs.snowflake.com/user-guide/network-policies';
const UPSTASH = 'https://upstash.com/docs/redis/troubleshooting';
const HASURA_ADMIN = 'https://hasura.io/docs/latest/auth/authentication/admin-secret-access';
// Hasura's "Authentication Using JWTs" page (read at hasura.io/jwt/claims, which serves it); the error text is the engine's.
const HASURA_JWT = 'https://hasura.io/docs/latest/auth/authentication/jwt/';
const PYPI_HELP = 'https://pypi.org/help/';
const PYPI_TRUSTED = 'https://docs.pypi.org/trusted-publishers/troubleshooting/';
const DATABRICKS_TF = 'https://registry.terraform.io/providers/databricks/databricks/latest/docs/guides/troubleshooting';
const NEON_ERRORS = 'https://neon.com/docs/connect/connection-errors';
const TURSO_BILLING = 'https://docs.turso.tech/billing-details';
const AZDO_PARALLEL = 'https://learn.microsoft.com/en-us/azure/devops/pipelines/licensing/concurrent-jobs';
const AZDO_CA = 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/manage-conditional-access';
// Atlassian's own announcement of the change (community.atlassian.com is Atlassian's site).
const BITBUCKET_PASSWORDS = 'https://community.atlassian.com/t5/Bitbucket-articles/Announcement-Bitbucket-Cloud-account-password-usage-for-Git-over/ba-p/1948231';
const SNYK_AUTH = 'https://docs.snyk.io/developer-tools/snyk-cli/snyk-cli/commands/auth';
const SONAR_TOKENS = 'https://docs.sonarsource.com/sonarqube-server/2025.3/user-guide/managing-tokens';
const TF_LOGIN = 'https://developer.hashicorp.com/terraform/cli/commands/login';
// The Vault API answers 503 while the server is sealed; /sys/seal-status reports it.
const VAULT_SEAL = 'https://developer.hashicorp.com/vault/api-docs/system/seal-status';
const RUBYGEMS_MFA_REQUIRED = 'https://guides.rubygems.org/mfa-requirement-opt-in';
const RUBYGEMS_OTP = 'https://guides.rubygems.org/using-otp-mfa-in-command-line';
const CARGO_PUBLISHING = 'https://doc.rust-lang.org/cargo/reference/publishing.html';
const CODECOV_TOKEN = 'https://docs.codecov.com/docs/adding-the-codecov-token';
const PLANETSCALE_PG_ERRORS = 'https://planetscale.com/docs/postgres/connecting/client-error-reference';
// nuget.org rejects a push whose ID matches a prefix reserved by another owner.
const NUGET_PREFIX = 'https://learn.microsoft.com/en-us/nuget/nuget-org/id-prefix-reservation';
const APPWRITE_ERRORS = 'https://github.com/appwrite/appwrite/blob/main/app/config/errors.php';

export const DEVDATA: ServiceWords[] = [
  {
    id: 'algolia',
    name: 'Algolia',
    seen: /\balgolia/i,
    rules: [
      rule('invalid_app_id', /\bInvalid Application[- ]ID\b(?!\s*or API key)/i, 'invalid_key',
        ['Copy the Application ID from the Algolia dashboard → Settings → API Keys; it must belong to the same application as the key.'], ALGOLIA_ERRORS),
      rule('record_quota', /\bRecord quota exceeded\b/i, 'billing_or_quota',
        ['Delete unused records or upgrade the plan in the Algolia dashboard → Billing.'],
        // https://algolia.mintlify.app/doc/tools/crawler/troubleshooting/indexing-issues ("Algolia's record quota exceeded")
        'https://algolia.mintlify.app/doc/tools/crawler/troubleshooting/indexing-issues'),
    ],
    codes: [
      rule('operations_quota', /\bOperations quota exceeded, change plan to get more Operations\b/i, 'billing_or_quota',
        ['Wait for the next free units or upgrade the plan in the Algolia dashboard → Billing; a blocked app is unblocked when units are added.'], ALGOLIA_BLOCKED),
    ],
  },
  {
    id: 'elasticsearch',
    name: 'Elasticsearch / Elastic Cloud',
    seen: /\belasticsearch|\bsecurity_exception\b|\belastic-cloud\.com\b|\bElastic Cloud\b/i,
    rules: [],
    codes: [
      rule('license_non_compliant', /\bcurrent license is non-compliant for \[/i, 'billing_or_quota',
        ['The cluster\'s licence or trial has lapsed for this feature: renew it (Kibana → Stack Management → License Management) or use a feature the Basic licence includes.'], ES_LICENSE),
      rule('api_key_value_malformed', /\binvalid ApiKey value\b/i, 'malformed_key',
        ['Send `Authorization: ApiKey <encoded>` with the `encoded` value the create-API-key call returned (base64 of `id:api_key`), not the id or the secret alone.'], ES_API_KEYS),
      rule('api_key_not_found', /\bunable to find apikey with id\b/i, 'invalid_key',
        ['The cluster has no API key with this id: create one (Kibana → Stack Management → API keys) and send the encoded value as `Authorization: ApiKey …`.'], ES_API_KEYS),
      rule('api_key_invalidated', /\bapi key \[[^\]\s]{1,64}\] has been invalidated\b/i, 'revoked_or_expired',
        ['The API key was invalidated: create a new one in Kibana → Stack Management → API keys.'], ES_API_KEYS),
      rule('api_key_expired', /\bAPI key: api key is expired\b|\bapi key \[[^\]\s]{1,64}\] (?:is|has) expired\b/i, 'revoked_or_expired',
        ['The API key passed its expiration: create a new one (or one without `expiration`) in Kibana → Stack Management → API keys.'], ES_API_KEYS),
      // The denial names the privileges that would grant the action. Elastic's troubleshooting guide for 403s:
      // https://skills.sh/elastic/agent-skills/elasticsearch-security-troubleshooting
      rule('action_unauthorized', /\baction \[\S{1,120}?\] (?:towards remote cluster(?: \[[^\]\s]{1,64}\])? )?is unauthorized for (?:user|service account|API key id)\b/i, 'insufficient_permissions',
        ['Give the user or API key a role with the privilege the message names (Kibana → Stack Management → Roles), or create an API key whose role_descriptors include it.'], ES_DENIED),
    ],
  },
  {
    id: 'mongodb-atlas',
    name: 'MongoDB Atlas',
    seen: /\bmongodb atlas\b|\bcloud\.mongodb\.com\b|\bmongodbatlas|\batlas api\b|\bapi\/atlas\/v\d/i,
    rules: [
      rule('account_suspended', /\bACCOUNT_SUSPENDED\b/, 'billing_or_quota',
        ['The organization has an invoice unpaid for more than 30 days: settle it in Atlas → Organization → Billing.'], ATLAS_ERRORS),
      rule('plan_unsupported', /\bUNSUPPORTED_FOR_CURRENT_PLAN\b|\bOperation not supported for current plan\b/i, 'billing_or_quota',
        ['The project\'s plan or cluster tier does not offer this: upgrade the tier in Atlas, or use a call the current plan supports.'], ATLAS_ERRORS),
    ],
    codes: [
      rule('no_payment_information', /\bNO_PAYMENT_INFORMATION_FOUND\b|\bCANNOT_START_BACKUP_NO_BILLING_INFO\b/, 'billing_or_quota',
        ['Add a payment method in Atlas → Organization → Billing; paid tiers and backups need one.'], ATLAS_ERRORS),
      rule('hourly_billing_limit', /\bHOURLY_BILLING_LIMIT_EXCEEDED\b/, 'billing_or_quota',
        ['The organization\'s hourly billing limit is reached: ask MongoDB support to raise it, or scale down.'], ATLAS_ERRORS),
      rule('role_missing', /\b(?:NOT_ORG_GROUP_CREATOR|NOT_ORG_OWNER|NOT_ORG_USER_ADMIN|NOT_GROUP_USER_ADMIN|NOT_API_KEY_ADMIN|USER_CANNOT_ACCESS_(?:GROUP|ORG)|API_KEY_CANNOT_CREATE_ORG)\b/, 'insufficient_permissions',
        ['Give the API key or user the Atlas role the call needs (Organization Owner, Project Creator, Project Owner…) under Access Manager.'], ATLAS_ERRORS),
      rule('ip_not_on_access_list', /\bIP_ADDRESS_NOT_ON_(?:ACCESS_LIST|WHITELIST)\b/, 'insufficient_permissions',
        ['Add the caller\'s IP to the API key\'s access list (Atlas → Organization Access Manager → API Keys → Edit Permissions).'], ATLAS_ERRORS),
      rule('requires_access_list', /\b(?:ORG|RESOURCE)_REQUIRES_(?:ACCESS_LIST|WHITELIST)\b/, 'insufficient_permissions',
        ['This organization requires an API access list: add the caller\'s IP or CIDR to the API key\'s access list in Atlas.'], ATLAS_ERRORS),
      rule('key_access_list_denied', /\bAPI_KEY_(?:ACCESS_LIST|WHITELIST)_ACCESS_DENIED\b/, 'insufficient_permissions',
        ['Only the API key itself can read its access list: call with that key, or manage the list in the Atlas UI.'], ATLAS_ERRORS),
    ],
  },
  {
    id: 'snowflake',
    name: 'Snowflake',
    seen: /\bsnowflake|\.snowflakecomputing\.com\b/i,
    rules: [],
    codes: [
      // The wording as a client prints it: https://docs.posit.co/partnerships/snowflake/posit-team/networking/network-policies.html
      rule('network_policy', /\bis not allowed to access Snowflake\b/i, 'insufficient_permissions',
        ['Ask a Snowflake security admin to add this IP to the account\'s or user\'s network policy (ALTER NETWORK POLICY … ALLOWED_NETWORK_RULE_LIST).'], SNOWFLAKE_NETWORK),
    ],
  },
  {
    id: 'upstash',
    name: 'Upstash',
    seen: /\bupstash/i,
    rules: [],
    codes: [
      rule('max_daily_requests', /\bERR max daily request limit exceeded\b/i, 'billing_or_quota',
        ['Add a payment method in the Upstash console to move the database to pay-as-you-go, or send fewer commands.'], `${UPSTASH}/max_daily_request_limit`),
      rule('max_requests', /\bERR max requests limit exceeded\b/i, 'billing_or_quota',
        ['The monthly command limit is spent: upgrade the database plan in the Upstash console or send fewer commands.'], `${UPSTASH}/max_requests_limit`),
      rule('db_capacity', /\bERR DB capacity quota exceeded\b/i, 'billing_or_quota',
        ['The database is at its plan\'s size: delete keys or upgrade the plan in the Upstash console.'], `${UPSTASH}/db_capacity_quota_exceeded`),
    ],
  },
  {
    id: 'hasura',
    name: 'Hasura',
    seen: /\bhasura/i,
    rules: [],
    codes: [
      rule('jwt_expired', /\bCould not verify JWT: JWTExpired\b/i, 'revoked_or_expired',
        ['The user\'s JWT has expired: refresh it from your auth provider before calling Hasura.'], HASURA_JWT),
      rule('admin_secret_invalid', /\binvalid x-hasura-admin-secret\/x-hasura-access-key\b/i, 'invalid_key',
        ['Send the value of HASURA_GRAPHQL_ADMIN_SECRET from the Hasura Cloud project → Env vars in the X-Hasura-Admin-Secret header.'], HASURA_ADMIN),
      rule('admin_secret_missing', /\bx-hasura-admin-secret\/x-hasura-access-key required, but not found\b/i, 'malformed_key',
        ['No admin secret reached Hasura: set the X-Hasura-Admin-Secret header (or a JWT in Authorization) on the request.'], HASURA_ADMIN),
    ],
  },
  {
    id: 'appwrite',
    name: 'Appwrite',
    seen: /\bappwrite/i,
    rules: [
      rule('user_blocked', /\bThe current user has been blocked\b/i, 'invalid_user',
        ['Unblock the user in the Appwrite console → Auth → Users.'], APPWRITE_ERRORS),
      rule('unknown_origin', /\bThe request originated from an unknown origin\b/i, 'insufficient_permissions',
        ['Add this domain as a platform in the Appwrite console → Overview → Platforms.'], APPWRITE_ERRORS),
      rule('project_not_found', /\bProject with the requested ID could not be found\b/i, 'tenant_mismatch',
        ['Set the project ID (X-Appwrite-Project / setProject) to the project the key belongs to, and the endpoint to that project\'s region, as shown in the Appwrite console → Settings.'], APPWRITE_ERRORS),
      rule('service_disabled', /\bThe requested service is disabled\b/i, 'insufficient_permissions',
        ['Enable the service for this project in the Appwrite console (Settings → Services).'], APPWRITE_ERRORS),
      rule('missing_scope', /\bdoes not have the required scopes to access the requested resource\b/i, 'insufficient_permissions',
        ['Give the API key the scope the endpoint needs in the Appwrite console → Overview → Integrations → API keys.'], APPWRITE_ERRORS),
    ],
  },
  {
    id: 'pypi',
    name: 'PyPI',
    seen: /\bpypi\b|\bupload\.pypi\.org\b|\btwine\b|\bpypa\/gh-action-pypi-publish\b/i,
    rules: [
      rule('unverified_email', /\bdoes not have an? verified primary email address\b/i, 'invalid_user',
        ['Verify the account\'s primary email at https://pypi.org/manage/account/ before uploading.'], PYPI_HELP),
      rule('password_auth_removed', /\bUsername\/Password authentication is no longer supported\b/i, 'invalid_key',
        ['PyPI takes only API tokens or Trusted Publishing: create a token at https://pypi.org/manage/account/token/ and upload with username __token__.'], PYPI_HELP),
    ],
    codes: [
      // The exchange failure names the page; twine/pypi-publish print it verbatim.
      rule('no_trusted_publisher', /`?invalid-publisher`?: valid token, but no corresponding publisher\b/i, 'tenant_mismatch',
        ['No Trusted Publisher on PyPI matches this repository, workflow and environment: compare the claims printed with the publisher under the project\'s Publishing settings.'], PYPI_TRUSTED),
    ],
  },
  {
    id: 'databricks',
    name: 'Databricks',
    seen: /\bdatabricks\b|\.cloud\.databricks\.com\b|\.azuredatabricks\.net\b/i,
    rules: [
      rule('auth_not_configured', /\bauthentication is not configured for provider\b/i, 'malformed_key',
        ['The provider found no credentials: set host and token (or a profile) in the provider "databricks" block, and add depends_on the workspace when it is created in the same run.'], DATABRICKS_TF),
    ],
    codes: [
      rule('no_default_credentials', /\bdefault auth: cannot configure default credentials\b/i, 'malformed_key',
        ['No Databricks credentials were found: set DATABRICKS_HOST and DATABRICKS_TOKEN (or a profile in ~/.databrickscfg) where the code runs.'], DATABRICKS_TF),
    ],
  },
  {
    id: 'neon',
    name: 'Neon',
    seen: /\bneon\.tech\b|\bneon\.com\b|\bneondb\b|\bneondatabase\b|@neondatabase\//i,
    rules: [],
    codes: [
      rule('active_endpoints_limit', /\bYou have exceeded the limit of concurrently active endpoints\b/i, 'billing_or_quota',
        ['The plan\'s limit on active computes is reached: suspend an idle compute in the Neon Console or upgrade the plan.'], NEON_ERRORS),
    ],
  },
  {
    id: 'turso',
    name: 'Turso',
    seen: /\bturso\b|\.turso\.io\b|\blibsql/i,
    rules: [
      rule('blocked_quota', /\bBLOCKED\b/, 'billing_or_quota',
        ['The organization has used its plan\'s monthly rows read, rows written or storage: check `turso plan show`, then enable overages or upgrade the plan.'], TURSO_BILLING),
    ],
  },
  {
    id: 'azure-devops',
    name: 'Azure DevOps',
    seen: /\bdev\.azure\.com\b|\bvisualstudio\.com\b|\bAzure (?:DevOps|Pipelines)\b|\b(?:TF|VS)\d{5,6}:/i,
    rules: [],
    codes: [
      rule('no_hosted_parallelism', /\bNo hosted parallelism has been purchased or granted\b/i, 'billing_or_quota',
        ['The organization has no Microsoft-hosted parallel job: request the free grant (https://aka.ms/azpipelines-parallelism-request) or buy one under Organization settings → Parallel jobs.'], AZDO_PARALLEL),
      rule('conditional_access', /\bVS403463\b|\bconditional access policy defined by your Azure Active Directory administrator has failed\b/i, 'insufficient_permissions',
        ['A Microsoft Entra Conditional Access policy refuses this sign-in (network, device or MFA): call from a location and device the policy allows, or ask the tenant admin.'], AZDO_CA),
    ],
  },
  {
    id: 'bitbucket',
    name: 'Bitbucket',
    seen: /\bbitbucket\b/i,
    rules: [],
    codes: [
      rule('account_password_refused', /\bBitbucket Cloud recently stopped supporting account passwords for Git authentication\b/i, 'invalid_key',
        ['Bitbucket no longer accepts the account password for Git over HTTPS or the API: create an API token (or app password) in Personal settings and use it instead.'], BITBUCKET_PASSWORDS),
    ],
  },
  {
    id: 'snyk',
    name: 'Snyk',
    seen: /\bsnyk\b/i,
    rules: [],
    codes: [
      rule('not_authenticated', /`?snyk`? requires an authenticated account\b/i, 'malformed_key',
        ['The Snyk CLI has no token: run `snyk auth`, or set SNYK_TOKEN in CI.'], SNYK_AUTH),
    ],
  },
  {
    id: 'sonarqube',
    name: 'SonarQube / SonarCloud',
    seen: /\bsonar(?:qube|cloud|scanner|source)?\b|\bsonar\.(?:login|token)\b/i,
    rules: [
      rule('preview_only', /\bonly authorized to execute a local \(preview\) (?:SonarQube )?analysis\b/i, 'insufficient_permissions',
        ['The token\'s user lacks Execute Analysis on this project: grant it (Project settings → Permissions) or use a project analysis token.'], SONAR_TOKENS),
    ],
  },
  {
    id: 'terraform-cloud',
    name: 'HCP Terraform / Terraform Cloud',
    seen: /\bapp\.terraform\.io\b|\bTerraform (?:Cloud|Enterprise)\b|\bHCP Terraform\b|\bTFE_TOKEN\b/i,
    rules: [],
    codes: [
      rule('no_token', /\bRequired token could not be found\b/i, 'malformed_key',
        ['Terraform has no API token for this host: run `terraform login`, or set TF_TOKEN_app_terraform_io (or a credentials block) in CI.'], TF_LOGIN),
    ],
  },
  {
    id: 'hashicorp-vault',
    name: 'HashiCorp Vault',
    seen: /\bvault\b[^\n]{0,40}\b(?:token|sealed|8200)\b|\bX-Vault-Token\b|\bVAULT_(?:ADDR|TOKEN)\b/i,
    rules: [],
    codes: [
      rule('sealed', /\bVault is sealed\b/, 'provider_outage',
        ['The Vault server is sealed: an operator must unseal it (`vault operator unseal`) before any token works.'], VAULT_SEAL),
    ],
  },
  {
    id: 'rubygems',
    name: 'RubyGems',
    seen: /\brubygems\b|\bgem push\b|\bGEM_HOST_API_KEY\b/i,
    rules: [],
    codes: [
      rule('mfa_required', /\bRubygem requires owners to enable MFA\b/i, 'insufficient_permissions',
        ['This gem requires every owner to use MFA: enable it at rubygems.org → Settings → Multi-factor authentication, then push again.'], RUBYGEMS_MFA_REQUIRED),
      rule('otp_missing', /\benabled multi-?factor authentication but no OTP code provided\b/i, 'malformed_key',
        ['The account requires an OTP for this command: pass `--otp CODE` (or GEM_HOST_OTP_CODE), or use an API key whose MFA setting allows CI.'], RUBYGEMS_OTP),
    ],
  },
  {
    id: 'crates-io',
    name: 'crates.io',
    seen: /\bcrates\.io\b|\bcargo (?:publish|login)\b|\bCARGO_REGISTRY_TOKEN\b/i,
    rules: [],
    codes: [
      rule('unverified_email', /\bA verified email address is required to publish crates\b/i, 'invalid_user',
        ['Set and verify the account\'s email at https://crates.io/settings/profile, then publish again.'], CARGO_PUBLISHING),
    ],
  },
  {
    id: 'codecov',
    name: 'Codecov',
    seen: /\bcodecov\b/i,
    rules: [],
    codes: [
      rule('repo_not_found_tokenless', /\bCould not find a repository, try using repo upload token\b/i, 'malformed_key',
        ['The upload went without a token and Codecov could not place it: add CODECOV_TOKEN (repository or global upload token) to the uploader.'], CODECOV_TOKEN),
    ],
  },
  {
    id: 'planetscale',
    name: 'PlanetScale',
    seen: /\bplanetscale\b|\bpscale\b|\.psdb\.cloud\b/i,
    rules: [],
    codes: [
      rule('user_without_branch', /\binvalid user format: username must include branch\b/i, 'malformed_key',
        ['PlanetScale Postgres routes by the user name: connect as `role.branch` (the user shown on the Connect page), not the bare role.'], PLANETSCALE_PG_ERRORS),
    ],
  },
  {
    id: 'nuget',
    name: 'NuGet',
    seen: /\bnuget\b/i,
    rules: [
      rule('prefix_reserved', /\bThe package ID is reserved\b/i, 'insufficient_permissions',
        ['The ID falls under a prefix another owner reserved on nuget.org: push from an account that owns the prefix (or ask its owner to add yours), or choose another ID.'], NUGET_PREFIX),
    ],
  },
];
