// The thirty-seventh tuning round of issue 20 (2026-12-06): heldout51-52's decidable misses (the providers keydoctor has
// a probe for), after both batches' untuned figures and blind labels were committed. Every text here was WRITTEN FOR THIS
// TEST from the wording the rules cite, with made-up repos, SIDs and ids; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('Hugging Face refusing a known token', () => {
  readAs('insufficient_permissions', [
    ['Could not get file "config.json" from API: RequestError(Status(403, Response[status: 403, status_text: Forbidden, url: https://huggingface.co/example-org/example-gated-model/resolve/main/config.json]))', 'huggingface'],
    ['ConnectionError: HTTP status client error (403 Forbidden)\nhttps://huggingface.co/api/buckets/example-org/ci/xet-write-token', 'huggingface'],
  ]);
  it('a 401 from the Hub is not read as a refusal of a known token', () => {
    expect(explainText('Error: request error: https://huggingface.co/example-org/example-model/resolve/main/tokenizer.json: status code 401').category).not.toBe('insufficient_permissions');
  });
});

describe('Twilio credentials of the wrong kind or shape', () => {
  readAs('malformed_key', [
    ['[HTTP 400] Unable to create record: AccountSid SKc09xxxxxxxxx  is invalid', 'twilio'],
    ['twilio.base.exceptions.TwilioRestException: HTTP 404 error: Unable to create record: The requested resource /2010-04-01/Accounts/<ACFAKE>/Messages.json was not found', 'twilio'],
  ]);
});

describe('AWS quoting a Credential split by a space', () => {
  it('IncompleteSignature with "missing equal-sign" is whitespace in the key id', () => {
    const r = explainText("IncompleteSignature: '/20240101/us-east-1/sts/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: 'AWS4-HMAC-SHA256 Credential=AKIAFAKE0000EXAMPLE /20240101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=<sig>'.");
    expect(r.category).toBe('malformed_key');
    expect(r.provider).toBe('aws');
  });
});

describe('provider wordings', () => {
  readAs('insufficient_permissions', [['discord4j.util.DiscordException: Edited roles hierarchy is too high.']]);
  it('Stripe\'s "No such token" is a token another account made', () => {
    const r = explainText("StripeInvalidRequestError: No such token: 'tok_FAKE000000000000000000'");
    expect(r.category).toBe('tenant_mismatch');
    expect(r.provider).toBe('stripe');
  });
  it('PostgREST\'s JWSInvalidSignature is a key its secret does not verify', () => {
    expect(explainText("{ code: 'PGRST301', details: null, hint: null, message: 'JWSError JWSInvalidSignature' }").category).toBe('invalid_key');
  });
});
