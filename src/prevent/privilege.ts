// Over-privileged keys: where the key's format or the identity call shows more
// power than an app needs, a warning with the least-privilege alternative. The
// generic rule (scopes beyond what .keydoctor.yml expects) is here; which formats
// and scopes are too powerful is provider knowledge, in each probe's `prevention`
// (github: admin and delete scopes; stripe: a live secret key; openai, anthropic: admin keys).
import type { Finding } from '../core/types.js';
import type { KeyFacts } from '../probes/types.js';

/** What the step knows of a key; probes read it too (`Probe.prevention`), so it lives with them. */
export type { KeyFacts };

const OVER_PRIVILEGED = 'prevent.over_privileged';

/** A probe's finding about a key with more power than an app needs. */
export function isPrivilegeFinding(f: Finding): boolean {
  return f.code === OVER_PRIVILEGED;
}

/**
 * Scopes beyond `expect.scopes` (an error), or else the probe's own over-privilege
 * warnings among `own` (its `prevention` findings): the error says all they would.
 */
export function privilegeFindings(k: KeyFacts, own: readonly Finding[] = []): Finding[] {
  const scopes = Array.isArray(k.identity?.scopes) ? k.identity.scopes : undefined;
  if (k.expectedScopes?.length && scopes) {
    const extra = scopes.filter((s) => !k.expectedScopes!.includes(s));
    if (extra.length) {
      return [{
        code: 'prevent.scopes_beyond_expected',
        severity: 'error',
        message: `${k.name} has scope${extra.length > 1 ? 's' : ''} ${extra.join(', ')} beyond the ${k.expectedScopes.join(', ')} that .keydoctor.yml expects.`,
        fix: 'Issue a key with exactly the expected scopes, or add the scope to expect.scopes if the app needs it.',
      }];
    }
  }
  return own.filter(isPrivilegeFinding);
}
