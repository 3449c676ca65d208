// Google Vertex AI. Credentials: https://cloud.google.com/docs/authentication/application-default-credentials
// What is checked: the text of a credential file (GOOGLE_APPLICATION_CREDENTIALS, gcloud's application default
//   credentials: the source layer puts the file's content in the value), exchanged for an access token first
//   (./credential.ts, at oauth2.googleapis.com only); an express mode API key
//   (https://cloud.google.com/vertex-ai/generative-ai/docs/start/express-mode/vertex-ai-express-mode-api-reference: the
//   global host, no project or location in the path); or an access token (ya29.…, `gcloud auth print-access-token`).
// Call: countTokens for one short text — no generation, no charge, read-only; needs the Vertex AI API enabled and
//   aiplatform.endpoints.predict, the permission every Gemini call needs. With credentials:
//   POST {host}/v1/projects/{project}/locations/{location}/publishers/google/models/{model}:countTokens;
//   express mode: POST https://aiplatform.googleapis.com/v1/publishers/google/models/{model}:countTokens.
// Settings: googleapis/js-genai src/node/node_client.ts — GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION (global when
//   unset), GOOGLE_VERTEX_BASE_URL; GOOGLE_GENAI_USE_VERTEXAI=true with GOOGLE_API_KEY selects express mode, and a
//   project or location from the environment makes the SDK drop an API key from the environment. CLOUD_ML_REGION is
//   Claude Code's location variable. Errors: ./rules.ts.
import { ProbeSetupError, type Probe, type ProbeRequest } from '../types.js';
import { joinUrl, runRules, str } from '../kit.js';
import { exchangeFor, PROJECT_SETTING } from './credential.js';
import { phrases } from './phrases.js';
import { reason, rules } from './rules.js';

const GLOBAL_HOST = 'aiplatform.googleapis.com';
// Vertex AI's regional endpoints, {location}-aiplatform.googleapis.com (cloud.google.com/vertex-ai/docs/general/locations).
const LOCATIONS = [
  'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4',
  'northamerica-northeast1', 'northamerica-northeast2', 'southamerica-east1', 'europe-west1', 'europe-west2',
  'europe-west3', 'europe-west4', 'europe-west6', 'europe-west8', 'europe-west9', 'europe-west12', 'europe-southwest1',
  'europe-north1', 'europe-central2', 'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast3', 'asia-south1',
  'asia-southeast1', 'australia-southeast1', 'me-central1', 'me-central2', 'me-west1', 'africa-south1',
];
const LOCATION_VARS = ['GOOGLE_CLOUD_LOCATION', 'CLOUD_ML_REGION'];
/** A model every location serves; counting tokens with it runs nothing. */
const MODEL = 'gemini-2.5-flash';
const BODY = JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'keydoctor' }] }] });
const API_KEY = /^(?:AIza[\w-]{35}|AQ\.[\w-]{20,})$/;

const locationOf = (s: Record<string, string | undefined>) => LOCATION_VARS.map((n) => s[n]?.trim()).find(Boolean);

export interface VertexProbeOptions {
  /** The clock the JWT is dated by; tests pin it. */
  now?: () => Date;
}

