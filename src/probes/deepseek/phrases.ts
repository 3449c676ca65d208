// Wordings of DeepSeek's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // 401 "Authentication Fails (auth header format should be Bearer sk-...)": no key, or not after "Bearer ".
  rule('auth_header_format', /auth header format should be Bearer/i, 'malformed_key',
    ['No key in the form DeepSeek reads: send "Authorization: Bearer sk-…" with DEEPSEEK_API_KEY set in the process that makes the call.'],
    'https://api-docs.deepseek.com/quick_start/error_codes'),
  // 401 "Authentication Fails, Your api key: ****abcd is invalid" (https://api-docs.deepseek.com/quick_start/error_codes).
  rule('authentication_fails', /Authentication Fails\b/, 'invalid_key',
    ['DeepSeek does not recognise the key: copy it again from https://platform.deepseek.com/api_keys or create a new one.'],
    'https://api-docs.deepseek.com/quick_start/error_codes'),
];
