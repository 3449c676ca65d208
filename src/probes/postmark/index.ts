// Postmark. Tokens: https://account.postmarkapp.com/servers (a server's "API Tokens" tab)
// Auth and error codes: https://postmarkapp.com/developer/api/overview (X-Postmark-Server-Token for server calls,
// X-Postmark-Account-Token for account calls; 401 on a wrong or missing token; body {"ErrorCode","Message"}; codes
// 10 bad or missing API token, 100 maintenance, 405 not allowed to send, 413 account may not send, 429 rate limit —
// the code list as mirrored in gist abhijit-hota/27f385c8bf90028adc893bdf91482547).
// GET /server (server token) returns Name, ID, DeliveryType ("Live"/"Sandbox"), ServerLink…: postmark.js
// dist/client/models/server/Server.d.ts. It also returns ApiTokens, which identity() never reads.
// Observed: 401 {"ErrorCode":10,"Message":"Request does not contain a valid Server token."} when an account token was
// sent as the server token (PipedreamHQ/pipedream#10254).
// Format: a UUID with no prefix (trufflehog pkg/detectors/postmark needs a nearby keyword). POSTMARK_API_TEST is
// Postmark's documented test token for sending without delivery (API overview); that it cannot read /server is [conv].
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';

const SERVERS = 'https://account.postmarkapp.com/servers';

const rules: Rule[] = [
  {
    id: 'bad_token',
    when: (_a, e) => e.code === '10',
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Postmark does not accept this as a server token: copy it from the server's API Tokens tab at ${SERVERS}.`,
      'An account token (Account → API Tokens) is not a server token: sending and server calls need the server\'s own token.',
    ],
  },
  {
    id: 'not_allowed_to_send',
    when: (_a, e) => e.code === '405',
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The account may not send (Postmark code 405: usually out of credits): check billing at https://account.postmarkapp.com/billing.'],
  },
  {
    id: 'account_may_not_send',
    when: (_a, e) => e.code === '413',
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Postmark has stopped the account from sending (code 413): its owner must contact Postmark support.'],
  },
  {
    id: 'rate_limited',
    when: (a, e) => e.code === '429' || a.status === 429,
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Wait and run again; the token was not judged.'],
  },
  {
    id: 'maintenance',
    when: (_a, e) => e.code === '100',
    category: 'provider_outage',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Postmark is in maintenance (https://status.postmarkapp.com); run again later. The token was not judged.'],
  },
];

export const postmark: Probe = {
  id: 'postmark',
  name: 'Postmark',
  docs: SERVERS,
  envVars: ['POSTMARK_SERVER_TOKEN', 'POSTMARK_API_TOKEN', 'POSTMARK_TOKEN', 'POSTMARK_API_KEY'],
  defaultBaseUrl: 'https://api.postmarkapp.com',
  officialHosts: ['api.postmarkapp.com'],
  keyFormats: [
    { id: 'server', description: 'server API token (a UUID)', pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i },
    {
      id: 'test',
      description: 'test token POSTMARK_API_TEST',
      environment: 'test',
      pattern: /^POSTMARK_API_TEST$/,
      public: true, // the same documented word for everyone
      unusable: 'the test token only accepts send calls, which Postmark validates and drops; nothing is delivered and no other call works',
    },
  ],
  hints: { sdk: [/PostmarkException|Postmark\\Models|\bpostmarker\b/], envelope: [/\"ErrorCode\"\s*:\s*\d+\s*,\s*\"Message\"/] },
  requestIdHeaders: ['x-request-id'],
  request(key, ctx) {
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, 'server'),
      headers: { 'x-postmark-server-token': key, accept: 'application/json' },
    };
  },
  classify(a) {
    const err = { code: str(a.json, 'ErrorCode'), message: str(a.json, 'Message') };
    // ErrorCode 0 means success in Postmark's envelope.
    if (err.code === undefined || err.code === '0') return undefined;
    return runRules('postmark', rules, a, err);
  },
  identity(a) {
    const name = str(a.json, 'Name');
    const id = str(a.json, 'ID');
    if (!name && !id) return undefined;
    return { project: name, serverId: id, mode: str(a.json, 'DeliveryType') };
  },
};