export function createVertexProbe(opts: VertexProbeOptions = {}): Probe {
  const now = opts.now ?? (() => new Date());
  return {
    phrases,
    id: 'vertex-ai',
    name: 'Vertex AI',
    aliases: ['vertex', 'google-vertex', 'gcp-vertex'],
    docs: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
    envVars: ['GOOGLE_APPLICATION_CREDENTIALS'],
    // The Google Gen AI SDKs turn Vertex AI on when GOOGLE_GENAI_USE_VERTEXAI is 'true' or '1' (any case; google-genai
    // _api_client.py, googleapis/js-genai src/node/node_client.ts) and then send GOOGLE_API_KEY to Vertex AI (express mode).
    switchedVars: [{ name: 'GOOGLE_API_KEY', switch: 'GOOGLE_GENAI_USE_VERTEXAI', on: /^\s*(?:true|1)\s*$/i }],
    baseUrlEnv: 'GOOGLE_VERTEX_BASE_URL',
    settingsEnv: ['GOOGLE_CLOUD_PROJECT', ...LOCATION_VARS],
    defaultBaseUrl: `https://${GLOBAL_HOST}`,
    officialHosts: [GLOBAL_HOST, ...LOCATIONS.map((l) => `${l}-${GLOBAL_HOST}`)],
    exchangeHosts: ['oauth2.googleapis.com'],
    baseUrlFrom(s) {
      const loc = locationOf(s);
      return loc && loc !== 'global' ? `https://${loc}-${GLOBAL_HOST}` : undefined;
    },
    keyFormats: [
      // JSON text: not distinctive (no literal prefix), so never a shape the redactor hunts in running text.
      { id: 'service-account', description: 'service account key (JSON)', document: true, secretFields: ['private_key', 'private_key_id'], pattern: /^\s*\{[\s\S]*"type"\s*:\s*"service_account"[\s\S]*\}\s*$/ },
      { id: 'authorized-user', description: 'application default credentials of a user (JSON, gcloud auth application-default login)', document: true, secretFields: ['refresh_token', 'client_secret'], pattern: /^\s*\{[\s\S]*"type"\s*:\s*"authorized_user"[\s\S]*\}\s*$/ },
      { id: 'api-key', description: 'Google Cloud API key (express mode)', pattern: /^AIza[\w-]{35}$/ },
      { id: 'auth-key', description: 'Google Cloud API key, AQ. form (express mode)', pattern: /^AQ\.[\w-]{20,}$/ },
      { id: 'access-token', description: 'OAuth access token (ya29., lasts an hour)', pattern: /^ya29\.[\w-]{20,}$/ },
    ],
    hints: {
      hosts: [`*-${GLOBAL_HOST}`, 'oauth2.googleapis.com'],
      domains: ['cloud.google.com', 'console.cloud.google.com'],
      sdk: [/@google-cloud\/vertexai|google\.cloud\.aiplatform|vertexai\.generative_models|google-auth-library|google\.auth\.exceptions|VertexAI\b/],
      envelope: [/invalid_rapt|rapt_required|API keys are not supported by this API|aiplatform\.googleapis\.com|Invalid JWT Signature/],
      variables: ['GOOGLE_CLOUD_PROJECT', 'GOOGLE_CLOUD_LOCATION', 'GOOGLE_GENAI_USE_VERTEXAI', 'CLOUD_ML_REGION'],
      names: ['Vertex'],
    },
    requestIdHeaders: [],
    exchange(key, ctx) {
      const exchange = exchangeFor(key, ctx.settings, now());
      if (!exchange && /\.json$/i.test(key.trim())) {
        throw new ProbeSetupError('the value is the path of a credential file, not its content', 'Check the file itself: keydoctor reads the JSON that GOOGLE_APPLICATION_CREDENTIALS names.');
      }
      return exchange;
    },
    request(key, ctx): ProbeRequest {
      const host = new URL(ctx.baseUrl).hostname;
      const regional = /^([a-z0-9-]+)-aiplatform\.googleapis\.com$/.exec(host)?.[1];
      if (API_KEY.test(key)) {
        if (regional) {
          throw new ProbeSetupError(`express mode API keys work only on the global endpoint ${GLOBAL_HOST}, and the location in force (${regional}) points the call at ${host}`,
            'Unset GOOGLE_CLOUD_LOCATION (and GOOGLE_CLOUD_PROJECT: with either set, the Google Gen AI SDK drops an API key from the environment), or use a service account.');
        }
        const url = joinUrl(ctx.baseUrl, `v1/publishers/google/models/${MODEL}:countTokens`);
        return { method: 'POST', url, headers: { 'x-goog-api-key': key, 'content-type': 'application/json' }, body: BODY };
      }
      const project = ctx.settings[PROJECT_SETTING] ?? ctx.settings.GOOGLE_CLOUD_PROJECT?.trim();
      if (!project) throw new ProbeSetupError('GOOGLE_CLOUD_PROJECT is not set, and an access token names no project', 'Set GOOGLE_CLOUD_PROJECT to the project Vertex AI runs in.');
      const location = regional ?? locationOf(ctx.settings) ?? 'global';
      const path = `v1/projects/${encodeURIComponent(project)}/locations/${encodeURIComponent(location)}/publishers/google/models/${MODEL}:countTokens`;
      return { method: 'POST', url: joinUrl(ctx.baseUrl, path), headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: BODY };
    },
    classify(a) {
      if (a.status < 400) return undefined;
      // The token endpoint's OAuth error, or the API's google.rpc.Status.
      const oauth = str(a.json, 'error');
      const err = oauth
        ? { code: oauth, type: str(a.json, 'error_subtype'), message: str(a.json, 'error_description') }
        : { code: reason(a), type: str(a.json, 'error.status'), message: str(a.json, 'error.message') };
      if (!err.code && !err.type && !err.message) return undefined;
      return runRules('vertex-ai', rules, a, err);
    },
    identity(a) {
      const tokens = str(a.json, 'totalTokens');
      return a.status === 200 && tokens ? { model: MODEL, countTokens: `${tokens} tokens counted` } : undefined;
    },
  };
}

export const vertexAi: Probe = createVertexProbe();
