// Azure OpenAI: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, type ProviderError, type Rule } from '../kit.js';
import type { Answer } from '../types.js';

const msg = (e: ProviderError) => e.message ?? '';

/** Azure's 401 "invalid subscription key or wrong API endpoint" offers two causes: the summary says both. */
export const ACCESS_DENIED_SUMMARY = 'Azure refused the key for this endpoint: the key is wrong, or it belongs to another resource than the one the endpoint names (Azure words both alike). A key works only with its own resource\'s endpoint.';

export const rules: Rule[] = [
  {
    // 401 "Access denied due to invalid subscription key or wrong API endpoint. …" with code "401" (SciSharp/BotSharp#386)
    // or "Unauthorized" (vercel/chatbot#588)
    id: 'access_denied',
    when: (a, e) => a.status === 401 && /invalid subscription key or wrong API endpoint/i.test(msg(e)),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a: Answer, e) => `${said(a, e)} (Azure answers the same for a key of another resource)`,
    summary: ACCESS_DENIED_SUMMARY,
    fixes: [
      'Use key 1 or key 2 of the very resource AZURE_OPENAI_ENDPOINT names: a key of another Azure OpenAI resource is refused the same way.',
      'Copy it again from the Azure portal → the resource → Keys and Endpoint; regenerating a key invalidates the old one.',
    ],
  },
  {
    // 401 {"statusCode":401,"message":"Unauthorized. Access token is missing, invalid, audience is incorrect
    // (https://cognitiveservices.azure.com), or have expired."}: a bearer token refused (Azure/azure-sdk-for-python#40260,
    // langchain-ai/langchain#17373). An API key sent as a bearer token gets the same (Azure-Samples/azure-search-openai-demo#994).
    id: 'token_rejected',
    when: (a, e) => a.status === 401 && /access token is missing, invalid, audience is incorrect/i.test(msg(e)),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Request a new Microsoft Entra ID token for the audience https://cognitiveservices.azure.com (`az account get-access-token --resource https://cognitiveservices.azure.com`, or the scope https://cognitiveservices.azure.com/.default): tokens last about an hour, so a token stored in AZURE_OPENAI_AD_TOKEN goes stale; let the app fetch them (azure-identity\'s token provider) instead.',
      'An API key belongs in the api-key header (AZURE_OPENAI_API_KEY), not in "Authorization: Bearer".',
    ],
  },
  {
    // 401 {"error":{"code":"PermissionDenied","message":"Principal does not have access to API/Operation."}}: a valid Entra ID
    // token whose identity has no data role on the resource (microsoft/semantic-kernel#10020, Azure-Samples/azure-search-openai-demo#290).
    id: 'principal_no_access',
    when: (_a, e) => e.code === 'PermissionDenied' || /principal does not have access to API\/Operation/i.test(msg(e)),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The token is valid, but its identity has no role on this resource: assign it "Cognitive Services OpenAI User" (or Contributor) on the resource (Access control (IAM)), then wait a few minutes.'],
  },
  {
    // 403 {"code":"AuthenticationTypeDisabled","message":"Key based authentication is disabled for this resource."}
    // (microsoft/sample-app-aoai-chatGPT#1000)
    id: 'key_auth_disabled',
    when: (_a, e) => e.code === 'AuthenticationTypeDisabled' || /key based authentication is disabled/i.test(msg(e)),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: said,
    fixes: ['The resource has key authentication turned off (disableLocalAuth): authenticate with Microsoft Entra ID (a token in AZURE_OPENAI_AD_TOKEN, or a token provider), or ask an owner to allow keys again.'],
  },
  {
    // 403 "Access denied due to Virtual Network/Firewall rules." (Azure-Samples/azure-sql-db-chatbot#3) and
    // "A Virtual Network is configured for this resource. Please use the correct endpoint…" (continuedev/continue#12547)
    id: 'network_restricted',
    when: (a, e) => a.status === 403 && /virtual network|firewall rules/i.test(msg(e)),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: said,
    fixes: ['The resource accepts only some networks: add this machine\'s address under the resource\'s Networking settings, or call it through its private endpoint.'],
  },
  {
    // 404 {"code":"404","message":"Resource not found"} (stulzq/azure-openai-proxy#52): a path or API version the
    // resource does not serve. Says nothing about the key.
    id: 'resource_not_found',
    when: (a, e) => a.status === 404 && /resource not found/i.test(msg(e)),
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Check that AZURE_OPENAI_ENDPOINT is the resource endpoint itself (https://NAME.openai.azure.com/, or https://NAME.openai.azure.com/openai/v1/ for the v1 API), without /openai/deployments/… or a query string.'],
  },
];
