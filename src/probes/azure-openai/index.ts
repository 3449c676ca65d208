// Azure OpenAI. Keys: Azure portal → the resource → Keys and Endpoint
//   (https://learn.microsoft.com/azure/ai-services/openai/reference#authentication, header `api-key`).
// Errors: {"error":{"code","message"}} where code is a string ("401", "AuthenticationTypeDisabled").
// Env: openai/openai-node src/azure.ts (AZURE_OPENAI_API_KEY; AZURE_OPENAI_ENDPOINT is the resource root, the
//   SDK appends /openai itself, hence the /openai path of the default base URL; OPENAI_API_VERSION is the SDK's
//   own API version, not used here). Resource-name conventions: AZURE_RESOURCE_NAME with AZURE_API_KEY (Vercel
//   @ai-sdk/azure), AZURE_OPENAI_API_INSTANCE_NAME (LangChain). AZURE_OPENAI_KEY is an older common name.
// Verify: GET /openai/deployments?api-version=2023-03-15-preview (trufflehog pkg/detectors/azure_openai,
//   kingfisher azureopenai); newer API versions dropped the listing [conv], so the version is pinned here.
// Formats: 84-character keys carry Microsoft's "JQQJ99" marker and the Cognitive Services provider signature
//   "ACOG" (microsoft/security-utilities LegacyCaskProviderSignatures.cs, SEC101/200 and 205-206); classic keys
//   are 32 lowercase hex (trufflehog). Neither says which resource a key belongs to: only the endpoint does.
import { ProbeSetupError, type Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

/** The default base URL's host: there is no default resource, so reaching it means no endpoint was given. */
const PLACEHOLDER_HOST = 'your-resource-name.openai.azure.com';
const API_VERSION = '2023-03-15-preview';

const rules: Rule[] = [
  {
    // 401 "Access denied due to invalid subscription key or wrong API endpoint. …" with code "401" (SciSharp/BotSharp#386)
    // or "Unauthorized" (vercel/chatbot#588)
    id: 'access_denied',
    when: (a, e) => a.status === 401 && /invalid subscription key or wrong API endpoint/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} (Azure answers the same for a key of another resource)`,
    fixes: [
      'Use key 1 or key 2 of the very resource AZURE_OPENAI_ENDPOINT names: a key of another Azure OpenAI resource is refused the same way.',
      'Copy it again from the Azure portal → the resource → Keys and Endpoint; regenerating a key invalidates the old one.',
    ],
  },
  {
    // 403 {"code":"AuthenticationTypeDisabled","message":"Key based authentication is disabled for this resource."}
    // (microsoft/sample-app-aoai-chatGPT#1000)
    id: 'key_auth_disabled',
    when: (_a, e) => e.code === 'AuthenticationTypeDisabled' || /key based authentication is disabled/i.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: said,
    fixes: ['The resource has key authentication turned off (disableLocalAuth): authenticate with Microsoft Entra ID, or ask an owner to allow keys again.'],
  },
  {
    // 403 "Access denied due to Virtual Network/Firewall rules." (Azure-Samples/azure-sql-db-chatbot#3) and
    // "A Virtual Network is configured for this resource. Please use the correct endpoint…" (continuedev/continue#12547)
    id: 'network_restricted',
    when: (a, e) => a.status === 403 && /virtual network|firewall rules/i.test(e.message ?? ''),
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
    when: (a, e) => a.status === 404 && /resource not found/i.test(e.message ?? ''),
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Check that AZURE_OPENAI_ENDPOINT is the resource endpoint itself (https://NAME.openai.azure.com/), without /openai/deployments/… or a query string.'],
  },
];

export const azureOpenai: Probe = {
  phrases,
  id: 'azure-openai',
  name: 'Azure OpenAI',
  aliases: ['azure', 'azure-open-ai', 'aoai'],
  docs: 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI',
  envVars: ['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_KEY', 'AZURE_API_KEY'],
  baseUrlEnv: 'AZURE_OPENAI_ENDPOINT',
  settingsEnv: ['AZURE_RESOURCE_NAME', 'AZURE_OPENAI_API_INSTANCE_NAME'],
  defaultBaseUrl: `https://${PLACEHOLDER_HOST}/openai`,
  // Every resource has its own host, named by its owner (anyone can create one): a tenant host, which receives a key
  // only when the endpoint or resource name is set as trustedly as the key (src/net/target.ts). The placeholder
  // default is one of them, and request() refuses it.
  officialHosts: ['*.openai.azure.com', '*.cognitiveservices.azure.com'],
  baseUrlFrom(settings) {
    const name = (settings.AZURE_RESOURCE_NAME ?? settings.AZURE_OPENAI_API_INSTANCE_NAME)?.trim().toLowerCase();
    return name && /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(name) ? `https://${name}.openai.azure.com/openai` : undefined;
  },
  keyFormats: [
    { id: 'resource', description: 'Azure AI services resource key', pattern: /^[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}ACOG[A-Za-z0-9]{4}$/, distinctive: true },
    { id: 'classic', description: 'classic resource key (32 hex)', pattern: /^[a-f0-9]{32}$/ },
  ],
  hints: {
    hosts: ['*.services.ai.azure.com'],
    sdk: [/\bAzureOpenAI\b|AzureException|azure\.ai\.|azure\.core\.exceptions/],
    envelope: [/invalid subscription key or wrong API endpoint|aka\.ms\/oai|apim-request-id|Principal does not have access to API\/Operation/],
    names: ['Azure AI'],
  },
  requestIdHeaders: ['apim-request-id', 'x-request-id', 'x-ms-request-id'],
  request(key, ctx) {
    const base = new URL(ctx.baseUrl);
    if (base.hostname === PLACEHOLDER_HOST) {
      throw new ProbeSetupError(
        'no Azure OpenAI endpoint is set: the key is checked against one resource, and none is named',
        'Set AZURE_OPENAI_ENDPOINT to the endpoint under the resource\'s Keys and Endpoint in the Azure portal (https://NAME.openai.azure.com/), or AZURE_RESOURCE_NAME to its name.',
      );
    }
    if (/\/openai\/./.test(base.pathname)) {
      throw new ProbeSetupError(
        `the endpoint ${base.origin}${base.pathname} is an operation URL, not the resource endpoint`,
        `Set AZURE_OPENAI_ENDPOINT to ${base.origin}/ only: the SDK adds /openai/deployments/… and the api-version itself.`,
      );
    }
    return { method: 'GET', url: joinUrl(ctx.baseUrl, `deployments?api-version=${API_VERSION}`), headers: { 'api-key': key } };
  },
  classify(a) {
    const err = { code: str(a.json, 'error.code'), type: undefined, message: str(a.json, 'error.message') };
    if (!err.code && !err.message) return undefined;
    return runRules('azure-openai', rules, a, err);
  },
  identity(a) {
    // Which deployments the key can reach: the names a DeploymentNotFound error is about.
    const data = field(a.json, 'data');
    if (!Array.isArray(data)) return undefined;
    const deployments = data.map((d) => str(d, 'id')).filter((s): s is string => !!s);
    const models = [...new Set(data.map((d) => str(d, 'model')).filter((s): s is string => !!s))];
    if (!deployments.length && !models.length) return undefined;
    return { deployments: deployments.length ? deployments : undefined, models: models.length ? models : undefined };
  },
};
