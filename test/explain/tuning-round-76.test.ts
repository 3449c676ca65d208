// The seventy-sixth tuning round of issue 20 (2026-12-07): the provider, where both labellers of heldout85–92 named the
// same one and explain named none (206 of 266 right before it). Every batch was measured first. The texts here were
// WRITTEN FOR THIS TEST; they are not copies of the corpus texts.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import { explainText } from './reads.js';

const provider = (text: string) => explainText(text).provider;

describe("git's own failure lines about a github.com remote name GitHub", () => {
  it.each([
    "fatal: unable to access 'https://github.com/example-org/example.git/': The requested URL returned error: 403",
    "fatal: Authentication failed for 'https://github.com/example-org/example.git/'",
    "Error: fatal: could not read Username for 'https://github.com': terminal prompts disabled",
    "remote: Repository not found.\nfatal: repository 'https://github.com/example-org/example.git/' not found",
  ])('%s', (text) => {
    expect(provider(text)).toBe('github');
  });
  it('a github.com link in a sentence is no sign', () => {
    expect(provider('Error: quota exceeded, see https://github.com/example-org/example-sdk/issues/1')).not.toBe('github');
  });
  it('a token in the remote URL is never quoted in "recognised by"', () => {
    const r = explain({ text: "fatal: Authentication failed for 'https://x-access-token:CANARYtoken0000FAKE0000@github.com/example-org/example.git/'" }).result;
    expect(r.provider).toBe('github');
    expect(JSON.stringify(r)).not.toContain('CANARYtoken0000FAKE0000');
  });
});

describe("libcurl's wording of a status", () => {
  it('"The requested URL returned error: 403" gives the status', () => {
    expect(explainText("fatal: unable to access 'https://git.example.com/a.git/': The requested URL returned error: 403").evidence.join(' ')).toMatch(/403/);
    expect(explainText('curl: (22) The requested URL returned error: 401').evidence.join(' ')).toMatch(/401/);
  });
});

describe("the AWS SDKs' frames name AWS", () => {
  it.each([
    'Error running query: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: EXAMPLE0000000000)',
    'ERROR: failed to check the cache: operation error S3: HeadObject, https response error StatusCode: 403, RequestID: EXAMPLE00000, HostID: EXAMPLE=, api error Forbidden: Forbidden',
  ])('%s', (text) => {
    expect(provider(text)).toBe('aws');
  });
  it('a client that says it went anonymous is still no key sent, once AWS is named', () => {
    const r = explainText('WRN using anonymous credentials to connect S3 region=us-east-1\nINF operation error S3: PutObject, https response error StatusCode: 403, RequestID: EXAMPLE00000, HostID: EXAMPLE=, api error AccessDenied: Access Denied');
    expect(r.category).toBe('malformed_key');
    expect(r.provider).toBe('aws');
  });
});

describe("other services' own words", () => {
  it.each([
    ['Something went wrong when authorizing this app. Try going back and authorizing again. Error details: Invalid client_id parameter', 'slack'],
    ['redirect_uri did not match any configured URIs. Passed URI: https://example.com/callback', 'slack'],
    ['Sending message failed: Bad Request: chat not found', 'telegram'],
    ['authentication encountered error: upstream request returned error 403 Forbidden caused by: Relay is not allowed to register', 'sentry'],
    ['error getting codespaces: HTTP 403: Must have admin rights to Repository', 'github'],
    ["The 'projectsV2' field requires one of the following scopes: ['read:project']", 'github'],
    ['You need at least read:org scope or user scope to list your organizations.', 'github'],
    ['Error: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable', 'github'],
  ])('%s', (text, id) => {
    expect(provider(text)).toBe(id);
  });
  it("Twilio's 20003 that says no credentials came is no key sent", () => {
    const r = explainText('20003 - Authentication Error - No credentials provided');
    expect(r.provider).toBe('twilio');
    expect(r.category).toBe('malformed_key');
  });
});
