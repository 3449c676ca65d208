// Cases of fixtures/errors-heldout50 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout50.test.ts.
export const MISSES: Record<string, string> = {
  'aws/tenant_mismatch-s3-cpp-govcloud-endpoint-invalid-access-key-id': 'invalid_key/aws',
  'cloudflare/malformed_key-drupal-php-module-token-rejected-37-chars': 'malformed_key/null',
  'cloudflare/malformed_key-wordpress-plugin-api-token-in-global-key-field': 'invalid_key/null',
  'deepgram/revoked_or_expired-deepgram-node-sdk-expired-key-websocket': 'invalid_key/deepgram',
  'digitalocean/revoked_or_expired-pulumi-doks-kubeconfig-credentials-expired': 'unknown/null',
  'digitalocean/tenant_mismatch-doctl-kubectl-cached-token-other-cluster': 'malformed_key/null',
  'digitalocean/tenant_mismatch-spaces-coolify-mc-wrong-endpoint': 'invalid_key/null',
  'mailgun/tenant_mismatch-mailgun-js-eu-region-401': 'invalid_key/null',
  'pinecone/insufficient_permissions-pinecone-python-index-creation-disabled-starter': 'tenant_mismatch/pinecone',
  'resend/malformed_key-resend-node-delete-missing-api-key': 'malformed_key/null',
  'sendgrid/billing_or_quota-sendgrid-python-401-monthly-quota': 'invalid_key/null',
  'sendgrid/insufficient_permissions-sendgrid4r-ruby-user-account-403': 'unknown/sendgrid',
  'sentry/tenant_mismatch-sentry-cli-eu-org-token-us-host': 'invalid_key/sentry',
  'sentry/tenant_mismatch-sentry-gradle-plugin-eu-region-org-token': 'invalid_key/sentry',
  'slack/malformed_key-slack-irslackd-xoxc-browser-token-invalid-auth': 'invalid_key/slack',
};
