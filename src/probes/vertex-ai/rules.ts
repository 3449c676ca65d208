// Vertex AI: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts). Two envelopes:
// the token endpoint's OAuth error ({"error": "invalid_grant", "error_description", "error_subtype"}) and the API's
// google.rpc.Status ({"error": {"code", "status", "message", "details": [ErrorInfo]}}).
import type { Answer } from '../types.js';
import { field, said, str, type Rule } from '../kit.js';

/** The google.rpc.ErrorInfo `reason` of an API error, if any. */
export function reason(a: Answer): string | undefined {
  const details = field(a.json, 'error.details');
  const info = Array.isArray(details) ? details.find((d) => str(d, '@type')?.endsWith('google.rpc.ErrorInfo')) : undefined;
  return str(info, 'reason');
}

const ADC_LOGIN = 'gcloud auth application-default login';
const msg = (m?: string) => m ?? '';

export const rules: Rule[] = [
  // --- the token exchange (oauth2.googleapis.com) ---
  {
    // 400 invalid_grant, error_subtype invalid_rapt: "reauth related error (invalid_rapt)" (cline/cline#4080,
    // google-gemini/gemini-cli#27475): the organisation's session policy wants the user to sign in again.
    id: 'reauth_required',
    when: (_a, e) => e.code === 'invalid_grant' && /invalid_rapt|rapt_required/.test(`${e.type ?? ''} ${msg(e.message)}`),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: [`The organisation requires you to sign in again (its session length policy): run \`${ADC_LOGIN}\`. \`gcloud auth login\` alone does not renew the application default credentials.`],
  },
  {
    // 400 invalid_grant "Invalid JWT: Token must be a short-lived token … in a reasonable timeframe"
    // (erebusnz/gapi-google-analytics-php-interface#147): this machine's clock, not the key.
    id: 'clock_skew',
    when: (_a, e) => e.code === 'invalid_grant' && /reasonable timeframe|iat and exp/i.test(msg(e.message)),
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}: Google judged the JWT's time, so this machine's clock is off`,
    fixes: ['Synchronise the clock (NTP) and run again; the key was not judged.'],
  },
  {
    // 400 invalid_grant "Invalid JWT Signature." — a deleted or rotated service account key
    // (crossplane-contrib/provider-jet-gcp#56, google-github-actions/setup-gcloud#76).
    id: 'invalid_jwt_signature',
    when: (_a, e) => e.code === 'invalid_grant' && /invalid jwt signature/i.test(msg(e.message)),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Google no longer knows this service account key (deleted, rotated or disabled): create a new key (IAM → Service accounts → Keys) and replace the file.'],
  },
  {
    // 400 invalid_grant for a refresh token: "Token has been expired or revoked.", a disabled account.
    id: 'invalid_grant',
    when: (_a, e) => e.code === 'invalid_grant',
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: [`Google refused the credential (revoked, expired, or its account disabled): for application default credentials run \`${ADC_LOGIN}\`; for a service account, create a new key.`],
  },
  {
    // 401 invalid_client / deleted_client: the OAuth client of an authorized_user credential is gone.
    id: 'invalid_client',
    when: (_a, e) => e.code === 'invalid_client' || e.code === 'deleted_client' || e.code === 'unauthorized_client',
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [`Google does not know the credential's OAuth client: run \`${ADC_LOGIN}\` again, or use a service account key.`],
  },
  // --- the Vertex AI call (aiplatform.googleapis.com) ---
  {
    // 401 UNAUTHENTICATED "API keys are not supported by this API. Expected OAuth2 access token…" (google-gemini/gemini-cli#5739,
    // #3924; GoogleCloudPlatform/generative-ai#719): a standard API key, not an express-mode one, or a project-scoped URL.
    id: 'api_keys_not_supported',
    when: (_a, e) => /api keys are not supported by this api/i.test(msg(e.message)),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Vertex AI refuses this API key: use a service account or application default credentials (\`${ADC_LOGIN}\`, GOOGLE_APPLICATION_CREDENTIALS).`,
      'Or an express mode API key (Vertex AI in express mode), sent without a project or location: unset GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION, which make the Google Gen AI SDK drop the key.',
    ],
  },
  {
    // 400 API_KEY_INVALID "API key not valid. Please pass a valid API key."
    id: 'api_key_invalid',
    when: (_a, e) => e.code === 'API_KEY_INVALID' || /api key not valid/i.test(msg(e.message)),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Google does not know this API key: copy it again from the Cloud console (APIs & Services → Credentials).'],
  },
  {
    // 401 UNAUTHENTICATED, reason ACCESS_TOKEN_EXPIRED: an access token (ya29.…) past its hour.
    id: 'access_token_expired',
    when: (a, e) => a.status === 401 && (e.code === 'ACCESS_TOKEN_EXPIRED' || /token (has )?expired/i.test(msg(e.message))),
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Access tokens last an hour: use a credential the SDK refreshes (a service account or application default credentials), not a printed token.'],
  },
  {
    id: 'unauthenticated',
    when: (a, e) => a.status === 401 && e.type === 'UNAUTHENTICATED',
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [`Vertex AI does not accept these credentials: run \`${ADC_LOGIN}\`, or use a new service account key.`],
  },
  {
    // 403 SERVICE_DISABLED "Vertex AI API has not been used in project … before or it is disabled"
    // (GoogleCloudPlatform/vertex-ai-samples#476): every call of the project fails until it is enabled.
    id: 'service_disabled',
    when: (_a, e) => e.code === 'SERVICE_DISABLED' || /has not been used in project .* or it is disabled/i.test(msg(e.message)),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    everyCall: true,
    evidence: said,
    fixes: ['Enable the Vertex AI API (aiplatform.googleapis.com) in the project the error names, wait a few minutes, and run again.'],
  },
  {
    // 403 PERMISSION_DENIED, reason CONSUMER_INVALID, "Permission denied on resource project My First Project."
    // (GoogleCloudPlatform/training-data-analyst#1811): no such project (a display name where the id belongs) or none of this principal's.
    id: 'consumer_invalid',
    when: (_a, e) => e.code === 'CONSUMER_INVALID',
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The project does not exist for this credential: GOOGLE_CLOUD_PROJECT (or the key file\'s project_id) must be the project ID (my-project-123), not its display name, and the credential must belong to it.'],
  },
  {
    // 403 PERMISSION_DENIED, reason IAM_PERMISSION_DENIED, "Permission 'aiplatform.endpoints.predict' denied on resource …"
    // (rhel-lightspeed/linux-mcp-server#450, rpurinton/gemini-php#2): the credential authenticated; its role lacks the permission.
    id: 'permission_denied',
    when: (a, e) => a.status === 403 && (e.code === 'IAM_PERMISSION_DENIED' || e.type === 'PERMISSION_DENIED'),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The credential works, but its principal may not call Gemini in this project: grant it the Vertex AI User role (roles/aiplatform.user), or check the project and location.'],
  },
  {
    // 404 NOT_FOUND: the model keydoctor counts tokens with is not served in this location. Not the key's fault.
    id: 'model_not_found',
    when: (a) => a.status === 404,
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['The model the check uses is not served in this location: the credential was not judged. Try GOOGLE_CLOUD_LOCATION=global.'],
  },
  {
    id: 'resource_exhausted',
    when: (a, e) => a.status === 429 || e.type === 'RESOURCE_EXHAUSTED',
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Vertex AI refused for quota: wait and run again; the credential was not judged.'],
  },
];
