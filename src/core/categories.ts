// One sentence per category, for summaries (check, explain, report).
import type { Category } from './types.js';

export const CATEGORY_SUMMARY: Record<Category, string> = {
  ok: 'The key works.',
  malformed_key: 'The value is broken or absent, so no provider can accept it.',
  wrong_provider: 'This is a key of another service.',
  wrong_environment: 'A test/sandbox key where a live one is expected, or the reverse.',
  invalid_key: 'The provider does not recognise this key.',
  revoked_or_expired: 'The key was revoked, deleted, rotated or has expired.',
  invalid_user: 'The account, user or organisation behind this key is deactivated, deleted, suspended or missing.',
  insufficient_permissions: 'The key is valid but lacks the scope, role or access this call needs.',
  tenant_mismatch: 'The key belongs to another organisation, project, workspace or region than the request names.',
  region_blocked: 'The provider refuses requests from this country or region.',
  billing_or_quota: 'The account has no credits, its quota is exhausted, or its plan is inactive.',
  rate_limited: 'Too many requests: the provider asked to slow down, so the key was not judged.',
  network_error: 'The provider could not be reached, so the key was not judged.',
  proxy_error: 'A proxy or portal answered instead of the provider, so the key was not judged.',
  tls_error: 'The secure connection failed (certificate), so the key was not judged.',
  provider_outage: 'The provider is failing on its side, so the key was not judged.',
  unknown: 'What the provider said could not be recognised.',
};
