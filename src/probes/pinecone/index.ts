// Pinecone. Keys: https://app.pinecone.io (project → API keys; https://docs.pinecone.io/guides/projects/manage-api-keys)
// Request: GET https://api.pinecone.io/indexes with Api-Key and X-Pinecone-Api-Version
// (https://docs.pinecone.io/reference/api/2026-04/control-plane/list_indexes; trufflehog pkg/detectors/pinecone).
// Errors: https://docs.pinecone.io/reference/api/errors (401 UNAUTHENTICATED, 402 delinquent payment, 403 FORBIDDEN
// for an exceeded quota or deletion protection, 429). Body {"status", "error": {"code", "message"}} with an upper-case
// code enum (UNAUTHENTICATED, FORBIDDEN, PERMISSION_DENIED, PAYMENT_REQUIRED, QUOTA_EXCEEDED, RESOURCE_EXHAUSTED …;
// pinecone-io/pinecone-ts-client ErrorResponseError). trufflehog pinecone: 401 is plain text "Invalid API Key" or
// UNAUTHENTICATED JSON; 403 FORBIDDEN/PERMISSION_DENIED is a live key whose role lacks control-plane access.
// Legacy controllers answered 401 "API key is missing or invalid for the environment …"
// (pinecone-io/pinecone-ts-client#25, Significant-Gravitas/AutoGPT#541).
// Format: pcsk_ + key-id label + _ + secret (trufflehog pinecone: pcsk_[A-Za-z0-9]{4,}_[A-Za-z0-9]{40,}; the label
// is the key id). Legacy keys were UUIDs: not a format here (a UUID shape would claim every UUID), so they get the
// format step's non-blocking warning and the live call decides.
// Env: PINECONE_API_KEY; PINECONE_CONTROLLER_HOST is the SDK's control-plane URL (pinecone-ts-client src/pinecone.ts).
import type { Probe } from '../types.js';
import { field, joinUrl, runRules, said, str, type Rule } from '../kit.js';
import { phrases } from './phrases.js';

const KEYS = 'https://app.pinecone.io';
// The version the TypeScript SDK pins at this writing; versions stay supported for a year after release [conv].
const API_VERSION = '2026-04';

const rules: Rule[] = [
  {
    id: 'unauthenticated',
    when: (a, e) => a.status === 401 && (e.code === 'UNAUTHENTICATED' || /invalid api key|api key is missing or invalid/i.test(e.message ?? '')),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Pinecone does not recognise the key: it was mistyped or deleted. Keys belong to one project; create one under API keys at ${KEYS}.`,
      'An old environment-bound key (a UUID) with PINECONE_ENVIRONMENT belongs to a legacy pod project: create a pcsk_ key for the project.',
    ],
  },
  {
    // 402 PAYMENT REQUIRED: "delinquent payment" (https://docs.pinecone.io/reference/api/errors)
    id: 'payment_required',
    when: (a, e) => a.status === 402 || e.code === 'PAYMENT_REQUIRED',
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: [`The organisation has an unpaid invoice or no valid payment method: check Billing at ${KEYS}.`],
  },
  {
    // 403 FORBIDDEN also means "an exceeded quota" (errors reference): only the message tells it from a role problem.
    id: 'quota_exceeded',
    when: (a, e) => e.code === 'QUOTA_EXCEEDED' || (a.status === 403 && /quota/i.test(e.message ?? '')),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: [`The project reached a limit of its plan: check usage and limits at ${KEYS}, or upgrade the plan.`],
  },
  {
    // A key whose role is data-plane only (e.g. DataPlaneViewer) is live but may not list indexes (trufflehog).
    id: 'restricted_key',
    when: (a, e) => a.status === 403 && (e.code === 'FORBIDDEN' || e.code === 'PERMISSION_DENIED'),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: (a, e) => `${said(a, e)} — Pinecone recognised the key, so it is live; its role does not include control-plane access`,
    fixes: [
      'The key has a custom role without control-plane access. If your app only reads or writes vectors it can still work; to let keydoctor confirm it, give the key the ControlPlaneViewer role.',
    ],
  },
];

/** `my-index-abc1234.svc.us-east1-aws.pinecone.io` → `abc1234` (trufflehog pinecone extractProjectID). */
function projectOf(host: string | undefined): string | undefined {
  const svc = host?.indexOf('.svc.') ?? -1;
  if (!host || svc < 0) return undefined;
  const prefix = host.slice(0, svc);
  const dash = prefix.lastIndexOf('-');
  return dash < 0 ? undefined : prefix.slice(dash + 1);
}

export const pinecone: Probe = {
  phrases,
  id: 'pinecone',
  name: 'Pinecone',
  docs: KEYS,
  envVars: ['PINECONE_API_KEY'],
  baseUrlEnv: 'PINECONE_CONTROLLER_HOST',
  defaultBaseUrl: 'https://api.pinecone.io',
  officialHosts: ['api.pinecone.io'],
  keyFormats: [{ id: 'api', description: 'API key', pattern: /^pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,80}$/ }],
  hints: { sdk: [/\bpinecone\.(?:core|exceptions|openapi_support)\b|@pinecone-database\/|PineconeError|PineconeClient/] },
  requestIdHeaders: ['x-pinecone-request-id'], // [conv]
  request(key, ctx) {
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, 'indexes'),
      headers: { 'api-key': key, 'x-pinecone-api-version': API_VERSION, accept: 'application/json' },
    };
  },
  classify(a) {
    if (a.status < 400) return undefined;
    // JSON envelope, or a short plain-text body ("Invalid API Key"); never an HTML page.
    const text = a.json === undefined && !/^\s*</.test(a.text) ? a.text.trim().slice(0, 300) : undefined;
    const err = { code: str(a.json, 'error.code'), message: str(a.json, 'error.message') ?? text };
    if (!err.code && !err.message) return undefined;
    return runRules('pinecone', rules, a, err);
  },
  identity(a) {
    const list = field(a.json, 'indexes');
    if (!Array.isArray(list)) return undefined;
    const names = list.map((i) => str(i, 'name')).filter((v): v is string => !!v);
    const project = list.map((i) => projectOf(str(i, 'host'))).find(Boolean);
    return { project, indexes: names };
  },
};
