// Cases of fixtures/errors-heldout86 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout86.test.ts.
export const MISSES: Record<string, string> = {
  'aws/malformed_key-sagemaker-async-operator-session-token-dropped': 'invalid_key/aws',
  'aws/malformed_key-saleor-s3-misspelled-access-key-var': 'unknown/aws',
  'cloudflare/unknown-jetrails-magento2-double-slash-url': 'unknown/null',
  'github/insufficient_permissions-changelog-generator-token-without-repo-scope': 'unknown/github',
  'gitlab/malformed_key-obsidian-git-mobile-401-no-credentials': 'invalid_key/null',
  'mistral/malformed_key-llm-mistral-wrong-env-var': 'unknown/mistral',
  'openai/insufficient_permissions-copilot-langchain-model-not-found': 'unknown/null',
  'openai/insufficient_permissions-shell-ai-no-gpt4-access': 'unknown/openai',
  'openai/insufficient_permissions-smart-connections-api-error-gpt4': 'unknown/null',
  'openai/invalid_key-opencommit-action-new-key-needed': 'invalid_key/null',
  'openai/malformed_key-fabric-listmodels-no-openai-key': 'invalid_key/openai',
  'openai/malformed_key-kiln-finetune-empty-bearer-connection-error': 'network_error/null',
  'openai/revoked_or_expired-fabric-zshrc-old-revoked-key': 'invalid_key/null',
  'openai/tenant_mismatch-finetune-file-other-project': 'unknown/openai',
  'openai/unknown-czg-ai-key-not-found-tool-bug': 'malformed_key/openai',
  'openai/wrong_provider-scrapegraph-proxy-key-sent-to-openai': 'invalid_key/openai',
  'stripe/invalid_user-mirlo-connected-account-deleted': 'unknown/stripe',
  'stripe/malformed_key-mirakl-connector-wrong-webhook-secret-var': 'invalid_key/null',
};
