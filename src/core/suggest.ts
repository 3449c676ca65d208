// "Did you mean …": every name a person types (a command, a provider id, a
// field of .keydoctor.yml, an environment) is checked against what exists,
// and a near miss is named in the one-line error. Distance is Damerau-
// Levenshtein (a swap of two letters is one edit, as in `chekc`); a known
// alias (`gemini` for google-gemini) wins over any distance.

/** Edits (insert, delete, substitute, swap neighbours) from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate `input` most likely meant: an alias, a candidate within a
 * third of its length in edits (at least one), the only one it starts, or one whose `-`/`_`
 * separated parts include it (`gemini` → `google-gemini`).
 */
export function closest(input: string, candidates: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | undefined {
  const i = input.toLowerCase();
  if (Object.hasOwn(aliases, i)) return aliases[i];
  // A near miss of a name or of an alias (`claud` for claude, that is anthropic).
  const names: [string, string][] = [...candidates.map((c): [string, string] => [c, c]), ...Object.entries(aliases)];
  let best: { c: string; d: number } | undefined;
  for (const [name, meant] of names) {
    const d = editDistance(i, name.toLowerCase());
    if (!best || d < best.d) best = { c: meant, d };
  }
  if (best && best.d <= Math.max(1, Math.floor(i.length / 3))) return best.c;
  // A word cut short (`warn` for warning, `mark` for markdown), when only one candidate starts so.
  const starts = i.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(i)) : [];
  if (starts.length === 1) return starts[0];
  return candidates.find((c) => c.toLowerCase().split(/[-_.]/).includes(i));
}

/** `; did you mean X?` or nothing: for the end of a one-line error. */
export function didYouMean(input: string, candidates: readonly string[], aliases: Readonly<Record<string, string>> = {}): string {
  const c = closest(input, candidates, aliases);
  return c && c !== input ? `; did you mean ${c}?` : '';
}
