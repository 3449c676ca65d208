// Expectations from .keydoctor.yml checked against what the key turned out to
// be: its mode from the format, its identity from the live answer.
import type { Finding, Identity } from '../core/types.js';
import { withArticle } from '../core/grammar.js';
import type { KeyExpectation } from '../config/schema.js';
import type { KeyFormat } from '../probes/types.js';

const LIVE = new Set(['production', 'prod', 'live']);
const TEST = new Set(['test', 'development', 'dev', 'sandbox', 'staging']);

/** The `--expect-env` meaning of an expectation's environment. */
export function expectedEnv(e?: KeyExpectation): string | undefined {
  if (!e?.environment) return undefined;
  return LIVE.has(e.environment) ? 'production' : e.environment;
}

export function checkExpectations(e: KeyExpectation, format: KeyFormat | undefined, identity: Identity | undefined, where: string): Finding[] {
  const out: Finding[] = [];
  if (e.environment && TEST.has(e.environment) && format?.environment === 'live') {
    out.push({ code: 'expect.environment', severity: 'error', category: 'wrong_environment', message: `${withArticle(format.description).replace(/^a/, 'A')} where ${where} expects ${withArticle(e.environment)} key.`, fix: 'Use a test-mode key outside production.' });
  }
  const compare = (field: 'organization' | 'project' | 'account') => {
    const want = e[field];
    if (!want) return;
    const got = identity?.[field];
    if (got === undefined) {
      out.push({ code: `expect.${field}_unknown`, severity: 'warning', message: `${where} expects ${field} ${want}, but the provider's answer did not say which ${field} the key belongs to.` });
    } else if (got !== want) {
      out.push({ code: `expect.${field}`, severity: 'error', category: 'tenant_mismatch', message: `The key belongs to ${field} ${String(got)}, not ${want} as ${where} expects.`, fix: `Use a key of ${field} ${want}, or correct the expectation.` });
    }
  };
  compare('organization');
  compare('project');
  compare('account');
  if (e.scopes?.length) {
    const have = identity?.scopes;
    if (!Array.isArray(have)) {
      out.push({ code: 'expect.scopes_unknown', severity: 'warning', message: `${where} expects scopes ${e.scopes.join(', ')}, but the provider does not tell this key's scopes.` });
    } else {
      const missing = e.scopes.filter((s) => !have.includes(s));
      if (missing.length) {
        out.push({ code: 'expect.scopes', severity: 'error', category: 'insufficient_permissions', message: `The key lacks scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')} that ${where} expects (it has: ${have.join(', ') || 'none'}).`, fix: 'Issue a key with the missing scopes.' });
      }
    }
  }
  return out;
}
