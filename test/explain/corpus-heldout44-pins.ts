// Cases of fixtures/errors-heldout44 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout44.test.ts.
export const MISSES: Record<string, string> = {
  'generic/insufficient_permissions-mapbox-cocoapods-mapboxcommon-download-403': 'unknown/null',
  'generic/insufficient_permissions-node-own-api-invalid-api-key-supabase-rls-anon': 'invalid_key/supabase',
  'generic/insufficient_permissions-openweather-onecall-free-plan-react': 'invalid_key/null',
  'generic/malformed_key-coinbase-pro-coldfusion-invalid-signature': 'invalid_key/null',
  'generic/malformed_key-grafana-agent-otlp-env-password-401': 'invalid_key/null',
  'generic/revoked_or_expired-cesium-ion-access-token-expired-3dtiles': 'invalid_key/null',
  'generic/tenant_mismatch-grafana-oncall-oss-cloud-connect-eu-region': 'invalid_key/null',
  'generic/tenant_mismatch-snowflake-sqlapi-oauth-postman-390100': 'invalid_key/null',
  'heroku/revoked_or_expired-heroku-cli-ci-stale-rotated-api-key': 'invalid_key/heroku',
  'supabase/insufficient_permissions-supabase-python-storage-upload-rls-403': 'insufficient_permissions/null',
  'supabase/revoked_or_expired-supabase-edge-function-invalid-jwt-stale-token': 'invalid_key/null',
};
