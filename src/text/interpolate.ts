// Compose-style `${VAR}` interpolation (https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/):
// `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty), `${VAR-default}` (unset),
// `${VAR:?err}` / `${VAR?err}` (required), `${VAR:+alt}` / `${VAR+alt}`, `$$` a literal `$`.

export interface Lookup {
  (name: string): { value: string; from: string } | undefined;
}

export interface Interpolated {
  /** The value Compose would substitute, when every variable resolved or had a default. */
  value?: string;
  /** The variables it reads, with where each resolved. */
  refs: { name: string; from?: string }[];
  /** Variables neither set nor defaulted: Compose substitutes an empty string. */
  unresolved: string[];
}

const VAR = /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

export function hasInterpolation(s: string): boolean {
  return /\$(?:\{|[A-Za-z_])/.test(s.replace(/\$\$/g, ''));
}

export function interpolate(s: string, lookup: Lookup): Interpolated {
  const refs: Interpolated['refs'] = [];
  const unresolved: string[] = [];
  const value = s.replace(VAR, (whole, braced: string | undefined, op: string | undefined, arg: string | undefined, bare: string | undefined) => {
    if (whole === '$$') return '$';
    const name = (braced ?? bare)!;
    const hit = lookup(name);
    refs.push({ name, ...(hit ? { from: hit.from } : {}) });
    const set = hit !== undefined;
    const nonEmpty = set && hit.value !== '';
    switch (op) {
      case ':-': return nonEmpty ? hit.value : (arg ?? '');
      case '-': return set ? hit.value : (arg ?? '');
      case ':+': return nonEmpty ? (arg ?? '') : '';
      case '+': return set ? (arg ?? '') : '';
      default:
        if (!set) unresolved.push(name);
        return hit?.value ?? '';
    }
  });
  return { ...(unresolved.length ? {} : { value }), refs, unresolved };
}
