// The seventh tuning round of issue 20 (2026-12-05): the causes found by the seventh held-out measure
// (fixtures/errors-heldout7/MEASURED.md). Every text here was WRITTEN FOR THIS TEST from the vendor's or
// library's documented wording (sources in the rules they exercise), with made-up names, ids and paths;
// none is a copy of a corpus text. Keys are fake.
import { describe } from 'vitest';
import { readAs, readEach } from './reads.js';

describe('missing credentials and the wrong kind of credential', () => {
  readAs('malformed_key', [
    ['Must supply a valid HTTP Basic Authorization header'],
    ['Please include a case-sensitive header of Authorization: Basic <KEY> with a valid REST API key.'],
    ['Geocoding Service: You must use an API key to authenticate each request to Google Maps Platform APIs.'],
    ['ValueError: Missing key inputs argument! To use the Google AI API, provide (`api_key`) arguments.'],
    ['401 No cookie auth credentials found'],
    ['No Account or Server API tokens were supplied in the HTTP headers.'],
    ['Not logged in. Log in to deploy to a site'],
    ['This API call cannot be made with a publishable API key. Please use a secret API key.'],
    ['Basic authentication with passwords is deprecated.'],
  ]);
});

describe('refusals in the words of Bitbucket, Google, Hugging Face, OpenAI, Postgres, Twilio, Vertex', () => {
  readAs('insufficient_permissions', [
    ['Your credentials lack one or more required privilege scopes.'],
    ['Places Service: This API key is not authorized to use this service or API.'],
    ["The following permissions are not enabled for the current identity: {'compute.instances.list'}"],
    ['returned "Policy update access denied."'],
    ['remote: DENIED update refs/heads/main: forbidden'],
    ["{\"error\":\"You don't have the rights to create a model under this namespace\"}"],
    ['400 Your organization must be verified to use this model.'],
    ['new row violates row-level security policy for table "items"'],
    ["Permission to send an SMS has not been enabled for the region indicated by the 'To' number."],
    ['Project `example` is not allowed to use Publisher Model `publishers/example/models/m1`'],
    ['remote: Access denied\nfatal: unable to access the repository: The requested URL returned error: 403'],
  ]);
});

describe('time, accounts, money, places, tenants and TLS', () => {
  readEach([
    ["Error type: ExpiredAuthenticationToken. The access token expiry UTC time '1/1/2026 1:00:00 AM' is earlier than current UTC time.", 'revoked_or_expired'],
    ['Your API key was reported as leaked. Please use another API key.', 'revoked_or_expired'],
    ['Your User ID is temporarily suspended. Please contact support.', 'invalid_user'],
    ['The job was not started because your account is locked due to a billing issue.', 'billing_or_quota'],
    ['{"detail":{"status":"quota_exceeded","message":"This request exceeds your quota."}}', 'billing_or_quota'],
    ['XX is not currently supported by Stripe.', 'region_blocked'],
    ['This product is currently only available in certain countries.', 'region_blocked'],
    ["The key is either invalid or doesn't use the region provided.", 'tenant_mismatch'],
    ['Make sure the ID token comes from the same Firebase project as the service account.', 'tenant_mismatch'],
    ["Error: Deployment doesn't belong to current team example-team", 'tenant_mismatch'],
    ['(Network error [errno 77]: error setting certificate verify locations: CAfile: /srv/ca.crt)', 'tls_error'],
    ["APIConnectionError: Could not verify Example's SSL certificate.", 'tls_error'],
    ['API Error: The socket connection was closed unexpectedly.', 'network_error'],
  ]);
});

describe('a wording only one provider uses lives in its probe, and names it', () => {
  readAs('malformed_key', [['This API call cannot be made with a publishable API key. Please use a secret API key.', 'stripe']]);
  readAs('region_blocked', [['XX is not currently supported by Stripe.', 'stripe']]);
  readAs('insufficient_permissions', [
    ["Permission to send an SMS has not been enabled for the region indicated by the 'To' number.", 'twilio'],
    ['remote: DENIED update refs/heads/main: forbidden', 'huggingface'],
    ['400 Your organization must be verified to use this model.', 'openai'],
    ['Project `example` is not allowed to use Publisher Model `publishers/example/models/m1`', 'vertex-ai'],
    ['Error: 403 {"type":"error","error":{"type":"permission_error","message":"OAuth token does not meet scope requirement"}}', 'anthropic'],
  ]);
});
