// Mailgun. Keys: https://app.mailgun.com/settings/api_security
// API reference (US https://api.mailgun.net, EU https://api.eu.mailgun.net, basic auth user "api"):
// https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/domains ; GET /v3/domains lists domains
// (total_count, items[].name/state/type/is_disabled) as trufflehog pkg/detectors/mailgun verifies keys.
// Formats: gitleaks rules/mailgun.go (key-<32 hex> private key, pubkey-<32 hex> public validation key,
// <32 hex>-<8 hex>-<8 hex>, which current private/sending keys and webhook signing keys share).
// The trap: a bad key AND a key of the other region both get 401 with the plain-text body "Forbidden"
// (mailgun/mailgun.js#64, #388, mailgun/mailgun-js-boland#268, nextauthjs/next-auth#12925). The body cannot tell them
// apart, so a 401 is never called an invalid key here.
// Region settings: MAILGUN_ENDPOINT (Laravel config/services.php, a host name such as api.eu.mailgun.net) and
// MAILGUN_REGION (us|eu, a common convention [conv]).
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const KEYS = 'https://app.mailgun.com/settings/api_security';

const rules: Rule[] = [
  {
    id: 'forbidden_key_or_region',
    when: (a) => a.status === 401,
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: (a) =>
      `status 401, body "${a.text.trim().slice(0, 80)}": Mailgun answers this for an unknown key and for a key of the other region alike (US api.mailgun.net, EU api.eu.mailgun.net)`,
    fixes: [
      'If the account is in the EU region, check it there: KEYDOCTOR_MAILGUN_BASE_URL=https://api.eu.mailgun.net (or MAILGUN_REGION=eu / MAILGUN_ENDPOINT=api.eu.mailgun.net), and configure your client with the same host.',
      `If the region is right, the key is wrong, deleted or a domain sending key (which cannot list domains): take a private API key from ${KEYS}.`,
    ],
  },
];

export const mailgun: Probe = {
  id: 'mailgun',
  name: 'Mailgun',
  docs: KEYS,
  envVars: ['MAILGUN_API_KEY', 'MAILGUN_SECRET', 'MAILGUN_PRIVATE_API_KEY'],
  settingsEnv: ['MAILGUN_ENDPOINT', 'MAILGUN_REGION'],
  defaultBaseUrl: 'https://api.mailgun.net',
  officialHosts: ['api.mailgun.net', 'api.eu.mailgun.net'],
  baseUrlFrom(settings) {
    const endpoint = settings.MAILGUN_ENDPOINT?.trim();
    if (endpoint) return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
    const region = settings.MAILGUN_REGION?.trim().toLowerCase();
    if (region === 'eu') return 'https://api.eu.mailgun.net';
    if (region === 'us') return 'https://api.mailgun.net';
    return undefined;
  },
  keyFormats: [
    { id: 'private-legacy', description: 'private API key (key- form)', pattern: /^key-[0-9a-f]{32}$/i },
    { id: 'private', description: 'private or sending API key (webhook signing keys look the same)', pattern: /^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$/i },
    {
      id: 'public-validation',
      description: 'public validation key',
      pattern: /^pubkey-[0-9a-f]{32}$/i,
      public: true,
      unusable: 'a public validation key only validates addresses; it cannot read or send',
    },
  ],
  phrases,
  hints: { sdk: [/MailgunAPIError|mailgun\.js|mailgun-js|anymail\.backends\.mailgun|Mailgun API response/] },
  requestIdHeaders: ['x-mailgun-request-id', 'x-request-id'],
  request(key, ctx) {
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, 'v3/domains?limit=1'),
      headers: { authorization: `Basic ${Buffer.from(`api:${key}`).toString('base64')}` },
    };
  },
  classify(a) {
    return runRules('mailgun', rules, a, { message: str(a.json, 'message') ?? (a.text.trim() || undefined) });
  },
  identity(a) {
    const total = str(a.json, 'total_count');
    if (total === undefined) return undefined;
    const first: unknown = (field(a.json, 'items') as unknown[] | undefined)?.[0];
    return { domains: total, domain: str(first, 'name'), domainState: str(first, 'state') };
  },
};
