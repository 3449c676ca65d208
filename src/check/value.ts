// What can be said of a value without showing it, and where its live call
// would go: shared by check and compare so both describe a key the same way.
import type { KeyResult } from '../core/result.js';
import { chooseBaseUrl, type SettingLookup } from '../net/target.js';
import type { KeyFormat, Probe } from '../probes/types.js';
import { fingerprint, redactValue } from '../redact/fingerprint.js';

export type ValueFacts = Pick<KeyResult, 'fingerprint' | 'redacted' | 'length' | 'keyType' | 'mode'>;

export function valueFacts(raw: string, format: KeyFormat | undefined): ValueFacts {
  return {
    fingerprint: fingerprint(raw),
    redacted: redactValue(raw),
    length: raw.length,
    ...(format ? { keyType: format.description } : {}),
    ...(format?.environment ? { mode: format.environment } : {}),
  };
}

/** The host the live call would go to (for the format step's other-provider rule). */
export function liveHost(probe: Probe, sources: SettingLookup, baseUrlFlag?: string): string | undefined {
  try {
    return new URL(chooseBaseUrl(probe, sources, baseUrlFlag).url).hostname;
  } catch {
    return undefined;
  }
}
