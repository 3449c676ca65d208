// Probes made for the explain tests, so precedence and recognition are tested
// against fixed data while the real registry grows.
import { result, str } from '../../src/probes/kit.js';
import type { Answer, Classification, Probe } from '../../src/probes/types.js';

export function stubProbe(id: string, classify: (a: Answer) => Classification | undefined, extra: Partial<Probe> = {}): Probe {
  return {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    docs: `https://console.${id}.test/keys`,
    envVars: [`${id.toUpperCase()}_API_KEY`],
    defaultBaseUrl: `https://api.${id}.test`,
    officialHosts: [`api.${id}.test`],
    keyFormats: [{ id: 'api', description: 'API key', pattern: new RegExp(`^${id}_live_[A-Za-z0-9]{24}$`) }],
    requestIdHeaders: [],
    request: () => ({ method: 'GET', url: `https://api.${id}.test/me`, headers: {} }),
    classify,
    ...extra,
  };
}

/** Reads `error.code`: key_revoked → revoked_or_expired; live_but_restricted → ok. */
export const acme = stubProbe('acme', (a) => {
  const code = str(a.json, 'error.code');
  if (code === 'key_revoked') {
    return result({ category: 'revoked_or_expired', verdict: 'invalid', rule: 'acme.key_revoked', evidence: `status ${a.status}, code key_revoked`, fixes: ['Make a new Acme key.'], providerCode: code });
  }
  if (code === 'live_but_restricted') {
    return result({ category: 'ok', verdict: 'valid', rule: 'acme.live_restricted', evidence: 'a restricted key, live', fixes: [], providerCode: code });
  }
  if (a.status === 401) return result({ category: 'invalid_key', verdict: 'invalid', rule: 'acme.unauthorized', evidence: 'status 401', fixes: ['Check the Acme key.'] });
  return undefined;
});

/** Classifies every 401 without reading the body. */
export const greedy = stubProbe('greedy', (a) =>
  a.status === 401 ? result({ category: 'invalid_key', verdict: 'invalid', rule: 'greedy.any_401', evidence: 'status 401', fixes: [] }) : undefined);

/** Throws on anything. */
export const broken = stubProbe('broken', () => {
  throw new TypeError('cannot read properties of undefined');
});
