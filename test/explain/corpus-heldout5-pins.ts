// Cases of fixtures/errors-heldout5 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout5.test.ts.
export const MISSES: Record<string, string> = {
  'aws/invalid_key-node-ses-signaturedoesnotmatch-smtp-credentials': 'unknown/aws',
  'azure-openai/tenant_mismatch-pubsec-key-of-other-aoai-instance': 'invalid_key/azure-openai',
  'cohere/wrong_provider-notebook-cohereerror-invalid-api-token': 'invalid_key/cohere',
  'datadog/tenant_mismatch-cluster-agent-403-invalid-key-eu-site': 'invalid_key/datadog',
  'digitalocean/revoked_or_expired-docl-ruby-unable-to-authenticate-revoked-tokens': 'invalid_key/digitalocean',
  'github/invalid_user-sourcegraph-user-repos-403-account-suspended': 'invalid_user/null',
  'github/revoked_or_expired-hub-bad-credentials-after-token-deleted': 'invalid_key/github',
  'github/revoked_or_expired-jenkins-ghprb-httpexception-bad-credentials-expired': 'invalid_key/github',
  'huggingface/revoked_or_expired-silnlp-401-invalid-credentials-expired-hub-token': 'invalid_key/huggingface',
  'mistral/rate_limited-anon-kode-requests-rate-limit-exceeded': 'rate_limited/null',
  'openai/malformed_key-python-401-incorrect-key-truncated-copy': 'invalid_key/openai',
  'twilio/malformed_key-ruby-tab-in-account-sid-messages-not-found': 'malformed_key/null',
  'twilio/tenant_mismatch-ruby-requesterror-master-sid-subaccount-number': 'unknown/twilio',
  'vertex-ai/tenant_mismatch-python-sdk-permission-denied-on-tenant-project': 'insufficient_permissions/vertex-ai',
  'vertex-ai/tenant_mismatch-vertexai-init-uses-default-project-service-disabled': 'insufficient_permissions/vertex-ai',
};
