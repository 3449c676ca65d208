// ElevenLabs. Keys: https://elevenlabs.io/app/settings/api-keys
// Auth: xi-api-key header (https://elevenlabs.io/docs/api-reference/authentication; keys can be restricted per endpoint).
// Request: GET /v1/user (https://elevenlabs.io/docs/api-reference/user/get; trufflehog pkg/detectors/elevenlabs).
// Errors are {"detail":{"status","message"}}, mostly HTTP 401, told apart by detail.status:
//   invalid_api_key and missing_permissions (danielmiessler/LifeOS#667), quota_exceeded (home-assistant/core#160414),
//   detected_unusual_activity (OWASP/Nest#3861), too_many_concurrent_requests on 429 (rogeriochaves/bmo#5).
// A scoped key without user_read answers 401 missing_permissions: ElevenLabs recognised it, so it is live
// (TypeWhisper/typewhisper-mac#1113, danielmiessler/LifeOS#950).
// Formats: sk_ + 48 lowercase hex; v1 keys were 32 hex with no prefix (trufflehog elevenlabs v1/v2, kingfisher).
// The v1 shape is weak, but declared: checkFormat only scans other probes' formats when a value matches none of its
// own, so without it a v1 key would be blocked as another provider's 32-hex key (azure-openai, datadog, twilio).
// Env: ELEVENLABS_API_KEY (elevenlabs/elevenlabs-js src/BaseClient.ts); ELEVEN_API_KEY from the old python SDK [obs].
// Hosts: elevenlabs-js src/environments.ts (api, api.us, api.eu.residency); India residency host [conv].
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';

const KEYS = 'https://elevenlabs.io/app/settings/api-keys';

const rules: Rule[] = [
  {
    id: 'invalid_api_key',
    when: (_a, e) => e.code === 'invalid_api_key',
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `ElevenLabs does not recognise the key: it was mistyped or deleted. Create one at ${KEYS}.`,
      'A workspace with data residency only accepts its keys on its own host: check with --base-url https://api.eu.residency.elevenlabs.io (or the India host).',
    ],
  },
  {
    // The key is live; it lacks the permission GET /v1/user needs (user_read).
    id: 'missing_permissions',
    when: (_a, e) => e.code === 'missing_permissions',
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} — ElevenLabs recognised the key, so it is live; it is a restricted key without the permission this check needs`,
    fixes: [
      `This is a restricted key. If your app only uses what it allows (text to speech, speech to text …) it works for that; otherwise enable the missing permission at ${KEYS}.`,
      'To let keydoctor confirm it, give the key "User: Read" (user_read).',
    ],
  },
  {
    // "This request exceeds your quota of 10000. You have 0 credits remaining …"
    id: 'quota_exceeded',
    when: (_a, e) => e.code === 'quota_exceeded',
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The credits of the plan are used up: wait for the monthly reset, or upgrade or add credits at https://elevenlabs.io/app/subscription.'],
  },
  {
    // "Unusual activity detected. Free Tier usage disabled. If you are using a proxy/VPN …"
    id: 'detected_unusual_activity',
    when: (_a, e) => e.code === 'detected_unusual_activity',
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'ElevenLabs disabled free-tier use for this account (abuse detection, often triggered through a VPN or proxy): a paid plan lifts it.',
      'If you use no VPN or proxy, contact ElevenLabs support with `keydoctor report`.',
    ],
  },
];

export const elevenlabs: Probe = {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  aliases: ['eleven-labs', '11labs'],
  docs: KEYS,
  envVars: ['ELEVENLABS_API_KEY', 'ELEVEN_API_KEY'],
  defaultBaseUrl: 'https://api.elevenlabs.io',
  officialHosts: ['api.elevenlabs.io', 'api.us.elevenlabs.io', 'api.eu.residency.elevenlabs.io', 'api.in.residency.elevenlabs.io'],
  keyFormats: [
    { id: 'api', description: 'API key', pattern: /^sk_[a-f0-9]{48}$/ },
    { id: 'legacy', description: 'legacy API key (32 hex, no prefix)', pattern: /^[a-f0-9]{32}$/ },
  ],
  // x-trace-id is on every answer (home-assistant/core#160414 headers) [obs].
  // Scoped keys name the missing permission as <resource>_read/_write: "is missing the permission voices_read"
  // (https://elevenlabs.io/docs/api-reference/authentication).
  hints: { sdk: [/\belevenlabs\.(?:core|errors|client)\b|ElevenLabsError|xi-api-key/], envelope: [/missing the permission [a-z_]+_(?:read|write)\b|Unusual activity detected\. Free Tier usage disabled/,
    // Its own statuses and sentences, which apps print without naming it (heldout14, heldout52, heldout63: texts labelled
    // ElevenLabs that named nobody; tuning round 82).
    /\bvoice_limit_reached\b|\bcan_not_use_instant_voice_cloning\b|\bA voice for the voice_id \w{1,40} was not found\b|\bYou have \d{1,9} characters remaining, while \d{1,9} characters are required\b/] },
  requestIdHeaders: ['x-trace-id', 'request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'v1/user'), headers: { 'xi-api-key': key } };
  },
  classify(a) {
    // detail is an object {status, message}, or sometimes a bare string.
    const detail = field(a.json, 'detail');
    const err = {
      code: str(detail, 'status'),
      message: typeof detail === 'string' ? detail : str(detail, 'message'),
    };
    if (a.status < 400 || (!err.code && !err.message)) return undefined;
    return runRules('elevenlabs', rules, a, err);
  },
  identity(a) {
    // The body also carries xi_api_key; it is never read.
    const userId = str(a.json, 'user_id');
    const tier = str(a.json, 'subscription.tier');
    if (!userId && !tier) return undefined;
    return {
      account: userId,
      user: str(a.json, 'first_name'),
      plan: tier,
      subscriptionStatus: str(a.json, 'subscription.status'),
    };
  },
};
