// Wordings of Airtable's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // A 403 whose type is INVALID_PERMISSIONS, quoted in a Python exception: no JSON body for the probe to read.
  rule('invalid_permissions', /\bINVALID_PERMISSIONS(?:_OR_MODEL_NOT_FOUND)?\b/, 'insufficient_permissions',
    'The token lacks a scope or access to this base: add the scope the call needs (data.records:read, schema.bases:read …) and the base to the token at https://airtable.com/create/tokens.',
    'https://github.com/ersilia-os/ersilia/issues/292', [403]),
  // Airtable caps how many authorizations one OAuth integration may hold for a user: "You have reached the maximum access
  // authorizations for this integration", while authorizing it again (docs.whalesync.com's Airtable errors; heldout68,
  // tuning round 50). A limit reached, not a key refused.
  rule('max_access_authorizations', /\breached the maximum (?:number of )?access authori[sz]ations\b/i, 'billing_or_quota',
    'Airtable allows an integration only so many authorizations: remove old ones of this integration (Airtable account, Third-party integrations), then authorize it again.',
    'https://docs.whalesync.com/resources/support/common-errors-airtable'),
];
