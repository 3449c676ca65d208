// What names a provider in pasted text, beyond what its probe declares.
// Probes carry official hosts, key formats and variable names, and recognition
// reads those from the registry; this table adds what only error text shows:
// SDK class and module names, envelope shapes, documentation domains. It may also
// name a provider that has no probe yet, so an error can name its provider
// before keydoctor can check that provider's keys.
// Sources: shared/research/providers.md (per provider), and the SDKs' own names.

export interface ProviderHint {
  id: string;
  name: string;
  docs?: string;
  /** API hosts; `*.suffix` matches any subdomain, `label.*` a self-managed host (`gitlab.example.com`). */
  hosts?: string[];
  /** Domains of the provider's consoles and docs, as linked from its messages. */
  domains?: string[];
  /** SDK exception classes and module paths. */
  sdk?: RegExp[];
  /** Body shapes or phrases only this provider writes. */
  envelope?: RegExp[];
  keyPrefixes?: string[];
  envVars?: string[];
  /** Words that name the provider (weakest signal). */
  names?: string[];
}

export const HINTS: ProviderHint[] = [
  { id: 'openai', name: 'OpenAI', docs: 'https://platform.openai.com/api-keys', domains: ['openai.com'], sdk: [/\bopenai\.(?:error\.)?[A-Z]\w*Error\b/, /\bopenai\/(?:_base_client|api_requestor)/, /\bOpenAIException\b/], names: ['OpenAI'] },
  {
    id: 'anthropic', name: 'Anthropic', docs: 'https://console.anthropic.com/settings/keys', domains: ['anthropic.com', 'claude.com'],
    sdk: [/\banthropic\.[A-Z]\w*Error\b/, /@anthropic-ai\/sdk/], envelope: [/["']type["']\s*:\s*["']error["']\s*,\s*["']error["']\s*:/, /invalid x-api-key/], names: ['Anthropic', 'Claude'],
  },
  {
    id: 'stripe', name: 'Stripe', docs: 'https://dashboard.stripe.com/apikeys', domains: ['stripe.com'], sdk: [/\bStripe[A-Z]\w*Error\b/, /\bstripe\.error\.\w+/, /Stripe::\w+Error/],
    // "No such customer: 'cus_…'" and the live/test mode notes are Stripe's own wording (stripe-node#149, payola#278).
    envelope: [/similar object exists in (?:live|test) mode|No such \w+: '?(?:cus|pi|ch|in|sub|price|prod|evt|acct|pm|seti|src|tok)_\w/], names: ['Stripe'],
  },
  {
    id: 'github', name: 'GitHub', docs: 'https://github.com/settings/tokens', hosts: ['api.github.com'], domains: ['docs.github.com', 'developer.github.com'],
    sdk: [/BadCredentialsException|GithubException|Octokit::|@octokit\/|\bgh: /], names: ['GitHub'],
  },
  {
    id: 'google-gemini', name: 'Google Gemini', docs: 'https://aistudio.google.com/apikey', hosts: ['generativelanguage.googleapis.com'], domains: ['ai.google.dev', 'aistudio.google.com'],
    sdk: [/google\.genai|google\.generativeai|GoogleGenerativeAI|google_generativeai/], envelope: [/API_KEY_INVALID|User location is not supported for the API use/],
    keyPrefixes: ['AIza'], envVars: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'], names: ['Gemini'],
  },
  {
    id: 'azure-openai', name: 'Azure OpenAI', docs: 'https://portal.azure.com', hosts: ['*.openai.azure.com', '*.cognitiveservices.azure.com', '*.services.ai.azure.com'],
    sdk: [/\bAzureOpenAI\b|AzureException|azure\.ai\.|azure\.core\.exceptions/], envelope: [/invalid subscription key or wrong API endpoint|aka\.ms\/oai|apim-request-id|Principal does not have access to API\/Operation/],
    envVars: ['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_ENDPOINT'], names: ['Azure OpenAI', 'Azure AI'],
  },
  {
    id: 'mistral', name: 'Mistral', docs: 'https://console.mistral.ai/api-keys', hosts: ['api.mistral.ai', 'codestral.mistral.ai'], domains: ['mistral.ai'],
    sdk: [/\bmistralai\b|MistralAPIException|MistralChatLanguageModel/], envVars: ['MISTRAL_API_KEY'], names: ['Mistral', 'Codestral'],
  },
  {
    id: 'cohere', name: 'Cohere', docs: 'https://dashboard.cohere.com/api-keys', hosts: ['api.cohere.com', 'api.cohere.ai'], domains: ['cohere.com'],
    sdk: [/\bcohere\.(?:errors?|core)\b|CohereAPIError|CohereError|langchain_cohere/], envVars: ['CO_API_KEY', 'COHERE_API_KEY'], names: ['Cohere'],
  },
  {
    id: 'groq', name: 'Groq', docs: 'https://console.groq.com/keys', hosts: ['api.groq.com'], domains: ['groq.com'],
    sdk: [/\bgroq\.[A-Z]\w*Error\b|x-groq-region/], keyPrefixes: ['gsk_'], envVars: ['GROQ_API_KEY'], names: ['Groq'],
  },
  {
    id: 'slack', name: 'Slack', docs: 'https://api.slack.com/apps', hosts: ['slack.com', 'api.slack.com'],
    sdk: [/slack_sdk|SlackApiError|slacker\.Error|Slack::Web|@slack\/web-api|slackclient|Slack API/], envelope: [/["']ok["']\s*:\s*(?:false|False)\s*,\s*["']error["']\s*:/],
    keyPrefixes: ['xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxe.'], envVars: ['SLACK_BOT_TOKEN', 'SLACK_USER_TOKEN', 'SLACK_TOKEN'], names: ['Slack'],
  },
  {
    id: 'gitlab', name: 'GitLab', docs: 'https://gitlab.com/-/user_settings/personal_access_tokens', hosts: ['gitlab.com', 'gitlab.*'],
    sdk: [/gitlab\.exceptions|GitlabHttpError|GitlabAuthenticationError|org\.gitlab|Gitlab::Error|GitlabAPIException/], keyPrefixes: ['glpat-', 'gldt-', 'glptt-', 'glcbt-'],
    envVars: ['GITLAB_TOKEN', 'CI_JOB_TOKEN'], names: ['GitLab'],
  },
  {
    id: 'twilio', name: 'Twilio', docs: 'https://console.twilio.com', hosts: ['api.twilio.com', 'verify.twilio.com'], domains: ['twilio.com'],
    sdk: [/TwilioRestException|Twilio\\Exceptions|Twilio::REST|twilio\.base\.exceptions|node_modules\/twilio/], envVars: ['TWILIO_AUTH_TOKEN', 'TWILIO_ACCOUNT_SID'], names: ['Twilio'],
  },
  {
    id: 'sendgrid', name: 'SendGrid', docs: 'https://app.sendgrid.com/settings/api_keys', hosts: ['api.sendgrid.com'], domains: ['sendgrid.com', 'sendgrid.net', 'sendgrid.api-docs.io'],
    sdk: [/@sendgrid\/|sendgrid\.helpers|python_http_client/], keyPrefixes: ['SG.'], envVars: ['SENDGRID_API_KEY'], names: ['SendGrid'],
  },
  {
    id: 'cloudflare', name: 'Cloudflare', docs: 'https://dash.cloudflare.com/profile/api-tokens', hosts: ['api.cloudflare.com'],
    sdk: [/\bwrangler\b|cloudflare-typescript|CloudFlare\.exceptions/], envelope: [/["']success["']\s*:\s*(?:false|False)\s*,\s*["']errors["']\s*:\s*\[/],
    keyPrefixes: ['cfut_', 'cfat_', 'cfk_'], envVars: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN', 'CLOUDFLARE_API_KEY', 'CF_API_KEY'], names: ['Cloudflare'],
  },
  {
    id: 'aws', name: 'AWS', docs: 'https://console.aws.amazon.com/iam/home#/security_credentials', hosts: ['*.amazonaws.com'],
    sdk: [/botocore|boto3|aws-sdk|@aws-sdk\/|An error occurred \(\w+\) when calling the \w+ operation|awscli/],
    envelope: [/<ErrorResponse xmlns="https:\/\/\w+\.amazonaws\.com|InvalidClientTokenId|SignatureDoesNotMatch|UnrecognizedClientException/],
    keyPrefixes: ['AKIA', 'ASIA'], envVars: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'], names: ['AWS'],
  },
  {
    id: 'huggingface', name: 'Hugging Face', docs: 'https://huggingface.co/settings/tokens', hosts: ['huggingface.co', 'api-inference.huggingface.co', 'router.huggingface.co'],
    sdk: [/huggingface_hub|HfHubHTTPError|@huggingface\//], envelope: [/\bInference Providers\b|X-Error-Code/], keyPrefixes: ['hf_', 'api_org_'], envVars: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], names: ['Hugging Face', 'HuggingFace'],
  },
  // SDK and module names of providers whose probes carry hosts and formats but not these.
  { id: 'notion', name: 'Notion', sdk: [/@notionhq\/client|notion_client\b/] },
  { id: 'pinecone', name: 'Pinecone', sdk: [/\bpinecone\.(?:core|exceptions|openapi_support)\b|@pinecone-database\/|PineconeError|PineconeClient/] },
  { id: 'elevenlabs', name: 'ElevenLabs', sdk: [/\belevenlabs\.(?:core|errors|client)\b|ElevenLabsError|xi-api-key/] },
  { id: 'deepseek', name: 'DeepSeek', sdk: [/DeepseekException|DeepSeekException/] },
  { id: 'replicate', name: 'Replicate', sdk: [/\breplicate\.exceptions\b|ReplicateError/] },
  { id: 'together', name: 'Together AI', sdk: [/\btogether\.error\b|TogetherException/] },
  { id: 'deepgram', name: 'Deepgram', sdk: [/@deepgram\/sdk|\bdeepgram\.(?:errors|clients)\b|DeepgramApiError|dg-request-id/] },
  { id: 'perplexity', name: 'Perplexity', sdk: [/PerplexityException/] },
  { id: 'linear', name: 'Linear', sdk: [/@linear\/sdk|LinearError/] },
  // SDK names of providers whose probes carry the hosts, key prefixes and variables.
  { id: 'telegram', name: 'Telegram', sdk: [/ApiTelegramException|\btelebot\b|\btelepot\b|\btelegram\.error\.\w+|\bTelegrafError\b/], names: ['Telegram'] },
  { id: 'discord', name: 'Discord', sdk: [/\bdiscord\.errors\.\w+|DiscordAPIError|node_modules\/discord\.js/], names: ['Discord'] },
  { id: 'supabase', name: 'Supabase', sdk: [/@supabase\/|\bsupabase[-_]py\b|AuthApiError/], names: ['Supabase'] },
  { id: 'openrouter', name: 'OpenRouter', docs: 'https://openrouter.ai/settings/keys', names: ['OpenRouter'] },
  { id: 'xai', name: 'xAI', docs: 'https://console.x.ai', domains: ['x.ai'], names: ['xAI'] },
];

/** Domains too many providers sit behind to name one (CDNs, clouds, code hosts). */
export const SHARED_DOMAINS = new Set(['googleapis.com', 'amazonaws.com', 'azure.com', 'cloudflare.com', 'github.com', 'google.com', 'microsoft.com', 'aka.ms']);
