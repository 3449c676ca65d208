// Wordings of Vertex AI's and Google's token endpoint errors that only text carries (an SDK's one-line message), for
// `keydoctor explain`: each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  rule('reauth_required', /invalid_rapt|rapt_required|reauth related error/i, 'revoked_or_expired',
    ['Your organisation requires you to sign in again: run `gcloud auth application-default login`.'], 'https://github.com/cline/cline/issues/4080'),
  rule('api_keys_not_supported', /API keys are not supported by this API/i, 'invalid_key',
    ['Vertex AI wants OAuth credentials here: a service account or application default credentials, or an express mode key sent without project and location.'],
    'https://github.com/google-gemini/gemini-cli/issues/1463'),
  rule('service_disabled', /Vertex AI API has not been used in project .* or it is disabled/i, 'insufficient_permissions',
    ['Enable the Vertex AI API (aiplatform.googleapis.com) in that project, wait a few minutes, and run again.'],
    'https://github.com/GoogleCloudPlatform/vertex-ai-samples/issues/476'),
  // A partner model (Anthropic, Llama, …) the project has not enabled in Model Garden: "Project `p` is not allowed to use
  // Publisher Model `…`" (https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/use-partner-models).
  rule('publisher_model_not_enabled', /is not allowed to use Publisher Model/i, 'insufficient_permissions',
    ['Enable the model for this project in Vertex AI Model Garden (partner models need their terms accepted per project), or use a project where it is.'],
    'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/use-partner-models'),
  rule('invalid_jwt_signature', /Invalid JWT Signature/i, 'revoked_or_expired',
    ['The service account key was deleted or rotated: create a new key and replace the file.'], 'https://github.com/crossplane-contrib/provider-jet-gcp/issues/56'),
];
