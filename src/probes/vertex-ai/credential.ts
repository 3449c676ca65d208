// A Google credential file's text (GOOGLE_APPLICATION_CREDENTIALS, or gcloud's application default credentials), and
// the token exchange each kind makes. The credential is read and the JWT signed here, locally; the private key is
// never sent, written or shown: only the signed assertion goes to the token endpoint.
// Service account: a JWT signed RS256 with the JSON's private_key, iss = client_email, scope cloud-platform, aud =
//   token_uri, at most an hour, traded with grant_type urn:ietf:params:oauth:grant-type:jwt-bearer
//   (https://developers.google.com/identity/protocols/oauth2/service-account#authorizingrequests).
// Authorized user (`gcloud auth application-default login`): its refresh_token traded with grant_type refresh_token
//   (https://developers.google.com/identity/protocols/oauth2/web-server#offline).
import { createPrivateKey, createSign } from 'node:crypto';
import { ProbeSetupError, type ProbeExchange } from '../types.js';
import { str } from '../kit.js';

export const TOKEN_URL = 'https://oauth2.googleapis.com/token';
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** The setting an exchange teaches `request`: the project the credential belongs to. */
export const PROJECT_SETTING = 'credential.project_id';

const b64url = (v: string | Buffer) => Buffer.from(v).toString('base64url');
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** The credential's JSON object, when the value is one; undefined for anything else (an API key, a token). */
export function credentialJson(value: string): Record<string, unknown> | undefined {
  if (!value.trimStart().startsWith('{')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new ProbeSetupError('the credential is not valid JSON (cut short, or edited)', 'Download the key file again (IAM → Service accounts → Keys), or run `gcloud auth application-default login` again.');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ProbeSetupError('the credential JSON is not an object', 'Use the key file as Google issued it.');
  return json as Record<string, unknown>;
}

function need(json: Record<string, unknown>, field: string, kind: string): string {
  const v = str(json, field);
  if (!v) throw new ProbeSetupError(`the ${kind} credential has no ${field}`, 'Use the key file as Google issued it, whole.');
  return v;
}

/** The PEM private key as a key object; a clear finding for the damage copying does (\n written as two characters). */
function privateKey(pem: string) {
  try {
    return createPrivateKey(pem);
  } catch {
    // Never the key, nor the library's message about it, in the finding.
    const escaped = !pem.includes('\n') && pem.includes('\\n');
    throw new ProbeSetupError(escaped
      ? 'the service account\'s private_key holds the two characters \\n where its line breaks belong, so it is not a readable key'
      : 'the service account\'s private_key is not a readable PEM key',
    escaped ? 'Store the JSON file as downloaded (a variable holding it must keep the \\n escapes inside the JSON string, not doubled).' : 'Download a new key for the service account (IAM → Service accounts → Keys).');
  }
}

/** The exchange for a service-account or authorized-user credential; undefined for a value that is not JSON. */
export function exchangeFor(value: string, settings: Record<string, string | undefined>, now: Date): ProbeExchange | undefined {
  const json = credentialJson(value);
  if (!json) return undefined;
  const type = str(json, 'type');
  const envProject = settings.GOOGLE_CLOUD_PROJECT?.trim();
  const read = (project: string): ProbeExchange['read'] => (a) => {
    const token = a.status === 200 ? str(a.json, 'access_token') : undefined;
    return token ? { token, settings: { [PROJECT_SETTING]: project } } : undefined;
  };
  if (type === 'service_account') {
    const email = need(json, 'client_email', 'service account');
    const pem = need(json, 'private_key', 'service account');
    const tokenUrl = str(json, 'token_uri') ?? TOKEN_URL;
    // The SDKs use GOOGLE_CLOUD_PROJECT when set, the credential's project_id otherwise.
    const project = envProject || str(json, 'project_id');
    if (!project) throw new ProbeSetupError('the service account JSON names no project_id and GOOGLE_CLOUD_PROJECT is not set', 'Set GOOGLE_CLOUD_PROJECT to the project Vertex AI runs in.');
    const iat = Math.floor(now.getTime() / 1000);
    const kid = str(json, 'private_key_id');
    const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', ...(kid ? { kid } : {}) }));
    const claims = b64url(JSON.stringify({ iss: email, scope: SCOPE, aud: tokenUrl, iat, exp: iat + 3600 }));
    const signature = createSign('RSA-SHA256').update(`${head}.${claims}`).sign(privateKey(pem));
    const assertion = `${head}.${claims}.${b64url(signature)}`;
    return {
      what: `the service account ${email}'s signed JWT`,
      request: {
        method: 'POST', url: tokenUrl, headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
      },
      read: read(project),
    };
  }
  if (type === 'authorized_user') {
    const fields = { client_id: need(json, 'client_id', 'authorized_user'), client_secret: need(json, 'client_secret', 'authorized_user'), refresh_token: need(json, 'refresh_token', 'authorized_user') };
    const project = envProject || str(json, 'quota_project_id');
    if (!project) throw new ProbeSetupError('an authorized_user credential (gcloud\'s application default login) names no project, and GOOGLE_CLOUD_PROJECT is not set', 'Set GOOGLE_CLOUD_PROJECT, or run `gcloud auth application-default set-quota-project PROJECT`.');
    return {
      what: 'the application default credentials\' refresh token',
      request: {
        method: 'POST', url: str(json, 'token_uri') ?? TOKEN_URL, headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form({ grant_type: 'refresh_token', ...fields }),
      },
      read: read(project),
    };
  }
  throw new ProbeSetupError(`a credential of type ${type ? `"${type}"` : 'none'} is not checked (only service_account and authorized_user are)`,
    'Check it with `gcloud auth application-default print-access-token`; workload identity federation and impersonation need gcloud or the SDK.');
}
