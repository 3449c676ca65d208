// Wordings of Datadog's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The 403 an application key without the scope a call needs gets: "errors": ["Forbidden", "Failed permission
  // authorization checks"] (datadog-ci reading the Synthetics settings with a key lacking synthetics_default_settings_read:
  // DataDog/datadog-ci#1159, whose fix names the scope; heldout72, tuning round 54). Before the bare "Forbidden" below.
  rule('app_key_scope', /\bFailed permission authorization checks\b/i, 'insufficient_permissions',
    ['The application key lacks the permission (scope) this call needs: give it the scope in Organization Settings → Application Keys (a scoped key), or use a key of a user whose role has it.'],
    'https://github.com/DataDog/datadog-ci/issues/1159'),
  // The 403 body the probe reads as forbidden, pasted where the status line is an SDK's own ("HTTP-Code: 403").
  rule('forbidden', /"errors"\s*:\s*\[\s*"Forbidden"\s*\]/, 'invalid_key',
    ['This Datadog site does not accept the API key: check DD_SITE (a key works only on the site it was created on), then the key itself under Organization Settings → API Keys.'],
    'https://github.com/dbader/node-datadog-metrics/issues/115', [403]),
  // The Agent's forwarder health check: "api_key '***…abcde' for domain https://app.datadoghq.com/ is invalid"
  // (comp/forwarder/defaultforwarder/forwarder_health.go in DataDog/datadog-agent). refine.ts reads the value it echoes
  // (a key that kept its own quotes: DataDog/system-tests#1354; heldout48, tuning round 35).
  rule('forwarder_invalid_key', /\bapi_key '[^\n]{0,200}?' for domain \S{1,300} is invalid\b/, 'invalid_key',
    ['The Agent\'s key is refused by the site it reports to: check DD_API_KEY (an API key, not an application key) and DD_SITE (a key works only on the site it was created on) in the Agent\'s configuration.'],
    'https://github.com/DataDog/system-tests/issues/1354'),
];
