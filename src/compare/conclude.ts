// What the two answers prove together (the troubleshooting guide's "test with
// a new key and a known-good account"): the fresh key splits a problem of the
// key from a problem of everything the two keys share.
import { EXIT } from '../core/result.js';
import { INCONCLUSIVE, type Category } from '../core/types.js';
import type { Probe } from '../probes/types.js';
import { BOTH_FAIL, OLD_FAILS } from './reasons.js';
import type { CompareSide, Conclusion } from './types.js';
import { where } from '../core/location.js';

export interface ConcludeContext {
  variable: string;
  probe: Probe;
}

const proven = (c: Category) => c !== 'ok' && !INCONCLUSIVE.has(c);

const whereFrom = (s: CompareSide): string => where(s.source);

/** `invalid_key (401 invalid_api_key)`: short, since each side's full answer is shown with it. */
function said(s: CompareSide): string {
  const st = s.live?.status !== undefined ? String(s.live.status) : s.live?.errorCode ?? 'not sent';
  const code = s.classification?.providerCode;
  return `${s.category} (${st}${code ? ` ${code}` : ''})`;
}

/** What differs between the two answers, besides the keys themselves. */
export function differences(old: CompareSide, fresh: CompareSide): string[] {
  const out: string[] = [];
  if (old.keyType !== fresh.keyType) out.push(`key type: ${old.keyType ?? 'unrecognised format'} → ${fresh.keyType ?? 'unrecognised format'}`);
  const st = (s: CompareSide) => (s.live?.status !== undefined ? String(s.live.status) : s.live?.errorCode ?? 'not sent');
  if (st(old) !== st(fresh)) out.push(`answer: ${st(old)} → ${st(fresh)}`);
  const code = (s: CompareSide) => s.classification?.providerCode;
  if (code(old) !== code(fresh) && (code(old) || code(fresh))) out.push(`provider code: ${code(old) ?? '(none)'} → ${code(fresh) ?? '(none)'}`);
  for (const field of ['account', 'organization', 'project', 'user', 'accountType', 'keyType'] as const) {
    const a = old.identity?.[field];
    const b = fresh.identity?.[field];
    if (a !== undefined && b !== undefined && String(a) !== String(b)) out.push(`${field}: ${String(a)} → ${String(b)}`);
  }
  return out;
}

export function exitCodeOf(c: Conclusion, old: CompareSide, fresh: CompareSide): number {
  if (c.code === 'both_ok') return EXIT.OK;
  if (proven(old.category) || proven(fresh.category)) return EXIT.PROBLEM;
  if (old.category !== 'ok' || fresh.category !== 'ok') return EXIT.INCONCLUSIVE;
  return EXIT.OK;
}

export function conclude(old: CompareSide, fresh: CompareSide, ctx: ConcludeContext): Conclusion {
  const p = ctx.probe.name;
  const v = ctx.variable;
  const diff = differences(old, fresh);
  const at = old.source.kind === 'process' ? 'in the process environment (a shell profile, CI secret or deployment setting)' : `at ${whereFrom(old)}`;
  const replace = `Replace ${v} ${at} with the fresh key, and every other definition of it (\`keydoctor trace ${v}\`).`;
  const verify = `Confirm with \`keydoctor check --env-var ${v}\` where the app runs.`;

  if (!old.live && !fresh.live && old.liveSkipped && fresh.liveSkipped && old.category === 'unknown') {
    return {
      code: 'not_sent', blame: 'base_url', differences: diff,
      summary: `Neither key was sent: ${fresh.liveSkipped.replace(/^Not sent: /, '')}`,
      nextSteps: [
        'Both keys go to the same base URL, decided under the fresh key\'s trust (standard input): pass --base-url with the URL you mean, or --trust-project-config if the project\'s setting is yours.',
      ],
    };
  }

  if (old.category === 'ok' && fresh.category === 'ok') {
    return {
      code: 'both_ok', blame: 'none', differences: diff,
      summary: `Both keys work from here: ${p} accepts the configured ${v} as well as the fresh key.`,
      nextSteps: [
        `If the app still fails, it does not load this value or does not call from here: run \`keydoctor trace ${v}\` where it runs${old.fingerprint ? ` and compare the fingerprint ${old.fingerprint}` : ''}.`,
        'Check what the app sends besides the key: base URL, organisation or project headers, proxy.',
      ],
    };
  }

  if (old.category !== 'ok' && fresh.category === 'ok') {
    const r = OLD_FAILS[old.category];
    const inconclusive = INCONCLUSIVE.has(old.category);
    return {
      code: 'old_fails_fresh_ok',
      blame: inconclusive ? 'unknown' : r?.blame ?? 'old_key',
      differences: diff,
      summary: inconclusive
        ? `The configured key could not be judged (${said(old)}) while the fresh key works: run the comparison again; if it repeats, the limit or route is tied to the old key.`
        : `${r?.why(p) ?? `The configured key fails with ${said(old)} where the fresh key works.`} Not the network or the base URL: the fresh key works through the same ones.`,
      nextSteps: inconclusive ? [`Run \`keydoctor compare ${v} --fresh-stdin\` again in a minute.`, ...old.fixes.slice(0, 1)] : [
        replace,
        ...(r?.steps ?? []),
        verify,
      ],
    };
  }

  if (old.category === 'ok') {
    return {
      code: 'fresh_fails_old_ok', blame: 'fresh_key', differences: diff,
      summary: `The configured key works; the fresh key does not (${said(fresh)}). ${v} is not the problem from here.`,
      nextSteps: [
        'Copy the fresh key again (whole, without spaces) and check it was issued for the same provider, account and mode; a new key can take a minute to become active.',
        ...fresh.fixes.slice(0, 1),
        `If the app fails with the configured key, it loads another value or calls from elsewhere: \`keydoctor trace ${v}\`.`,
      ],
    };
  }

  if (old.category === fresh.category) {
    const r = BOTH_FAIL[old.category];
    const settings = (ctx.probe.settingsEnv ?? []).join(', ');
    const extra = old.category === 'tenant_mismatch' && settings ? [`Check ${settings}: unset it or set it to the keys' own organisation or project.`] : [];
    return {
      code: 'both_fail_alike',
      blame: r?.blame ?? 'unknown',
      differences: diff,
      summary: `Both keys fail the same way, ${said(old)}, so the key is not what differs. ${r?.why(p) ?? 'Look at what both calls share: this machine, its network path, the base URL and the account.'}`,
      // The provider's own fix where the comparison has no better one (billing: its billing page).
      nextSteps: [...(r?.steps ?? []), ...extra, ...(r?.steps.length ? [] : old.fixes.slice(0, 1))],
    };
  }

  const unfinished = [old, fresh].filter((s) => INCONCLUSIVE.has(s.category));
  return {
    code: 'both_fail_differently', blame: 'unknown', differences: diff,
    summary: `The two keys fail differently: the configured key says ${said(old)}; the fresh key says ${said(fresh)}.`,
    nextSteps: [
      ...(unfinished.length ? [`The ${unfinished.map((s) => (s === old ? 'configured' : 'fresh')).join(' and ')} key's check did not finish: run the comparison again.`] : []),
      ...old.fixes.slice(0, 1).map((f) => `Configured key: ${f}`),
      ...fresh.fixes.slice(0, 1).map((f) => `Fresh key: ${f}`),
    ],
  };
}
