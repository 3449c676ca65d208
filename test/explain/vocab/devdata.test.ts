// The devdata group's documented wordings (src/explain/vocab/devdata.ts). Every text here was WRITTEN FOR THIS TEST
// from the vendor's documented wording (sources in the rules), with made-up names, ids and paths; keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from '../reads.js';

describe('devdata: search and data services', () => {
  readAs('invalid_key', [
    ['AlgoliaSearchError: {"message":"Invalid Application ID","status":404}'],
    ['{"errors":[{"extensions":{"path":"$","code":"access-denied"},"message":"invalid x-hasura-admin-secret/x-hasura-access-key"}]}'],
  ]);
  readAs('billing_or_quota', [
    ['ApiError: {"message":"Operations quota exceeded, change plan to get more Operations","status":403}'],
    ['Crawler failed: Algolia error: Record quota exceeded for app FAKEAPP01'],
    ['{"error":{"root_cause":[{"type":"security_exception","reason":"current license is non-compliant for [field and document level security]"}]},"status":403}'],
    ['ReplyError: ERR max daily request limit exceeded. Limit: 10000, Usage: 10000.'],
    ['UpstashError: ERR max requests limit exceeded.'],
    ['ReplyError: ERR DB capacity quota exceeded'],
  ]);
  readAs('insufficient_permissions', [
    ['ResponseError: security_exception: [security_exception] action [indices:data/write/bulk[s]] is unauthorized for API key id [FAKEid123] of user [svc_ingest]'],
    ['action [indices:data/read/search] towards remote cluster [fake-eu] is unauthorized for user [svc_search] with effective roles [reader] because no remote indices privileges apply for the target cluster'],
    ['HTTP 403 {"detail":"IP address 203.0.113.9 is not allowed to access this resource.","error":403,"errorCode":"IP_ADDRESS_NOT_ON_ACCESS_LIST"}'],
    ['HTTP 401 {"error":401,"errorCode":"ORG_REQUIRES_ACCESS_LIST","detail":"This organization requires access through an access list of ip ranges."}'],
    ['250001 (08001): Failed to connect to DB: fakeacct.snowflakecomputing.com:443. Incoming request with IP/Token 203.0.113.9 is not allowed to access Snowflake.'],
    ['AppwriteException: The request originated from an unknown origin. If you trust this domain, please list it as a trusted platform in the Appwrite console.'],
    ['AppwriteException: The current user or API key does not have the required scopes to access the requested resource.'],
  ]);
  readAs('revoked_or_expired', [
    ['{"errors":[{"extensions":{"code":"invalid-jwt","path":"$"},"message":"Could not verify JWT: JWTExpired"}]}'],
  ]);
  readAs('malformed_key', [
    ['{"errors":[{"extensions":{"code":"access-denied","path":"$"},"message":"x-hasura-admin-secret/x-hasura-access-key required, but not found"}]}'],
  ]);
  readAs('invalid_user', [
    ['AppwriteException: The current user has been blocked. You can unblock the user from the Appwrite console.'],
  ]);
});

describe('devdata: package registries', () => {
  readAs('invalid_user', [
    ["HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/ User 'fake-dev' does not have a verified primary email address."],
  ]);
  readAs('invalid_key', [
    ['HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/ Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead.'],
  ]);
  readAs('tenant_mismatch', [
    ['Trusted publishing exchange failure: Token request failed: * `invalid-publisher`: valid token, but no corresponding publisher (All lookup strategies exhausted)'],
  ]);
});

describe('devdata: warehouses, databases and secrets', () => {
  readAs('malformed_key', [
    ['ValueError: default auth: cannot configure default credentials, please check https://docs.databricks.com/en/dev-tools/auth.html'],
    ['Error: authentication is not configured for provider. Please check https://registry.terraform.io/providers/databricks/databricks/latest/docs#authentication'],
  ]);
  readAs('billing_or_quota', [
    ['psql: error: ERROR: You have exceeded the limit of concurrently active endpoints. Please suspend some endpoints.'],
    ['LibsqlError: BLOCKED: Operation was blocked (fake-db.turso.io)'],
  ]);
  readAs('provider_outage', [
    ['Error making API request. URL: GET https://vault.fake.test:8200/v1/secret/data/app Code: 503. Errors: * Vault is sealed'],
  ]);
});

