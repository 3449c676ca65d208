// Azure OpenAI. Keys: Azure portal → the resource → Keys and Endpoint
//   (https://learn.microsoft.com/azure/ai-services/openai/reference#authentication, header `api-key`).
// Errors: {"error":{"code","message"}} where code is a string ("401", "AuthenticationTypeDisabled").
// Env: openai/openai-node src/azure.ts (AZURE_OPENAI_API_KEY; AZURE_OPENAI_ENDPOINT is the resource root, the
//   SDK appends /openai itself, hence the /openai path of the default base URL; OPENAI_API_VERSION is the SDK's
//   own API version: ./route.ts says what it changes). Resource-name conventions: AZURE_RESOURCE_NAME with AZURE_API_KEY
//   (Vercel @ai-sdk/azure), AZURE_OPENAI_API_INSTANCE_NAME (LangChain). AZURE_OPENAI_KEY is an older common name;
//   AZURE_OPENAI_AD_TOKEN holds a Microsoft Entra ID token (openai-python src/openai/lib/azure.py).
// Verify: the v1 models list or the pinned deployments listing, by endpoint and version: ./route.ts.
// Formats: 84-character keys carry Microsoft's "JQQJ99" marker and the Cognitive Services provider signature
//   "ACOG" (microsoft/security-utilities LegacyCaskProviderSignatures.cs, SEC101/200 and 205-206); classic keys
//   are 32 lowercase hex (trufflehog). Neither says which resource a key belongs to: only the endpoint does.
//   Entra ID tokens are JWTs (three base64url parts, header and payload starting eyJ): not distinctive, since every
//   JWT has that shape; their exp is read by the expiry check (src/prevent/jwt.ts), an expired one is an error there.
import { ProbeSetupError, type Probe } from '../types.js';
import { field, runRules, str } from '../kit.js';
import { deploymentCheck, DEPLOYMENT_SETTINGS } from './deployments.js';
import { phrases } from './phrases.js';
import { authHeaders, ENTRA_TOKEN, route, VERSION_SETTINGS } from './route.js';
import { rules } from './rules.js';

/** The default base URL's host: there is no default resource, so reaching it means no endpoint was given. */
const PLACEHOLDER_HOST = 'your-resource-name.openai.azure.com';

export const azureOpenai: Probe = {
  phrases,
  id: 'azure-openai',
  name: 'Azure OpenAI',
  aliases: ['azure', 'azure-open-ai', 'aoai'],
  docs: 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI',
  envVars: ['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_KEY', 'AZURE_API_KEY', 'AZURE_OPENAI_AD_TOKEN'],
  baseUrlEnv: 'AZURE_OPENAI_ENDPOINT',
  settingsEnv: ['AZURE_RESOURCE_NAME', 'AZURE_OPENAI_API_INSTANCE_NAME', ...VERSION_SETTINGS, ...DEPLOYMENT_SETTINGS],
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
    { id: 'entra-token', description: 'Microsoft Entra ID access token', pattern: ENTRA_TOKEN, distinctive: false },
  ],
  hints: {
    hosts: ['*.services.ai.azure.com'],
    // The .NET library's namespace (Azure.AI.OpenAI, https://learn.microsoft.com/dotnet/api/overview/azure/ai.openai-readme).
    sdk: [/\bAzureOpenAI\b|AzureException|azure\.ai\.|azure\.core\.exceptions|\bAzure\.AI\.OpenAI\b/],
    envelope: [/invalid subscription key or wrong API endpoint|aka\.ms\/oai|apim-request-id|Principal does not have access to API\/Operation|audience is incorrect \(https:\/\/cognitiveservices\.azure\.com/],
    names: ['Azure AI'],
    // Azure OpenAI is called through OpenAI's own SDKs (openai-python's AzureOpenAI, openai-node's AzureOpenAI): a text
    // with an Azure sign of its own (its host, its envelope, its SDK) beside openai.AuthenticationError is Azure's answer.
    within: 'openai',
  },
  requestIdHeaders: ['apim-request-id', 'x-request-id', 'x-ms-request-id'],
  request(key, ctx) {
    if (new URL(ctx.baseUrl).hostname === PLACEHOLDER_HOST) {
      throw new ProbeSetupError(
        'no Azure OpenAI endpoint is set: the key is checked against one resource, and none is named',
        'Set AZURE_OPENAI_ENDPOINT to the endpoint under the resource\'s Keys and Endpoint in the Azure portal (https://NAME.openai.azure.com/), or AZURE_RESOURCE_NAME to its name.',
      );
    }
    return { method: 'GET', url: route(ctx.baseUrl, ctx.settings).url, headers: authHeaders(key) };
  },
  classify(a) {
    // {"error":{"code","message"}}, or the gateway's {"statusCode","message"} for a refused bearer token.
    const err = { code: str(a.json, 'error.code'), type: undefined, message: str(a.json, 'error.message') ?? str(a.json, 'message') };
    if (!err.code && !err.message) return undefined;
    return runRules('azure-openai', rules, a, err);
  },
  identity(a) {
    // Which deployments the key can reach (the names a DeploymentNotFound error is about), from the listing; the
    // v1 models list names models only (objects "model", whose ids are model names).
    const data = field(a.json, 'data');
    if (!Array.isArray(data)) return undefined;
    const isModel = (d: unknown) => str(d, 'object') === 'model';
    const deployments = data.filter((d) => !isModel(d)).map((d) => str(d, 'id')).filter((s): s is string => !!s);
    const models = [...new Set(data.map((d) => (isModel(d) ? str(d, 'id') : str(d, 'model'))).filter((s): s is string => !!s))];
    if (!deployments.length && !models.length) return undefined;
    return { deployments: deployments.length ? deployments : undefined, models: models.length ? models : undefined };
  },
  prevention: deploymentCheck,
};
