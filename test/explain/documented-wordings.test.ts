// Wordings taken from vendors' and libraries' documentation and sources (cited beside each rule), added
// without any held-out batch in sight: they are how explain is meant to generalise. Every text here was
// WRITTEN FOR THIS TEST with made-up names, ids and paths. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText as run, readAs, readEach } from './reads.js';

describe('no credential reached the service', () => {
  readAs('malformed_key', [
    ['npm ERR! code ENEEDAUTH\nnpm ERR! need auth This command requires you to be logged in.'],
    ["fatal: could not read Username for 'https://git.example.com': terminal prompts disabled"],
    ['To get started with GitHub CLI, please run:  gh auth login'],
    ['software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain'],
    ['operation error S3: ListBuckets, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found'],
    ['java.io.IOException: The Application Default Credentials are not available.'],
    ['Error: Neither apiKey nor config.authenticator provided'],
    ['twilio.base.exceptions.TwilioException: Credentials are required to create a TwilioClient'],
    ['401 Client Error: b\'{"message":"This endpoint requires you to be authenticated.","documentation_url":"https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql"}\' (Reason: Unauthorized) for path: /graphql', 'github'],
  ]);

  it('an expired login that names the login command is not a missing one', () => {
    expect(run('Token has expired, please run: az login').category).toBe('revoked_or_expired');
  });
});

describe('a credential without the right to do this', () => {
  readAs('insufficient_permissions', [
    ['Access Denied: Project example-1: User does not have bigquery.jobs.create permission in project example-1.'],
    ['[{"errorCode":"INSUFFICIENT_ACCESS","message":"insufficient access rights on object id"}]'],
    ["This app hasn't been granted all required scopes to make this call."],
    ['{"code":124,"message":"Invalid access token, does not contain scopes:[meeting:read]."}'],
    ['[API] This action requires merchant approval for read_orders scope.'],
    ['Your app is not permitted to access this endpoint.'],
    ['{"message":"Must have admin rights to Repository.","documentation_url":"https://docs.example.com"}'],
    ['denied: requested access to the resource is denied'],
    ['403 Forbidden - You are not allowed to create a pipeline for this project'],
  ]);
});

describe('money, limits and retired keys', () => {
  readEach([
    ['This API method requires billing to be enabled. Please enable billing on project #123.', 'billing_or_quota'],
    ['ValidationException: INVALID_PAYMENT_INSTRUMENT: A valid payment instrument must be provided.', 'billing_or_quota'],
    ["(ReadOnlyDisabledSubscription) The subscription 'abc' is disabled and therefore marked as read only.", 'billing_or_quota'],
    ["You have exceeded your premium request allowance.", 'billing_or_quota'],
    ["Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service 'example.googleapis.com'", 'rate_limited'],
    ['Error: This API key has been disabled by its owner.', 'revoked_or_expired'],
  ]);

  it('an account that was disabled is about the account, not the key', () => {
    expect(run("The account this API key belongs to has been disabled.").category).toBe('invalid_user');
  });
});

describe('Supabase\'s shared pooler, which cannot match the host and user name to a project', () => {
  readAs('unknown', [
    ['failed to connect to `host=aws-1-eu-west-2.pooler.supabase.com user=postgres database=postgres`: server error (FATAL: Tenant or user not found (SQLSTATE XX000))', 'supabase'],
    ['server error: FATAL: (ENOTFOUND) tenant/user postgres.abcdefghijklmnopqrst not found (SQLSTATE XX000)', 'supabase'],
  ]);
  it('is no DNS failure, and the fix names the project ref and the Connect dialog', () => {
    const r = run('FATAL: (ENOTFOUND) tenant/user postgres.abcdefghijklmnopqrst not found');
    expect(r.category).not.toBe('network_error');
    expect(r.fixes.join(' ')).toMatch(/postgres\.PROJECT_REF/);
    expect(r.fixes.join(' ')).toMatch(/Connect dialog/);
  });
  it('a host that does not resolve is still one', () => {
    expect(run('getaddrinfo ENOTFOUND aws-1-eu-west-2.pooler.supabase.com').category).toBe('network_error');
  });
});
