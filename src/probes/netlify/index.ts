// Netlify. Tokens: https://app.netlify.com/user/applications#personal-access-tokens
// API: https://docs.netlify.com/api-and-cli-guides/api-guides/get-started-with-api/ (Bearer token, base https://api.netlify.com/api/v1);
//   GET /user returns the current user (id, uid, full_name, email, site_count, …: netlify open-api, netlify-rust docs/User.md).
// Errors: 401 with a plain-text "Unauthorized" body, not JSON (the CLI throws TextHTTPError: Unauthorized: netlify/cli#6736);
//   old personal access tokens stop working (lukehsiao/netlify-ddns-rs#118). 403 plain "Forbidden" (netlify/cli#660) says nothing more.
// Formats: nfp_ + 36 (trufflehog pkg/detectors/netlify/v2). Legacy tokens (43-45 base64url characters, trufflehog v1) are
//   left out on purpose: that shape is shared by many providers' secrets and would misname their keys as Netlify's.
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';

const rules: Rule[] = [
  {
    id: 'unauthorized',
    when: (a, e) => a.status === 401 && /unauthori[sz]ed|access denied|invalid token/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Netlify does not accept this token: it was revoked, has expired, or is mistyped. Create a new personal access token at https://app.netlify.com/user/applications#personal-access-tokens.',
      'Personal access tokens can be created with an expiry, and unused old ones stop working: a token that worked a year ago may simply be gone.',
    ],
  },
];

export const netlify: Probe = {
  id: 'netlify',
  name: 'Netlify',
  docs: 'https://app.netlify.com/user/applications#personal-access-tokens',
  envVars: ['NETLIFY_AUTH_TOKEN'],
  defaultBaseUrl: 'https://api.netlify.com/api/v1',
  officialHosts: ['api.netlify.com'],
  keyFormats: [
    { id: 'personal', description: 'personal access token', pattern: /^nfp_[A-Za-z0-9_]{36}$/ },
  ],
  hints: { sdk: [/TextHTTPError|netlify-cli|actions-netlify|\bnetlify (?:deploy|link|status|login)\b/] },
  requestIdHeaders: ['x-nf-request-id'],
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'user'), headers: { authorization: `Bearer ${key}` } };
  },
  classify(a) {
    // Plain text (never HTML: a gateway page is left to the generic rules), or a JSON message if Netlify sends one.
    const plain = a.json === undefined && !/^\s*</.test(a.text) ? a.text.trim().slice(0, 200) : undefined;
    const message = str(a.json, 'message') ?? plain;
    return runRules('netlify', rules, a, { message: message || undefined });
  },
  identity(a) {
    const id = str(a.json, 'id');
    if (!id) return undefined;
    return { account: id, user: str(a.json, 'email'), name: str(a.json, 'full_name'), sites: str(a.json, 'site_count') };
  },
};
