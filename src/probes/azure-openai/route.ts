// Azure OpenAI: which read call a key is checked with, and how it authenticates.
//
// Two API generations (https://learn.microsoft.com/azure/ai-foundry/openai/api-version-lifecycle):
//   - v1, opt-in since August 2025: base https://NAME.openai.azure.com/openai/v1/, no dated api-version, the
//     OpenAI client as it is. Its read call is GET {endpoint}/openai/v1/models, with the key in `api-key` or a
//     token in `Authorization: Bearer` (https://learn.microsoft.com/en-us/rest/api/microsoft-foundry/azureopenai/models).
//     It lists models the resource can use, not its deployments.
//   - dated versions: GET /openai/deployments?api-version=2023-03-15-preview lists the resource's deployments
//     (trufflehog pkg/detectors/azure_openai). Later versions dropped that listing ("Last working version:
//     2023-03-15-preview"; the data-plane listing was retired for the management plane:
//     https://learn.microsoft.com/en-us/answers/questions/1371786/get-azure-openai-deployments-in-api), so a dated
//     AZURE_OPENAI_API_VERSION / OPENAI_API_VERSION keeps this pinned call: the app's version would lose the list.
// v1 is used when the endpoint says so (…/openai/v1) or the version setting is `v1`, `latest` or `preview`; v1 is
// still opt-in and the SDKs' Azure clients still take dated versions, so the listing stays the default.
// Entra ID tokens (JWTs for https://cognitiveservices.azure.com; openai-python lib/azure.py reads AZURE_OPENAI_AD_TOKEN)
// go as `Authorization: Bearer`; only their `aud` claim is read here, to say so when it names another API.
import { joinUrl } from '../kit.js';
import { ProbeSetupError } from '../types.js';

export const LISTING_VERSION = '2023-03-15-preview';
export const VERSION_SETTINGS = ['AZURE_OPENAI_API_VERSION', 'OPENAI_API_VERSION'] as const;
const V1_VERSIONS = new Set(['v1', 'latest', 'preview']);
export const AUDIENCE = 'https://cognitiveservices.azure.com';

/** The API version the app is set to, AZURE_OPENAI_API_VERSION before the SDK's OPENAI_API_VERSION. */
export function configuredVersion(settings: Record<string, string | undefined>): string | undefined {
  return VERSION_SETTINGS.map((n) => settings[n]?.trim()).find(Boolean);
}

export const ENTRA_TOKEN = /^eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}$/;

/** A JWT's `aud`, read locally; undefined when it has none or does not parse. */
function audience(token: string): string | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
    const aud = claims && typeof claims === 'object' ? (claims as { aud?: unknown }).aud : undefined;
    return typeof aud === 'string' ? aud : undefined;
  } catch {
    return undefined;
  }
}

/** The header that carries the credential: a token as a bearer (after its audience is checked), a key in `api-key`. */
export function authHeaders(key: string): Record<string, string> {
  if (!ENTRA_TOKEN.test(key)) return { 'api-key': key };
  const aud = audience(key);
  if (aud !== undefined && aud.replace(/\/+$/, '') !== AUDIENCE) {
    throw new ProbeSetupError(
      `the Microsoft Entra ID token is for ${aud.length > 80 ? aud.slice(0, 77) + '…' : aud}, not ${AUDIENCE}: Azure OpenAI refuses it`,
      `Request the token for Azure OpenAI: \`az account get-access-token --resource ${AUDIENCE}\`, or the scope ${AUDIENCE}/.default in azure-identity.`,
    );
  }
  return { authorization: `Bearer ${key}` };
}

export interface Route {
  url: string;
  v1: boolean;
}

/** The read call for this base URL (the endpoint with /openai, as src/net keeps it) and these settings. */
export function route(baseUrl: string, settings: Record<string, string | undefined>): Route {
  const base = new URL(baseUrl);
  const path = base.pathname.replace(/\/+$/, '');
  const v1 = /\/openai\/v1(\/.*)?$/.exec(path);
  if (v1?.[1]) {
    throw new ProbeSetupError(
      `the endpoint ${base.origin}${base.pathname} is an operation URL, not the v1 base URL`,
      `Set AZURE_OPENAI_ENDPOINT (or the client's base URL) to ${base.origin}${path.slice(0, v1.index)}/openai/v1/ only: the client adds /chat/completions and the rest itself.`,
    );
  }
  if (v1) return { url: `${base.origin}${path}/models`, v1: true };
  if (/\/openai\/./.test(path)) {
    const deployment = /\/openai\/deployments\/([^/]{1,64})/.exec(path)?.[1];
    throw new ProbeSetupError(
      `the endpoint ${base.origin}${base.pathname} is an operation URL, not the resource endpoint`,
      `Set AZURE_OPENAI_ENDPOINT to ${base.origin}/ only: the SDK adds /openai/deployments/… and the api-version itself; the deployment name${deployment ? ` (${deployment})` : ''} goes in AZURE_OPENAI_DEPLOYMENT.`,
    );
  }
  const version = configuredVersion(settings);
  if (version && V1_VERSIONS.has(version.toLowerCase())) return { url: joinUrl(baseUrl, 'v1/models'), v1: true };
  return { url: joinUrl(baseUrl, `deployments?api-version=${LISTING_VERSION}`), v1: false };
}
