// A probe's own prevention cases (Probe.prevention): the provider knowledge lives
// in the probe, the order and the generic rules in src/prevent. Codes, not wording.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { keyPrevention } from '../../src/prevent/index.js';
import { probeById, PROBES } from '../../src/probes/index.js';
import type { KeyFacts, Probe } from '../../src/probes/types.js';
import { stubProbe } from '../explain/stub-probes.js';

const NOW = new Date('2026-12-20T00:00:00Z');
const facts = (provider: string, extra: Partial<KeyFacts> = {}): KeyFacts => ({ name: 'K', provider, ci: false, ...extra });
const codes = (fs: Finding[]) => fs.map((f) => f.code);

describe('prevention in the probes', () => {
  it.each([
    ['github', { formatId: 'classic', identity: { scopes: ['repo', 'admin:org'] } }, ['prevent.over_privileged']],
    ['github', { formatId: 'fine-grained', identity: { scopes: ['admin:org'] } }, []],
    ['github', { identity: { accountType: 'User', user: 'alice' }, ci: true }, ['prevent.personal_key']],
    ['github', { identity: { accountType: 'Bot' }, ci: true }, []],
    ['slack', { formatId: 'user', name: 'SLACK_BOT_TOKEN' }, ['prevent.personal_key']],
    ['slack', { formatId: 'bot', ci: true }, []],
    ['openai', { formatId: 'user', ci: true }, ['prevent.personal_key']],
    ['openai', { formatId: 'admin', name: 'OPENAI_API_KEY' }, ['prevent.over_privileged']],
    ['openai', { formatId: 'admin', name: 'OPENAI_ADMIN_KEY' }, []],
    ['anthropic', { formatId: 'admin', name: 'ANTHROPIC_API_KEY' }, ['prevent.over_privileged']],
    ['stripe', { formatId: 'live-secret' }, ['prevent.over_privileged']],
    ['stripe', { formatId: 'live-restricted' }, []],
  ] as const)('%s %j: %j', (id, extra, want) => {
    expect(codes(probeById(id)!.prevention!(facts(id, extra as Partial<KeyFacts>)))).toEqual(want);
  });

  it('returns only the codes the prevention step orders (over-privilege first, the rest after expiry)', () => {
    const known = new Set(['prevent.over_privileged', 'prevent.personal_key']);
    for (const p of PROBES.filter((x) => x.prevention)) {
      const fs = p.prevention!(facts(p.id, { formatId: 'admin', ci: true, name: 'BOT', identity: { accountType: 'User', keyType: 'user', scopes: ['admin:org'] } }));
      for (const f of fs) expect(known.has(f.code), `${p.id}: ${f.code}`).toBe(true);
    }
  });

  it("asks the key's probe, given or looked up by id, and never hands it the key's value", () => {
    const seen: KeyFacts[] = [];
    const probe: Probe = stubProbe('acme', () => undefined, {
      prevention: (k) => {
        seen.push(k);
        return [{ code: 'prevent.personal_key', severity: 'warning', message: `${k.name} is a person's key` }];
      },
    });
    const r = keyPrevention({ name: 'ACME_API_KEY', provider: 'acme', providerName: 'Acme', probe, ci: true, value: 'acme_live_FAKEFAKEFAKEFAKEFAKEFAKE', now: NOW });
    expect(codes(r)).toEqual(['prevent.personal_key']);
    expect(JSON.stringify(seen)).not.toContain('FAKEFAKE');
    expect(keyPrevention({ name: 'K', provider: 'acme', providerName: 'Acme', ci: true, now: NOW })).toEqual([]);
  });

  it("lets scopes beyond expect.scopes stand alone: the probe's over-privilege warning would repeat it", () => {
    const identity = { accountType: 'User', user: 'alice', scopes: ['repo', 'delete_repo'] };
    const base = { name: 'GH_TOKEN', provider: 'github', providerName: 'GitHub', formatId: 'classic', identity, ci: true, now: NOW };
    expect(codes(keyPrevention(base))).toEqual(['prevent.over_privileged', 'prevent.personal_key']);
    expect(codes(keyPrevention({ ...base, expectedScopes: ['repo'] }))).toEqual(['prevent.scopes_beyond_expected', 'prevent.personal_key']);
  });
});
