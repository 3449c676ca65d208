// The one spinner of the CLI (check, compare, report): ora on stderr, loaded
// only when a spinner is actually shown (a terminal, pretty output, not CI).
import type { Ora } from 'ora';

type OraFactory = typeof import('ora').default;

/**
 * ora's factory from its module, whichever way the module arrives. From the
 * source (tests, tsx) `import('ora')` is the ES module and `default` is the
 * factory. In the build, ora is its own CommonJS bundle (dist/ora.cjs, whose
 * exports are `{ default: ora }`) and esbuild's interop for a dynamic import
 * from an ES module source wraps those exports once more as `default`: the
 * factory is then `default.default`. Taking `default` alone crashed every run
 * on a terminal ("t is not a function") while every test, run through pipes, passed.
 */
export function oraFactory(mod: unknown): OraFactory {
  const d = (mod as { default?: unknown }).default;
  if (typeof d === 'function') return d as OraFactory;
  const dd = (d as { default?: unknown } | undefined)?.default;
  if (typeof dd === 'function') return dd as OraFactory;
  throw new Error('the spinner module (ora) has no default export');
}

/**
 * A spinner on `stream`, or none where a terminal reports no width: a
 * pseudo-terminal whose size nobody set (`script -qec … /dev/null` in a CI
 * step, some containers) has 0 columns, and ora, which divides by the width
 * to know how many lines to erase, then erases lines without end.
 */
export async function startSpinner(stream: NodeJS.WritableStream & { columns?: number }): Promise<Ora | undefined> {
  if (!stream.columns) return undefined;
  const ora = oraFactory(await import('ora'));
  return ora({ stream, discardStdin: false });
}
