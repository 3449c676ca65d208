// Key-looking values in pasted text: whose shape they have (even masked, as
// providers echo them: "sk-proj-****MxYA"), and which are full keys that must
// be redacted before anything is printed.
import { isDistinctive, type KeyPattern, type Probe } from '../probes/types.js';
import { recognisable, unprobed } from './hints.js';
import { perProbeList } from './per-probes.js';

export interface KeyPrefix {
  prefix: string;
  provider: string;
}

/** The characters providers and people mask a key with. */
export const MASK = /[*\u2022\u2026]/;

/**
 * The literal start of an anchored key pattern: `^sk-proj-[…]` → `sk-proj-`;
 * one leading alternation of literals is expanded: `^sk-(?:svcacct|service)-` →
 * `sk-svcacct-`, `sk-service-`. Patterns that start with a class give nothing.
 */
export function literalPrefixes(re: KeyPattern): string[] {
  const src = re.source.replace(/^\^/, '');
  const results: string[] = [];
  const walk = (s: string, acc: string): void => {
    let out = acc;
    let i = 0;
    while (i < s.length) {
      const ch = s[i]!;
      if (ch === '\\' && /[.\-_/]/.test(s[i + 1] ?? '')) {
        out += s[i + 1];
        i += 2;
      } else if (/[A-Za-z0-9_\-]/.test(ch)) {
        out += ch;
        i++;
      } else if (s.startsWith('(?:', i)) {
        const close = s.indexOf(')', i);
        const alts = s.slice(i + 3, close).split('|');
        if (close > 0 && alts.every((a) => /^[A-Za-z0-9_\-]+$/.test(a)) && !/[?*{]/.test(s[close + 1] ?? '')) {
          for (const a of alts) walk(s.slice(close + 1), out + a);
          return;
        }
        break;
      } else break;
    }
    // A quantifier after the last literal makes that character optional or repeated.
    if (/[?*{+]/.test(s[i] ?? '')) out = out.slice(0, -1);
    if (out.length >= 3) results.push(out);
  };
  walk(src, '');
  return results;
}

/** Every known key prefix: from the probes' formats and hints, and from the hint table; built once per probe list. */
export const prefixTable: (probes: readonly Probe[]) => readonly KeyPrefix[] = perProbeList(buildPrefixTable);

function buildPrefixTable(probes: readonly Probe[]): KeyPrefix[] {
  const table: KeyPrefix[] = [];
  const known = recognisable(probes);
  for (const p of known) {
    // Only distinctive formats: a bare shape (32 hex, a UUID) names no provider.
    for (const f of p.keyFormats) if (isDistinctive(f)) for (const prefix of literalPrefixes(f.pattern)) table.push({ prefix, provider: p.id });
    for (const prefix of p.hints?.keyPrefixes ?? []) table.push({ prefix, provider: p.id });
  }
  for (const h of unprobed(known)) for (const prefix of h.keyPrefixes ?? []) table.push({ prefix, provider: h.id });
  return table;
}

export interface KeyToken {
  token: string;
  masked: boolean;
}

/** Tokens that look like keys: masked ones, and long ones that mix letters and digits. */
export function keyTokens(text: string, limit = 20_000): KeyToken[] {
  const out: KeyToken[] = [];
  const seen = new Set<string>();
  // At least six characters, or a mask: short words are never keys, and most of a log is short words.
  for (const m of text.slice(0, 1024 * 1024).matchAll(/(?<![\w+/\\-])[A-Za-z](?:[\w.\-]{5,}|[\w.\-]*[*\u2022\u2026])[\w.\-]*(?:[*\u2022\u2026]+[\w.\-]*)*/g)) {
    const token = m[0].replace(/\.+$/, '');
    if (token.length < 6 || seen.has(token)) continue;
    const masked = MASK.test(token);
    if (masked || (token.length >= 12 && /\d/.test(token) && /[A-Za-z]/.test(token)) || token.length >= 24) {
      seen.add(token);
      out.push({ token, masked });
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** The provider whose key prefix a (possibly masked) token carries; undefined when none or ambiguous. */
export function providerOfKey(token: string, table: readonly KeyPrefix[]): { provider: string; prefix: string } | undefined {
  const visible = token.split(MASK)[0] ?? '';
  const masked = visible.length < token.length;
  let best: { provider: string; prefix: string; score: number } | undefined;
  let tie = false;
  for (const { prefix, provider } of table) {
    const score = token.startsWith(prefix) ? prefix.length : masked && visible.length >= 5 && prefix.startsWith(visible) ? visible.length : 0;
    if (!score) continue;
    if (!best || score > best.score) {
      best = { provider, prefix, score };
      tie = false;
    } else if (score === best.score && provider !== best.provider) tie = true;
  }
  return best && !tie ? { provider: best.provider, prefix: best.prefix } : undefined;
}

/** Full keys of known, distinctive formats in the text (unmasked), with the provider whose format they match. */
export function fullKeys(text: string, probes: readonly Probe[], table: readonly KeyPrefix[]): Array<{ value: string; provider?: string }> {
  const found = new Map<string, string | undefined>();
  const head = text.slice(0, 1024 * 1024);
  for (const p of probes) {
    for (const f of p.keyFormats.filter(isDistinctive)) {
      // A custom provider's pattern runs on RE2 only (src/custom/user-regex.ts): never rebuilt for V8.
      if (!(f.pattern instanceof RegExp)) continue;
      const loose = new RegExp(`(?<![\\w-])(?:${f.pattern.source.replace(/^\^/, '').replace(/\$$/, '')})(?![\\w-])`, 'g');
      for (const m of head.matchAll(loose)) found.set(m[0], p.id);
    }
  }
  // Unregistered providers: a known prefix followed by a long unmasked tail is a key too.
  for (const { token, masked } of keyTokens(head)) {
    if (masked || found.has(token) || token.length < 20) continue;
    const owner = providerOfKey(token, table);
    if (owner && token.length - owner.prefix.length >= 16) found.set(token, owner.provider);
  }
  return [...found].map(([value, provider]) => ({ value, provider }));
}
