// TEMPLATE: copy this folder to src/probes/<id>/, fixtures/probes/_template/ to
// fixtures/probes/<id>/ and test/probes/_template.test.ts to test/probes/<id>.test.ts,
// then add the probe to the registry list in src/probes/index.ts (sorted by id).
// Folders starting with `_` are not registered (test/probes/registry.test.ts), so
// this one is compiled and tested but never checks a key. It checks the keys of
// "Example", a provider that does not exist (example.com is reserved by RFC 2606).
// A probe is data plus two small functions (DESIGN.md "The probe contract").
// What the registry test demands of a real probe besides this folder: recorded
// answers (fixtures/probes/<id>/: a success with its identity and two failures,
// each with its `source`), error texts (fixtures/errors/<id>/: at least two real
// ones users pasted, with their addresses) and `hints`.
//
// Open with the provider's own pages, one line each, so every rule below has a source:
// Keys: https://example.com/settings/keys
// Auth: https://example.com/docs/authentication (Bearer; GET /v1/me answers who the key belongs to)
// Errors: https://example.com/docs/errors (body {"error": {"code", "message"}})
// Format: exm_ + 32 alphanumerics (cite the detector or doc it comes from: trufflehog, gitleaks, the SDK).
import type { Probe } from '../types.js';
import { joinUrl, runRules, said, str, type Rule } from '../kit.js';

// The ordered decision table (renovate's habit): the first rule whose `when` matches decides.
// Name each rule for what it proves; the comment says where the answer was seen. Only an
// answer positively recognised may blame the key (verdict invalid); a limit, an outage or
// anything unexpected stays indeterminate. Past ~15 rules, move the table to ./rules.ts.
const rules: Rule[] = [
  {
    // 401 invalid_api_key: the provider does not know the key (errors page above).
    id: 'invalid_api_key',
    when: (a, e) => a.status === 401 && e.code === 'invalid_api_key',
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Example does not recognise this key: copy it again from https://example.com/settings/keys, or create a new one.'],
  },
  {
    // 429: a rate limit says nothing about the key.
    id: 'rate_limited',
    when: (a) => a.status === 429,
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Wait and run again; the key was not judged.'],
  },
];

export const template: Probe = {
  id: '_template',
  name: 'Example',
  docs: 'https://example.com/settings/keys',
  envVars: ['EXAMPLE_API_KEY'],
  // The official SDK's base-URL variable, if it has one; KEYDOCTOR_<ID>_BASE_URL works regardless.
  baseUrlEnv: 'EXAMPLE_BASE_URL',
  defaultBaseUrl: 'https://api.example.com',
  officialHosts: ['api.example.com'],
  // Anchored. A literal prefix of 3+ characters makes the format distinctive: it can then call a
  // value another provider's key, and the redactor masks it in any text (src/probes/key-shapes.ts).
  // Mark `public: true` a value published by design (a publishable key), `unusable` one that cannot
  // authenticate the request below, `environment` test/live where the format says so.
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^exm_[A-Za-z0-9]{32}$/ }],
  requestIdHeaders: ['x-request-id'],
  // What `keydoctor explain` recognises Example by in a pasted error, beyond the data above
  // (hosts, docs domain, variables, name): SDK class names, envelope shapes, doc domains.
  hints: { sdk: [/\bExampleApiError\b|@example\/sdk/], domains: ['example.com'] },
  // The cheapest read-only authenticated request.
  request(key, ctx) {
    return { method: 'GET', url: joinUrl(ctx.baseUrl, 'v1/me'), headers: { authorization: `Bearer ${key}` } };
  },
  // undefined leaves the answer to the generic HTTP rules (src/classify/http.ts).
  classify(a) {
    const err = { code: str(a.json, 'error.code'), message: str(a.json, 'error.message') };
    if (a.status < 400) return undefined;
    return runRules('_template', rules, a, err);
  },
  // What a success reveals, where the provider tells it.
  identity(a) {
    const user = str(a.json, 'email');
    return a.status === 200 && user ? { user, account: str(a.json, 'account.name') } : undefined;
  },
  // Optional extras: `phrases` (./phrases.ts: wordings only pasted text carries, for explain),
  // `prevention(facts)` (findings only this provider's keys can have: a key tied to a person, an
  // over-privileged format; see the github and stripe probes), `examples`, `aliases`, `settingsEnv`.
};
