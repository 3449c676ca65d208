// The thirty-fifth tuning round of issue 20 (2026-12-06): heldout47-48's decidable misses (the providers keydoctor has a
// probe for), after both batches' untuned figures and blind labels were committed. Every text here was WRITTEN FOR THIS
// TEST from the wording the rules cite, with made-up names, paths and ids; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a credential that never reached the provider', () => {
  readAs('malformed_key', [
    ['Aws\\Exception\\CredentialsException: Cannot read credentials from /.aws/credentials'],
    ['Aws\\Exception\\CredentialsException: Error retrieving credentials from the instance profile metadata server. (cURL error 28: Connection timed out after 1000 milliseconds)'],
    ['CredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1'],
    ["status_code: 401, body: {'detail': {'status': 'needs_authorization', 'message': 'Neither authorization header nor xi-api-key received, please provide one.'}}"],
    ['error: Failed to parse org auth token {token}\n  caused by: invalid type: null, expected a string at line 1 column 30'],
  ]);
  it('the metadata server\'s timeout is the chain\'s last resort, not a network failure', () => {
    const r = explainText('Error retrieving credentials from the instance profile metadata server. (cURL error 28: Connection timed out after 1000 milliseconds)');
    expect(r.rule).toBe('phrase.no_credentials_found');
  });
});

describe('a value that is not the key as issued', () => {
  it('a token assigned with a trailing "\\n" reads as a malformed key, naming the variable only', () => {
    const text = 'GH_TOKEN="gho_FAKE0000000000000000000000000000000\\n" gh api user\nHTTP 401: Bad credentials (https://api.github.com/user)';
    const r = explainText(text);
    expect(r.category).toBe('malformed_key');
    expect(r.rule).toMatch(/assigned_newline$/);
    expect(r.evidence.join(' ')).toContain('GH_TOKEN');
    expect(JSON.stringify(r)).not.toContain('gho_FAKE0000000000000000000000000000000');
  });
  it('the same token without the newline stays an unrecognised key', () => {
    expect(explainText('GH_TOKEN="gho_FAKE0000000000000000000000000000000" gh api user\nHTTP 401: Bad credentials').category).toBe('invalid_key');
  });
  it('a Datadog key echoed inside its own quotes carried them', () => {
    const r = explainText("WARN | (forwarder_health.go:228 in hasValidAPIKey) | api_key ''***************************FAKE1'' for domain https://app.datadoghq.com/ is invalid");
    expect(r.category).toBe('malformed_key');
    expect(r.rule).toMatch(/echoed_quotes$/);
  });
  it('any server quoting the key it refused is read the same way', () => {
    const r = explainText("Error: token ''FAKE0123456789abcdefFAKE'' is not valid");
    expect(r.category).toBe('malformed_key');
    expect(r.rule).toMatch(/echoed_quotes$/);
  });
  it('a Datadog key echoed plainly stays an invalid key', () => {
    expect(explainText("WARN | api_key '***************************FAKE1' for domain https://app.datadoghq.com/ is invalid").category).toBe('invalid_key');
  });
  it('Stripe echoing a publishable key refused for permissions: the wrong kind of key, not a missing permission', () => {
    const r = explainText("The provided key 'pk_test_****************FAKE' does not have the required permissions for this endpoint on account 'acct_**********'.");
    expect(r.category).toBe('malformed_key');
    expect(r.provider).toBe('stripe');
  });
  it('a restricted Stripe key refused so lacks a permission', () => {
    expect(explainText("The provided key 'rk_test_****************FAKE' does not have the required permissions for this endpoint on account 'acct_**********'.").category).toBe('insufficient_permissions');
  });
  readAs('malformed_key', [['Uncaught IntegrationError: You are using a secret key with Stripe.js, instead of the publishable one.']]);
});

describe('provider wordings', () => {
  it('Anthropic asking which workspace an organisation key is for is a mismatch, not an outage', () => {
    const r = explainText('Something went wrong: An internal error occurred.\nThis API key is not scoped to a workspace, so this request must include the anthropic-workspace-id header with the ID of the workspace to use.');
    expect(r.category).toBe('tenant_mismatch');
    expect(r.provider).toBe('anthropic');
    expect(r.fixes.join(' ')).toMatch(/anthropic-workspace-id/);
  });
  it('Discord\'s disallowed intents in any case', () => {
    const r = explainText('Error: Used disallowed Intents');
    expect(r.category).toBe('insufficient_permissions');
    expect(r.provider).toBe('discord');
  });
  it('got\'s HTTPError names its status', () => {
    expect(explainText('HTTPError: Response code 403 (Forbidden)').evidence.join(' ')).toMatch(/\b403\b/);
  });
});