describe('devdata: CI, code hosting and quality services', () => {
  readAs('billing_or_quota', [
    ['##[error]No hosted parallelism has been purchased or granted. To request a free parallelism grant, please fill out the following form https://aka.ms/azpipelines-parallelism-request'],
  ]);
  readAs('insufficient_permissions', [
    ['TF30063: VS403463: The conditional access policy defined by your Azure Active Directory administrator has failed.'],
    ["ERROR: You're only authorized to execute a local (preview) SonarQube analysis without pushing the results to the SonarQube server."],
    ['Pushing gem to https://rubygems.org... Rubygem requires owners to enable MFA. You must enable MFA before pushing new version.'],
    ['error: Response status code does not indicate success: 409 (The package ID is reserved. You can upload your package with a different package ID.).\n  Pushing Fake.Tools.1.0.0.nupkg to https://www.nuget.org/api/v2/package'],
  ]);
  readAs('invalid_key', [
    ["remote: Bitbucket Cloud recently stopped supporting account passwords for Git authentication.\nfatal: Authentication failed for 'https://bitbucket.org/fake-team/fake-repo.git/'"],
  ]);
  readAs('malformed_key', [
    ['`snyk` requires an authenticated account. Please run `snyk auth` and try again.'],
    ['Error: Required token could not be found\n\nMake sure you configured a credentials block for app.terraform.io in your CLI Config File.'],
    ['You have enabled multifactor authentication but no OTP code provided. Please fill it and retry.'],
    ['[2026-01-01T00:00:00.000Z] [error] Upload failed: {"detail":"Could not find a repository, try using repo upload token"}'],
  ]);
  readAs('invalid_user', [
    ['error: failed to publish to registry at https://crates.io\n\nCaused by:\n  the remote server responded with an error (status 400 Bad Request): A verified email address is required to publish crates to crates.io.'],
  ]);
});

describe('devdata: Elasticsearch API keys and Atlas organizations', () => {
  readAs('invalid_key', [
    ['{"error":{"root_cause":[{"type":"security_exception","reason":"unable to authenticate with provided credentials and anonymous access is not allowed for this request","additional_unsuccessful_credentials":"API key: unable to find apikey with id FAKEid0001"}]},"status":401}'],
  ]);
  readAs('revoked_or_expired', [
    ['{"type":"security_exception","reason":"unable to authenticate with provided credentials and anonymous access is not allowed for this request","additional_unsuccessful_credentials":"API key: api key [FAKEid0002] has been invalidated"}'],
    ['ResponseError: security_exception: "additional_unsuccessful_credentials":"API key: api key is expired"'],
  ]);
  readAs('billing_or_quota', [
    ['https://cloud.mongodb.com/api/atlas/v2/groups/5fakefakefakefakefakefake/clusters POST: HTTP 402 Payment Required (Error code: "NO_PAYMENT_INFORMATION_FOUND") Detail: No payment information was found for group 5fakefakefakefakefakefake.'],
    ['https://cloud.mongodb.com/api/atlas/v2/orgs/5fakefakefakefakefakefake GET: HTTP 402 (Error code: "ACCOUNT_SUSPENDED") Detail: Organization has an unpaid invoice that is more than 30 days old.'],
  ]);
  readAs('insufficient_permissions', [
    ['https://cloud.mongodb.com/api/atlas/v2/groups POST: HTTP 401 (Error code: "NOT_ORG_GROUP_CREATOR") Detail: The currently logged in user does not have the group creator role in organization 5fake.'],
  ]);
  readAs('malformed_key', [
    ['psql: error: connection to server at "fake.horizon.psdb.cloud", port 5432 failed: FATAL: invalid user format: username must include branch (e.g., user.branch)'],
    ['ResponseError: illegal_argument_exception: [illegal_argument_exception] Reason: invalid ApiKey value (elasticsearch 8.x)'],
  ]);
  readAs('tenant_mismatch', [
    ['AppwriteException: Project with the requested ID could not be found. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used.'],
  ]);
  readAs('insufficient_permissions', [
    ['AppwriteException: The requested service is disabled. You can enable the service from the Appwrite console.'],
  ]);
});

describe('devdata: a service\'s words stay with the service', () => {
  it.each([
    'The current user has been blocked.',
    '{"message":"Invalid Application ID","status":404}',
    'Record quota exceeded',
    'User does not have an verified primary email address',
    'BLOCKED: the request was blocked by policy',
    'The vault is sealed for the night',
    '{"code":"ACCOUNT_SUSPENDED","message":"this account is on hold"}',
    'npm error 403 The package ID is reserved for the registry maintainers',
  ])('%s is not read by a devdata rule without the service\'s name', (text) => {
    expect(explainText(text).rule ?? '').not.toMatch(/^vocab\.(algolia|appwrite|pypi|turso|hashicorp-vault|mongodb-atlas|nuget)\./);
  });

  it('leaves an elastic IP or an Atlas of maps alone', () => {
    expect(explainText('Error: the elastic IP quota of the account is reached').rule ?? '').not.toMatch(/^vocab\.elasticsearch\./);
  });
});
