// Cases of fixtures/errors-heldout60 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout60.test.ts.
export const MISSES: Record<string, string> = {
  'aws/malformed_key-aws-pacu-python-pasted-key-whitespace': 'unknown/aws',
  'aws/tenant_mismatch-aws-terraform-govcloud-region-typo': 'invalid_key/aws',
  'aws/tenant_mismatch-aws-terraform-profile-govcloud-sts': 'invalid_key/aws',
  'deepseek/malformed_key-deepseek-gpt-engineer-key-in-wrong-variable': 'malformed_key/openai',
  'deepseek/wrong_provider-deepseek-nextchat-openai-key-no-such-user': 'invalid_key/deepseek',
  'discord/tenant_mismatch-discord-botkube-go-bot-invited-to-other-server': 'insufficient_permissions/discord',
  'github/malformed_key-github-copilot-token-ansi-color-codes': 'invalid_key/github',
  'gitlab/malformed_key-gitlab-treeview-feed-token-as-private-token': 'invalid_key/null',
  'huggingface/insufficient_permissions-huggingface-tgi-gated-repo-hf-token': 'malformed_key/huggingface',
  'openai/malformed_key-openai-nextjs-ai-chatbot-env-variable-name': 'invalid_key/openai',
  'stripe/malformed_key-stripe-mcp-node-restricted-key-prefix': 'malformed_key/null',
  'twilio/malformed_key-twilio-php-laravel-getenv-empty-credentials': 'malformed_key/null',
  'vercel/invalid_key-vercel-cli-stray-vercel-token-env': 'malformed_key/vercel',
  'vertex-ai/tenant_mismatch-vertex-ai-gemini-cli-us-central1-not-global': 'unknown/vertex-ai',
};
