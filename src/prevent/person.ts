// Keys tied to a person: where the identity shows a personal user rather than
// a service account or bot, the key stops working the day that person leaves,
// loses access or is deactivated: the "Invalid user associated with this key"
// case, seen before it happens. Which keys those are is provider knowledge: each
// probe says so in its `prevention` (github: a User's token in CI; slack: a
// user token; openai: a legacy user key in CI).
import type { Finding } from '../core/types.js';
import { isPrivilegeFinding } from './privilege.js';

/** A probe's prevention findings other than over-privilege (which privilege.ts reports first). */
export function personFindings(own: readonly Finding[]): Finding[] {
  return own.filter((f) => !isPrivilegeFinding(f));
}
