// Service vocabulary, group "devdata": see types.ts. Each rule cites the service's own documentation (or, where the
// wording lives only in the service's code, its official source). Wordings the shared rules already read rightly are
// left to them; the rules here name what they misread or leave unknown.
import { rule } from '../phrase.js';
import type { ServiceWords } from './types.js';

const ALGOLIA_BLOCKED = 'https://www.algolia.com/doc/faq/troubleshooting/why-is-my-app-blocked/';
const ALGOLIA_ERRORS = 'https://www.algolia.com/doc/api-client/advanced/';
// Elastic's own troubleshooting guide (github.com/elastic/agent-skills): 401 authentication, 403 security_exception
// authorisation failures, licence-expiry lockouts.
const ES_SECURITY = 'https://skills.sh/elastic/agent-skills/elasticsearch-security-troubleshooting';
const ATLAS_ERRORS = 'https://www.mongodb.com/docs/atlas/reference/api-errors/';
const SNOWFLAKE_NETWORK = 'https://docs.snowflake.com/user-guide/network-policies';
const UPSTASH = 'https://upstash.com/docs/redis/troubleshooting';
const HASURA_ADMIN = 'https://hasura.io/docs/latest/auth/authentication/admin-secret-access';
const HASURA_JWT = 'https://hasura.io/docs/latest/auth/authentication/jwt/';
const PYPI_HELP = 'https://pypi.org/help/';
const PYPI_TRUSTED = 'https://docs.pypi.org/trusted-publishers/troubleshooting/';
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
        ['The cluster\'s licence or trial has lapsed for this feature: renew it (Kibana → Stack Management → License Management) or use a feature the Basic licence includes.'], ES_SECURITY),
      rule('action_unauthorized', /\baction \[\S{1,120}?\] is unauthorized for (?:user|API key id|run as user)\b/i, 'insufficient_permissions',
        ['Give the user or API key a role with the privilege the action names (Kibana → Stack Management → Roles), or create an API key whose role_descriptors include it.'], ES_SECURITY),
    ],
  },
  {
    id: 'mongodb-atlas',
    name: 'MongoDB Atlas',
    seen: /\bmongodb atlas\b|\bcloud\.mongodb\.com\b|\bmongodbatlas\b|\batlas api\b/i,
    rules: [],
    codes: [
      rule('ip_not_on_access_list', /\bIP_ADDRESS_NOT_ON_ACCESS_LIST\b/, 'insufficient_permissions',
        ['Add the caller\'s IP to the API key\'s access list (Atlas → Organization Access Manager → API Keys → Edit Permissions).'], ATLAS_ERRORS),
      rule('requires_access_list', /\b(?:ORG|RESOURCE)_REQUIRES_ACCESS_LIST\b/, 'insufficient_permissions',
        ['This organization requires an API access list: add the caller\'s IP or CIDR to the API key\'s access list in Atlas.'], ATLAS_ERRORS),
      rule('key_access_list_denied', /\bAPI_KEY_ACCESS_LIST_ACCESS_DENIED\b/, 'insufficient_permissions',
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
        ['The database is at its plan\'s size: delete keys or upgrade the plan in the Upstash console.'], `${UPSTASH}/max_requests_limit`),
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
];
