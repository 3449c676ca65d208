// The fifty-fifth tuning round of issue 20 (2026-12-07): heldout73's decidable misses, after its untuned figure (31 of
// 37) and blind labels were committed. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a
// corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a script stopped by a key variable never set', () => {
  readAs('malformed_key', [
    ['/opt/extensions/example-extension: line 7: EXAMPLE_DSN: unbound variable\nExtension.Crash', null],
    ['deploy.sh: line 12: OPENAI_API_KEY: unbound variable', 'openai'],
  ]);
  it('another variable unbound says nothing of a key', () => {
    expect(explainText('build.sh: line 3: OUTPUT_DIR: unbound variable').category).toBe('unknown');
  });
});

describe('a multi-tenant server that does not know the tenant named', () => {
  readAs('tenant_mismatch', [
    ['12:00:01.000 project=example external_id=example [error] Auth error: tenant `example-realtime` not found', null],
  ]);
});

describe("Twilio's magic test number sent with live credentials", () => {
  readAs('wrong_environment', [
    ['[HTTP 400] Unable to create record: The From phone number +15005550006 is not a valid, SMS-capable inbound phone number or short code for your account.', 'twilio'],
  ]);
  it('the same refusal of another number is not a test-credentials reading', () => {
    expect(explainText('[HTTP 400] Unable to create record: The From phone number +14155550100 is not a valid, SMS-capable inbound phone number or short code for your account.').category).not.toBe('wrong_environment');
  });
});

describe('a Twilio Access Token without the grant for its product', () => {
  readAs('insufficient_permissions', [
    ['com.twilio.video.TwilioException: Missing video grants', 'twilio'],
  ]);
});

describe("a Twilio account at a resource's limit", () => {
  readAs('billing_or_quota', [
    ['ClientApiError [TwilioApiError]: Services are limited to less than or equal to 50\n    at convertApiErrorsAndThrow (/usr/lib/node_modules/@twilio-labs/serverless-api/dist/utils/error.js:33:15)', 'twilio'],
  ]);
});

describe('left as it was', () => {
  it('an S3 URL of one region for a bucket its name places in another: only the name says so', () => {
    expect(explainText('Failed to download model data from URL: "https://s3.us-west-1.amazonaws.com/models-us-east-1/model.tar.gz". Please ensure that there is an object located at the URL and that the role passed to CreateModel has permissions to download the object.').category).not.toBe('tenant_mismatch');
  });
});
